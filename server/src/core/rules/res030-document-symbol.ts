/**
 * General Assembly document symbols are well formed: `A/C.3/80/L.3`, `A/80/L.22`, `A/RES/78/229`, `A/79/68`.
 * A symbol is `A` and segments after slashes; a segment is a number, a series in capitals with its number after a
 * full stop or hyphen (`C.3`, `L.22`, `CONF.232`, `ES-11`), or `Add.1`, `Corr.1`, `Rev.1`, `Amend.1`. Three shapes
 * are never right: capitals run into their number (`A/C3/…`, `…/L22`), a series in mixed case (`A/Res/…`) and the
 * session glued to the `A` (`A79/68`). Other shapes (other organs' symbols, new series) are left alone.
 */
import { defineRule } from "../lint/types";
import { matches, textBlocks } from "../lint/text";

const SYMBOL = /(?<![\p{L}\d/.-])A(?:\d{2,3})?(?:\/[\p{L}\d.-]+)+/gu;
const RUN_IN = /^([A-Z]{1,4})(\d+)$/;
const MIXED = /^[A-Z][a-z]+$/;
const SUFFIXES = new Set(["Add", "Corr", "Rev", "Amend"]);

/** What is wrong with a symbol and how it is written right, or null when nothing is. */
function problem(symbol: string): { why: string; right: string } | null {
  const glued = /^A(\d{2,3})\//.exec(symbol);
  if (glued) return { why: "a slash after 'A'", right: `A/${symbol.slice(1)}` };
  const segments = symbol.split("/");
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i]!.replace(/\.$/, "");
    const run = RUN_IN.exec(s);
    if (run) return { why: `a full stop in '${run[1]}.${run[2]}'`, right: replaceSegment(segments, i, `${run[1]}.${run[2]}`) };
    if (MIXED.test(s) && !SUFFIXES.has(s)) return { why: `'${s.toUpperCase()}' in capitals`, right: replaceSegment(segments, i, s.toUpperCase()) };
  }
  return null;
}

function replaceSegment(segments: readonly string[], i: number, by: string): string {
  return segments.map((s, k) => (k === i ? by + (s.endsWith(".") ? "." : "") : s)).join("/");
}

export default defineRule({
  id: "RES030",
  name: "document-symbol",
  description: "Document symbols are well formed: 'A/C.3/80/L.3', 'A/RES/78/229', not 'A/C3/80/L3' or 'A/Res/78/229'",
  tags: ["references"],
  severity: "warning",
  fixable: true,
  check({ tree, report }) {
    for (const body of textBlocks(tree)) {
      if (!body.text.includes("A")) continue;
      for (const { match, span } of matches(body, SYMBOL)) {
        const written = match[0].replace(/[.]$/, "");
        const p = problem(written);
        if (!p) continue;
        const s = { start: span.start, end: span.start + written.length };
        const contiguous = s.end - s.start === written.length && tree.source.slice(s.start, s.end) === written;
        report({
          span: s,
          message: `Malformed document symbol '${written}': ${p.why} ('${p.right}')`,
          ...(contiguous ? { fix: { title: `Write '${p.right}'`, edits: [{ start: s.start, end: s.end, text: p.right }] } } : {}),
        });
      }
    }
  },
});
