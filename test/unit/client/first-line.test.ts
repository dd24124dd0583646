// Official texts saved as .txt are recognised by their first line, and ordinary text is not.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstLineRule, looksLikeResolution } from "../../../client/src/first-line";

const rule = firstLineRule(JSON.parse(readFileSync(join(__dirname, "../../../package.json"), "utf8")))!;
const texts = join(__dirname, "../../fixtures/corpus/texts");

describe("first-line detection of resolutions", () => {
  it("recognises the first line of every corpus text", () => {
    const missed = readdirSync(texts).filter((f) => !looksLikeResolution(readFileSync(join(texts, f), "utf8").split(/\r?\n/)[0]!, rule));
    expect(missed).toEqual([]);
  });
  it.each(["A/RES/80/73", "A/C.3/80/L.3", "A/80/L.22", "A/RES/ES-11/1", "57/173. Strengthening the United Nations Crime Prevention", "\uFEFFA/RES/78/68*"])(
    "recognises %s",
    (line) => expect(looksLikeResolution(line, rule)).toBe(true),
  );
  it.each(["---", "Meeting notes", "1. Buy milk", "2024/25 budget", "See A/RES/80/73 for details", ""])("leaves %j as plain text", (line) =>
    expect(looksLikeResolution(line, rule)).toBe(false),
  );
});
