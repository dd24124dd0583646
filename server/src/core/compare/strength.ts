/**
 * Negotiation language: how strong an operative opener is, and the qualifiers that soften a
 * paragraph. Delegations read a new text for these first: `Encourages` → `Urges` is a harder
 * ask, `Condemns` → `Expresses concern` a softer stance, `as appropriate` an escape hatch.
 *
 * The scale is data (documented in docs/negotiation-language.md). Openers are ranked only
 * within a family: `Requests` and `Welcomes` do different things, so a change between families
 * is named as a change of kind, not as stronger or weaker.
 */

export type StrengthFamily = "action" | "appreciation" | "concern" | "emphasis";

export interface Strength {
  family: StrengthFamily;
  /** Higher is stronger within the family. */
  level: number;
  /** The phrase of the scale that matched (`calls upon`). */
  phrase: string;
}

/** Phrases by family, weakest first; phrases on one line are equally strong. */
export const STRENGTH_SCALE: Record<StrengthFamily, readonly (readonly string[])[]> = {
  // Asking others to act.
  action: [
    ["suggests", "proposes"],
    ["invites", "recommends"],
    ["encourages", "appeals to", "appeals", "welcomes and encourages"],
    ["strongly encourages"],
    ["urges", "calls for"],
    ["strongly urges", "calls upon", "calls on", "reminds"],
    ["requests", "directs", "requires", "authorizes"],
    ["demands", "insists"],
  ],
  // Judging what others did or said.
  appreciation: [
    ["takes note of", "takes note", "notes", "takes into account", "acknowledges", "recognizes", "understands", "realizes", "considers"],
    ["notes with appreciation", "takes note with appreciation", "takes note with interest", "notes with satisfaction", "recognizes with appreciation", "acknowledges with appreciation", "appreciates", "values", "supports", "respects"],
    ["welcomes", "welcomes with appreciation", "expresses its appreciation", "expresses appreciation", "expresses its satisfaction", "expresses its gratitude", "trusts"],
    ["commends", "congratulates", "applauds", "pays tribute", "endorses"],
  ],
  // Disapproval, weakest first.
  concern: [
    ["notes with concern", "takes note with concern", "regrets", "remains concerned"],
    ["expresses concern", "expresses its concern", "is concerned", "warns", "objects"],
    ["expresses deep concern", "expresses its deep concern", "expresses serious concern", "notes with grave concern", "expresses grave concern", "deplores", "rejects"],
    ["condemns"],
    ["strongly condemns", "condemns in the strongest terms", "condemns in the strongest possible terms", "condemns unequivocally"],
  ],
  // Restating what the Assembly holds.
  emphasis: [
    ["recalls", "refers"],
    ["affirms", "reaffirms", "reiterates", "confirms", "reconfirms", "renews", "maintains"],
    ["stresses", "emphasizes", "re-emphasizes", "underlines", "underscores", "highlights", "draws attention", "raises"],
    ["strongly reaffirms", "strongly stresses", "strongly emphasizes", "declares", "proclaims"],
  ],
};

/**
 * Verbs of `lists/operative-head-verbs.txt` that no scale ranks: decisions and commitments
 * (what the Assembly itself does), not asks or judgements of others.
 */
export const UNRANKED_VERBS: readonly string[] = [
  "Decides", "Approves", "Appropriates", "Adopts", "Establishes", "Resolves", "Agrees", "Determines", "Commits", "Recommits",
  "Pledges", "Continues", "Extends", "Brings", "Promotes", "Strives", "Anticipates", "Looks",
];

/** Words before the verb that change nothing about strength (`Also requests`, `Further decides`). */
const LEADING = /^(?:also|further|again|once again|moreover|furthermore|in this regard|in addition)\s+/i;

const PHRASES: { phrase: string; strength: Strength }[] = (() => {
  const out: { phrase: string; strength: Strength }[] = [];
  for (const [family, levels] of Object.entries(STRENGTH_SCALE) as [StrengthFamily, readonly (readonly string[])[]][]) {
    levels.forEach((phrases, level) => {
      for (const phrase of phrases) out.push({ phrase, strength: { family, level, phrase } });
    });
  }
  // Longest first: `notes with concern` before `notes`.
  return out.sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
})();

/**
 * Phrases by their first word (as `firstWord` reads it), each list in the order of `PHRASES`. Every
 * phrase is lower-case ASCII letters and hyphens, words parted by one space (a test holds it), so a
 * text that starts with a phrase starts with the phrase's first word: only that word's phrases are tried.
 */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly { phrase: string; strength: Strength }[]> = (() => {
  const out = new Map<string, { phrase: string; strength: Strength }[]>();
  for (const p of PHRASES) {
    const first = p.phrase.split(" ")[0]!;
    const list = out.get(first);
    if (list) list.push(p);
    else out.set(first, [p]);
  }
  return out;
})();

