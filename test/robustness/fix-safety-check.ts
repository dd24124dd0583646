/**
 * The word-level oracle of fix-safety.test.ts: which words a fix of each rule may remove or add, from
 * docs/rules/*.md, written independently of the rules (its own month and ordinal tables).
 */
import type { TextEdit } from "../../server/src/core/lint/index";

/** Words: runs of letters and digits. */
export const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENTHS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** 81 → ["eighty", "first"] (1..199), as words split like `tokens` splits them. */
export function ordinalTokens(n: number): string[] {
  if (n >= 100) return n === 100 ? ["one", "hundredth"] : ["one", "hundred", "and", ...ordinalTokens(n - 100)];
  if (n < 20) return [UNITS[n]!];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? [TENTHS[t]!] : [TENS[t]!, UNITS[u]!];
}

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());

/** a − b as multisets: what of a is not covered by b. */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}
const sameBag = (a: readonly string[], b: readonly string[]) => minus(a, b).length === 0 && minus(b, a).length === 0;

export interface Verdict {
  readonly removed: string[];
  readonly added: string[];
  /** Why the word change is not the rule's documented one, or null. */
  readonly problem: string | null;
}

/** Whether the words a fix removes and adds are the change its rule documents. */
export function checkFix(code: string, source: string, edits: readonly TextEdit[]): Verdict {
  const old = edits.flatMap((e) => tokens(source.slice(e.start, e.end)));
  const neu = edits.flatMap((e) => tokens(e.text));
  const removed = minus(old, neu);
  const added = minus(neu, old);
  const v = (problem: string | null): Verdict => ({ removed, added, problem });
  if (!removed.length && !added.length) return v(null);
  const show = `removes ${JSON.stringify(removed)}, adds ${JSON.stringify(added)}`;
  const digits = (xs: readonly string[]) => xs.every((x) => /^\d+$/.test(x));
  switch (code) {
    case "RES002":
      return v(sameBag(lower(removed), lower(added)) ? null : `capitalisation fix ${show}`);
    case "RES005": {
      if (sameBag(lower(removed), lower(added))) return v(null);
      const [a, b] = [removed[0]?.toLowerCase() ?? "", added[0]?.toLowerCase() ?? ""];
      let p = 0;
      while (p < a.length && a[p] === b[p]) p++;
      return v(removed.length === 1 && added.length === 1 && p >= 3 ? null : `verb fix ${show}`);
    }
    case "RES010":
      return v(sameBag(lower(removed), lower(added)) ? null : `adverb order fix ${show}`);
    case "RES004":
    case "RES012":
      return v(digits(removed) && digits(added) ? null : `renumbering ${show}`);
    case "RES008": {
      const label = (xs: readonly string[]) => xs.every((x) => /^[a-z]+$/i.test(x) && x.length <= 6);
      return v(label(removed) && label(added) && removed.length === added.length ? null : `relabelling ${show}`);
    }
    case "RES015":
      return v(added.length === 0 && removed.every((x) => x === "A" || x === "RES") ? null : `symbol fix ${show}`);
    case "RES016": {
      // Months written out (abbreviation → full name), ordinal days to numbers; nothing else.
      const stripped = removed.map((x) => x.replace(/^(\d+)(st|nd|rd|th)$/i, "$1"));
      const ok = added.every((x) => {
        const i = MONTHS.indexOf(x.toLowerCase());
        if (i >= 0) return stripped.some((r) => r.length >= 3 && MONTHS[i]!.startsWith(r.toLowerCase()));
        return /^\d+$/.test(x) && stripped.includes(x);
      });
      const gone = removed.every((_, k) => {
        const s = stripped[k]!;
        return added.includes(s) || added.some((x) => MONTHS.includes(x.toLowerCase()) && x.toLowerCase().startsWith(s.toLowerCase()) && s.length >= 3);
      });
      return v(ok && gone ? null : `date fix ${show}`);
    }
    case "RES018":
    case "RES020": {
      const [numerals, words] = code === "RES018" ? [removed, added] : [added, removed];
      const m = numerals.length === 1 ? /^(\d+)(st|nd|rd|th)$/i.exec(numerals[0]!) : null;
      return v(m && sameBag(lower(words), ordinalTokens(Number(m[1]))) ? null : `ordinal fix ${show}`);
    }
    case "RES024": {
      // The second of two equal words goes: the word before the edit is the one removed.
      const before = tokens(source.slice(Math.max(0, edits[0]!.start - 60), edits[0]!.start)).pop();
      return v(edits.length === 1 && added.length === 0 && removed.length === 1 && before?.toLowerCase() === removed[0]!.toLowerCase() ? null : `doubled-word fix ${show}`);
    }
    case "RES027":
      return v(sameBag(lower(removed), ["this"]) && sameBag(lower(added), ["the", "present"]) ? null : `'the present resolution' fix ${show}`);
    default:
      return v(`a ${code} fix changes no words, but it ${show}`);
  }
}
