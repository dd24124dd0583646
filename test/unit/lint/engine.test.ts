// The engine's contract: isolation, validation of reports, fixes applied in one place.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { lint, INTERNAL_CODE } from "../../../server/src/core/lint/engine";
import { applyFixes } from "../../../server/src/core/lint/fixes";
import { defineRule, type Rule } from "../../../server/src/core/lint/types";
import { rules } from "../../../server/src/core/rules/index";
import { readConfig } from "../../../server/src/core/config/read-config";
import { mergeConfigs, EMPTY_CONFIG } from "../../../server/src/core/config/config";

const SOURCE = "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023;\n\nDecides to remain seized of the matter.\n";
const tree = parse(SOURCE, { format: "unres" });
const base = { id: "RES900", name: "test-rule", description: "test", tags: [], severity: "warning" as const, fixable: false };

describe("engine", () => {
  it("a rule that throws becomes one RES000 diagnostic and the others still run", () => {
    const boom = defineRule({ ...base, check: () => { throw new Error("boom"); } });
    const out = lint(tree, { rules: [boom, ...rules] });
    const internal = out.filter((d) => d.code === INTERNAL_CODE);
    expect(internal).toHaveLength(1);
    expect(internal[0]!.message).toContain("RES900");
    expect(internal[0]!.message).toContain("boom");
    expect(out.some((d) => d.code === "RES003")).toBe(true);
  });

  it.each([
    ["a range outside the text", { span: { start: 0, end: 10_000 }, message: "x" }],
    ["an empty message", { span: { start: 0, end: 1 }, message: " " }],
    ["a fix from a rule not declared fixable", { span: { start: 0, end: 1 }, message: "x", fix: { title: "t", edits: [{ start: 0, end: 1, text: "y" }] } }],
  ])("rejects %s", (_what, report) => {
    const bad = defineRule({ ...base, check: (ctx) => ctx.report(report as never) });
    const out = lint(tree, { rules: [bad] });
    expect(out.map((d) => d.code)).toEqual([INTERNAL_CODE]);
  });

  it("rejects a fix whose edits overlap", () => {
    const bad: Rule = defineRule({
      ...base,
      fixable: true,
      check: (ctx) => ctx.report({ span: { start: 0, end: 1 }, message: "x", fix: { title: "t", edits: [{ start: 0, end: 3, text: "" }, { start: 2, end: 4, text: "" }] } }),
    });
    expect(lint(tree, { rules: [bad] })[0]!.message).toContain("overlap");
  });

  it("configured severity and off switch apply", () => {
    const { config, problems } = readConfig(`{ "rules": { "RES003": "error", "curly-quotes": false } }`, rules);
    expect(problems).toEqual([]);
    const out = lint(tree, { rules, config });
    expect(out.find((d) => d.code === "RES003")?.severity).toBe("error");
  });
});

describe("severity by what the text is", () => {
  // A slip of every kind the default rules know, in one short text: a draft and the same text adopted.
  const BODY = [
    "The General Assembly,",
    "",
    "Also recalling its resolution 78/229 of 19 December 2023;",
    "",
    "Noting the the report of the Secretary-General,",
    "",
    "1. Request the Secretary-General to report at its 81st session;",
    "",
    "3. Requests also the \"Secretary-General\" to remain seized of the matter;",
  ].join("\n");
  const draft = parse(`---\nsymbol: A/80/L.99\n---\n\n${BODY}\n`, { format: "unres" });
  const adopted = parse(`---\nsymbol: A/RES/80/99\n---\n\n${BODY}\n`, { format: "unres" });

  it("in an adopted text every rule's finding is information, without a fix, marked (as adopted)", () => {
    const out = lint(adopted, { rules });
    expect(new Set(out.map((d) => d.code)).size).toBeGreaterThan(5);
    for (const d of out) {
      expect([d.code, d.severity]).toEqual([d.code, "information"]);
      expect(d.fix).toBeNull();
      expect(d.message).toMatch(/\(as adopted\)$/);
    }
  });

  it("in a draft each rule keeps its own severity and fix, and the Editorial Manual's drafting slips are warnings", () => {
    const out = lint(draft, { rules });
    for (const d of out) expect(d.severity).toBe(rules.find((r) => r.id === d.code)!.severity);
    expect(out.some((d) => d.fix)).toBe(true);
    expect(out.every((d) => !d.message.includes("as adopted"))).toBe(true);
    for (const code of ["RES010", "RES009", "RES024", "RES005", "RES018"]) {
      expect(out.find((d) => d.code === code)?.severity, code).toBe("warning");
    }
  });

  it("a severity set in the configuration wins in an adopted text, and keeps the fix", () => {
    const { config } = readConfig(`{ "rules": { "RES024": "error" } }`, rules);
    const d = lint(adopted, { rules, config }).find((x) => x.code === "RES024")!;
    expect([d.severity, d.fix !== null, d.message.includes("as adopted")]).toEqual(["error", true, false]);
  });
});

