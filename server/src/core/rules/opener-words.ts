/**
 * Opener vocabulary for rules: the shipped head words and verbs (from 902 official resolutions)
 * plus what the configuration adds, and the modifiers that repeat an opener.
 */
import { OPERATIVE_HEAD_VERBS, OPERATIVE_OPENERS, PREAMBULAR_HEAD_WORDS, PREAMBULAR_OPENERS } from "../data/openers";

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

const PRE_HEADS = lower(PREAMBULAR_HEAD_WORDS);
const PRE_PHRASES = PREAMBULAR_OPENERS.map((o) => o.phrase.toLowerCase());
const OP_HEADS = lower(OPERATIVE_HEAD_VERBS);
const OP_PHRASES = OPERATIVE_OPENERS.map((o) => o.phrase.toLowerCase());

/** Words that qualify a repeated opener (`Recalling also`, `Also requests`). */
export const REPEAT_ADVERBS = ["also", "further"] as const;

/** The first word of a paragraph, as written. */
export function firstWord(text: string): string {
  return /^[\s“"]*([\p{L}][\p{L}'’-]*)/u.exec(text)?.[1] ?? "";
}

/** Whether `text` begins with a known preambular opener (a shipped phrase or head word, or a configured one). */
export function knownPreambular(text: string, extra: readonly string[]): boolean {
  const t = text.toLowerCase();
  const words = t.split(/\s+/).slice(0, 3);
  const startsWith = (phrase: string) => t === phrase || t.startsWith(phrase + " ") || t.startsWith(phrase + ",");
  if (PRE_PHRASES.some(startsWith) || extra.some((e) => startsWith(e.toLowerCase()))) return true;
  // A modifier may come first (`Deeply concerned`, `Fully aware`): accept a head word among the first three words.
  if (words.some((w) => PRE_HEADS.has(w.replace(/[,;:]$/, "")))) return true;
  // Any present or past participle is a preambular opener by the Editorial Manual's definition (`Understanding`).
  return /^[a-z]+(ing|ed)$/.test(words[0] ?? "");
}

export function isPreambularHead(word: string): boolean {
  return PRE_HEADS.has(word.toLowerCase());
}

export function isOperativeHead(word: string): boolean {
  return OP_HEADS.has(word.toLowerCase());
}

export function knownOperativePhrase(text: string, extra: readonly string[]): boolean {
  const t = text.toLowerCase();
  const startsWith = (phrase: string) => t === phrase || t.startsWith(phrase + " ") || t.startsWith(phrase + ",");
  return OP_PHRASES.some(startsWith) || extra.some((e) => startsWith(e.toLowerCase()));
}

/** The present-indicative form of a verb that is in the shipped list, if exactly one candidate is. */
export function presentIndicative(word: string): string | null {
  const w = word.toLowerCase();
  const candidates = new Set<string>();
  if (w.endsWith("ing")) {
    const stem = w.slice(0, -3);
    candidates.add(stem + "s").add(stem + "es").add(stem + "es".slice(1)).add(stem + "e" + "s");
    // Doubled consonant: `Committing` → `Commits`.
    if (/(.)\1$/.test(stem)) candidates.add(stem.slice(0, -1) + "s");
  } else if (w.endsWith("ed")) {
    const stem = w.slice(0, -2);
    candidates.add(stem + "s").add(stem + "es").add(w.slice(0, -1) + "s");
  } else {
    candidates.add(w + "s").add(w + "es");
    if (w.endsWith("y")) candidates.add(w.slice(0, -1) + "ies");
  }
  const found = [...candidates].filter((c) => OP_HEADS.has(c));
  if (found.length !== 1) return null;
  const f = found[0]!;
  return word[0] === word[0]!.toUpperCase() ? f[0]!.toUpperCase() + f.slice(1) : f;
}
