/**
 * Ordinals as General Assembly texts write them: sessions in words ("at its eighty-first session",
 * never in numerals; conventions §1.8), meetings in numerals ("69th plenary meeting").
 * One module for the parser's neighbours, the rules and the editor features.
 */

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS_ORD = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

function below100(n: number): string {
  if (n < 20) return UNIT_ORD[n]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? TENS_ORD[t]! : `${TENS[t]}-${UNIT_ORD[u]}`;
}

/** 81 → `eighty-first`, 100 → `one hundredth`, 101 → `one hundred and first`; null outside 1..999. */
export function ordinalWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 999) return null;
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return below100(rest);
  if (rest === 0) return `${UNITS[h]} hundredth`;
  return `${UNITS[h]} hundred and ${below100(rest)}`;
}

const WORDS = new Map<string, number>();
for (let n = 1; n <= 999; n++) WORDS.set(ordinalWords(n)!, n);

/** `eighty-first`, `Eighty first` → 81; null when the words are not an ordinal. */
export function ordinalValue(words: string): number | null {
  // Words already in the table's form (`eighty-first`, as most texts write them) are looked up as they are.
  const plain = WORDS.get(words);
  if (plain !== undefined) return plain;
  const w = words.toLowerCase().replace(/\s+/g, " ").trim();
  return WORDS.get(w) ?? WORDS.get(w.replace(/ (?=(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$)/, "-")) ?? null;
}

/** A regex source matching a spelled-out ordinal of up to 199 (hyphenated or not). */
export const ORDINAL_WORDS =
  "(?:one hundred(?: and)? )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";

/** 69 → `69th`, 71 → `71st`, 112 → `112th`. */
export function numeralOrdinal(n: number): string {
  const m100 = n % 100;
  const suffix = m100 >= 11 && m100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
