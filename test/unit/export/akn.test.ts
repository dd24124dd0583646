// Akoma Ntoso export: schema-valid (xmllint), and right where the schema cannot look (test/helpers/akn-check.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportAkn } from "../../../server/src/core/export/akn";
import { containerName, frbrIdentity } from "../../../server/src/core/export/akn-names";
import { parse } from "../../../server/src/core/syntax/parse";
import { checkAkn, validateAkn } from "../../helpers/akn-check";

const TEXTS = join(__dirname, "../../fixtures/corpus/texts");

/**
 * Every kind of text in the corpus, a few of each: adopted resolutions of both sessions, drafts of each Main
 * Committee and of the plenary, the 2002 text from another extractor; plus the texts with sections, the most
 * footnotes and sub-paragraphs, which exercise the rarer parts of the export. The whole corpus runs in
 * `node scripts/check-akn-corpus.mjs`.
 */
function sample(): string[] {
  const files = readdirSync(TEXTS).filter((f) => f.endsWith(".txt")).sort();
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const kind = f.replace(/-(?:L\.)?\d+\.txt$/, "");
    groups.set(kind, [...(groups.get(kind) ?? []), f]);
  }
  const picked = new Set<string>();
  for (const group of groups.values()) {
    const step = Math.max(1, Math.floor(group.length / 4));
    for (let i = 0; i < group.length; i += step) picked.add(group[i]!);
  }
  const trees = files.map((f) => ({ f, t: parse(readFileSync(join(TEXTS, f), "utf8")) }));
  const most = (score: (t: ReturnType<typeof parse>) => number) => [...trees].sort((a, b) => score(b.t) - score(a.t)).slice(0, 3).map((x) => x.f);
  for (const f of [...most((t) => t.sections.length), ...most((t) => t.footnotes.length), ...most((t) => [...t.preamble, ...t.operative].filter((p) => p.subparagraphs.length).length)]) picked.add(f);
  return [...picked].sort();
}

/** Texts no corpus file has: a draft with every rare part, and hostile characters everywhere. */
const DRAFT = `---
symbol: A/C.3/81/L.99
date: 2026-10-14
---

Test & "quoted" <title> with a marker[^t]

The General Assembly,

Recalling also its resolution 80/229 of 18 December 2025,[^1]

Bearing in mind the following:
(a) The first consideration;[^2]
(b) The second, with sub-points:
(i) One;
(ii) Two;[^1]

Deeply concerned at <script>alert("x")</script> & the rest,

I
Heading of part one

1. Decides that:
(a) One thing;
(b) Another thing;
and asks for more;

5 bis. Requests the Secretary-General to report;[^3]

II

2. Decides to remain seized of the matter.

[^1]: First note, with 'quotes' & <angle brackets>.
[^2]: Second note.
[^3]: Third note.
[^t]: A note on the title.
`;

const ANNEXED = "The General Assembly,\n\n1. Adopts the text annexed to the present resolution;[^1]\n\n69th plenary meeting\n18 December 2025\n\nAnnex\n\nText of the annex & more,\nit goes on;\n\nSecond annex paragraph.\n\n[^1]: One.\n";
const NO_ORGAN = "Takes note of the report.\n";
const EMPTY = "";
const CONTROL = "The General Assembly,\n\nRecalling \u0001 the \u0007 text\u000b,\n\n1. Decides \uFFFE\uD800 that;\n";

const synthetic: Record<string, string> = { "draft.unres": DRAFT, "annexed.unres": ANNEXED, "no-organ.unres": NO_ORGAN, "empty.unres": EMPTY, "control.unres": CONTROL };

const docs = new Map<string, { xml: string; tree: ReturnType<typeof parse> }>();
let validity = new Map<string, string | null>();

beforeAll(() => {
  for (const f of sample()) {
    const tree = parse(readFileSync(join(TEXTS, f), "utf8"));
    docs.set(f, { xml: exportAkn(tree), tree });
  }
  const samples = join(__dirname, "../../../samples");
  for (const f of readdirSync(samples).filter((n) => n.endsWith(".unres"))) {
    const tree = parse(readFileSync(join(samples, f), "utf8"), { format: "unres" });
    docs.set(`samples/${f}`, { xml: exportAkn(tree), tree });
  }
  for (const [name, text] of Object.entries(synthetic)) {
    const tree = parse(text, { format: "unres" });
    docs.set(name, { xml: exportAkn(tree), tree });
  }
  validity = validateAkn(new Map([...docs].map(([n, d]) => [n, d.xml])));
}, 120_000);

