/**
 * The single textDocument/codeAction handler. A connection holds one handler per request, so every
 * feature that offers code actions adds a provider here (one import, one list entry, its kinds).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from "vscode-languageserver/node";
import type { Feature, ServerContext } from "../context";
import { guard } from "../context";
import type { Analysis } from "../documents";
import { RENUMBER_FOOTNOTES_KIND, RENUMBER_OPERATIVE_KIND, renumberCodeActions } from "./renumber";
import { FIX_ALL_KIND, lintCodeActions } from "./lint";
import { normalizeCodeActions } from "./normalize";

/** A provider may wait (the lint configuration is read from the client); `ctx` is its connection. */
export type CodeActionProvider = (a: Analysis, params: CodeActionParams, ctx: ServerContext) => CodeAction[] | Promise<CodeAction[]>;

/** Providers, in the order their actions are listed. */
export const codeActionProviders: readonly CodeActionProvider[] = [lintCodeActions, renumberCodeActions, normalizeCodeActions];

/** Every kind a provider may return (announced at initialize). */
export const codeActionKinds: readonly string[] = [CodeActionKind.QuickFix, CodeActionKind.Source, FIX_ALL_KIND, RENUMBER_OPERATIVE_KIND, RENUMBER_FOOTNOTES_KIND];

export const codeActions: Feature = {
  name: "codeActions",
  capabilities: { codeActionProvider: { codeActionKinds: [...codeActionKinds], resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeAction(
      guard(ctx, "codeAction", null, async (params: CodeActionParams): Promise<CodeAction[] | null> => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        const out: CodeAction[] = [];
        for (const provide of codeActionProviders) {
          try {
            out.push(...(await provide(a, params, ctx)));
          } catch (e) {
            // One provider's bug must not hide the others' actions.
            ctx.connection.console.error(`resdraft: code action provider failed: ${(e as Error)?.stack ?? e}`);
          }
        }
        return out;
      }),
    );
  },
};
