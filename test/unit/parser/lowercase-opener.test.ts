// A preambular paragraph that opens with a known opener in lower case (`recalling …`, a drafting slip) is its own
// paragraph, not the previous one's continuation; a lower-case opener word inside a paragraph (`…, noting that`) is
// not a paragraph. Hand-written typeset lines, rendered in each extractor's shape: pdftotext default and -raw (no
// blank lines, no indentation), -layout (a left margin, first lines indented), PyMuPDF (a line of one space between
// paragraphs, trailing spaces) and plain blank-line separated text.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

type Form = "default" | "raw" | "layout" | "pymupdf" | "blank";
const FORMS: Form[] = ["default", "raw", "layout", "pymupdf", "blank"];

/** Paragraphs as typeset: each an array of lines, the first indented in print, the last not justified. */
function render(paragraphs: string[][], form: Form): string {
  const head = ["United Nations A/RES/79/301", "General Assembly Distr.: General", "79/301. Cooperation on inland waters", "The General Assembly,"];
  const margin = " ".repeat(17);
  const body = paragraphs.map((p) =>
    p.map((line, i) => {
      if (form === "layout") return margin + (i === 0 ? "      " : "") + line;
      if (form === "pymupdf") return line + " ";
      return line;
    }),
  );
  const sep = form === "pymupdf" ? [" "] : form === "blank" ? [""] : [];
  const out: string[] = [...head, ...sep];
  body.forEach((p, i) => out.push(...p, ...(i < body.length - 1 ? sep : [])));
  return out.join("\n") + "\n";
}

// Justified lines run to about 86 characters; a paragraph's first line is indented (about 80), its last is short.
const P1 = [
  "Reaffirming the importance of cooperation among riparian States on the use of shared",
  "inland waters for the benefit of present and future generations, in accordance with the",
  "relevant principles of international law,",
];
const P2 = [
  "Recalling its resolution 77/12 of 1 December 2022 on the management of transboundary",
  "watercourses and the work of the regional commissions on integrated water resources,",
];
const P3 = [
  "Noting the contribution of river basin organizations to the peaceful settlement of",
  "disputes over water allocation and to the sharing of hydrological data among States,",
  "welcoming in this regard the initiatives taken by several regional organizations, and",
  "encouraging their continued engagement with the countries concerned,",
];
const P4 = [
  "Concerned about the effects of drought, floods and pollution on the livelihoods of the",
  "populations living along shared rivers and lakes,",
];
const OPS = [
  ["1.", "Calls upon States to strengthen their cooperation on shared inland waters;"],
  ["2.", "Requests the Secretary-General to report to it at its eighty-first session."],
];
const lower = (p: string[]): string[] => [p[0]![0]!.toLowerCase() + p[0]!.slice(1), ...p.slice(1)];
const doc = (pps: string[][]) => [...pps, ...OPS];

describe("the fixture lines have the shapes the test is about", () => {
  it("justified lines are long, first lines shorter, last lines short", () => {
    for (const p of [P1, P2, P3]) for (const l of p.slice(1, -1)) expect(l.length).toBeGreaterThanOrEqual(84);
    expect(P2[1]!.length).toBeGreaterThanOrEqual(84);
    expect(P1[2]!.length).toBeLessThan(50);
  });
});

describe("a preambular paragraph opening with a lower-case opener", () => {
  for (const form of FORMS) {
    it(`after a short last line ending in a comma is its own paragraph (${form})`, () => {
      const t = parse(render(doc([P1, lower(P2), P3, P4]), form), { format: "official" });
      expect(t.preamble.map((p) => p.body.text.slice(0, 20))).toEqual([
        "Reaffirming the impo", "recalling its resolu", "Noting the contribut", "Concerned about the ",
      ]);
      expect(t.operative.length).toBe(2);
    });
    // P2's last line is nearly justified: only a blank line or an indent tells, which default and -raw do not show.
    if (form !== "default" && form !== "raw") it(`after a long last line ending in a comma is its own paragraph where the form shows it (${form})`, () => {
      const t = parse(render(doc([P2, lower(P4), P1]), form), { format: "official" });
      expect(t.preamble.map((p) => p.body.text.slice(0, 20))).toEqual(["Recalling its resolu", "concerned about the ", "Reaffirming the impo"]);
    });
    it(`a lower-case opener word inside a paragraph after a justified line stays in it (${form})`, () => {
      const t = parse(render(doc([P1, P2, P3, P4]), form), { format: "official" });
      expect(t.preamble.length).toBe(4);
      expect(t.preamble[2]!.body.text).toContain("among States, welcoming in this regard");
      expect(t.preamble[2]!.body.text).toContain("organizations, and encouraging their");
    });
  }
  it("in a blank-separated form, a short line without a blank line after it is still inside the paragraph", () => {
    const p = ["Noting the contribution of river basin organizations to the peaceful settlement of", "disputes over water,", "recalling in this regard the initiatives taken by several regional organizations,"];
    for (const form of ["pymupdf", "blank"] as const) {
      const t = parse(render(doc([P1, p, P4]), form), { format: "official" });
      expect(t.preamble.length, form).toBe(3);
    }
  });
  it("a lower-case opener after a footnote number ending the line starts a paragraph (default)", () => {
    const p1 = [...P1.slice(0, 2), "relevant principles of international law, 1"];
    const text = render(doc([p1, lower(P2), P4]), "default").replace("session.\n", "session.\n__________________\n1 See A/79/1.\n");
    const t = parse(text, { format: "official" });
    expect(t.preamble.map((p) => p.body.text.slice(0, 20))).toEqual(["Reaffirming the impo", "recalling its resolu", "Concerned about the "]);
  });
});

describe("an ambiguous line start is said with a syntax diagnostic", () => {
  // P5's last line stops a little before the margin and the next line is a little short: either reading fits.
  const P5 = [
    "Stressing the need for cooperation among riparian States on the use of shared waters",
    "for the benefit of present and future generations, in accordance with the relevant",
    "principles of international law and the Charter of the United Nations,",
  ];
  const P6 = [
    "recalling its resolution 77/12 of 1 December 2022 on shared inland waters,",
    "and the work of the regional commissions on integrated water resources management,",
  ];
  it("SYN002, information, over the two lines, naming the reading taken and the other", () => {
    const t = parse(render(doc([P1, P5, P6, P4]), "default"), { format: "official" });
    const d = t.diagnostics.filter((x) => x.code === "SYN002");
    expect(d.length).toBe(1);
    expect(d[0]!.severity).toBe("information");
    expect(t.source.slice(d[0]!.span.start, d[0]!.span.end)).toMatch(/^principles of international law.*\nrecalling its resolution 77\/12 .*shared inland waters,$/);
    expect(d[0]!.message).toMatch(/read as (a new paragraph|the continuation).*could also be/);
  });
  it("none where the form shows the reading (a blank line, an indent) or for a clear continuation", () => {
    for (const form of ["layout", "pymupdf", "blank"] as const) {
      expect(parse(render(doc([P1, P5, P6, P4]), form), { format: "official" }).diagnostics.filter((x) => x.code === "SYN002"), form).toEqual([]);
    }
    expect(parse(render(doc([P1, P2, P3, P4]), "default"), { format: "official" }).diagnostics).toEqual([]);
  });
});
