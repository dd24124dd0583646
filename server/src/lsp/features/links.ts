/** textDocument/documentLink: every UN document symbol → undocs.org (or the configured base). */
import type { DocumentLink } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { range } from "../convert";
import { findDocSymbols, symbolUrl } from "../../core/editor/doc-symbols";
import { editorSettings } from "./editor-settings";
import { memo } from "./memo";

export const links: Feature = {
  name: "links",
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onDocumentLinks(
      guard(ctx, "documentLink", null, async (params): Promise<DocumentLink[] | null> => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        const { linkBase } = await editorSettings(ctx, a.uri);
        return memo(a, `links ${linkBase}`, () => findDocSymbols(a.tree.source).map((s) => ({
          range: range(a.lines, s.span),
          target: symbolUrl(s.symbol, linkBase),
          tooltip: `Open ${s.symbol}`,
        })));
      }),
    );
  },
};
