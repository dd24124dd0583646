import { describe, expect, it } from "vitest";
import { cutAndNumber, diffParagraphWords, newSide, oldSide, tidy, tokenTable } from "../../../server/src/core/compare/words";
import { tokenize, tokenStarts } from "../../../server/src/core/compare/tokens";

describe("tokenize", () => {
  it("keeps symbols, resolution numbers and hyphenated ordinals whole", () => {
    expect(tokenize("at its seventy-ninth session (A/79/68), resolution 78/229;")).toEqual([
      "at", " ", "its", " ", "seventy-ninth", " ", "session", " ", "(", "A/79/68", ")", ",", " ", "resolution", " ", "78/229", ";",
    ]);
  });
  it("gives the text back when joined, whatever the characters", () => {
    for (const s of ["", "  a\n\tb  ", "E/CN.15/2024/L.3.", "“quoted” – dash", "emoji 😀 e\u0301", "a..b//c"]) {
      expect(tokenize(s).join("")).toBe(s);
    }
  });
});

describe("diffParagraphWords", () => {
  it("is one equal run for identical texts", () => {
    expect(diffParagraphWords("Requests the Secretary-General", "Requests the Secretary-General").changes).toEqual([
      { op: "equal", text: "Requests the Secretary-General" },
    ]);
  });
  it("replaces whole words", () => {
    expect(diffParagraphWords("Encourages all States to act;", "Urges all States to act;").changes).toEqual([
      { op: "delete", text: "Encourages" },
      { op: "insert", text: "Urges" },
      { op: "equal", text: " all States to act;" },
    ]);
  });
  it("reports the session ordinal as one replacement", () => {
    expect(diffParagraphWords("at its seventy-ninth session", "at its eightieth session").changes).toEqual([
      { op: "equal", text: "at its " },
      { op: "delete", text: "seventy-ninth" },
      { op: "insert", text: "eightieth" },
      { op: "equal", text: " session" },
    ]);
  });
  it("becomes one replacement over the edit bound, and still reconstructs both sides", () => {
    const a = Array.from({ length: 300 }, (_, i) => `w${i}`).join(" ");
    const b = Array.from({ length: 300 }, (_, i) => `v${i}`).join(" ");
    const d = diffParagraphWords(a, b, { maxEditLength: 10 });
    expect(d.bounded).toBe(true);
    expect(d.changes.map((c) => c.op)).toEqual(["delete", "insert"]);
    expect(oldSide(d.changes)).toBe(a);
    expect(newSide(d.changes)).toBe(b);
  });
  it("handles empty sides", () => {
    expect(diffParagraphWords("", "new text").changes).toEqual([{ op: "insert", text: "new text" }]);
    expect(diffParagraphWords("old", "").changes).toEqual([{ op: "delete", text: "old" }]);
    expect(diffParagraphWords("", "").changes).toEqual([]);
  });
});

describe("tidy", () => {
  it("joins a deletion and an insertion across a lone space", () => {
    expect(
      tidy([
        { op: "delete", text: "a" },
        { op: "equal", text: " " },
        { op: "insert", text: "b" },
        { op: "equal", text: " end" },
      ]),
    ).toEqual([
      { op: "delete", text: "a " },
      { op: "insert", text: " b" },
      { op: "equal", text: " end" },
    ]);
  });
  it("leaves a space between two deletions alone", () => {
    const cs = [
      { op: "delete" as const, text: "a" },
      { op: "equal" as const, text: " " },
      { op: "delete" as const, text: "b" },
    ];
    expect(tidy(cs)).toEqual(cs);
  });
});

describe("the tokenizer scanner", () => {
  it("cuts exactly as the reference regex, for any text", async () => {
    const fc = (await import("fast-check")).default;
    const { TOKEN } = await import("../../../server/src/core/compare/tokens");
    const alphabet = fc.constantFrom("a", "Z", "9", "_", "-", "'", "’", "/", ".", ":", " ", "\n", "\u00a0", "\u2003", "é", "e\u0301", "“", "😀", "𝐀", "٣", "—", ";", ",");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((xs) => xs.join("")), (s) => {
        expect(tokenize(s)).toEqual(s.match(TOKEN) ?? []);
      }),
      { numRuns: 2000 },
    );
  });

  it("is what the word diff cuts and numbers in one pass: the same tokens, one number per distinct token", async () => {
    const fc = (await import("fast-check")).default;
    const { TOKEN } = await import("../../../server/src/core/compare/tokens");
    const alphabet = fc.constantFrom("a", "Z", "9", "_", "-", "'", "’", "/", ".", ":", " ", "  ", "\n", "\u00a0", "\u2003", "é", "e\u0301", "“", "😀", "𝐀", "٣", "—", ";", ",");
    const table = tokenTable();
    const starts = tokenStarts();
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((xs) => xs.join("")), (s) => {
        const ids = new Int32Array(s.length);
        cutAndNumber(table, s, starts, ids);
        const cut: string[] = [];
        for (let k = 0; k < starts.count; k++) cut.push(s.slice(starts.at[k], starts.at[k + 1]));
        expect(cut).toEqual(s.match(TOKEN) ?? []);
        // Across calls (one table): equal numbers exactly for equal tokens.
        for (let k = 0; k < cut.length; k++) {
          const token = cut[k]!;
          if (token.length > 1 || token.charCodeAt(0) >= 128) expect(table.words[ids[k]!]).toBe(token);
          for (let j = 0; j < k; j++) expect(ids[j] === ids[k]).toBe(cut[j] === token);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("bounded by counts, never by time", () => {
  // Two long paragraphs over a small vocabulary in different orders (no word once on each side to
  // anchor on): far more edits than the bound allows.
  const words = (seed: number) => Array.from({ length: 1500 }, (_, i) => `w${(i * seed) % 40}`);
  const a = words(7).join(" ");
  const b = words(13).join(" ");
  it("hits the edit bound by count and gives the same replacement on every run", () => {
    const first = diffParagraphWords(a, b, { maxEditLength: 50 });
    expect(first.bounded).toBe(true);
    for (let i = 0; i < 3; i++) expect(diffParagraphWords(a, b, { maxEditLength: 50 })).toEqual(first);
    expect(oldSide(first.changes)).toBe(a);
    expect(newSide(first.changes)).toBe(b);
  });
  it("a slow machine gives the same result: the clock bounds nothing", () => {
    const now = Date.now;
    let calls = 0;
    Date.now = () => {
      calls++;
      return now() + calls * 1e9; // every reading a billion milliseconds later
    };
    try {
      const slow = diffParagraphWords(a, b);
      Date.now = now;
      expect(calls).toBeGreaterThanOrEqual(0);
      expect(slow).toEqual(diffParagraphWords(a, b));
    } finally {
      Date.now = now;
    }
  });
});
