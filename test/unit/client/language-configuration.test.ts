// Completion as you type: VS Code suggests while typing only when the cursor is at the end of a
// "word" by the language's wordPattern. A string pattern is compiled without the `u` flag, where
// `\p{L}` means the letters p, {, L, }: no ordinary word matched and completion never appeared
// unless asked for with Ctrl+Space. The pattern now carries its flags.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const config = JSON.parse(readFileSync(join(__dirname, "../../../syntaxes/language-configuration.json"), "utf8"));

/** As VS Code builds it: a string without flags, or { pattern, flags }; `g` added. */
function compile(wp: string | { pattern: string; flags?: string }): RegExp {
  return typeof wp === "string" ? new RegExp(wp, "g") : new RegExp(wp.pattern, `g${wp.flags ?? ""}`);
}

const words = (text: string) => [...text.matchAll(compile(config.wordPattern))].map((m) => m[0]);

describe("language configuration word pattern", () => {
  it("finds the word being typed, so quick suggestions open", () => {
    expect(words("Recal")).toEqual(["Recal"]);
    expect(words("1. Also req")).toEqual(["1", "Also", "req"]);
  });

  it("keeps symbols, hyphenated words and accented letters whole", () => {
    expect(words("resolution 78/229 of Member-States’ Côte d’Ivoire")).toEqual(["resolution", "78/229", "of", "Member-States", "Côte", "d’Ivoire"]);
  });

  it("would not work as a flagless string (the bug it fixes)", () => {
    const pattern = typeof config.wordPattern === "string" ? config.wordPattern : config.wordPattern.pattern;
    expect([...("Recal".matchAll(new RegExp(pattern, "g")))].map((m) => m[0])).toEqual([]);
  });
});