describe("applyFixes", () => {
  it.each([
    ["one replacement", "abc", [{ title: "t", edits: [{ start: 1, end: 2, text: "X" }] }], "aXc"],
    ["sorted regardless of order", "abcd", [{ title: "t", edits: [{ start: 3, end: 4, text: "D" }] }, { title: "u", edits: [{ start: 0, end: 1, text: "A" }] }], "AbcD"],
    ["an overlapping fix waits", "abcd", [{ title: "t", edits: [{ start: 0, end: 2, text: "" }] }, { title: "u", edits: [{ start: 1, end: 3, text: "Z" }] }], "cd"],
    ["the same fix twice once", "abc", [{ title: "t", edits: [{ start: 3, end: 3, text: "." }] }, { title: "t", edits: [{ start: 3, end: 3, text: "." }] }], "abc."],
    ["a multi-edit fix whole", "a[^1], b", [{ title: "t", edits: [{ start: 1, end: 5, text: "" }, { start: 6, end: 6, text: "[^1]" }] }], "a,[^1] b"],
    ["CRLF kept", "a\r\nb;", [{ title: "t", edits: [{ start: 4, end: 5, text: "," }] }], "a\r\nb,"],
  ])("%s", (_what, source, fixes, expected) => {
    expect(applyFixes(source, fixes).text).toBe(expected);
  });
});

describe("config", () => {
  it("a broken file is one clear problem with its place", () => {
    const r = readConfig(`{ "rules": { "RES003": "of" `, rules);
    expect(r.problems.length).toBe(1);
    expect(r.config).toBe(EMPTY_CONFIG);
  });
  it.each([
    [`{ "rules": { "RES999": "off" } }`, "unknown rule"],
    [`{ "rules": { "RES003": "loud" } }`, "must be"],
    [`{ "rules": { "RES002": { "extraOpeners": "Heeding" } } }`, "list of strings"],
    [`{ "rules": { "RES003": { "colour": 1 } } }`, "no option"],
    [`{ "session": "eighty" }`, "session number"],
    [`{ "sesion": 80 }`, "unknown setting"],
    [`[]`, "JSON object"],
  ])("%s → %s", (text, message) => {
    const r = readConfig(text, rules);
    expect(r.problems[0]?.message).toContain(message);
    expect(text.slice(r.problems[0]!.start, r.problems[0]!.end).length).toBeGreaterThan(0);
  });
  it("accepts comments, names, options and merges layers (later wins)", () => {
    const a = readConfig(`{ // team settings\n "session": 81, "rules": { "preambular-opener": { "extraOpeners": ["Heeding"] } } }`, rules);
    const b = readConfig(`{ "rules": { "RES002": "error" } }`, rules);
    expect(a.problems).toEqual([]);
    const m = mergeConfigs(a.config, b.config);
    expect(m.session).toBe(81);
    expect(m.rules.RES002).toMatchObject({ enabled: true, severity: "error", options: { extraOpeners: ["Heeding"] } });
  });
});

describe("registry", () => {
  it("ids and names are unique and well-formed, files are named after them", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^RES\d{3}$/);
      expect(r.id).not.toBe(INTERNAL_CODE);
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});
