// Official texts: the seed from the other extractor, markers on the right words, page furniture,
// references, header fields, and the outline JSON contract over every corpus file.
import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outlineJson } from "../../../server/src/core/outline/outline-json";
import { parse } from "../../../server/src/core/syntax/parse";
import type { Resolution } from "../../../server/src/core/syntax/tree";
import { violations } from "./invariants";

const TEXTS = join(__dirname, "../../fixtures/corpus/texts");
const read = (stem: string) => readFileSync(join(TEXTS, stem + ".txt"), "utf8");
/** The words just before a marker, and the marker: `2002,` + `1`. */
const around = (t: Resolution, start: number, end: number) => t.source.slice(Math.max(0, start - 12), start).split(/\s/).pop()! + "|" + t.source.slice(start, end);

describe("the seed A/RES/57/173 (blank lines between paragraphs, markers glued)", () => {
  const t = parse(read("A-RES-57-173"));
  it("has 19 preambular and 20 operative paragraphs and 5 footnotes", () => {
    expect(t.preamble.length).toBe(19);
    expect(t.operative.length).toBe(20);
    expect(t.footnotes.map((f) => f.number.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(t.operative.map((p) => p.number?.value)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
  it("puts every marker on the right word", () => {
    const markers = t.footnotes.map((f) => f.markers.map((m) => around(t, m.span.start, m.span.end)));
    expect(markers).toEqual([["2002,|1"], ["Crime|2"], ["56/123;|3"], ["Secretariat|4"], ["Offenders,|5"]]);
    expect(t.preamble[5]!.markers.map((m) => m.number)).toEqual(["1"]);
    expect(t.preamble[9]!.markers.map((m) => m.number)).toEqual(["2"]);
    expect(t.operative[0]!.markers.map((m) => m.number)).toEqual(["3"]);
    expect(t.operative[1]!.markers.map((m) => m.number)).toEqual(["4"]);
    expect(t.operative[7]!.markers.map((m) => m.number)).toEqual(["5"]);
  });
  it("removes markers from the text and keeps the footnote texts", () => {
    expect(t.preamble[5]!.body.text).toContain("February 2002, and the seventh");
    expect(t.preamble[9]!.body.text).toContain("Office on Drugs and Crime of the Secretariat");
    expect(t.footnotes[0]!.body.text).toBe("See A/57/64.");
    expect(t.footnotes[3]!.body.text).toBe("A/57/152 and Corr.1 and Add.1 and Add.1/Corr.1 and 2 and Add.2.");
  });
  it("runs a paragraph across the footnote block", () => {
    expect(t.preamble[15]!.body.text).toMatch(/entitled “Strengthening international cooperation and technical assistance within the framework/);
  });
  it("reads number, title and closing", () => {
    expect(t.title?.number?.value).toBe("57/173");
    expect(t.title?.text.text).toBe("Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity");
    expect(t.closing?.meeting?.value).toBe("77th plenary meeting");
    expect(t.closing?.date?.value).toBe("18 December 2002");
  });
});

describe("A/RES/80/229 (pdftotext default mode)", () => {
  const t = parse(read("A-RES-80-229"));
  it("reads the masthead", () => {
    const h = t.header;
    expect(h.symbol?.value).toBe("A/RES/80/229");
    expect(h.sessionNumber).toBe(80);
    expect(h.distribution?.value).toBe("General");
    expect(h.agendaItem?.value).toBe("107");
    expect(h.agendaTitle?.value).toBe("Crime prevention and criminal justice");
    expect(h.adoptionDate?.value).toBe("18 December 2025");
    expect(h.committee?.value).toBe("on the report of the Third Committee (A/80/545, para. 5)");
    expect(t.title?.number?.value).toBe("80/229");
    expect(t.organ?.comma).toBe(true);
  });
  it("pairs footnote numbers with their texts although pdftotext sets them apart", () => {
    // Layout view: 1 Treaty Series vols. 2225…, 2 Ibid., vol. 976, 3 Ibid., vol. 1019, 4 …1582, 5 …2349.
    expect(t.footnotes.slice(0, 5).map((f) => f.body.text)).toEqual([
      "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.",
      "Ibid., vol. 976, No. 14152.",
      "Ibid., vol. 1019, No. 14956.",
      "Ibid., vol. 1582, No. 27627.",
      "Ibid., vol. 2349, No. 42146.",
    ]);
    expect(t.footnotes[6]!.body.text).toBe("Resolution 76/181, annex.");
  });
  it("finds spaced markers and leaves real numbers alone", () => {
    const pp2 = t.preamble[1]!;
    expect(pp2.markers.map((m) => m.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(pp2.body.text).toContain("the Protocols thereto, the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, the Convention");
    const pp3 = t.preamble[2]!;
    expect(pp3.body.text).toContain("from 7 to 12 March 2021, including");
    expect(pp3.markers.map((m) => m.number)).toEqual(["6", "7"]);
  });
  it("finds one marker for every footnote, also after a date's year (`16 October 2020 43 and`)", () => {
    for (const doc of [t, parse(read("A-RES-78-229")), parse(read("A-C.3-80-L.3"))]) {
      expect(doc.footnotes.filter((f) => f.markers.length !== 1).map((f) => f.number.value)).toEqual([]);
    }
    const fn43 = t.footnotes.find((f) => f.number.value === "43")!;
    expect(t.source.slice(fn43.markers[0]!.span.start - 16, fn43.markers[0]!.span.end)).toBe("16 October 2020 43");
  });
  it("joins a paragraph across the page break and skips the furniture", () => {
    expect(t.preamble[1]!.body.text).toContain("Sharing of Evidence in Electronic Form of Serious Crimes (the United Nations Convention against Cybercrime) was adopted,");
    const kinds = new Set(t.artefacts.map((a) => a.kind));
    for (const k of ["running-header", "page-number", "job-number", "barcode", "footnote-rule"]) expect(kinds.has(k as never)).toBe(true);
    for (const p of [...t.preamble, ...t.operative]) expect(p.body.text).not.toMatch(/\b\d+\/27\b|25-20947|\*2520947\*/);
  });
  it("finds references with normalised values", () => {
    const refs = t.references;
    expect(refs.find((r) => r.kind === "resolution" && r.value === "46/152")).toBeTruthy();
    expect(refs.find((r) => r.kind === "date" && r.value === "1991-12-18")).toBeTruthy();
    expect(refs.find((r) => r.kind === "session")?.value).toMatch(/^\d+$/);
    expect(refs.find((r) => r.kind === "symbol" && r.value === "A/CONF.234/16")).toBeTruthy();
    for (const r of refs) expect(t.source.slice(r.span.start, r.span.end).replace(/\s+/g, " ")).toBe(r.text.replace(/\s+/g, " "));
  });
  it("reads Security Council resolutions with their year", () => {
    const golan = parse(read("A-RES-80-73"));
    const sc = golan.references.filter((r) => r.kind === "resolution").map((r) => r.value);
    expect(sc).toContain("497 (1981)");
    expect(sc).toContain("242 (1967)");
  });
});

describe("drafts and other layouts", () => {
  it("reads the sponsors of a draft and its unnumbered title", () => {
    const t = parse(read("A-C.3-80-L.3"));
    expect(t.header.sponsors?.value).toBe("Italy");
    expect(t.header.distribution?.value).toBe("Limited");
    expect(t.title?.number).toBeNull();
    expect(t.title?.text.text).toMatch(/^Strengthening the United Nations crime prevention/);
  });
  it("reads sections with headings and keeps numbering across them", () => {
    const t = parse(read("A-RES-78-69"));
    expect(t.sections.slice(0, 2).map((s) => [s.label.value, s.heading?.value])).toEqual([["I", expect.any(String)], ["II", "Capacity-building"]]);
    const op10 = t.operative.find((p) => p.number?.value === 10)!;
    expect(op10.section).toBe("II");
  });
  it("reads sub-paragraphs with their levels", () => {
    const t = parse(read("A-RES-78-69"));
    const withSubs = t.operative.find((p) => p.subparagraphs.some((s) => s.body.text.startsWith("Notes that continued environmental degradation")))!;
    expect(withSubs.subparagraphs[0]!.label.value).toBe("(a)");
    expect(withSubs.body.text).toContain("(a) Notes that continued");
  });
});

describe("outline JSON over the whole corpus", () => {
  const files = readdirSync(TEXTS).filter((f) => f.endsWith(".txt"));
  it("has the contract's shape and the tree's invariants for every file", () => {
    for (const f of files) {
      const tree = parse(readFileSync(join(TEXTS, f), "utf8"), { format: "official" });
      expect(violations(tree), f).toEqual([]);
      const j = outlineJson(tree);
      // No page furniture in any paragraph: running symbol, job numbers, barcodes, footnote rules.
      const sym = tree.header.symbol?.value;
      for (const p of [...j.preamble, ...j.operative]) {
        expect(p.text, f).not.toMatch(/\b\d{2}-\d{5}\b|_{5,}|\*\d{7}\*/);
        if (sym) expect(p.text.includes(sym), `${f}: running symbol in “${p.text.slice(0, 60)}”`).toBe(false);
      }
      expect(Object.keys(j).sort()).toEqual(["annex", "closing", "footnotes", "number", "operative", "organ", "preamble", "sections", "symbol", "title"]);
      expect(j.organ).toBe("The General Assembly");
      expect(j.preamble.length + j.operative.length).toBeGreaterThan(0);
      for (const p of j.operative) expect(p.text).not.toMatch(/^\d+\./);
    }
  });
  it("is what `resdraft outline --format json` prints", () => {
    const cli = join(__dirname, "../../../dist/cli.js");
    const r = spawnSync(process.execPath, [cli, "outline", join(TEXTS, "A-RES-80-73.txt"), "--format", "json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(outlineJson(parse(read("A-RES-80-73"), { format: "official" })))));
    const text = spawnSync(process.execPath, [cli, "outline", join(TEXTS, "A-RES-80-73.txt"), "--format", "text"], { encoding: "utf8" });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^PP1 {2}\S/m);
    expect(text.stdout).toMatch(/^OP1 {2}1\. \S/m);
  });
});
