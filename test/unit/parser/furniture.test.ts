import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { endKeys, endsInSlashNumber, findFurniture, findRunningSymbol, normTitle, normTitleHash, textHash, titleKey, TITLE_KEY, tokenFurniture } from "../../../server/src/core/syntax/furniture";
import { splitLines } from "../../../server/src/core/syntax/lines";
import { parse } from "../../../server/src/core/syntax/parse";

const kinds = (text: string, title = ""): (string | null)[] => [...findFurniture(text, splitLines(text), title).kind];

describe("page furniture tokens", () => {
  it("page numbers, job numbers, barcodes, alone, glued or in columns", () => {
    expect(tokenFurniture("2/59")).toBe("page-number");
    expect(tokenFurniture("23-238172/2")).toBe("page-number"); // pdf.js: job number glued to the page number
    expect(tokenFurniture("23-2491712/57")).toBe("page-number");
    expect(tokenFurniture("3/525-16451")).toBe("page-number"); // and before it
    expect(tokenFurniture("12/1525-16451")).toBe("page-number");
    expect(tokenFurniture("2/2                                   23-23817")).toBe("page-number");
    expect(tokenFurniture("23-23817 (E)    061223")).toBe("job-number");
    expect(tokenFurniture("*2323817*")).toBe("barcode");
    expect(tokenFurniture("2/59\u00a023-23817")).toBe("page-number"); // tokens apart by a no-break space
  });
  it("never a line of text or a number that is not a page of the document", () => {
    expect(tokenFurniture("resolution 5/14 of 2021")).toBeNull();
    // Read where the line stands in the source, as on its text alone.
    const src = "x 2/59\n23-23817 (E)    061223\n*2323817*";
    expect(tokenFurniture(src, 2, 6)).toBe("page-number");
    expect(tokenFurniture(src, 7, 29)).toBe("job-number");
    expect(tokenFurniture(src, 30, src.length)).toBe("barcode");
    expect(tokenFurniture(src, 2, 2)).toBeNull();
    expect(tokenFurniture("3/2")).toBeNull();
    expect(tokenFurniture("1/1")).toBeNull();
    expect(tokenFurniture("061223")).toBeNull();
    expect(tokenFurniture("1.")).toBeNull();
    expect(tokenFurniture("12. Requests the Secretary-General 2/59")).toBeNull();
    // White space the line model does not trim (an ideographic space) leaves a last token that is no furniture.
    expect(tokenFurniture("2/59\u3000")).toBeNull();
    expect(tokenFurniture("2/59\u3000\u3000")).toBeNull();
  });
});

describe("normalised short-title text", () => {
  it("is the lower-cased text with every run of other characters than a-z0-9 one space, trimmed", () => {
    const byExpression = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    for (const s of ["", " ", "  ", "a", " a", "a ", "a  b", "The Syrian Golan", "the syrian golan", "İstanbul", "x\u0130y", "\u212a9 K", "“Quoted” — 2/59", "--a--b--", "a\tb", "\u00c9t\u00e9 2023"]) {
      expect(normTitle(s), s).toBe(byExpression(s));
    }
    const unit = fc.constantFrom(..."aZ09 ,.-’“\u00a0\u0130\u212a\u00e9\u00c9\u3000\t/");
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => normTitle(s) === byExpression(s)), { numRuns: 3000, seed: 11 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => normTitle(s) === byExpression(s)), { numRuns: 3000, seed: 12 });
  });
  it("its hash made without normalising is the hash of the normalised text", () => {
    for (const s of ["", "  ", "The Syrian Golan", "Oceans and the law of the sea", "A/RES/78/11 – Über-Programme, 2023:", "İstanbul", "x\u0130y", "\u212a9 K", "“Quoted” — 2/59", "--a--b--"]) {
      expect(normTitleHash(s)).toBe(textHash(normTitle(s)));
    }
    const unit = fc.constantFrom(..."aZ09 ,.-’“\u00a0\u0130\u212a\u00e9\u00c9\u3000\t/");
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => normTitleHash(s) === textHash(normTitle(s))), { numRuns: 2000, seed: 11 });
  });
  it("with a limit, it is the hash of the normalised text's first characters", () => {
    const unit = fc.constantFrom(..."aZ09 ,.-’“\u00a0\u0130\u212a\u00e9\u00c9\u3000\t/");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.integer({ min: 0, max: 40 }), (s, limit) => normTitleHash(s, limit) === textHash(normTitle(s).slice(0, limit))),
      { numRuns: 3000, seed: 11 },
    );
    fc.assert(fc.property(fc.string({ unit, maxLength: 80 }), (s) => normTitleHash(s, TITLE_KEY) === titleKey(normTitle(s))), { numRuns: 2000, seed: 12 });
    // Hashed where it stands in a longer text, as alone.
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), fc.string({ unit, maxLength: 60 }), fc.string({ unit, maxLength: 20 }), fc.integer({ min: 0, max: 40 }), (a, s, b, limit) =>
        normTitleHash(a + s + b, limit, a.length, a.length + s.length) === normTitleHash(s, limit)),
      { numRuns: 2000, seed: 13 },
    );
  });
});

