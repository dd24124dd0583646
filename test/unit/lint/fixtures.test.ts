// The generic rule harness: every file under test/fixtures/rules/<rule>/ is linted with all rules
// and compared with the expectations written inside it. Adding a case means adding a file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixAll, lintSource } from "../../../server/src/core/lint/index";
import { configFromValue } from "../../../server/src/core/config/read-config";
import { rules } from "../../../server/src/core/rules/index";
import { LineIndex } from "../../../server/src/core/text/line-index";
import { readFixture } from "./fixture-format";

const ROOT = join(__dirname, "../../fixtures/rules");
const cases = readdirSync(ROOT)
  .flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => /\.(unres|txt)$/.test(f) && !/\.fixed\./.test(f)).map((f) => join(dir, f)))
  .sort();

function setup(file: string) {
  const fixture = readFixture(readFileSync(join(ROOT, file), "utf8"));
  const { config, problems } = configFromValue(fixture.config, rules);
  expect(problems).toEqual([]);
  const format = file.endsWith(".unres") ? ("unres" as const) : undefined;
  const options = { config, ...(format ? { format } : {}) };
  return { fixture, options };
}

describe("rule fixtures", () => {
  it("there are fixtures", () => expect(cases.length).toBeGreaterThan(20));

  it.each(cases)("%s", (file) => {
    const { fixture, options } = setup(file);
    const { diagnostics } = lintSource(fixture.text, options);
    const lines = new LineIndex(fixture.text);
    const actual = diagnostics.map((d) => {
      const p = lines.positionAt(d.span.start);
      return { line: p.line, character: p.character, code: d.code, message: d.message, severity: d.severity };
    });
    const key = (e: { line: number; character: number; code: string }) => `${e.line + 1}:${e.character} ${e.code}`;
    expect(actual.map(key).sort(), "diagnostics differ from the expectations in the fixture").toEqual(fixture.expected.map(key).sort());
    for (const e of fixture.expected) {
      const hit = actual.find((a) => key(a) === key(e))!;
      if (e.message) expect(hit.message).toContain(e.message);
      if (e.severity) expect(hit.severity, key(e)).toBe(e.severity);
    }

    // Any rule that emits a fix is declared fixable (the engine enforces it; this shows it per fixture).
    for (const d of diagnostics.filter((x) => x.fix)) expect(rules.find((r) => r.id === d.code)?.fixable, d.code).toBe(true);

    // Fix → re-lint finds nothing fixable; fixing twice changes nothing.
    const once = fixAll(fixture.text, options);
    expect(once.diagnostics.filter((d) => d.fix).map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(fixAll(once.text, options).text).toBe(once.text);

    const fixedFile = join(ROOT, file.replace(/\.(unres|txt)$/, ".fixed.$1"));
    if (existsSync(fixedFile)) expect(once.text).toBe(readFileSync(fixedFile, "utf8"));
  });
});
