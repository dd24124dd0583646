/** Calendar dates as the Editorial Manual writes them: `19 December 2023`. */
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MONTH_RE = MONTHS.join("|");

export function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase());
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
