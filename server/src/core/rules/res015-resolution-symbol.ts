/**
 * A resolution cited in the text has a well-formed number: `resolution 78/229`, `S-8/1`,
 * `ES-10/2`, `3363 (XXX)`, `2250 (2015)`; not `78-229` or the document symbol `A/RES/78/229`.
 */
import { defineRule } from "../lint/types";
import { contiguous, spanOf, textBlocks } from "../lint/text";
import type { Resolution } from "../syntax/tree";

const CITED = /\bresolutions?\s+((?:A\/RES\/)?(?:E?S-)?\d[\d/.\-]*\d|(?:A\/RES\/)(?:E?S-)?\d+\/\d+)/g;
// The Assembly adopts a few hundred resolutions a session: the corpus lists stop at 80/234 and the highest number
// cited in the corpus is 73/341. Four digits after the slash is a slip, unless it is a year: other bodies number
// resolutions by year (`resolution 7/2019` of the FAO Conference).
const NUMBER_LIMIT = 1000;
const isYear = (n: number) => n >= 1945 && n <= 2099;

// `58.3`: resolutions of other bodies (World Health Assembly, conferences of parties) are numbered so.
const WELL_FORMED = /^(?:(?:ES|S)-\d+\/\d+|\d+\/\d+|\d+|\d+\.\d+)$/;

/**
 * Whether an over-long number in extracted text is a resolution number with a footnote marker glued to it: PyMuPDF
 * writes a superscript without its space (`resolution 59/3009 and`, footnote 9 under `59/300`). The digits are read
 * as a marker when a footnote of the text has that number and no marker anywhere else: so a typed slip (`77/2284`
 * with no footnote 4, or one already referenced) is still reported.
 */
function gluedMarker(tree: Resolution, at: number): boolean {
  if (tree.format === "unres") return false;
  const digits = /^(?:(?:ES|S)-)?\d+\/(\d+)/.exec(tree.source.slice(at, at + 16))?.[1];
  if (!digits) return false;
  const unmarked = new Set(tree.footnotes.filter((f) => f.markers.length === 0).map((f) => f.number.value));
  for (let cut = 1; cut < digits.length && cut <= 3; cut++) {
    if (Number(digits.slice(0, -cut)) < NUMBER_LIMIT && unmarked.has(String(Number(digits.slice(-cut))))) return true;
  }
  return false;
}

export default defineRule({
  id: "RES015",
  name: "resolution-symbol",
  description: "A resolution is cited by a well-formed number such as 'resolution 78/229'",
  tags: ["references"],
  severity: "warning",
  fixable: true,
  check({ report, tree }) {
    for (const r of tree.references) {
      if (r.kind !== "resolution") continue;
      const m = /^(?:(?:ES|S)-)?\d+\/(\d+)(?: [A-Z])?$/.exec(r.value);
      const n = m ? Number(m[1]) : 0;
      if (n < NUMBER_LIMIT || isYear(n) || gluedMarker(tree, r.span.start)) continue;
      report({ span: r.span, message: `'${r.value}' cannot be a General Assembly resolution: a session adopts a few hundred, never ${NUMBER_LIMIT} or more; check the number` });
    }
    for (const body of textBlocks(tree)) {
      // Every match needs the literal word; most texts cite well-formed numbers, so the source span is made only
      // for a malformed one, not for every citation as `matches` does.
      const text = body.text;
      if (!text.includes("resolution")) continue;
      CITED.lastIndex = 0;
      for (let match = CITED.exec(text); match; match = CITED.exec(text)) {
        const symbol = match[1]!;
        if (WELL_FORMED.test(symbol)) continue;
        const span = spanOf(body, match.index, match.index + match[0].length);
        const at = match.index + match[0].length - symbol.length;
        const symSpan = { start: span.end - symbol.length, end: span.end };
        let fixed: string | null = null;
        if (/^A\/RES\/((?:E?S-)?\d+\/\d+)$/.test(symbol)) fixed = symbol.slice("A/RES/".length);
        else if (/^\d+-\d+$/.test(symbol)) fixed = symbol.replace("-", "/");
        const canFix = fixed !== null && contiguous(body, at, at + symbol.length);
        report({
          span: symSpan,
          message: fixed
            ? `Cite the resolution as '${fixed}', not '${symbol}'`
            : `'${symbol}' is not a well-formed resolution number (such as 78/229, S-8/1 or ES-10/2)`,
          ...(canFix ? { fix: { title: `Write '${fixed}'`, edits: [{ start: symSpan.start, end: symSpan.end, text: fixed! }] } } : {}),
        });
      }
    }
  },
});
