/** textDocument/completion: candidates and ranking from the core; LSP items here. */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { range } from "../convert";
import { complete, type Candidate } from "../../core/editor/completion";
import { SHIPPED_OPENERS } from "../../core/editor/opener-data";
import { openerUsage } from "../../core/editor/hover";

const KIND: Record<Candidate["kind"], CompletionItemKind> = {
  opener: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  marker: CompletionItemKind.Reference,
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `27 November 2026`: the date style of the official texts (conventions §1.6). */
export function todayInUnStyle(d = new Date()): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

export const completion: Feature = {
  name: "completion",
  capabilities: { completionProvider: { triggerCharacters: [" ", "^"], resolveProvider: true } },
  register(ctx) {
    ctx.connection.onCompletion(
      guard(ctx, "completion", null, (params): CompletionList | null => {
        const a = ctx.store.analysis(params.textDocument.uri);
        if (!a) return null;
        const candidates = complete(a.tree, a.lines.offsetAt(params.position), { openers: SHIPPED_OPENERS, today: todayInUnStyle() });
        if (candidates.length === 0) return null;
        // Opener usage notes are filled in on resolve: a preamble list has some 265 of them.
        const items: CompletionItem[] = candidates.map((c) => ({
          label: c.label,
          kind: KIND[c.kind],
          detail: c.detail,
          documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
          data: c.part ? { opener: c.label, part: c.part } : undefined,
          textEdit: { range: range(a.lines, c.replace), newText: c.insertText },
          insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          sortText: c.sortText,
          filterText: c.filterText,
          preselect: c.preselect,
        }));
        return { isIncomplete: false, items };
      }),
    );
    ctx.connection.onCompletionResolve((item: CompletionItem): CompletionItem => {
      try {
        const data = item.data as { opener?: unknown; part?: unknown } | undefined;
        if (typeof data?.opener !== "string" || (data.part !== "preamble" && data.part !== "operative")) return item;
        return { ...item, documentation: { kind: MarkupKind.Markdown, value: openerUsage({ text: data.opener }, data.part, SHIPPED_OPENERS) } };
      } catch (e) {
        ctx.connection.console.error(`resdraft: completionResolve failed: ${(e as Error)?.stack ?? e}`);
        return item;
      }
    });
  },
};
