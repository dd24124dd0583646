// Mutation test: official adopted texts, written as .unres drafts, each get one known error of one
// kind injected at a known paragraph; the matching rule must fire on that paragraph.
// Recall per rule is printed; every rule must reach 95%.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { lintTree } from "../../../server/src/core/lint/index";
import { rules } from "../../../server/src/core/rules/index";
import type { Resolution, Span } from "../../../server/src/core/syntax/tree";
import { render, toModel, type DraftModel } from "./to-unres";
import exceptions from "./corpus-exceptions.json";

const DIR = join(__dirname, "../../fixtures/corpus/texts");
/** Documents per mutation kind: enough for a recall figure, few enough to stay fast. */
const PER_KIND = 25;

type Target = { kind: "pre" | "op" | "note" | "organ"; index: number };
interface Mutation {
  readonly rule: string;
  /** Edit the model in place and say where the error is, or null when the document offers no place for it. */
  apply(m: DraftModel): Target | null;
}

const firstWord = (t: string) => /^[A-Za-z-]+/.exec(t)?.[0] ?? "";
const pick = <T,>(xs: readonly T[], ok: (x: T, i: number) => boolean): number => {
  const idx = xs.map((x, i) => (ok(x, i) ? i : -1)).filter((i) => i >= 0);
  return idx.length ? idx[Math.floor(idx.length / 2)]! : -1;
};
const HEAD_VERB = /^(Requests|Decides|Calls|Urges|Encourages|Invites|Welcomes|Notes|Recognizes|Stresses|Emphasizes|Reaffirms|Expresses|Takes|Acknowledges|Underlines|Recommends|Supports|Affirms|Condemns)\b/;

