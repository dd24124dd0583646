/** Shared bits for the editor-feature protocol tests: real corpus texts and small LSP helpers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentSymbol, Range, TextEdit } from "vscode-languageserver-protocol";

export const CORPUS = join(__dirname, "../fixtures/corpus");
export const EDITOR_FIXTURES = join(__dirname, "../fixtures/editor");

export function corpusText(stem: string): string {
  return readFileSync(join(CORPUS, "texts", `${stem}.txt`), "utf8");
}

export interface ManifestEntry {
  symbol: string;
  preamble: { opener: string; section?: string }[];
  operative: { number: string; opener: string; section?: string }[];
  sections: string[] | null;
  footnote_count: number;
  closing: { meeting: string; date: string } | null;
}

export function manifest(stem: string): ManifestEntry {
  return JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"))[stem];
}

export function openerCounts(file: "preambular-openers.tsv" | "operative-openers.tsv"): Map<string, { count: number; resolutions: number }> {
  const rows = readFileSync(join(CORPUS, "lists", file), "utf8").trim().split("\n").slice(1);
  return new Map(rows.map((r) => {
    const [phrase, count, resolutions] = r.split("\t");
    return [phrase!, { count: Number(count), resolutions: Number(resolutions) }];
  }));
}

/** Offset ↔ position over a text, independent of the server's own LineIndex. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

export function offsetAt(text: string, pos: { line: number; character: number }): number {
  const lines = text.split(/(?<=\n)/);
  let o = 0;
  for (let i = 0; i < pos.line; i++) o += lines[i]!.length;
  return o + pos.character;
}

export function textIn(text: string, r: Range): string {
  return text.slice(offsetAt(text, r.start), offsetAt(text, r.end));
}

export function applyTextEdits(text: string, edits: readonly Pick<TextEdit, "range" | "newText">[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Every node of a symbol tree, depth first. */
export function flatten(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}
