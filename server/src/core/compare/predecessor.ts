/**
 * Which earlier resolution is this text's predecessor? In order of trust:
 * 1. front matter `predecessor: A/RES/78/229` (or `78/229`);
 * 2. the most recent resolution of the same series that the preamble recalls or reaffirms
 *    (80/229 recalls "… and 78/229 of 19 December 2023");
 * 3. the most recent earlier resolution with the same title.
 * In 2 and 3 an adopted text comes before any draft (an L-document, even one with a number typed before its
 * title): the comparison a reviewer wants is against the last text the Assembly adopted.
 * The candidates are data (the CLI reads them from the files given or the same folder).
 */
import type { ComparableDocument } from "./types";
import { isAdoptedText } from "../syntax/adopted";
import { textSimilarity } from "./similarity";

export type PredecessorReason = "front-matter" | "recalled" | "title";

export interface PredecessorMatch {
  /** Position in the candidate list. */
  index: number;
  reason: PredecessorReason;
}

/** `A/RES/78/229` → `78/229`; `78/229` stays; anything else null. */
export function resolutionNumber(symbolOrNumber: string | null | undefined): string | null {
  if (!symbolOrNumber) return null;
  const m = /(?:^|\/RES\/)((?:ES-|S-)?\d{1,3}\/\d{1,4})\s*$/.exec(symbolOrNumber.trim());
  return m ? m[1]! : null;
}

function numberOf(d: ComparableDocument): string | null {
  return resolutionNumber(d.number) ?? resolutionNumber(d.symbol);
}

/** A text's session: from its masthead, else its resolution number or symbol (`A/C.3/80/L.3` → 80). */
export function sessionOf(d: ComparableDocument): number | null {
  if (d.session) return d.session;
  const n = numberOf(d) ?? /^A\/(?:C\.\d\/)?(\d+)\//.exec(d.symbol ?? "")?.slice(1).join("/") ?? null;
  const m = n ? /(\d+)/.exec(n) : null;
  return m ? Number(m[1]) : null;
}

/** Titles of one series: equal once case and punctuation are ignored, or nearly so. */
export function sameSeries(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true; // unknown: do not rule it out
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return norm(a) === norm(b) || textSimilarity(a, b) >= 0.85;
}

const RECALLING = /^(?:Recalling|Reaffirming|Recalls|Reaffirms|Bearing in mind|Taking note|Noting)\b/;

/** The resolution numbers a text's preamble recalls or reaffirms, in order of appearance. */
export function recalledResolutions(doc: ComparableDocument): string[] {
  const found: string[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== "preamble" || !RECALLING.test(p.text.replace(/^[^\p{L}]+/u, ""))) continue;
    for (const m of p.text.matchAll(/(?<![\w/])((?:ES-|S-)?\d{1,3}\/\d{1,4})(?![\w/])/g)) found.push(m[1]!);
  }
  return found;
}

export function findPredecessor(doc: ComparableDocument, candidates: readonly ComparableDocument[]): PredecessorMatch | null {
  const self = numberOf(doc);
  const session = sessionOf(doc);
  const usable = candidates
    .map((c, index) => ({ c, index, number: numberOf(c), session: sessionOf(c), adopted: isAdoptedText(c.symbol, c.number) }))
    .filter((x) => x.c !== doc && (x.c.symbol === null || x.c.symbol !== doc.symbol) && (self === null || x.number !== self));
  type Candidate = (typeof usable)[number];
  const adoptedThenNewest = (a: Candidate, b: Candidate) =>
    Number(b.adopted) - Number(a.adopted) ||
    (b.session ?? 0) - (a.session ?? 0) ||
    (b.number ?? "").localeCompare(a.number ?? "", "en", { numeric: true });

  const declared = resolutionNumber(doc.predecessor) ?? doc.predecessor?.trim() ?? null;
  if (declared) {
    const hit = usable.find((x) => x.number === declared || x.c.symbol === declared);
    if (hit) return { index: hit.index, reason: "front-matter" };
  }
  const earlier = usable.filter((x) => session === null || x.session === null || x.session < session);
  const recalled = new Set(recalledResolutions(doc));
  const byRecall = earlier.filter((x) => x.number !== null && recalled.has(x.number) && sameSeries(x.c.title, doc.title)).sort(adoptedThenNewest);
  if (byRecall.length > 0) return { index: byRecall[0]!.index, reason: "recalled" };
  if (!doc.title) return null;
  const byTitle = earlier.filter((x) => x.c.title && sameSeries(x.c.title, doc.title)).sort(adoptedThenNewest);
  return byTitle.length > 0 ? { index: byTitle[0]!.index, reason: "title" } : null;
}
