// Frozen copy of server/src/core at commit 9d9d1b5 (the reader before issue 11): a peer for bench row a only,
// never imported by the shipped code. See README.md here.
/**
 * References in paragraph and footnote text: resolution/decision numbers, document symbols, dates,
 * session ordinals, meetings and internal paragraph references. Found on the joined text (so a
 * reference broken over two lines is still found) and mapped back to the source.
 */
import { sourceSpan } from "./mapped";
import { isoDate, MONTHS, ordinalValue } from "./patterns";
import type { MappedText, Reference, ReferenceKind } from "../../server/src/core/syntax/tree";

const RES_NO = String.raw`(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: [A-Z](?![a-z]))?`;
// `has`: a literal every match contains, tested first. A regex that starts with a word alternation is tried at
// every position of the text; the literal search skips the paragraphs where it cannot match (most of them).
const PATTERNS: { kind: ReferenceKind; re: RegExp; value: (m: RegExpExecArray) => string; group?: number; has?: (text: string) => boolean }[] = [
  {
    kind: "symbol",
    has: (t) => t.includes("/"),
    re: /\b(?:A|E|S|ST|UNEP|CTOC|TD|DP|ICCD|FCCC|CRC|CCPR|HRC|CEDAW)\/(?:[A-Za-z0-9.-]+\/)*[A-Za-z0-9.-]*\d[A-Za-z0-9.-]*(?:\/(?:Rev|Add|Corr)\.\d+)*/g,
    value: (m) => m[0].replace(/[.,]$/, ""),
  },
  { kind: "date", re: new RegExp(String.raw`\b(\d{1,2}) (${MONTHS}) (\d{4})\b`, "g"), value: (m) => isoDate(m[1]!, m[2]!, m[3]!) },
  { kind: "meeting", re: /\b(\d{1,3})(?:st|nd|rd|th) plenary meeting\b/g, value: (m) => m[1]!, has: (t) => t.includes(" plenary meeting") },
  {
    kind: "session",
    re: /\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)) (?:special |emergency special )?session\b/gi,
    value: (m) => String(ordinalValue(m[1]!) ?? ""),
    has: (t) => SESSION_WORD.test(t),
  },
  // Security Council resolutions are numbered with the year: `resolution 497 (1981)`.
  { kind: "resolution", re: /\bresolutions? (\d{1,4}) \((\d{4})\)/g, value: (m) => `${m[1]} (${m[2]})`, group: 1, has: (t) => t.includes("resolution") },
  { kind: "paragraph", re: /\bparagraphs? (\d{1,3})(?: (?:above|below))\b/g, value: (m) => m[1]!, has: (t) => t.includes("paragraph") },
];
// A list member may carry its parts, annex and date before the next one: `69/193 and 69/196 of 18 December 2014,
// 70/178, annex, of 17 December 2015, 72/1 A and B of 1 December 2017 and 78/229 of 19 December 2023`.
const LIST_ITEM = String.raw`${RES_NO}(?: and [A-H](?=\W))?(?:, annex)?(?:,? of \d{1,2} (?:${MONTHS}) \d{4})?`;
const RESOLUTION_LIST = new RegExp(String.raw`\b(resolutions?|decisions?) (${LIST_ITEM}(?:(?:, and |, | and | to )${LIST_ITEM})*)`, "g");
const ONE = new RegExp(RES_NO, "g");
const SESSION_WORD = /session/i;

export function findReferences(body: MappedText, fallback: number): Reference[] {
  const text = body.text;
  const out: Reference[] = [];
  const add = (kind: ReferenceKind, from: number, to: number, value: string): void => {
    out.push({ kind, text: text.slice(from, to), value, span: sourceSpan(body, from, to, fallback) });
  };
  RESOLUTION_LIST.lastIndex = 0;
  let m: RegExpExecArray | null;
  const lists = text.includes("resolution") || text.includes("decision");
  while (lists && (m = RESOLUTION_LIST.exec(text))) {
    const kind: ReferenceKind = m[1]!.startsWith("decision") ? "decision" : "resolution";
    const listStart = m.index + m[1]!.length + 1;
    ONE.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = ONE.exec(m[2]!))) add(kind, listStart + n.index, listStart + n.index + n[0].length, n[0]);
  }
  for (const p of PATTERNS) {
    if (p.has && !p.has(text)) continue;
    p.re.lastIndex = 0;
    while ((m = p.re.exec(text))) {
      if (p.kind === "symbol" && !/\//.test(m[0])) continue;
      const v = p.value(m);
      // With `group`, the reference starts at that group (`497 (1981)`, not `resolution 497 (1981)`).
      const from = p.group ? m.index + m[0].indexOf(m[p.group]!) : m.index;
      const end = m.index + (p.kind === "symbol" ? v.length : m[0].length);
      add(p.kind, from, end, v);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
