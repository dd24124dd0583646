// Inputs that once made the parser fail internally (SYN000). Each stays here as a regression test.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

describe("parser regressions", () => {
  // Found by a random fast-check seed: a sub-paragraph label right after the organ line, with no paragraph to hold it.
  it.each(["The General Assembly,\r\n(a)", "The General Assembly,\n(a)", "The General Assembly,\r\n(a) x"])("reads %j without an internal error", (text) => {
    const tree = parse(text, { format: "official" });
    expect(tree.diagnostics.filter((d) => d.code === "SYN000")).toEqual([]);
    expect(tree.organ?.name.value).toBe("The General Assembly");
  });
});