describe("Akoma Ntoso export", () => {
  it("validates against the Akoma Ntoso 3.0 schema (xmllint --schema), corpus sample and edge cases alike", () => {
    expect(docs.size).toBeGreaterThan(30);
    const invalid = [...validity].filter(([, v]) => v !== null);
    expect(invalid).toEqual([]);
  });

  it("has the parse's containers, paragraphs and notes, with the same words, openers, unique eIds and FRBR IRIs", () => {
    const failed = [...docs].map(([name, d]) => [name, checkAkn(d.xml, d.tree).problems] as const).filter(([, p]) => p.length);
    expect(failed).toEqual([]);
  });

  it("writes the same bytes for the same tree", () => {
    for (const d of [...docs.values()].slice(0, 5)) expect(exportAkn(d.tree)).toBe(d.xml);
  });

  it("follows the AKN4UN example of 80/229: identification, named containers, notes at their markers, lists", () => {
    const xml = exportAkn(parse(readFileSync(join(TEXTS, "A-RES-80-229.txt"), "utf8")));
    expect(xml).toContain(`<statement name="resolution" contains="originalVersion">`);
    expect(xml).toContain(`<FRBRthis value="/akn/un/statement/deliberation/un-ga/2025-12-18/80-229/!main"/>`);
    expect(xml).toContain(`<FRBRdate date="2025-12-18" name="adoption"/>`);
    expect(xml).toContain(`<formula name="enactingFormula"><p><i>The General Assembly</i>,</p></formula>`);
    expect(xml).toContain(`<container eId="preamble__container_1" name="reaffirming"><p><i>Reaffirming</i> its resolutions <ref href="/akn/un/statement/deliberation/un-ga/1991-12-18/46-152/">46/152</ref> of 18 December 1991,`);
    // Each number of a list takes the list's date.
    expect(xml).toContain(`<ref href="/akn/un/statement/deliberation/un-ga/2014-12-18/69-193/">69/193</ref> and <ref href="/akn/un/statement/deliberation/un-ga/2014-12-18/69-196/">69/196</ref> of 18 December 2014`);
    expect(xml).toMatch(/name="reaffirmingAlso"><p><i>Reaffirming also<\/i>[^<]*Protocols thereto,<sup class="footnote"><authorialNote eId="ftn_1" marker="1" placement="bottom"><p>United Nations, Treaty Series/);
    expect(xml).toMatch(/<paragraph eId="para_1"><num>1\.<\/num><content><p><i>Takes note with appreciation<\/i> of the report/);
    expect(xml).toMatch(/<conclusions>\n<container eId="conclusions__container_1" name="conclusion"><p><event refersTo="#meeting">\d+th plenary meeting<\/event> <docDate date="2025-12-18">18 December 2025<\/docDate><\/p><\/container>/);
  });

  it("models a draft: resolutionDraft, the symbol as number, sub-paragraphs, sections, a bis, notes reused and on the title", () => {
    const xml = docs.get("draft.unres")!.xml;
    expect(xml).toContain(`<statement name="resolutionDraft" contains="originalVersion">`);
    expect(xml).toContain(`<FRBRuri value="/akn/un/statement/deliberation/un-ga/2026-10-14/A-C3-81-L99"/>`);
    expect(xml).toMatch(/<docTitle>Test &amp; &quot;quoted&quot; &lt;title&gt; with a marker.*<authorialNote eId="ftn_t" marker="t" placement="bottom"><p>A note on the title.<\/p>.*<\/preface>/s);
    expect(xml).toContain(`<p class="date"><docDate date="2026-10-14">2026-10-14</docDate></p>`);
    expect(xml).not.toContain("Resolution adopted");
    expect(xml).toMatch(/<container eId="preamble__container_2" name="bearingInMind"><blockList eId="preamble__container_2__list_1"><listIntroduction><i>Bearing in mind<\/i> the following:<\/listIntroduction><item eId="preamble__container_2__list_1__item_a"><num>\(a\)<\/num>/);
    expect(xml).toContain(`<item eId="preamble__container_2__list_1__item_b__list_1__item_ii"><num>(ii)</num><p>Two;<sup class="footnote"><noteRef href="#ftn_1" marker="1" placement="bottom"/></sup></p></item>`);
    expect(xml).toContain(`<section eId="sec_I"><num>I</num><heading>Heading of part one</heading>`);
    expect(xml).toMatch(/<paragraph eId="para_1"><num>1\.<\/num><list eId="para_1__list_1"><intro><p><i>Decides<\/i> that:<\/p><\/intro><point eId="para_1__list_1__point_a"><num>\(a\)<\/num><content><p>One thing;<\/p><\/content><\/point>.*<\/list><\/paragraph>/);
    expect(xml).toContain(`<paragraph eId="para_5bis"><num>5 bis.</num>`);
    expect(xml).toContain(`&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the rest`);
  });

  it("attaches an annex as its own doc, its lines joined into paragraphs", () => {
    const xml = docs.get("annexed.unres")!.xml;
    expect(xml).toMatch(/<attachments>\n<attachment eId="att_1"><doc name="annex">\n<meta>.*<FRBRthis value="[^"]*\/!annex_1"\/>.*<preface><p><docTitle>Annex<\/docTitle><\/p><\/preface>\n<mainBody>\n<p>Text of the annex &amp; more, it goes on;<\/p>\n<p>Second annex paragraph\.<\/p>\n<\/mainBody>/s);
  });

  it("never writes a character XML forbids", () => {
    const xml = docs.get("control.unres")!.xml;
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

describe("AKN names", () => {
  it("names a container after its opener in lower camel case", () => {
    expect(containerName("Recalling also")).toBe("recallingAlso");
    expect(containerName("Bearing in mind")).toBe("bearingInMind");
    expect(containerName("Deeply concerned")).toBe("deeplyConcerned");
    expect(containerName(null)).toBe("preambularParagraph");
  });

  it("builds the FRBR work from the adoption date and number, or for a draft from its issue date and symbol", () => {
    const adopted = frbrIdentity(parse(readFileSync(join(TEXTS, "A-RES-78-229.txt"), "utf8")));
    expect(adopted.work).toBe("/akn/un/statement/deliberation/un-ga/2023-12-19/78-229");
    expect(adopted.expression).toBe(`${adopted.work}/eng@`);
    expect(adopted.manifestation).toBe(`${adopted.work}/eng@/!main.xml`);
    const draft = frbrIdentity(parse(readFileSync(join(TEXTS, "A-C.3-80-L.3.txt"), "utf8")));
    expect(draft.docName).toBe("resolutionDraft");
    expect(draft.work).toMatch(/^\/akn\/un\/statement\/deliberation\/un-ga\/2025-\d\d-\d\d\/A-C3-80-L3$/);
    expect(frbrIdentity(parse("The General Assembly,\n\n1. Decides;\n", { format: "unres" })).dateName).toBe("undated");
  });
});
