/**
 * Who and when a redline's revisions are by, when the user does not say: the OS user and now. Read here,
 * in the CLI and the language server, never in the core, so the core gives the same bytes for the same
 * input.
 */
import { userInfo } from "node:os";

export interface RevisionStamp {
  readonly author: string;
  readonly date: string;
}

/** `--date` must be an ISO 8601 date or date-time; Word reads `w:date` as xsd:dateTime. */
export function revisionStamp(author?: string | null, date?: string | null): RevisionStamp {
  let when = new Date();
  if (date) {
    when = new Date(date);
    if (!/^\d{4}-\d{2}-\d{2}/.test(date) || Number.isNaN(when.getTime())) throw new RangeError(`not an ISO 8601 date: ${date}`);
  }
  return { author: author || osUser(), date: when.toISOString().replace(/\.\d+Z$/, "Z") };
}

function osUser(): string {
  try {
    return userInfo().username || "resdraft";
  } catch {
    // No passwd entry for the uid (containers): still a name on every revision.
    return "resdraft";
  }
}
