/**
 * Push diagnostics: after each change (debounced) and on open and save, publish what
 * the parser and the lint rules found for the document's current version. Stale results are
 * never published. A settings change re-reads the lint configuration and republishes.
 */
import type { Diagnostic } from "vscode-languageserver/node";
import type { Feature, ServerContext } from "../context";
import { syntaxDiagnostic } from "../convert";
import { lintDocument, lintState, sweepConfigProblems } from "./lint";

/** Keystrokes closer together than this are checked once. */
export const DEBOUNCE_MS = 150;

export const diagnostics: Feature = {
  name: "diagnostics",
  capabilities: {},
  register(ctx: ServerContext) {
    const timers = new Map<string, NodeJS.Timeout>();
    /** Lint failures already logged: the same failure on every keystroke would flood the output channel. */
    const logged = new Set<string>();
    const publish = async (uri: string) => {
      timers.delete(uri);
      try {
        const a = ctx.store.analysis(uri);
        if (!a) return;
        const items: Diagnostic[] = a.tree.diagnostics.map((d) => syntaxDiagnostic(a.lines, d));
        try {
          items.push(...(await lintDocument(ctx, a)));
        } catch (e) {
          // The syntax diagnostics are still worth publishing: a lint failure must not blank the document.
          const text = `resdraft: lint failed for ${uri}: ${(e as Error)?.stack ?? e}`;
          if (!logged.has(text)) {
            logged.add(text);
            ctx.connection.console.error(text);
          }
        }
        // The settings request let the document change meanwhile: publish only for the current version.
        if (ctx.store.get(uri)?.version !== a.version) return;
        void ctx.connection.sendDiagnostics({ uri, version: a.version, diagnostics: items });
      } catch (e) {
        ctx.connection.console.error(`resdraft: diagnostics failed for ${uri}: ${(e as Error)?.stack ?? e}`);
      }
    };
    const schedule = (uri: string, delay: number) => {
      clearTimeout(timers.get(uri));
      timers.set(uri, setTimeout(() => void publish(uri), delay));
    };
    const reconfigure = () => {
      lintState(ctx).settings.clear();
      for (const doc of ctx.store.documents.all()) schedule(doc.uri, 0);
    };
    ctx.connection.onDidChangeConfiguration(reconfigure);
    // The client watches **/.resdraft.json (client/src/extension.ts) and the server the folders above the
    // workspace (config.ts): an edited config applies at once, a deleted or fixed one loses its diagnostic.
    ctx.connection.onDidChangeWatchedFiles(() => {
      sweepConfigProblems(ctx);
      reconfigure();
    });
    ctx.store.documents.onDidOpen((e) => schedule(e.document.uri, 0));
    ctx.store.documents.onDidChangeContent((e) => schedule(e.document.uri, DEBOUNCE_MS));
    ctx.store.documents.onDidSave((e) => schedule(e.document.uri, 0));
    ctx.store.documents.onDidClose((e) => {
      clearTimeout(timers.get(e.document.uri));
      timers.delete(e.document.uri);
      lintState(ctx).results.delete(e.document.uri);
      void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  },
};
