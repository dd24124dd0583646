/**
 * Technical or substantive? A change is technical when all it does is a routine rollover
 * update: session ordinals, years and dates, document symbols, resolution numbers, meeting
 * numbers, cross-references to renumbered paragraphs ("paragraph 99 above"), or appending last year's resolution to a "Recalling its resolutions …" list.
 * Anything else (a new word, a dropped clause, a stronger verb) is substantive.
 *
 * Each edited word is judged with its neighbours on its own side (`19` is a date only next
 * to a month, `eighty-first` is a session only before "session"). Glue words such as "and",
 * "of" or "resolutions" may change in a technical paragraph but never make one technical alone.
 */
import type { Change, TechnicalReason } from "./types";
import {
  identityKey,
  isMonth,
  isNumericOrdinal,
  isOrdinalWord,
  isResolutionNumber,
  isSymbol,
  isWord,
  isYear,
  tokenize,
} from "./tokens";

const GLUE = new Set([
  "paragraph", "paragraphs", "above", "below", "and", "of", "its", "the", "resolution", "resolutions", "decision", "decisions", "session", "sessions",
  "meeting", "meetings", "plenary", "at", "in", "on", "including", "most", "recent", "latest", "as", "well",
  "adopted", "dated", "from",
]);

const RECALLING = /^(?:Recalling|Reaffirming|Recalls|Reaffirms|Recall|Reaffirm|Bearing in mind)\b/;

type Verdict = TechnicalReason | "glue" | null;

function verdict(words: readonly string[], i: number): Verdict {
  const w = words[i]!;
  const lw = w.toLowerCase();
  const near = (from: number, to: number, test: (x: string) => boolean) => {
    for (let k = Math.max(0, i + from); k <= Math.min(words.length - 1, i + to); k++) if (k !== i && test(words[k]!.toLowerCase())) return true;
    return false;
  };
  if (isYear(w)) return "year";
  if (isMonth(w)) return "date";
  // `__ December 2025`: a draft leaves the day blank until adoption.
  if (/^(?:\d{1,2}|_+)$/.test(w) && near(-1, 1, isMonth)) return "date";
  if (isResolutionNumber(w)) return "resolution";
  if (isSymbol(w)) return "symbol";
  if (isOrdinalWord(w) || isNumericOrdinal(w)) {
    if (near(1, 3, (x) => x === "session" || x === "sessions")) return "session";
    if (near(1, 3, (x) => x === "meeting" || x === "meetings" || x === "plenary")) return "meeting";
    return null;
  }
  if (/^\d+$/.test(w) && near(-3, -1, (x) => x === "resolution" || x === "resolutions")) return "resolution";
  // "paragraph 99 above": a cross-reference that follows the renumbering.
  if (/^\d+$/.test(w) && near(-3, -1, (x) => x === "paragraph" || x === "paragraphs") && near(1, 4, (x) => x === "above" || x === "below" || x === "present")) {
    return "paragraph";
  }
  if (GLUE.has(lw)) return "glue";
  return null;
}

interface Side {
  words: string[];
  /** For each change index, the word positions it covers on this side. */
  spans: Map<number, number[]>;
}

function side(changes: readonly Change[], skip: Change["op"]): Side {
  const words: string[] = [];
  const spans = new Map<number, number[]>();
  changes.forEach((c, ci) => {
    if (c.op === skip) return;
    const mine: number[] = [];
    // A long unchanged stretch only matters for its few words next to the edits.
    const text = c.op === "equal" && c.text.length > 2 * CONTEXT ? c.text.slice(0, CONTEXT) + " \u2026 " + c.text.slice(-CONTEXT) : c.text;
    for (const t of tokenize(text)) {
      if (!isWord(t)) continue;
      mine.push(words.length);
      words.push(t);
    }
    spans.set(ci, mine);
  });
  return { words, spans };
}

/** Characters of unchanged text kept on each side of an edit for context (more than three words). */
const CONTEXT = 80;

export interface Classification {
  technical: boolean;
  reasons: TechnicalReason[];
}

export function classifyChanges(changes: readonly Change[]): Classification {
  if (changes.every((c) => c.op === "equal")) return { technical: true, reasons: [] };
  const oldSide = side(changes, "insert");
  const newSide = side(changes, "delete");
  const reasons = new Set<TechnicalReason>();
  let anchored = false;
  let glueOnly = false;
  // Walk the runs of edits between equal stretches.
  let i = 0;
  while (i < changes.length) {
    if (changes[i]!.op === "equal") {
      i++;
      continue;
    }
    const verdicts: Verdict[] = [];
    let deleted = "";
    let inserted = "";
    for (; i < changes.length && changes[i]!.op !== "equal"; i++) {
      const c = changes[i]!;
      const s = c.op === "delete" ? oldSide : newSide;
      if (c.op === "delete") deleted += c.text;
      else inserted += c.text;
      for (const w of s.spans.get(i) ?? []) {
        const v = verdict(s.words, w);
        verdicts.push(v);
      }
    }
    // Only spacing, capitals, quote or dash style differ (PDF text often breaks words: `d evelopment`).
    if (verdicts.length === 0 || identityKey(deleted).toLowerCase() === identityKey(inserted).toLowerCase()) {
      reasons.add("formatting");
      continue;
    }
    if (verdicts.some((v) => v === null)) return { technical: false, reasons: [] };
    const anchors = verdicts.filter((v): v is TechnicalReason => v !== "glue" && v !== null);
    if (anchors.length === 0) glueOnly = true;
    else anchored = true;
    for (const a of anchors) reasons.add(a);
  }
  if (glueOnly && !anchored) return { technical: false, reasons: [] };
  const newText = changes.filter((c) => c.op !== "delete").map((c) => c.text).join("");
  const citations = (s: Side) => s.words.filter((w) => isResolutionNumber(w)).length;
  if (reasons.has("resolution") && citations(newSide) > citations(oldSide) && RECALLING.test(newText.replace(/^[^\p{L}]+/u, ""))) {
    reasons.delete("resolution");
    reasons.add("recalling-list");
  }
  return { technical: true, reasons: [...reasons].sort() };
}