const mutations: Mutation[] = [
  { rule: "RES001", apply: (m) => (m.preamble.length ? ((m.organComma = false), { kind: "organ", index: 0 }) : null) },
  { rule: "RES002", apply: (m) => at("pre", pick(m.preamble, (t) => /^[A-Z][a-z]/.test(t)), (i) => (m.preamble[i] = m.preamble[i]![0]!.toLowerCase() + m.preamble[i]!.slice(1))) },
  { rule: "RES003", apply: (m) => at("pre", pick(m.preamble, (t) => t.endsWith(",") && !t.includes("\n")), (i) => (m.preamble[i] = m.preamble[i]!.slice(0, -1) + ";")) },
  { rule: "RES004", apply: (m) => at("op", pick(m.operative, (o, i) => i > 0 && i < m.operative.length - 1 && o.number === String(i + 1)), (i) => (m.operative[i]!.number = String(i + 2))) },
  { rule: "RES005", apply: (m) => at("op", pick(m.operative, (o) => HEAD_VERB.test(o.text)), (i) => (m.operative[i]!.text = m.operative[i]!.text.replace(/^(\w+)s\b/, "$1"))) },
  { rule: "RES006", apply: (m) => at("op", pick(m.operative, (o, i) => i < m.operative.length - 1 && o.text.endsWith(";") && !o.text.includes("\n")), (i) => (m.operative[i]!.text = m.operative[i]!.text.slice(0, -1) + ",")) },
  { rule: "RES007", apply: (m) => at("op", pick(m.operative, (o) => /:\n\(a\)/.test(o.text)), (i) => (m.operative[i]!.text = m.operative[i]!.text.replace(/:\n\(a\)/, ",\n(a)"))) },
  { rule: "RES008", apply: (m) => at("op", pick(m.operative, (o) => /\n\(a\)[^\n]*\n\(b\)[^\n]*\n\(c\)/.test(o.text)), (i) => (m.operative[i]!.text = m.operative[i]!.text.replace("\n(b)", "\n(c)"))) },
  {
    rule: "RES009",
    apply: (m) =>
      at("pre", pick(m.preamble, (t, i) => /^[A-Z][a-z]+ing\b/.test(t) && !/^\w+ (also|further)\b/.test(t) && !m.preamble.slice(0, i).some((p) => firstWord(p) === firstWord(t))), (i) =>
        (m.preamble[i] = m.preamble[i]!.replace(/^(\w+)/, "$1 also"))),
  },
  { rule: "RES010", apply: (m) => at("pre", pick(m.preamble, (t) => /^[A-Z][a-z]+ing\b/.test(t) && !/^\w+ (also|further)\b/.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/^(\w)(\w+)/, (_, a: string, b: string) => `Also ${a.toLowerCase()}${b}`))) },
  { rule: "RES011", apply: (m) => at("pre", pick(m.preamble, (t) => t.endsWith(",")), (i) => (m.preamble[i] = m.preamble[i]! + "[^999]")) },
  {
    rule: "RES012",
    apply: (m) => {
      if (m.footnotes.length < 2) return null;
      const swap = (t: string) => t.replace(/\[\^(1|2)\]/g, (_, n: string) => `[^${n === "1" ? "2" : "1"}]`);
      const i = m.preamble.findIndex((t) => t.includes("[^1]"));
      const j = m.operative.findIndex((o) => o.text.includes("[^1]"));
      if (i < 0 && j < 0) return null;
      m.preamble = m.preamble.map(swap);
      m.operative.forEach((o) => (o.text = swap(o.text)));
      m.footnotes.forEach((f) => (f.number = f.number === "1" ? "2" : f.number === "2" ? "1" : f.number));
      return i >= 0 ? { kind: "pre", index: i } : { kind: "op", index: j };
    },
  },
  { rule: "RES013", apply: (m) => at("pre", pick(m.preamble, (t) => /[,;]\[\^\d+\]/.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/([,;])(\[\^\d+\])/, "$2$1"))) },
  { rule: "RES014", apply: (m) => (m.footnotes.length ? ((m.footnotes[0]!.text = "Ibid., para. 3."), { kind: "note", index: 0 }) : null) },
  { rule: "RES015", apply: (m) => at("pre", pick(m.preamble, (t) => /\bresolution \d{2}\/\d+/.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/\bresolution (\d{2}\/\d+)/, "resolution A/RES/$1"))) },
  {
    rule: "RES016",
    apply: (m) => at("pre", pick(m.preamble, (t) => /\b\d{1,2} [A-Z][a-z]+ \d{4}\b/.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/\b(\d{1,2}) ((?:January|February|March|April|May|June|July|August|September|October|November|December)) (\d{4})\b/, "$2 $1, $3"))),
  },
  { rule: "RES017", apply: (m) => at("pre", pick(m.preamble, (t) => t.endsWith(",")), (i) => (m.preamble[i] = m.preamble[i]!.slice(0, -1) + ", and its resolutions 79/1 of 1 October 2024 and 78/1 of 1 September 2023,")) },
  { rule: "RES018", apply: (m) => at("op", pick(m.operative, (o) => /General Assembly at its [a-z-]+ session\b/.test(o.text)), (i) => (m.operative[i]!.text = m.operative[i]!.text.replace(/General Assembly at its [a-z-]+ session\b/, "General Assembly at its 81st session"))) },
  {
    rule: "RES019",
    apply: (m) =>
      m.session === null ? null : at("op", pick(m.operative, (o) => /provisional agenda of its [a-z-]+ session/.test(o.text)), (i) => (m.operative[i]!.text = m.operative[i]!.text.replace(/provisional agenda of its [a-z-]+ session/, `provisional agenda of its ${ORD[m.session! - 78]} session`))),
  },
  { rule: "RES020", apply: (m) => at("pre", pick(m.preamble, (t) => t.endsWith(",")), (i) => (m.preamble[i] = m.preamble[i]!.slice(0, -1) + ", held at its sixty-ninth plenary meeting,")) },
  { rule: "RES021", apply: (m) => at("pre", pick(m.preamble, (t) => !/[[\]]/.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/^(\S+ \S+)/, "$1 ["))) },
  { rule: "RES022", apply: (m) => ((m.status = "final"), at("op", pick(m.operative, (o) => !/[[\]]/.test(o.text)), (i) => (m.operative[i]!.text = m.operative[i]!.text.replace(/^(\S+ \S+)/, "$1 [and agreed]")))) },
  { rule: "RES023", apply: (m) => at("pre", pick(m.preamble, (t) => !/["']/.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/^(\S+ )(\S+)/, '$1"$2"'))) },
  { rule: "RES024", apply: (m) => at("pre", pick(m.preamble, (t) => /^\S+ \S+ [a-z]+ /.test(t) && !/^\S+ \S+ (that|had) /.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/^(\S+ \S+ )([a-z]+) /, "$1$2 $2 "))) },
  { rule: "RES025", apply: (m) => at("pre", pick(m.preamble, (t) => /^\S+ \S+ /.test(t)), (i) => (m.preamble[i] = m.preamble[i]!.replace(/^(\S+ \S+) /, "$1  "))) },
  { rule: "RES026", apply: (m) => at("op", pick(m.operative, (o, i) => i > 0 && i < m.operative.length - 1 && !!o.number && o.text.endsWith(";") && !o.text.includes("\n")), (i) => (m.operative[i]!.text = m.operative[i]!.text.slice(0, -1) + ` as set out in paragraph ${m.operative[i + 1]!.number} above;`)) },
  { rule: "RES027", apply: (m) => at("op", pick(m.operative, (o) => o.text.includes("the present resolution")), (i) => (m.operative[i]!.text = m.operative[i]!.text.replace("the present resolution", "this resolution"))) },
  {
    rule: "RES028",
    apply: (m) =>
      at("op", pick(m.operative, (o, i) => HEAD_VERB.test(o.text) && !m.operative.slice(0, i).some((p) => p.text.toLowerCase().split(/\s+/, 3).map((w) => w.replace(/[^a-z-]/g, "")).includes(firstWord(o.text).toLowerCase()))), (i) =>
        (m.operative[i]!.text = m.operative[i]!.text.replace(/^(\w)(\w+)/, (_, a: string, b: string) => `Also ${a.toLowerCase()}${b}`))),
  },
];

const ORD = ["seventy-eighth", "seventy-ninth", "eightieth", "eighty-first"];

function at(kind: "pre" | "op", index: number, edit: (i: number) => void): Target | null {
  if (index < 0) return null;
  edit(index);
  return { kind, index };
}

function spanOf(tree: Resolution, t: Target): Span | null {
  if (t.kind === "organ") return tree.organ?.span ?? null;
  if (t.kind === "pre") return tree.preamble[t.index]?.span ?? null;
  if (t.kind === "op") return tree.operative[t.index]?.span ?? null;
  return tree.footnotes[t.index]?.span ?? null;
}

const severityOf = (code: string) => rules.find((r) => r.id === code)?.severity;
const parserExceptions = (exceptions as { parser: Record<string, unknown> }).parser;
const files = readdirSync(DIR).filter((f) => f.startsWith("A-RES-") && !parserExceptions[f]).sort();

describe("mutation test: the right rule fires on the mutated paragraph", () => {
  it("recall per rule is at least 95%", () => {
    // Official texts are parsed only when a kind needs them (most kinds find their documents early).
    const models = new Map<string, string>();
    const modelOf = (f: string) => {
      if (!models.has(f)) models.set(f, JSON.stringify(toModel(parse(readFileSync(join(DIR, f), "utf8")))));
      return JSON.parse(models.get(f)!) as DraftModel;
    };
    // The unmutated draft of each document, parsed and linted once for every kind.
    const baselines = new Map<string, { tree: Resolution; diagnostics: ReturnType<typeof lintTree> }>();
    const baselineOf = (f: string) => {
      let b = baselines.get(f);
      if (!b) {
        const tree = parse(render(modelOf(f)), { format: "unres" });
        b = { tree, diagnostics: lintTree(tree) };
        baselines.set(f, b);
      }
      return b;
    };
    const table: string[] = [];
    const low: string[] = [];
    for (const mutation of mutations) {
      let tried = 0;
      let hit = 0;
      const misses: string[] = [];
      for (const f of files) {
        if (tried >= PER_KIND) break;
        const model = modelOf(f);
        const target = mutation.apply(model);
        if (!target) continue;
        const tree = parse(render(model), { format: "unres" });
        const span = spanOf(tree, target);
        if (!span) continue;
        const baseline = baselineOf(f);
        const before = spanOf(baseline.tree, target);
        // A document whose unmutated draft already shows this rule at the target says nothing about recall.
        if (before && baseline.diagnostics.some((d) => d.code === mutation.rule && d.span.start >= before.start && d.span.start <= before.end)) continue;
        tried++;
        // A draft gets the rule's own severity (not the milder one some rules use in adopted texts).
        const fired = lintTree(tree).some((d) => d.code === mutation.rule && d.severity === severityOf(d.code) && d.span.start >= span.start && d.span.start <= span.end);
        if (fired) hit++;
        else misses.push(f);
      }
      const recall = tried ? hit / tried : 0;
      table.push(`${mutation.rule} ${hit}/${tried} ${(recall * 100).toFixed(0)}%${misses.length ? ` missed: ${misses.slice(0, 3).join(", ")}` : ""}`);
      if (tried < 5 || recall < 0.95) low.push(`${mutation.rule}: ${hit}/${tried}`);
    }
    console.log("mutation recall per rule:\n  " + table.join("\n  "));
    expect(low).toEqual([]);
  });
});
