/**
 * The outline (textDocument/documentSymbol): title → Preamble → Operative part (sections →
 * paragraphs → sub-paragraphs) → Footnotes → Annex, labels in `detail`. Built by the core
 * (`core/editor/outline.ts`); this module only maps kinds and ranges.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { range } from "../convert";
import type { Resolution } from "../../core/syntax/tree";
import type { LineIndex } from "../../core/text/line-index";
import { outline, type OutlineKind, type OutlineNode } from "../../core/editor/outline";
import { memo } from "./memo";

const KIND: Record<OutlineKind, SymbolKind> = {
  document: SymbolKind.File,
  part: SymbolKind.Namespace,
  section: SymbolKind.Module,
  preamble: SymbolKind.Field,
  operative: SymbolKind.Method,
  subparagraph: SymbolKind.EnumMember,
  footnotes: SymbolKind.Namespace,
  footnote: SymbolKind.String,
  annex: SymbolKind.Module,
};

export function documentSymbols(tree: Resolution, lines: LineIndex): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => ({
    name: n.name,
    detail: n.detail,
    kind: KIND[n.kind],
    range: range(lines, n.span),
    selectionRange: range(lines, n.selection),
    children: n.children.map(convert),
  });
  return outline(tree).map(convert);
}

/** For clients without hierarchical support: the same nodes, flattened with container names. */
function flatSymbols(uri: string, tree: Resolution, lines: LineIndex): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (n: OutlineNode, container: string | undefined) => {
    out.push({ name: n.detail && n.kind !== "part" ? `${n.detail} ${n.name}` : n.name, kind: KIND[n.kind], location: { uri, range: range(lines, n.span) }, containerName: container });
    n.children.forEach((c) => walk(c, n.name));
  };
  outline(tree).forEach((n) => walk(n, undefined));
  return out;
}

export const symbols: Feature = {
  name: "symbols",
  capabilities: { documentSymbolProvider: { label: "Resolution" } },
  register(ctx) {
    ctx.connection.onDocumentSymbol(
      guard(ctx, "documentSymbol", null, (params) => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        return ctx.client.hierarchicalDocumentSymbols
          ? memo(a, "documentSymbols", () => documentSymbols(a.tree, a.lines))
          : memo(a, "flatSymbols", () => flatSymbols(a.uri, a.tree, a.lines));
      }),
    );
  },
};
