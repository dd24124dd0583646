/**
 * Fixture files with their expectations inside (rust-analyzer / markdownlint style).
 *
 * A line `   ^^^ RES003 optional words of the message` (spaces, carets, a rule id) points at the line
 * above it that is not itself an expectation: the first caret is where the diagnostic starts.
 * `// config: { ...json... }` gives the fixture its own configuration. Both kinds of lines are
 * removed before the text is linted, so columns are those of the remaining text.
 */
export interface Expectation {
  readonly line: number;
  readonly character: number;
  readonly code: string;
  readonly message: string;
  /** Checked when the expectation names one: `^ RES003 [information] ends with a semicolon`. */
  readonly severity: string | null;
}

export interface Fixture {
  readonly text: string;
  readonly expected: Expectation[];
  readonly config: unknown;
}

const CARET = /^(\s*)(\^+)\s+(RES\d{3})\b\s*(?:\[(error|warning|information|hint)\]\s*)?(.*)$/;
const CONFIG = /^\s*\/\/\s*config:\s*(.*)$/;

export function readFixture(raw: string): Fixture {
  const kept: string[] = [];
  const expected: Expectation[] = [];
  let config: unknown = null;
  const eol = raw.includes("\r\n") ? "\r\n" : "\n";
  for (const line of raw.split(/\r?\n/)) {
    const c = CONFIG.exec(line);
    if (c) {
      config = JSON.parse(c[1]!);
      continue;
    }
    const m = CARET.exec(line);
    if (m) {
      const column = line.indexOf("^");
      expected.push({ line: kept.length - 1, character: column, code: m[3]!, severity: m[4] ?? null, message: m[5]!.trim() });
      continue;
    }
    kept.push(line);
  }
  return { text: kept.join(eol), expected, config };
}
