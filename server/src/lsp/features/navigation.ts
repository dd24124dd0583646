/**
 * Go to definition and find references: footnote marker ↔ footnote text, "paragraph 12 above"
 * → OP12, "resolution 78/229" → the workspace file whose masthead or front matter says A/RES/78/229.
 */
import type { Location } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { range } from "../convert";
import { definitionSpan, referenceSpans, targetAt } from "../../core/editor/navigation";
import { workspaceIndex } from "./workspace-index";

export const navigation: Feature = {
  name: "navigation",
  capabilities: { definitionProvider: true, referencesProvider: true },
  register(ctx) {
    ctx.connection.onDefinition(
      guard(ctx, "definition", null, (params): Location[] | null => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        const t = targetAt(a.tree, a.lines.offsetAt(params.position));
        if (!t) return null;
        if (t.kind === "document") {
          const doc = workspaceIndex(ctx).lookup(t.symbol);
          if (!doc || doc.uri === a.uri) return null;
          const at = { line: doc.line, character: 0 };
          return [{ uri: doc.uri, range: { start: at, end: at } }];
        }
        const span = definitionSpan(t);
        return span ? [{ uri: a.uri, range: range(a.lines, span) }] : null;
      }),
    );
    ctx.connection.onReferences(
      guard(ctx, "references", null, (params): Location[] | null => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        const t = targetAt(a.tree, a.lines.offsetAt(params.position));
        if (!t) return null;
        return referenceSpans(a.tree, t, params.context.includeDeclaration).map((s) => ({ uri: a.uri, range: range(a.lines, s) }));
      }),
    );
  },
};