describe("running headers found from repetition", () => {
  it("-layout: a header line long only by its column gaps is still one", () => {
    const header = `A/RES/78/11${" ".repeat(200)}The Syrian Golan`;
    expect(findRunningSymbol(splitLines([header, "text", header, "more text"].join("\n")))).toBe("A/RES/78/11");
    expect(findRunningSymbol(splitLines([`A/RES/78/11 ${"x".repeat(200)}`, "text", `A/RES/78/11 ${"x".repeat(200)}`].join("\n")))).toBeNull();
  });
  it("the symbol that recurs at line edges, whichever it is (adopted text or draft)", () => {
    for (const sym of ["A/RES/78/11", "A/78/L.11", "A/C.3/80/L.3"]) {
      const text = `United Nations ${sym}\nRecalling A/78/315,\n${sym} The Syrian Golan\ntext\nThe Syrian Golan ${sym}\n`;
      expect(findRunningSymbol(splitLines(text))).toBe(sym);
    }
    expect(findRunningSymbol(splitLines("A/RES/78/11\nRecalling A/78/315 and A/78/316,\n"))).toBeNull();
  });

  it("-raw / pdf.js: symbol and short title on one line, either order; the masthead's symbol is not furniture", () => {
    const text = [
      "United Nations A/RES/78/11", "The General Assembly,", "Recalling its resolution,", "A/RES/78/11 The Syrian Golan",
      "23-238172/3", "Noting the report,", "The Syrian Golan A/RES/78/11", "3/3 23-23817", "Decides to remain seized.",
    ].join("\n");
    expect(kinds(text)).toEqual([null, null, null, "running-header", "page-number", null, "running-header", "page-number", null]);
  });

  it("default form: the short title on its own lines beside the symbol, wrapped, learnt from the document title", () => {
    const text = [
      "A/RES/78/119", "", "78/119.", "", "International cooperation on humanitarian assistance in the field",
      "of natural disasters, from relief to development", "The General Assembly,", "Recalling its resolution,",
      "\fA/RES/78/119", "", "International cooperation on humanitarian assistance in the field",
      "of natural disasters, from relief to development", "", "Noting the report,",
    ].join("\n");
    const k = kinds(text, "International cooperation on humanitarian assistance in the field of natural disasters, from relief to development");
    expect(k.slice(8, 14)).toEqual(["running-header", null, "running-header", "running-header", null, null]);
    expect(k.slice(0, 8).every((x) => x === null)).toBe(true);
  });

  it("a body line under the header that only resembles the title stays text", () => {
    const text = ["A/RES/78/7", "The General Assembly,", "Decides,", "\fA/RES/78/7", "", "Ending the embargo", "", "embargo against Cuba”.", "26th plenary meeting"].join("\n");
    const k = kinds(text, "Ending the embargo against Cuba");
    expect(k[7]).toBeNull();
    expect(k[5]).toBe("running-header");
  });

  it("pages: form feeds where the extractor writes them, otherwise the furniture between pages", () => {
    const ff = findFurniture("a\n\fA/X/1\nb\n\fc", splitLines("a\n\fA/X/1\nb\n\fc"));
    expect([...ff.page]).toEqual([0, 1, 1, 2]);
    const none = findFurniture("A/RES/1/2\nThe General Assembly,\na,\nA/RES/1/2 Title\n12-34567\n2/3\nb,\nTitle A/RES/1/2\n3/3\nc.", splitLines("A/RES/1/2\nThe General Assembly,\na,\nA/RES/1/2 Title\n12-34567\n2/3\nb,\nTitle A/RES/1/2\n3/3\nc."));
    expect([...none.page]).toEqual([0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
  });

  it("a page number counts only when its page total is the document's: `19/25` alone on a line is a resolution cited", () => {
    // -raw puts a resolution number cited in the text on a line of its own (`… 24 March 2011,1` / `19/25` / `of 23 March …`).
    const text = [
      "A/RES/80/1", "The General Assembly,", "Welcoming resolutions 16/18 of 24 March 2011,1", "19/25", "of 23 March 2012,",
      "A/RES/80/1 Title", "2/4", "b,", "Title A/RES/80/1", "3/4", "c,", "A/RES/80/1 Title", "4/4", "d.",
    ].join("\n");
    const k = kinds(text);
    expect(k[3]).toBeNull();
    expect([k[6], k[9], k[12]]).toEqual(["page-number", "page-number", "page-number"]);
  });

  it("the short title beside a page number where that page's header shows no symbol (the last page, -layout, pdf.js)", () => {
    const text = [
      "United Nations A/RES/78/26", "78/26.", "Promotion of multilateralism in the area of disarmament and", "non-proliferation",
      "The General Assembly,", "Recalling its resolution,", "A/RES/78/26 and non-proliferation", "2/3", "Noting the report,",
      "3/3 23-24529", "Promotion of multilateralism in the area of disarmament", "and non-proliferation", "Decides to remain seized.",
    ].join("\n");
    const k = kinds(text, "Promotion of multilateralism in the area of disarmament and non-proliferation");
    expect(k.slice(9, 13)).toEqual(["page-number", "running-header", "running-header", null]);
    expect(k.slice(0, 6).every((x) => x === null)).toBe(true);
  });

  it("a paragraph's last line that happens to read as the whole title, with its comma, stays text", () => {
    const text = [
      "A/C.3/80/L.41", "", "The right to food", "The General Assembly,", "Resolved to act in measures to address the realization of",
      "the right to food,", "4/13", "", "25-17772", "", "\fA/C.3/80/L.41", "", "Recognizing that trade plays a vital role,",
    ].join("\n");
    const k = kinds(text, "The right to food");
    expect(k[5]).toBeNull();
    expect(k[6]).toBe("page-number");
  });

  it("a short-title line ending in a comma when the lines beside the symbol make the whole title", () => {
    const title = "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction";
    const text = [
      "United Nations A/RES/78/45", "78/45.", "Implementation of the Convention on the Prohibition of the Use,",
      "Stockpiling, Production and Transfer of Anti-Personnel Mines and", "on Their Destruction", "The General Assembly,",
      "Noting the Convention on", "the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel", "",
      "\fImplementation of the Convention on the Prohibition of the Use,", "Stockpiling, Production and Transfer of Anti-Personnel Mines and",
      "on Their Destruction", "", "A/RES/78/45", "", "Mines and on Their Destruction,", "Invites all States,",
    ].join("\n");
    const k = kinds(text, title);
    expect(k.slice(9, 14)).toEqual(["running-header", "running-header", "running-header", null, "running-header"]);
    expect(k[15]).toBeNull();
    expect(k[6]).toBeNull();
  });

  it("a page number pdftotext glued to the end of a page's last line, the job number after it (`… towards a risk16/17`)", () => {
    const text = [
      "United Nations A/RES/78/1", "The General Assembly,", "Recalling its resolution,", "A/RES/78/1 Title", "2/3",
      "Noting the approach towards a risk2/3", "", "23-25903", "", "\fA/RES/78/1", "informed approach;", "3/3",
      "Noting paragraphs 2/3 of the report 2/3", "Decides to act.",
    ].join("\n");
    const f = findFurniture(text, splitLines(text));
    expect([...f.pageTails.entries()]).toEqual([[5, text.indexOf("risk2/3") + "risk".length]]);
  });

  it("in the reader, the glued page number is furniture, not paragraph text", () => {
    const text = [
      "United Nations A/RES/78/1", "Distr.: General", "78/1. Title", "The General Assembly,", "Recalling its resolution,",
      "1. Decides to act towards a risk 2/3", "", "23-25903", "", "\fA/RES/78/1", "", "informed approach;", "2. Decides to continue;",
      "\fA/RES/78/1", "3/3", "3. Decides to remain seized.",
    ].join("\n");
    const t = parse(text, { format: "official" });
    expect(t.operative[0]!.body.text).toBe("Decides to act towards a risk informed approach;");
    expect(t.artefacts.some((a) => a.kind === "page-number" && text.slice(a.span.start, a.span.end) === "2/3")).toBe(true);
  });
});

/** The keys endKeys must give: of every run of first words and of last words, joined by spaces. */
function expectedEndKeys(title: string): Set<number> {
  const words = title.split(" ");
  const expected = new Set<number>();
  for (let i = 1; i <= words.length; i++) {
    expected.add(titleKey(words.slice(0, i).join(" ")));
    expected.add(titleKey(words.slice(-i).join(" ")));
  }
  return expected;
}

describe("endKeys", () => {
  it("is the key of every run of first words and of last words, joined by spaces", () => {
    const titles = ["", "a", "the syrian golan", "question of the comoro island of mayotte", "x y z w v u t s r q p o n m l k j i h g f e d c b a"];
    for (const title of titles) expect(endKeys(title), title).toEqual(expectedEndKeys(title));
  });
  it("agrees with joining the words, for any words", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 30 }), (words) => {
        const title = words.join(" ");
        expect(endKeys(title)).toEqual(expectedEndKeys(title));
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("endsInSlashNumber", () => {
  it("is /\\/\\d{1,3}$/ on every ending of up to five characters from a slash, digits, a letter and a space", () => {
    const chars = ["/", "0", "7", "a", " "];
    const endings: string[] = [""];
    for (let len = 1; len <= 5; len++) for (const e of endings.filter((x) => x.length === len - 1)) for (const c of chars) endings.push(e + c);
    for (const e of endings) for (const head of ["", "x", "12"]) expect(endsInSlashNumber(head + e), head + e).toBe(/\/\d{1,3}$/.test(head + e));
  });
});
