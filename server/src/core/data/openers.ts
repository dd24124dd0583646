/**
 * The opening phrases of official GA paragraphs, as shipped data (generated from the corpus lists).
 * Editor features rank completions by `count`; the parser matches the longest known phrase.
 */
export interface OpenerEntry {
  /** `Recalling also`, `Takes note with appreciation`. */
  readonly phrase: string;
  /** Occurrences as an italic opener in 902 official resolutions. */
  readonly count: number;
  /** In how many resolutions it occurs. */
  readonly resolutions: number;
}

export { PREAMBULAR_OPENERS, OPERATIVE_OPENERS, PREAMBULAR_HEAD_WORDS, OPERATIVE_HEAD_VERBS } from "./openers-data";
