/** textDocument/hover: contents come from the core; workspace lookups and settings from here. */
import { MarkupKind, type Hover } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { range } from "../convert";
import { hover as coreHover } from "../../core/editor/hover";
import { SHIPPED_OPENERS } from "../../core/editor/opener-data";
import { editorSettings } from "./editor-settings";
import { workspaceIndex } from "./workspace-index";

export const hover: Feature = {
  name: "hover",
  capabilities: { hoverProvider: true },
  register(ctx) {
    // Index the workspace soon after the first document opens, so the first hover finds it ready.
    ctx.store.documents.onDidOpen(() => setTimeout(() => workspaceIndex(ctx).warm(), 200));
    ctx.connection.onHover(
      guard(ctx, "hover", null, async (params): Promise<Hover | null> => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        const { linkBase } = await editorSettings(ctx, a.uri);
        const index = workspaceIndex(ctx);
        const h = coreHover(a.tree, a.lines.offsetAt(params.position), {
          openers: SHIPPED_OPENERS,
          linkBase,
          lookup: (symbol) => index.lookup(symbol),
        });
        if (!h) return null;
        return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: range(a.lines, h.span) };
      }),
    );
  },
};
