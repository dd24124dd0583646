/**
 * Footnote markers in paragraph text, assigned in reading order: a marker is the next footnote number that exists,
 * near its footnote's page; superscripts decide where a PDF reader knows them, otherwise the words around.
 */
import { hasSuperscripts, isSuperscript, type CueIndex } from "./cue-reading";
import type { FootnoteDraft } from "./footnotes";
import type { Line } from "./lines";
import { cutFor, readingOrder, type DraftParagraph } from "./paragraphs";
import { MONTHS } from "./patterns";
import type { FootnoteMarker } from "./tree";

const NOT_BEFORE_MARKER = new Set([
  "resolution", "resolutions", "decision", "decisions", "paragraph", "paragraphs", "para.", "paras.", "from", "of", "to", "and",
  "No.", "no.", "vol.", "vols.", "article", "articles", "Article", "section", "chapter", "annex", "Protocol", "p.", "pp.", "page",
  "item", "items", "rule", "rules", "Goal", "Goals", "goal", "target", "targets", "principle", "principles", "between", "than",
  "by", "in", "at", "on", "the", "some", "over", "about", "nearly", "almost", "least", "until", "since",
  "Agenda", "year", "years", "per", "or",
  "Conventions", "chap.", "sect.", "part", "Part", "Principle", "Step", "step", "phase", "Phase", "level", "Level", "category",
  "Category", "Additional", "recommendation", "recommendations", "Recommendation", "appendix", "table", "figure", "op.",
]);
/** Words that follow a reference number (`paragraph 5 above`, `article 5 of`, `Goal 5 on …`). */
const AFTER_REFERENCE_NUMBER = /^\s+(?:of|and|or|to|on|in|for|as|at|by|bis|ter|above|below|thereof|therein|hereto|herein|which|where)\b/;
const MONTH_BEFORE = new RegExp(`(?:${MONTHS}) $`);
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTHS})\\b`);
const ABBREV_BEFORE_DOT = /(?:^|[^A-Za-z])(?:Add|Corr|Rev|No|Nos|para|paras|vol|vols|p|pp|art|arts|sect|chap|Sales|op|cit|Suppl|Vol|Part)$/;

/** The index of the line holding source offset `off`. */
export function lineAt(lines: Line[], off: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function assignMarkers(source: string, lines: Line[], drafts: DraftParagraph[], footnotes: FootnoteDraft[], page: number[], cues: CueIndex): void {
  const numeric = footnotes.filter((f) => /^\d+$/.test(f.number.value));
  if (!numeric.length) return;
  const pageAtOffset = (off: number): number => page[lineAt(lines, off)]!;
  let fi = 0;
  for (const d of drafts) {
    for (const dl of readingOrder(d)) {
      if (fi >= numeric.length) return;
      const text = source.slice(dl.start, dl.end);
      const re = /\d+/g;
      let m: RegExpExecArray | null;
      const linePage = pageAtOffset(dl.start);
      while ((m = re.exec(text)) && fi < numeric.length) {
        let at = m.index;
        let digits = m[0];
        let gluedToYear = false;
        if (digits.length > 3) {
          // `10 October 19904`, `2024–203414`: a marker glued to the year of a date or a period.
          const y = /^((?:19|20)\d\d)(\d{1,3})$/.exec(digits);
          const lead = text.slice(Math.max(0, at - 12), at);
          if (!y) continue;
          // After a month or in a period the year is certain; otherwise (`of 19934`, `in 200627`, as -raw and
          // pdf.js glue them) only the very next footnote's number is taken off the year.
          if (!(MONTH_BEFORE.test(lead) || /(?:19|20)\d\d[–-]$/.test(lead)) && numeric[fi]!.number.value !== String(Number(y[2]))) continue;
          at += 4;
          digits = y[2]!;
          gluedToYear = true;
        }
        const after = text[at + digits.length] ?? "";
        const before = at > 0 ? text[at - 1]! : "";
        if ((/[0-9]/.test(before) && !gluedToYear) || /[0-9A-Za-z/]/.test(after)) continue;
        if (after === "." && /[0-9]/.test(text[at + digits.length + 1] ?? "")) continue;
        // Which footnote could this be: the next one, or one after a missed marker.
        let target = -1;
        for (let w = fi; w < Math.min(numeric.length, fi + 3); w++) {
          if (numeric[w]!.number.value === String(Number(digits)) && digits[0] !== "0") {
            const fp = numeric[w]!.page;
            if (fp >= linePage && fp <= linePage + 1) target = w;
            break;
          }
        }
        if (target < 0) continue;
        // Superscripts, where the source says which characters are, decide; otherwise the words around.
        const line = lines[lineAt(lines, dl.start + at)]!;
        if (hasSuperscripts(cues, line)) {
          if (!isSuperscript(cues, line, dl.start + at, dl.start + at + digits.length)) continue;
        } else if (!gluedToYear && !plausibleMarker(text, at, digits, before, after, target === fi)) continue;
        const span = { start: dl.start + at, end: dl.start + at + digits.length };
        const marker: FootnoteMarker = { number: numeric[target]!.number.value, span };
        numeric[target]!.markers.push(marker);
        d.markers.push(marker);
        dl.cuts.push(cutFor(source, dl.start, span));
        fi = target + 1;
      }
    }
  }
}

function plausibleMarker(text: string, at: number, digits: string, before: string, after: string, expected: boolean): boolean {
  const rest = text.slice(at + digits.length);
  if (MONTH_AFTER.test(rest)) return false;
  // `resolutions 10/6 of 16 October 2020 43 and 11/3 …`: after a date's year, the expected number is its marker.
  if (expected && /\s$/.test(before) && /(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) |\bin )(?:19|20)\d\d\s+$/.test(text.slice(0, at))) return true;
  // `5 and 6` is a range of numbers, but the expected number before `and 54/5` (another resolution) is a marker.
  if (/^\s*(?:%|per cent|percent|million|billion|years?|days?|months?|weeks?|hours?|to \d|or \d|\))/.test(rest)) return false;
  if (/^\s*and \d/.test(rest) && !(expected && /^\s*and \d{1,3}\/\d/.test(rest))) return false;
  if (before === "" || /\s/.test(before)) {
    const head = text.slice(0, at).trimEnd();
    const prevWord = /(\S+)$/.exec(head)?.[1] ?? "";
    // A marker at the start of a line, or alone on one (`Programme,` / `5`).
    if (!prevWord) return expected && (/^\s+[a-z]/.test(rest) || rest.trim() === "");
    // `Sustainable Development Goals 5 and to …`, `resolutions 3 and the …`: after a plural the expected number
    // before a word (not another number, `Goals 5 and 6`) is a marker; `paragraph 5 of` is a reference.
    // After a singular, the expected number before a word that cannot follow a reference number
    // (`draft resolution 7 submitted by`, `decision 6 that`), not `paragraph 5 above` or `article 5 of`.
    if (NOT_BEFORE_MARKER.has(prevWord)) {
      if (!expected) return false;
      if (/s$/.test(prevWord)) return /^\s+(?:and|or)\s+[a-z]/.test(rest);
      return /^\s+[a-z]/.test(rest) && !AFTER_REFERENCE_NUMBER.test(rest);
    }
    // After a number only when it ends the line after a year (`… for 2022 1`, end mark missing).
    // After a number only after a year, before a joining word or the line end (`… for 2025 1 and the …`).
    // (`the 2010 8 Review Conference`: a capital after the year's marker, but never a month.)
    const yearThenMarker = expected && /^[–-]?(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?$/.test(prevWord) && (after === "" || /^\s+(?:and|or|the|as|which|in|on|of|to|at|by|for|with|that|including|entitled|adopted|held)\b/.test(rest) || /^\s+[A-Z][a-z]+ [A-Z]/.test(rest));
    // After a resolution number (`resolution 5/14 11 requesting …`).
    const resThenMarker = expected && /^\d{1,4}\/\d{1,4}$/.test(prevWord) && /^\s+[a-z]/.test(rest) && !/^\s+(?:of|and|to|or)\b/.test(rest);
    if (/\d$/.test(prevWord) && !/[,;:]$/.test(prevWord) && !yearThenMarker && !resThenMarker) return false;
    if (/^[A-Z]{1,4}$/.test(prevWord)) return false;
    if (after === "" || /[\s,;:.]/.test(after)) return true;
    return false;
  }
  if (/[A-Za-z]/.test(before)) {
    const word = /([A-Za-z’'-]+)$/.exec(text.slice(0, at))?.[1] ?? "";
    const lead = text.slice(0, at - word.length);
    if (/[\d/._]$/.test(lead)) return false;
    if (word.length < 3 || /^[A-Z]+$/.test(word)) return false;
    return true;
  }
  if (before === ".") {
    const head = text.slice(0, at - 1);
    if (ABBREV_BEFORE_DOT.test(head)) return false;
    return /[a-z)”]$/.test(head) && /[a-z]{3,}\)?”?$/.test(head);
  }
  if (/[,;:)”’\]]/.test(before)) {
    if (before === "," && /\d$/.test(text.slice(0, at - 1)) && digits.length === 3) return false;
    return true;
  }
  return false;
}
