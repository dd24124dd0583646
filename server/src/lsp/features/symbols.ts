/** The outline (textDocument/documentSymbol): title → Preamble → Operative part → Footnotes. */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { range } from "../convert";
import type { Resolution, Span } from "../../core/syntax/tree";
import type { LineIndex } from "../../core/text/line-index";

function clip(text: string, n = 60): string {
  return text.length <= n ? text : text.slice(0, n - 1).trimEnd() + "…";
}

function cover(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  return { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
}

export function documentSymbols(tree: Resolution, lines: LineIndex): DocumentSymbol[] {
  const sym = (name: string, detail: string, kind: SymbolKind, span: Span, sel: Span, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name: name.trim() || "(empty)",
    detail,
    kind,
    range: range(lines, span),
    selectionRange: range(lines, sel),
    children,
  });
  const out: DocumentSymbol[] = [];
  const pre = tree.preamble.map((p) =>
    sym(`PP${p.index} ${clip(p.body.text)}`, p.opener?.text ?? "", SymbolKind.Field, p.span, p.opener?.span ?? p.span),
  );
  const preSpan = cover(tree.preamble.map((p) => p.span));
  if (preSpan) out.push(sym("Preamble", `${pre.length} paragraphs`, SymbolKind.Namespace, preSpan, preSpan, pre));
  const ops = tree.operative.map((p) =>
    sym(
      `${p.number ? p.number.text + ". " : ""}${clip(p.body.text)}`,
      `OP${p.index}`,
      SymbolKind.Method,
      p.span,
      p.number?.span ?? p.opener?.span ?? p.span,
    ),
  );
  const opSpan = cover(tree.operative.map((p) => p.span));
  if (opSpan) out.push(sym("Operative part", `${ops.length} paragraphs`, SymbolKind.Namespace, opSpan, opSpan, ops));
  const fns = tree.footnotes.map((f) => sym(`${f.number.value} ${clip(f.body.text)}`, "", SymbolKind.String, f.span, f.number.span));
  const fnSpan = cover(tree.footnotes.map((f) => f.span));
  if (fnSpan) out.push(sym("Footnotes", `${fns.length}`, SymbolKind.Namespace, fnSpan, fnSpan, fns));
  if (tree.title) {
    const name = [tree.title.number?.value, clip(tree.title.text.text)].filter(Boolean).join(". ");
    return [sym(name, tree.header.symbol?.value ?? "", SymbolKind.File, { start: tree.title.span.start, end: tree.source.length }, tree.title.span, out)];
  }
  return out;
}

export const symbols: Feature = {
  name: "symbols",
  capabilities: { documentSymbolProvider: { label: "Resolution" } },
  register(ctx) {
    ctx.connection.onDocumentSymbol(
      guard(ctx, "documentSymbol", null, (params) => {
        const a = ctx.store.analysis(params.textDocument.uri);
        return a ? documentSymbols(a.tree, a.lines) : null;
      }),
    );
  },
};
