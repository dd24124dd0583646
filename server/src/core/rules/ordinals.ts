/** Spelled-out English ordinals (`eighty-first`) ↔ numbers, for sessions and meetings. */
const UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS_CARDINAL = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORDINAL = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** 81 → `eighty-first`; 1 to 199. */
export function ordinalWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 199) return null;
  if (n >= 100) {
    if (n === 100) return "one hundredth";
    return `one hundred and ${ordinalWords(n - 100)}`;
  }
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? TENS_ORDINAL[t]! : `${TENS_CARDINAL[t]}-${UNITS[u]}`;
}

const WORDS = new Map<string, number>();
for (let n = 1; n <= 199; n++) WORDS.set(ordinalWords(n)!, n);

/** `eighty-first` / `Eighty first` → 81, or null. */
export function ordinalValue(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, " ").trim();
  return WORDS.get(w) ?? WORDS.get(w.replace(/ (?=(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$)/, "-")) ?? null;
}

/** A regex source matching a spelled-out ordinal of up to 199 (hyphenated or not). */
export const ORDINAL_WORDS =
  "(?:one hundred(?: and)? )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";

export function numeralOrdinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${s}`;
}
