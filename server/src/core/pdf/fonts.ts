/**
 * The style of a run from what the PDF says about its font. Official PDFs name their faces
 * (`TimesNewRomanPS-ItalicMT`, `LiberationSerif-Italic`, `Arial-BoldItalicMT`); a face drawn slanted by the
 * producer (a word processor faking italics for a family without an italic face) says so through the text
 * matrix's skew instead. When neither tells, the style is unknown, and the reader says so.
 */
import type { Run } from "./engine";

export type Style = "italic" | "roman" | "unknown";

/** Style words in PostScript and family names: `-Italic`, `-BoldOblique`, `,Italic`, `-It`, `Kursiv`. */
const ITALIC_NAME = /(?:italic|oblique|slanted|kursiv|inclined)|[-,](?:[A-Z][a-z]+)?It(?:MT)?$/i;
/** Names that say "upright": a style word of the roman face, or a family name with a roman-only tell. */
const ROMAN_NAME = /(?:^|[-,])(?:Roman|Regular|Book|Medium|Bold|Semibold|Light|Normal|Plain)(?:MT|PS)?$|(?:PSMT|MT)$|^[A-Za-z]+(?:PS)?$/;
/** A slant above about 6° is an oblique face drawn by the producer. */
const MIN_SKEW = 0.1;

export function styleOfName(font: string): Style {
  if (!font) return "unknown";
  if (ITALIC_NAME.test(font)) return "italic";
  if (ROMAN_NAME.test(font)) return "roman";
  return "unknown";
}

export function styleOf(run: Run): Style {
  if (run.italic || Math.abs(run.skew) >= MIN_SKEW) return "italic";
  return styleOfName(run.font);
}
