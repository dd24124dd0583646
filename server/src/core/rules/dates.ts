/** Calendar dates as the Editorial Manual writes them: `19 December 2023`. */
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MONTH_RE = MONTHS.join("|");

/**
 * Abbreviated months (`Feb`, `Sept.`) as pasted from other sources; GA texts never abbreviate them, so they are
 * matched only to be reported and written out. Longest first, so `Sept` is tried before `Sep`.
 */
export const MONTH_ABBREVIATIONS = ["Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** A full month name, or an abbreviation with an optional full stop. */
export const MONTH_LOOSE_RE = `${MONTH_RE}|(?:${MONTH_ABBREVIATIONS.join("|")})\\.?`;

/** The month's index (0 for January) from its name or an abbreviation (`Feb`, `Sept.`), or -1. */
export function monthIndex(name: string): number {
  const n = name.replace(/\.$/, "").toLowerCase();
  const full = MONTHS.findIndex((m) => m.toLowerCase() === n);
  if (full >= 0 || n.length < 3 || n.length > 4) return full;
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(n));
}

export function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** `19 December 2023` → a sortable number (20231219), or null when it is not a date. */
const DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTH_RE})\\s+(\\d{4})$`, "i");
export function dateKey(text: string): number | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const mi = monthIndex(m[2]!);
  return Number(m[3]) * 10000 + (mi + 1) * 100 + Number(m[1]);
}
