// A lower-case opener after a full line ending in a comma, in text that shows neither blank lines nor indents
// (pdftotext default, -raw, pdf.js): the printed widths tell. Lines are set here as a typesetter sets them: greedily
// to one measure, the first line of each paragraph shorter by its indent, in Times widths (printedWidth). A line
// inside a paragraph stops where its next word would not fit; a paragraph's last line may stop anywhere, and a
// first line can hold only the measure less the indent.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { printedWidth } from "../../../server/src/core/syntax/paragraph-start";

const MEASURE = 46800; // 16.5 cm at 10 pt, in thousandths of an em
const INDENT = 3600; // 1.27 cm
const SPACE = printedWidth(" ");

/** Greedy line filling: the words of one paragraph, its first line shorter by the indent. */
function typeset(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const room = lines.length === 0 ? MEASURE - INDENT : MEASURE;
    if (line && printedWidth(line) + SPACE + printedWidth(word) > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

const PARAGRAPHS = [
  "Reaffirming the importance of cooperation among riparian States on the use of shared inland waters for the benefit of present and future generations, in accordance with the relevant principles of international law, including the principles of equitable and reasonable utilization and the obligation not to cause significant harm,",
  "Recalling its resolution 77/12 of 1 December 2022 on the management of transboundary watercourses and the work of the regional commissions on integrated water resources management, as well as its resolution 78/204 of 19 December 2023 on the review of the implementation of the objectives of the Decade,",
  "Noting the contribution of river basin organizations to the peaceful settlement of disputes over water allocation and to the sharing of hydrological data among States, welcoming in this regard the initiatives taken by several regional organizations, and encouraging their continued engagement with the countries concerned,",
  "Concerned about the effects of drought, floods and pollution on the livelihoods of the populations living along shared rivers and lakes, in particular in developing countries, and about the growing pressure on groundwater resources that are shared by two or more States,",
  "Stressing the need to strengthen the capacity of national institutions responsible for water management and to improve the collection and exchange of data and information, including through the use of new technologies and the training of technical staff in the countries concerned,",
  "Welcoming the convening of the United Nations Water Conference in New York from 22 to 24 March 2023 and the voluntary commitments made at the Conference by Member States, the organizations of the United Nations system and other stakeholders, and looking forward to their implementation,",
  "Mindful of the role of women in the provision, management and safeguarding of water, and of the need to ensure their full participation in decision-making at all levels, in particular in rural areas where women and girls bear a disproportionate share of the burden of collecting water,",
];
const WORDS = "and of the regional and national authorities concerned with the management of water resources in the basin".split(" ");

/** `paragraph` with words added until its last line is full: the next paragraph's first word would not fit after it. */
function fullLast(paragraph: string, next: string): string {
  const firstWord = next.split(" ")[0]!;
  for (let n = 0; n < 60; n++) {
    const body = paragraph.replace(/,$/, "") + (n ? " " + WORDS.slice(0, n % WORDS.length).join(" ") : "") + ",";
    const last = typeset(body).at(-1)!;
    if (typeset(body).length > 1 && printedWidth(last) + SPACE + printedWidth(firstWord) > MEASURE && printedWidth(last) <= MEASURE) return body;
  }
  throw new Error("no filling gives a full last line");
}

function document(paragraphs: string[]): string {
  const head = ["United Nations A/RES/79/301", "General Assembly Distr.: General", "79/301. Cooperation on inland waters", "The General Assembly,"];
  const ops = ["1.", "Calls upon States to strengthen their cooperation on shared inland waters;", "2.", "Requests the Secretary-General to report to it at its eighty-first session."];
  return [...head, ...paragraphs.flatMap(typeset), ...ops].join("\n") + "\n";
}
const lower = (p: string) => p[0]!.toLowerCase() + p.slice(1);
const starts = (text: string) => parse(text, { format: "official" }).preamble.map((p) => p.body.text.slice(0, 16));

describe("a lower-case opener after a full line ending in a comma (no blank lines, no indents)", () => {
  const pps = [...PARAGRAPHS];
  pps[3] = fullLast(pps[3]!, lower(pps[4]!));

  it("the fixture has the shape the test is about: the line before is full, as a line inside a paragraph is", () => {
    const last = typeset(pps[3]!).at(-1)!;
    expect(last.endsWith(",")).toBe(true);
    expect(printedWidth(last) + SPACE + printedWidth("stressing")).toBeGreaterThan(MEASURE);
  });

  it("is its own paragraph when its line is short enough to be an indented first line", () => {
    const mutated = [...pps];
    mutated[4] = lower(mutated[4]!);
    expect(starts(document(mutated))).toEqual(pps.map((p, i) => (i === 4 ? lower(p) : p).slice(0, 16)));
  });

  it("a participle inside a paragraph after a full line, its line running to the margin, stays in it", () => {
    const t = parse(document(pps), { format: "official" });
    expect(t.preamble.length).toBe(pps.length);
    expect(t.preamble[2]!.body.text).toMatch(/among States, welcoming in this\s+regard/);
    expect(t.diagnostics.filter((d) => d.code === "SYN002")).toEqual([]);
  });

  it("every paragraph's opener lower-cased in turn is read as its own paragraph", () => {
    for (let i = 1; i < pps.length; i++) {
      const mutated = pps.map((p, j) => (j === i ? lower(p) : p));
      expect(starts(document(mutated)).length, `paragraph ${i + 1}`).toBe(pps.length);
    }
  });
});

describe("a line ending in a footnote marker, then a short line", () => {
  const oneLine = "Recalling Security Council resolution 497 (1981) of 17 December 1981,";
  /** The paragraph cut so that its last line holds a word or two, then a marker: `… commissions, 1`. */
  const shortLast = (p: string): string => {
    const words = p.replace(/,$/, "").split(" ");
    for (let n = words.length; n > 0; n--) {
      const body = words.slice(0, n).join(" ").replace(/,$/, "") + ", 1";
      const lines = typeset(body);
      if (lines.length >= 2 && lines.at(-1)!.split(" ").length <= 3) return body;
    }
    throw new Error("no cut gives a short last line");
  };
  const pps = [PARAGRAPHS[0]!, shortLast(PARAGRAPHS[1]!), oneLine, ...PARAGRAPHS.slice(2)];
  const mutated = pps.map((p, i) => (i === 2 ? lower(p) : p));

  it("the fixture has the shape the test is about: the marker-ended line and the next fit in one printed line", () => {
    const last = typeset(pps[1]!).at(-1)!;
    expect(last).toMatch(/, 1$/);
    expect(printedWidth(last) + SPACE + printedWidth(lower(oneLine))).toBeLessThan(MEASURE);
  });

  it("where the extractor never breaks a printed line after a marker (pdftotext default), the short line is a paragraph", () => {
    expect(starts(document(mutated)).length).toBe(pps.length);
  });

  it("where it does (-raw: a short piece after a marker that does not end), such a line is the printed line's rest", () => {
    const lines = document(mutated).split("\n");
    const at = lines.findIndex((l) => l.startsWith("Noting the contribution"));
    const words = lines[at]!.split(" ");
    // The line broken after a marker after its sixth word; the rest is a short piece.
    const raw = [...lines.slice(0, at), `${words.slice(0, 6).join(" ")} 2`, words.slice(6).join(" "), ...lines.slice(at + 1)].join("\n");
    const tree = parse(raw, { format: "official" });
    expect(tree.preamble.length).toBe(pps.length - 1);
    expect(tree.preamble[1]!.body.text).toMatch(/, 1 recalling Security Council resolution 497/);
  });
});
