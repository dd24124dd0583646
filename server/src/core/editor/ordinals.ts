/**
 * Session ordinals in words, as General Assembly texts write them: "at its eighty-first session"
 * (numerals never occur there; conventions §1.8). Meetings use numeral ordinals ("69th").
 */

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS_ORD = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

function below100(n: number, ordinal: boolean): string {
  if (n < 20) return ordinal ? UNIT_ORD[n]! : UNITS[n]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (u === 0) return ordinal ? TENS_ORD[t]! : TENS[t]!;
  return `${TENS[t]}-${ordinal ? UNIT_ORD[u] : UNITS[u]}`;
}

/** 81 → "eighty-first", 100 → "one hundredth", 101 → "one hundred and first"; "" outside 1..999. */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return "";
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return below100(rest, true);
  if (rest === 0) return `${UNITS[h]} hundredth`;
  return `${UNITS[h]} hundred and ${below100(rest, true)}`;
}

/** 69 → "69th", 71 → "71st", 112 → "112th". */
export function ordinalNumeral(n: number): string {
  const m100 = n % 100;
  const suffix = m100 >= 11 && m100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "eighty-first" → 81 (case-insensitive); null when the words are not a session ordinal. */
export function parseOrdinalWords(words: string): number | null {
  const w = words.trim().toLowerCase();
  for (let n = 1; n <= 300; n++) if (ordinalWords(n) === w) return n;
  return null;
}