/** The run of lower-case ASCII letters and hyphens `t` starts with (empty when none). */
function firstWord(t: string): string {
  let k = 0;
  for (; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || c === 45)) break;
  }
  return t.slice(0, k);
}

// Made once, outside the function.
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
/** Whitespace that collapsing runs to one space would change: a space character other than " ", or a space before more. */
const LOOSE_SPACE = /[^\S ]| \s/;

/** `strongly`, `also`, `once again` moved aside; `calls once again upon` read as `calls upon`. */
function normalise(text: string): string {
  // Only the opening words matter; the longest phrase is under 60 characters.
  let t = text.slice(0, 120);
  // Most texts start with a letter and part their words by single spaces: a rewrite that would change nothing is not made.
  if (!isAsciiLetter(t.charCodeAt(0))) t = t.replace(LEADING_NON_LETTERS, "");
  if (LOOSE_SPACE.test(t)) t = t.replace(/\s+/g, " ");
  t = t.toLowerCase();
  for (let i = 0; i < 3 && LEADING.test(t); i++) t = t.replace(LEADING, "");
  return t.replace(/^(calls|urges|encourages|requests) (?:once again|again|also|further) /, "$1 ");
}

/** The strength of a paragraph's opener, read from its text; null when unranked or unknown. */
export function strengthOf(text: string): Strength | null {
  const t = normalise(text);
  const hit = match(t);
  if (hit) return hit;
  // `Strongly supports`: half a step above the verb.
  const rest = /^strongly (.*)$/.exec(t)?.[1];
  const base = rest ? match(rest) : null;
  return base ? { ...base, level: base.level + 0.5, phrase: "strongly " + base.phrase } : null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function match(t: string): Strength | null {
  const phrases = PHRASES_BY_FIRST_WORD.get(firstWord(t));
  if (phrases === undefined) return null;
  for (const p of phrases) {
    if (t.startsWith(p.phrase) && !/[\p{L}-]/u.test(t.charAt(p.phrase.length))) return p.strength;
  }
  return null;
}

/** Is the verb (as listed: `Calls`, `Takes`) placed on a scale, as a phrase's first word? */
export function rankedVerb(verb: string): boolean {
  const v = verb.toLowerCase();
  return PHRASES.some((p) => p.phrase.split(" ")[0] === v);
}

export type StrengthChange = "stronger" | "weaker" | "other-kind";

export interface OpenerStrength {
  old: string;
  new: string;
  change: StrengthChange;
}

/** How the opener's strength changed between two paragraph texts; null when the same or either is unranked. */
export function strengthChange(oldText: string, newText: string): OpenerStrength | null {
  const a = strengthOf(oldText);
  const b = strengthOf(newText);
  if (!a || !b) return null;
  if (a.family !== b.family) return { old: a.phrase, new: b.phrase, change: "other-kind" };
  if (a.level === b.level) return null;
  return { old: a.phrase, new: b.phrase, change: b.level > a.level ? "stronger" : "weaker" };
}

/** Qualifiers that soften or bound a commitment. */
export const QUALIFIERS: readonly string[] = [
  "where appropriate", "as appropriate", "when appropriate", "if appropriate", "where relevant", "as relevant", "where applicable", "as applicable",
  "where possible", "wherever possible", "as far as possible", "to the extent possible", "to the extent feasible", "as necessary", "where necessary",
  "within existing resources", "within available resources", "subject to the availability of resources", "subject to the availability of extrabudgetary resources",
  "from extrabudgetary resources", "voluntary", "on a voluntary basis", "in accordance with national legislation", "in accordance with their national legislation",
  "consistent with national priorities", "in accordance with national priorities", "taking into account national circumstances", "on a mutually agreed basis",
  "on mutually agreed terms", "upon request", "at their request", "with their consent",
];

/** A word every qualifier contains: a text without any has none (one scan instead of one per qualifier). */
const QUALIFIER_WORD = /appropriate|relevant|applicable|possible|feasible|necessary|resources|voluntary|legislation|priorities|circumstances|agreed|request|consent/i;

/** The words of `QUALIFIER_WORD`, numbered. */
const KEYWORDS: readonly string[] = QUALIFIER_WORD.source.split("|");

/**
 * Qualifiers longest first, so `on a voluntary basis` is not also counted as `voluntary`; each
 * with its place in `QUALIFIERS` and the number of the keyword it contains (a text without the
 * keyword cannot hold the qualifier).
 */
const QUALIFIER_ORDER: readonly { readonly phrase: string; readonly at: number; readonly keyword: number }[] = [...QUALIFIERS]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => ({ phrase, at: QUALIFIERS.indexOf(phrase), keyword: KEYWORDS.indexOf(QUALIFIER_WORD.exec(phrase)![0].toLowerCase()) }));

