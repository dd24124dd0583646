/**
 * Whose session or meeting a phrase names. The General Assembly spells out its sessions and numbers its meetings
 * with numerals; other bodies follow their own usage (`the 108th session of the Executive Committee`, `the
 * twentieth plenary meeting of the Kimberley Process`). A phrase is another body's only when that body is named as
 * its owner: right after it (`… of the Kimberley Process`) or just before `at its` (`the Council of FAO at its …`).
 * A body named further back in the sentence owns nothing (`Requests the Committee … to report to the Assembly at
 * its eighty-first session`).
 */

// A body's name: capitalised words, with the small words names have between them (`Council of FAO`).
const NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|on|for|and|the|to|in)\s+)*\p{Lu}[\p{L}-]*)*`;
const ASSEMBLY = String.raw`(?:General\s+)?Assembly\b`;
// `… of the Kimberley Process`; `of the General Assembly` and `of its … session` keep it the Assembly's.
const AFTER = new RegExp(String.raw`^\s+of\s+the\s+(?!${ASSEMBLY})\p{Lu}`, "u");
const BEFORE = new RegExp(String.raw`\bthe\s+(?!${ASSEMBLY})${NAME}\s*,?\s+at\s+its\s+$`, "u");
const LOOK_BACK = 100;

/** Whether the phrase `text.slice(at, end)` (`twentieth plenary meeting`, `144th session`) is another body's. */
export function ownedByAnotherBody(text: string, at: number, end: number): boolean {
  return AFTER.test(text.slice(end, end + LOOK_BACK)) || BEFORE.test(text.slice(Math.max(0, at - LOOK_BACK), at));
}
