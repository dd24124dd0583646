/** Folding ranges and selection ranges: both follow the resolution's structure (core/editor). */
import { FoldingRangeKind, type FoldingRange, type SelectionRange } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { range } from "../convert";
import { foldingRanges } from "../../core/editor/folding";
import { selectionChain } from "../../core/editor/selection";
import { memo } from "./memo";

const FOLD_KIND = { region: FoldingRangeKind.Region, comment: FoldingRangeKind.Comment, imports: FoldingRangeKind.Imports } as const;

export const structure: Feature = {
  name: "structure",
  capabilities: { foldingRangeProvider: true, selectionRangeProvider: true },
  register(ctx) {
    ctx.connection.onFoldingRanges(
      guard(ctx, "foldingRange", null, (params): FoldingRange[] | null => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        return memo(a, "folding", () => foldingRanges(a.tree, a.lines).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: FOLD_KIND[f.kind] })));
      }),
    );
    ctx.connection.onSelectionRanges(
      guard(ctx, "selectionRange", null, (params): SelectionRange[] | null => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        return params.positions.map((pos) => {
          const chain = selectionChain(a.tree, a.lines.offsetAt(pos));
          let parent: SelectionRange | undefined;
          for (const span of [...chain].reverse()) parent = { range: range(a.lines, span), parent };
          return parent ?? { range: { start: pos, end: pos } };
        });
      }),
    );
  },
};