// A constant: the bundler turns a `\p{…}` literal into `new RegExp` at each call.
const LETTER = /\p{L}/u;
const wordChar = (c: string | undefined) => c !== undefined && (c === "-" || LETTER.test(c));

/** Per keyword of the text being counted: 1 present, 0 not (reused from call to call). */
const present = new Int8Array(KEYWORDS.length);

/** For each pair of lower-case ASCII letters (26 × 26), a bit per keyword starting with them. */
const KEYWORDS_BY_PREFIX = (() => {
  const bits = new Int32Array(26 * 26);
  KEYWORDS.forEach((k, i) => (bits[(k.charCodeAt(0) - 97) * 26 + (k.charCodeAt(1) - 97)]! |= 1 << i));
  return bits;
})();

/**
 * Which keywords `t` (lower case) holds, into `out` (1 or 0 by place in `KEYWORDS`): as
 * `t.includes(keyword)` for each, in one pass over the text instead of one per keyword. Every
 * place where two lower-case letters start a keyword is tried for the keywords they start.
 */
export function markKeywords(t: string, out: Int8Array): void {
  out.fill(0);
  let b = t.length > 0 ? t.charCodeAt(0) - 97 : -1;
  for (let i = 0; i + 1 < t.length; i++) {
    const a = b;
    b = t.charCodeAt(i + 1) - 97;
    // An unsigned compare: below `a` (negative) or above `z`.
    if (a >>> 0 >= 26 || b >>> 0 >= 26) continue;
    let m = KEYWORDS_BY_PREFIX[a * 26 + b]!;
    while (m !== 0) {
      const k = 31 - Math.clz32(m & -m);
      m &= m - 1;
      if (out[k] === 0 && t.startsWith(KEYWORDS[k]!, i)) out[k] = 1;
    }
  }
}

/** Occurrences of each qualifier as whole words into `out` (by place in `QUALIFIERS`); a plain substring search first (most texts have none). */
function qualifierCounts(text: string, out: Int32Array): void {
  let t = text.toLowerCase();
  if (/\s\s|[\t\n\r\u00a0]/.test(t)) t = t.replace(/\s+/g, " ");
  // The keywords found in one pass; a qualifier only where its keyword is (consuming a match only removes text).
  markKeywords(t, present);
  for (const { phrase: q, at: place, keyword } of QUALIFIER_ORDER) {
    if (present[keyword] === 0) continue;
    let at = t.indexOf(q);
    while (at !== -1) {
      const end = at + q.length;
      if (!wordChar(t[at - 1]) && !wordChar(t[end])) {
        out[place]++;
        // Consumed: a shorter qualifier inside it is not counted again.
        t = t.slice(0, at) + "\u0000".repeat(q.length) + t.slice(end);
      }
      at = t.indexOf(q, end);
    }
  }
}

/** Qualifier counts of the two texts being compared (reused). */
const oldCounts = new Int32Array(QUALIFIERS.length);
const newCounts = new Int32Array(QUALIFIERS.length);

export interface QualifierChanges {
  added: string[];
  removed: string[];
}

/** Qualifiers added or removed between two texts (each once per occurrence gained or lost); null when none. */
export function qualifierChanges(oldText: string, newText: string): QualifierChanges | null {
  // A text without any qualifier's word has none: counted only when the word is there.
  const inOld = QUALIFIER_WORD.test(oldText);
  const inNew = QUALIFIER_WORD.test(newText);
  if (!inOld && !inNew) return null;
  oldCounts.fill(0);
  newCounts.fill(0);
  if (inOld) qualifierCounts(oldText, oldCounts);
  if (inNew) qualifierCounts(newText, newCounts);
  const added: string[] = [];
  const removed: string[] = [];
  for (let k = 0; k < QUALIFIERS.length; k++) {
    const d = newCounts[k]! - oldCounts[k]!;
    for (let i = 0; i < Math.abs(d); i++) (d > 0 ? added : removed).push(QUALIFIERS[k]!);
  }
  return added.length || removed.length ? { added, removed } : null;
}
