// Every rule has a doc whose generated header matches its metadata, and a fixture that shows it firing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../../server/src/core/rules/index";
import { ruleDocHeader, ruleIndex } from "../../../server/src/core/lint/rule-doc";
import { readFixture } from "./fixture-format";
import { lintSource } from "../../../server/src/core/lint/index";

const DOCS = join(__dirname, "../../../docs/rules");
const FIXTURES = join(__dirname, "../../fixtures/rules");

describe("rule docs and fixtures", () => {
  it.each(rules.map((r) => [r.id, r] as const))("%s: doc header matches the metadata (run node scripts/gen-rule-docs.mjs)", (id, rule) => {
    const file = join(DOCS, `${id}.md`);
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const doc = readFileSync(file, "utf8");
    expect(doc.startsWith(ruleDocHeader(rule))).toBe(true);
    for (const section of ["## What it checks", "## Why", "Source:", "## Bad", "## Fixed"]) expect(doc).toContain(section);
  });

  it("every doc belongs to a registered rule", () => {
    const ids = new Set(rules.map((r) => r.id));
    expect(readdirSync(DOCS).filter((f) => f !== "README.md" && !ids.has(f.replace(/\.md$/, "")))).toEqual([]);
  });

  it("the index lists every rule as its metadata says (run node scripts/gen-rule-docs.mjs)", () => {
    expect(readFileSync(join(DOCS, "README.md"), "utf8")).toBe(ruleIndex(rules));
  });

  it.each(rules.map((r) => [r.id] as const))("%s: a fixture expects it", (id) => {
    const dir = join(FIXTURES, id.toLowerCase());
    expect(existsSync(dir)).toBe(true);
    const expected = readdirSync(dir).flatMap((f) => readFixture(readFileSync(join(dir, f), "utf8")).expected.map((e) => e.code));
    expect(expected).toContain(id);
  });
});

/** A doc example made a whole document: the organ line and a closing operative paragraph where missing. */
function asDocument(example: string): string {
  let text = example.replace(/^…$/gm, "").replace(/\n{3,}/g, "\n\n");
  const front = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? "";
  let body = text.slice(front.length).trim();
  if (!/^\[\^|^\d+\.|^[A-Z][a-z]+s\b/m.test(body) || !/^(\d+\.\s|[A-Z][a-z]+s )/m.test(body)) body += "\n\nDecides to remain seized of the matter.";
  if (!body.includes("The General Assembly")) body = `The General Assembly,\n\n${body}`;
  text = front + (front ? "\n" : "") + body + "\n";
  return text;
}

describe("doc examples", () => {
  const example = (doc: string, section: string) => /```unres\n([\s\S]*?)\n```/.exec(doc.slice(doc.indexOf(section)))?.[1] ?? "";
  it.each(rules.map((r) => [r.id] as const))("%s: the bad example shows the problem and the fixed one does not", (id) => {
    const doc = readFileSync(join(DOCS, `${id}.md`), "utf8");
    const lintCodes = (text: string) => lintSource(asDocument(text), { format: "unres" }).diagnostics.map((d) => d.code);
    expect(lintCodes(example(doc, "## Bad"))).toContain(id);
    expect(lintCodes(example(doc, "## Fixed"))).not.toContain(id);
  });
});
