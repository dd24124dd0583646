// Mutation test on the official texts themselves (PDF extractions, format "official"): one known
// error per kind edited into the source at a known paragraph; the rule must fire on that paragraph.
// Covers the rules that apply to official texts (footnote and spacing rules check .unres only; a lower-case
// opener makes the parser join the paragraph to the one before, so RES002 is covered by the .unres test).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { lintTree } from "../../../server/src/core/lint/index";
import { paragraphEnd, spanOf as textSpan } from "../../../server/src/core/lint/text";
import type { Paragraph, Resolution } from "../../../server/src/core/syntax/tree";
import exceptions from "./corpus-exceptions.json";

const DIR = join(__dirname, "../../fixtures/corpus/texts");
const PER_KIND = 20;

interface Edit {
  start: number;
  end: number;
  text: string;
}
type Where = { part: "preamble" | "operative"; index: number };
interface OfficialMutation {
  readonly rule: string;
  find(tree: Resolution): { where: Where; edit: Edit } | null;
}

const middle = <T,>(xs: readonly T[]): T | undefined => xs[Math.floor(xs.length / 2)];

/** The middle paragraph of a part that `ok` accepts, with the edit it returns. */
function inPart(tree: Resolution, part: "preamble" | "operative", ok: (p: Paragraph, i: number) => Edit | null) {
  const hits = tree[part].map((p, i) => ({ i, edit: ok(p, i) })).filter((h) => h.edit);
  const h = middle(hits);
  return h ? { where: { part, index: h.i }, edit: h.edit! } : null;
}

/** An edit replacing the first match of `re` in a paragraph's text, when it lies on one source run. */
function replaceIn(p: Paragraph, re: RegExp, by: (m: RegExpExecArray) => string): Edit | null {
  const m = re.exec(p.body.text);
  if (!m) return null;
  const span = textSpan(p.body, m.index, m.index + m[0].length);
  if (span.end - span.start !== m[0].length) return null;
  return { ...span, text: by(m) };
}

const mutations: OfficialMutation[] = [
  {
    rule: "RES003",
    find: (t) =>
      inPart(t, "preamble", (p) => {
        const end = paragraphEnd(p.body, "official");
        return end?.char === "," ? { start: end.src, end: end.src + 1, text: ";" } : null;
      }),
  },
  {
    rule: "RES004",
    find: (t) =>
      inPart(t, "operative", (p, i) => {
        const n = p.kind === "operative" ? p.number : null;
        return n && i > 0 && i < t.operative.length - 1 && !n.suffix ? { ...n.span, text: String(n.value + 1) } : null;
      }),
  },
  { rule: "RES005", find: (t) => inPart(t, "operative", (p) => replaceIn(p, /^(Requests|Decides|Urges|Encourages|Invites|Welcomes|Notes|Recognizes|Stresses|Reaffirms)\b/, (m) => m[0].slice(0, -1))) },
  {
    rule: "RES006",
    find: (t) =>
      inPart(t, "operative", (p, i) => {
        const end = paragraphEnd(p.body, "official");
        return i < t.operative.length - 1 && end?.char === ";" ? { start: end.src, end: end.src + 1, text: "," } : null;
      }),
  },
  { rule: "RES010", find: (t) => inPart(t, "preamble", (p) => replaceIn(p, /^([A-Z][a-z]+ing) also\b/, (m) => `Also ${m[1]!.toLowerCase()}`)) },
  { rule: "RES015", find: (t) => inPart(t, "preamble", (p) => replaceIn(p, /\bresolution \d{2}\/\d+/, (m) => m[0].replace("resolution ", "resolution A/RES/"))) },
  {
    rule: "RES016",
    find: (t) => inPart(t, "preamble", (p) => replaceIn(p, /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/, (m) => `${m[2]} ${m[1]}, ${m[3]}`)),
  },
  { rule: "RES018", find: (t) => inPart(t, "operative", (p) => replaceIn(p, /General Assembly at its [a-z-]+ session/, () => "General Assembly at its 81st session")) },
  { rule: "RES021", find: (t) => inPart(t, "preamble", (p) => (/[[\]]/.test(p.body.text) ? null : replaceIn(p, /^[A-Za-z]+ /, (m) => `${m[0]}[`))) },
  { rule: "RES023", find: (t) => inPart(t, "preamble", (p) => (/["']/.test(p.body.text) ? null : replaceIn(p, /^([A-Za-z]+ )([a-z]+)/, (m) => `${m[1]}"${m[2]}"`))) },
  { rule: "RES024", find: (t) => inPart(t, "preamble", (p) => replaceIn(p, /^([A-Za-z]+ )(the|its|all) /, (m) => `${m[1]}${m[2]} ${m[2]} `)) },
];

const parserExceptions = (exceptions as { parser: Record<string, unknown> }).parser;
const files = readdirSync(DIR).filter((f) => f.startsWith("A-RES-") && !parserExceptions[f]).sort();

describe("mutation test on official texts as extracted", () => {
  it("recall per rule is at least 95%", () => {
    const table: string[] = [];
    const low: string[] = [];
    const trees = new Map<string, Resolution>();
    const treeOf = (f: string) => trees.get(f) ?? trees.set(f, parse(readFileSync(join(DIR, f), "utf8"))).get(f)!;
    for (const mutation of mutations) {
      let tried = 0;
      let hit = 0;
      const misses: string[] = [];
      for (const f of files) {
        if (tried >= PER_KIND) break;
        const tree = treeOf(f);
        const found = mutation.find(tree);
        if (!found) continue;
        const { where, edit } = found;
        const source = tree.source.slice(0, edit.start) + edit.text + tree.source.slice(edit.end);
        const mutated = parse(source);
        const para = mutated[where.part][where.index];
        // The edit must not change how the parser reads the structure (then the target is unknown).
        if (!para || mutated[where.part].length !== tree[where.part].length) continue;
        // Nor how it reads the inserted words (`May 3, 2016`: a number after a word may be taken for a footnote marker).
        const number = para.kind === "operative" ? para.number?.text : undefined;
        if (number !== edit.text && !para.body.text.replace(/\s+/g, " ").includes(edit.text.replace(/\s+/g, " ").trim())) continue;
        tried++;
        if (lintTree(mutated).some((d) => d.code === mutation.rule && d.span.start >= para.span.start && d.span.start <= para.span.end)) hit++;
        else misses.push(f);
      }
      const recall = tried ? hit / tried : 0;
      table.push(`${mutation.rule} ${hit}/${tried} ${(recall * 100).toFixed(0)}%${misses.length ? ` missed: ${misses.slice(0, 3).join(", ")}` : ""}`);
      if (tried < 5 || recall < 0.95) low.push(`${mutation.rule}: ${hit}/${tried}`);
    }
    console.log("official-text mutation recall per rule:\n  " + table.join("\n  "));
    expect(low).toEqual([]);
  });
});
