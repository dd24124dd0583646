import { describe, expect, it } from "vitest";
import { detectFormat, formatHint, formatOptions } from "../../../server/src/core/syntax/format";

describe("one decision of a text's format", () => {
  it("the path is a hint: .unres authoring, .txt official, anything else none", () => {
    expect(formatHint("a/b/x.unres")).toBe("unres");
    expect(formatHint("C:\\x\\A-RES-78-11.TXT")).toBe("official");
    expect(formatHint("file:///x/y.md")).toBeUndefined();
    expect(formatHint(undefined)).toBeUndefined();
    expect(formatOptions("x.txt")).toEqual({ format: "official" });
    expect(formatOptions("x.docx")).toEqual({});
  });

  it("the text's own evidence wins over the hint, in every extractor's form", () => {
    // -raw and pdf.js print the distribution beside the organ's name.
    expect(detectFormat("United Nations A/RES/78/11\nGeneral Assembly Distr.: General\n", "unres")).toBe("official");
    expect(detectFormat("United Nations \nA/RES/78/11 \n \nDistr.: General \n", "unres")).toBe("official");
    expect(detectFormat("---\nsymbol: A/80/L.1\n---\nThe General Assembly,\n", "official")).toBe("unres");
    expect(detectFormat("Recalling its resolution,[^1]\n", "official")).toBe("unres");
  });

  it("with no evidence either way the hint decides, and without one the authoring format", () => {
    expect(detectFormat("The General Assembly,\nRecalling its resolution,\n", "official")).toBe("official");
    expect(detectFormat("The General Assembly,\nRecalling its resolution,\n")).toBe("unres");
  });
});
