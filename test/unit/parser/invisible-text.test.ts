import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

// The official reader looks for invisible format characters only in texts that hold one (official.ts): a byte
// order mark at the start is in no line, one anywhere else is cut like a word joiner.
const lines = (preamble: string, footnote: string): string =>
  ["A/RES/80/1", "Distr.: General", "80/1. Title", "The General Assembly,", preamble, "1. Decides to act.", "______", footnote, ""].join("\n");

describe("invisible format characters, in texts with a byte order mark", () => {
  it("a zero-width space in a paragraph and a footnote is cut after a leading byte order mark", () => {
    const t = parse(`\ufeff${lines("Recalling its resolution 79/1\u200b,1", "1 See A/79/\u200b1.")}`, { format: "official" });
    expect(t.preamble[0]!.body.text).toBe("Recalling its resolution 79/1,");
    expect(t.footnotes[0]!.body.text).toBe("See A/79/1.");
  });
  it("a byte order mark inside the text is cut; the one at the start alone changes nothing but offsets", () => {
    const plain = parse(lines("Recalling its resolution 79/1,", "1 See A/79/1."), { format: "official" });
    const bom = parse(`\ufeff${lines("Recalling its resolution 79/1,", "1 See A/79/1.")}`, { format: "official" });
    expect(bom.preamble[0]!.body.text).toBe(plain.preamble[0]!.body.text);
    expect(bom.preamble[0]!.span.start).toBe(plain.preamble[0]!.span.start + 1);
    const inside = parse(`\ufeff${lines("Recalling its resolution\ufeff 79/1,", "1 See A/79/1.")}`, { format: "official" });
    expect(inside.preamble[0]!.body.text).toBe("Recalling its resolution 79/1,");
  });
});
