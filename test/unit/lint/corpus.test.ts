// Done-when check: on the official adopted texts the default rules find nothing, at any severity, but the
// reviewed slips of corpus-exceptions.json ("slips": each with its line and evidence) and, were there any, the
// parser's listed misreadings ("parser"). What they find there is information without a fix, "(as adopted)".
// The same texts made drafts (what a drafter starts from) get the same slips, now at the rules' own severity,
// and nothing else but the parser's listed misreadings of drafts ("draftParser").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintSource } from "../../../server/src/core/lint/index";
import { rules } from "../../../server/src/core/rules/index";
import { makeDraft } from "../../helpers/make-draft";
import exceptionsFile from "./corpus-exceptions.json";

const DIR = join(__dirname, "../../fixtures/corpus/texts");
const files = readdirSync(DIR).filter((f) => f.startsWith("A-RES-")).sort();

interface Slip {
  readonly rule: string;
  readonly line: number;
  readonly evidence: string;
  /** What the PDF itself prints there (its words, from pdftotext -bbox): an extraction can lose or move a mark. */
  readonly pdf: string;
}
type Place = Pick<Slip, "rule" | "line">;
const { parser, slips, draftParser } = exceptionsFile as {
  parser: Record<string, Record<string, number>>;
  slips: Record<string, Slip[]>;
  draftParser: Record<string, Place[]>;
};

const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

describe("official adopted texts lint clean", () => {
  it("finds the corpus", () => expect(files.length).toBeGreaterThan(200));

  it("every slip listed has its evidence, in the extracted text and in the PDF", () => {
    for (const [f, list] of Object.entries(slips)) {
      for (const s of list) {
        expect(s.evidence.length, `${f} ${s.rule}`).toBeGreaterThan(20);
        expect(s.pdf?.length ?? 0, `${f} ${s.rule}: the PDF's words`).toBeGreaterThan(20);
      }
    }
  });

  it("finds nothing at any severity but the reviewed slips, each as information without a fix, (as adopted)", () => {
    const unexpected: string[] = [];
    const found = new Set<string>();
    let findings = 0;
    for (const f of files) {
      const source = readFileSync(join(DIR, f), "utf8");
      const misread = { ...(parser[f] ?? {}) };
      for (const d of lintSource(source).diagnostics) {
        findings++;
        const line = lineOf(source, d.span.start);
        if (d.severity !== "information" || d.fix || !d.message.endsWith("(as adopted)")) unexpected.push(`${f}:${line} ${d.code} is ${d.severity}${d.fix ? " with a fix" : ""}: ${d.message}`);
        const slip = slips[f]?.find((s) => s.rule === d.code && s.line === line);
        if (slip) found.add(`${f}:${line} ${d.code}`);
        else if ((misread[d.code] ?? 0) > 0) misread[d.code]!--;
        else unexpected.push(`${f}:${line} ${d.code} ${d.message} (not a reviewed slip: a parser misreading or a rule firing on right text, or review it and list it)`);
      }
    }
    const listed = Object.entries(slips).flatMap(([f, list]) => list.map((s) => `${f}:${s.line} ${s.rule}`));
    console.log(`lint corpus: ${files.length} adopted texts, ${findings} finding(s), all information; ${found.size} reviewed slip(s) in ${Object.keys(slips).length} texts`);
    expect(unexpected).toEqual([]);
    expect(listed.filter((s) => !found.has(s)), "listed slips no longer found").toEqual([]);
  });

  it("the same texts made drafts: the same slips at the rules' own severity, nothing else", () => {
    const unexpected: string[] = [];
    const found = new Set<string>();
    const misread = new Set<string>();
    let warned = 0;
    for (const f of files) {
      // makeDraft keeps every line where it was, so a slip's line is the same in the draft.
      const source = makeDraft(readFileSync(join(DIR, f), "utf8"));
      for (const d of lintSource(source).diagnostics) {
        const line = lineOf(source, d.span.start);
        const at = `${f}:${line} ${d.code}`;
        if (d.severity === "warning" || d.severity === "error") warned++;
        if (d.message.includes("as adopted")) unexpected.push(`${at} is read as adopted: ${d.message}`);
        if (d.severity !== rules.find((r) => r.id === d.code)?.severity) unexpected.push(`${at} is ${d.severity}: ${d.message}`);
        if (slips[f]?.some((s) => s.rule === d.code && s.line === line)) found.add(at);
        else if (draftParser[f]?.some((s) => s.rule === d.code && s.line === line)) misread.add(at);
        else unexpected.push(`${at} ${d.message} (in the draft made from it: not a listed slip)`);
      }
    }
    const listed = Object.entries(slips).flatMap(([f, list]) => list.map((s) => `${f}:${s.line} ${s.rule}`));
    const stale = Object.entries(draftParser).flatMap(([f, list]) => list.map((s) => `${f}:${s.line} ${s.rule}`)).filter((s) => !misread.has(s));
    console.log(
      `lint corpus made drafts: ${files.length} drafts, ${warned} finding(s) at warning or above: ${found.size} reviewed slips, ${misread.size} listed parser misreadings of drafts` +
        (stale.length ? `; stale draftParser entries (the parser reads them now, remove them): ${stale.join(", ")}` : ""),
    );
    expect(unexpected).toEqual([]);
    expect(listed.filter((s) => !found.has(s)), "slips of the adopted texts not found in their drafts").toEqual([]);
  });
});
