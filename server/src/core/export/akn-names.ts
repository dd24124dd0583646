/**
 * Names in an Akoma Ntoso export: the FRBR IRIs of the work, expression and manifestation as AKN4UN builds
 * them for a General Assembly resolution, the `eId`s of the Akoma Ntoso naming convention, and the
 * `@name` of a preambular paragraph's container.
 *
 * IRIs (AKN naming convention ch. 4, AKN4UN part 1): `/akn/un/statement/deliberation/un-ga/{date}/{number}`
 * is the work; `{work}/{language}@` the original-version expression (ISO 639-2 code, no version date);
 * `{expression}/!main` the main component and `{expression}/!main.xml` its XML manifestation.
 * The number of an adopted resolution is `80-229` (from `80/229`); a draft has no resolution number, so its
 * symbol stands in, `/` made `-` and dots dropped (`A/C.3/80/L.3` → `A-C3-80-L3`: a dot starts the format
 * part of a manifestation IRI).
 */
import type { Resolution } from "../syntax/tree";
import { isoDate, MONTHS } from "../syntax/patterns";
import { isAdoptedText } from "../syntax/adopted";

export interface FrbrIdentity {
  /** `resolution` or `resolutionDraft` (the `statement`'s `@name`). */
  readonly docName: "resolution" | "resolutionDraft";
  /** The work's date (adoption for a resolution, issue for a draft), `YYYY-MM-DD`. */
  readonly date: string;
  /** What the date is: `adoption`, `issue`, or `undated` when the text carries no date at all. */
  readonly dateName: "adoption" | "issue" | "undated";
  /** `80-229`, `A-C3-80-L3`. */
  readonly number: string;
  readonly language: string;
  readonly work: string;
  readonly expression: string;
  readonly manifestation: string;
}

/** The date segment used when a text carries no date: the naming convention has no empty date. */
export const UNDATED = "0001-01-01";

const DATE_WORDS = new RegExp(`\\b(\\d{1,2}) (${MONTHS}) (\\d{4})\\b`);

/** `18 December 2025`, `on 18 December 2025` or `2025-12-18` → `2025-12-18`; null otherwise. */
export function readDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const m = DATE_WORDS.exec(text);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

/**
 * A draft (L document, or a text with neither resolution number nor adopted symbol) is a `resolutionDraft`;
 * an adopted text (`A/RES/…` or a `80/229.` number above the title) a `resolution`.
 */
export function isDraft(tree: Resolution): boolean {
  return !isAdoptedText(tree.header.symbol?.value, tree.title?.number?.value);
}

export function frbrIdentity(tree: Resolution, language = "eng"): FrbrIdentity {
  const draft = isDraft(tree);
  const h = tree.header;
  const adopted = readDate(h.adoptionDate?.value) ?? readDate(tree.closing?.date?.value);
  const issued = readDate(h.distributionDate?.value);
  const date = (draft ? issued ?? adopted : adopted ?? issued) ?? UNDATED;
  const dateName = date === UNDATED ? "undated" : draft || !adopted ? "issue" : "adoption";
  const number = workNumber(tree, draft);
  const work = `/akn/un/statement/deliberation/un-ga/${date}/${number}`;
  const expression = `${work}/${language}@`;
  return {
    docName: draft ? "resolutionDraft" : "resolution",
    date, dateName, number, language, work, expression,
    manifestation: `${expression}/!main.xml`,
  };
}

function workNumber(tree: Resolution, draft: boolean): string {
  const symbol = tree.header.symbol?.value ?? "";
  const res = /^A\/RES\/(.+)$/.exec(symbol);
  const number = !draft ? tree.title?.number?.value ?? res?.[1] ?? null : null;
  if (number) return iriSegment(number);
  return symbol ? iriSegment(symbol) : "unnumbered";
}

/** A symbol or number as one IRI path segment: `/` → `-`; dots, spaces and anything unsafe dropped. */
function iriSegment(s: string): string {
  return s.replace(/\//g, "-").replace(/[^A-Za-z0-9-]/g, "") || "unnumbered";
}

/**
 * `@name` of a preambular paragraph's container: its opener in lower camel case
 * (`Recalling also` → `recallingAlso`, `Bearing in mind` → `bearingInMind`).
 */
export function containerName(opener: string | null | undefined): string {
  const words = (opener ?? "").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (!words.length) return "preambularParagraph";
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join("");
}

/** The number part of an eId: what is printed, without brackets, dots or spaces (`(ii)` → `ii`, `5 bis` → `5bis`). */
export function eIdNumber(printed: string): string {
  return printed.replace(/[^\p{L}\p{N}]+/gu, "").replace(/[^A-Za-z0-9]/g, "") || "x";
}

/**
 * Hands out eIds unique in one document. A draft may number two paragraphs alike (`3.` twice); the second
 * gets `para_3-2`, so references to the first stay right.
 */
export class EIds {
  private readonly used = new Set<string>();

  take(id: string): string {
    let unique = id;
    for (let n = 2; this.used.has(unique); n++) unique = `${id}-${n}`;
    this.used.add(unique);
    return unique;
  }
}

/** A resolution cited with its date, as the reference AKN4UN makes of it. */
export interface Citation {
  /** The resolution number in the source (`78/229`). */
  readonly start: number;
  readonly end: number;
  /** `/akn/un/statement/deliberation/un-ga/2023-12-19/78-229/` */
  readonly href: string;
}

/**
 * The resolutions cited with their adoption date (`resolution 78/229 of 19 December 2023`, also each number of
 * `resolutions 69/193 and 69/196 of 18 December 2014`), in source order. A number cited without its date gets
 * no IRI: the work IRI needs the date.
 */
export function citations(tree: Resolution): Citation[] {
  const refs = tree.references;
  const src = tree.source;
  const out: Citation[] = [];
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!;
    if (r.kind !== "resolution" || !/^\d+\/\d+$/.test(r.value)) continue;
    let j = i;
    // Over the other numbers of the same list (`69/193 and 69/196`, `70/178, 70/182`) to the date after them.
    while (refs[j + 1]?.kind === "resolution" && /^\s*(?:,|and|,\s*and)\s*$/.test(src.slice(refs[j]!.span.end, refs[j + 1]!.span.start))) j++;
    const date = refs[j + 1];
    if (date?.kind !== "date" || !/^\s+of\s+$/.test(src.slice(refs[j]!.span.end, date.span.start))) continue;
    out.push({ start: r.span.start, end: r.span.end, href: `/akn/un/statement/deliberation/un-ga/${date.value}/${r.value.replace("/", "-")}/` });
  }
  return out;
}
