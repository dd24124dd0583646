/** textDocument/semanticTokens/full: openers, numbers, markers, references the grammar cannot tell. */
import type { SemanticTokens } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { encodeTokens, semanticTokens as coreTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from "../../core/editor/semantic-tokens";
import { memo } from "./memo";

export const semanticTokens: Feature = {
  name: "semanticTokens",
  capabilities: {
    semanticTokensProvider: {
      legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
      full: true,
      range: false,
    },
  },
  register(ctx) {
    ctx.connection.languages.semanticTokens.on(
      guard(ctx, "semanticTokens", { data: [] }, (params): SemanticTokens => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return { data: [] };
        return { data: memo(a, "semanticTokens", () => encodeTokens(coreTokens(a.tree, a.lines))) };
      }),
    );
  },
};
