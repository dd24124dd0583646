/**
 * Semantic tokens: what the TextMate grammar cannot know. An opener is only an opener at the
 * start of a paragraph; a footnote marker in an official text is a bare number glued to a word;
 * a number on its own line is an operative number only where the parser says so.
 */
import type { Resolution, Span, Subparagraph } from "../syntax/tree";
import type { LineIndex } from "../text/line-index";
import { markersOf, symbolOfReference } from "./navigation";
import { citations } from "./citations";

/** Token types, in legend order (the LSP layer announces this array). */
export const TOKEN_TYPES = [
  "opener",
  "paragraphNumber",
  "subparagraphLabel",
  "footnoteMarker",
  "reference",
  "organ",
  "closing",
  "sectionHeading",
] as const;
export const TOKEN_MODIFIERS = ["preamble", "operative", "unofficial"] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** One token on one line (editors want single-line tokens). */
export interface Token {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

export function semanticTokens(tree: Resolution, lines: LineIndex): Token[] {
  const raw: { span: Span; type: TokenType; mods: TokenModifier[] }[] = [];
  const add = (span: Span | null | undefined, type: TokenType, mods: TokenModifier[] = []) => {
    if (span && span.end > span.start) raw.push({ span, type, mods });
  };
  add(tree.organ?.name.span, "organ");
  const subs = (ss: readonly Subparagraph[]): void =>
    ss.forEach((s) => {
      add(s.label.span, "subparagraphLabel");
      subs(s.children);
    });
  for (const p of [...tree.preamble, ...tree.operative]) {
    const mods: TokenModifier[] = [p.kind];
    if (p.opener && !p.opener.known) mods.push("unofficial");
    add(p.opener?.span, "opener", mods);
    if (p.kind === "operative") add(p.number?.span, "paragraphNumber");
    subs(p.subparagraphs);
  }
  for (const { marker } of markersOf(tree)) add(marker.span, "footnoteMarker");
  for (const r of tree.references) if (r.kind === "symbol" || r.kind === "decision") add(r.span, "reference");
  // Every member of a citation list, not only the first the parser names.
  for (const c of citations(tree, symbolOfReference)) add(c.span, "reference");
  for (const s of tree.sections) {
    add(s.label.span, "sectionHeading");
    add(s.heading?.span, "sectionHeading");
  }
  add(tree.closing?.meeting?.span, "closing");
  add(tree.closing?.date?.span, "closing");

  const out: Token[] = [];
  for (const t of raw) {
    const type = TOKEN_TYPES.indexOf(t.type);
    const modifiers = t.mods.reduce((m, x) => m | (1 << TOKEN_MODIFIERS.indexOf(x)), 0);
    // Split at line breaks: an opener or reference can wrap.
    const first = lines.positionAt(t.span.start).line;
    const last = lines.positionAt(t.span.end).line;
    for (let line = first; line <= last; line++) {
      const start = Math.max(t.span.start, lines.lineStart(line));
      const end = Math.min(t.span.end, lines.lineEnd(line));
      if (end > start) out.push({ line, character: start - lines.lineStart(line), length: end - start, type, modifiers });
    }
  }
  // Tokens must be sorted and must not overlap; where they would (a reference inside an opener),
  // the earlier-starting one wins.
  out.sort((a, b) => a.line - b.line || a.character - b.character || b.length - a.length);
  const kept: Token[] = [];
  for (const t of out) {
    const prev = kept[kept.length - 1];
    if (prev && prev.line === t.line && t.character < prev.character + prev.length) continue;
    kept.push(t);
  }
  return kept;
}

/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token. */
export function encodeTokens(tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.character - char : t.character, t.length, t.type, t.modifiers);
    line = t.line;
    char = t.character;
  }
  return data;
}
