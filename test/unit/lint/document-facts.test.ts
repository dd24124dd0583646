// What the engine takes a text to be decides every finding's severity: an adopted text's findings are facts
// "(as adopted)", a draft's are the rules' own.
import { describe, expect, it } from "vitest";
import { EMPTY_CONFIG } from "../../../server/src/core/config/config";
import { documentFacts } from "../../../server/src/core/lint/engine";
import { parse } from "../../../server/src/core/syntax/parse";

const facts = (text: string) => documentFacts(parse(text, { format: "unres" }), EMPTY_CONFIG);
const body = "The General Assembly,\n\nRecalling its resolution 78/229 of 19 December 2023,\n\n1. Decides to remain seized of the matter.\n";

describe("documentFacts", () => {
  it("reads an A/RES symbol or a resolution number as an adopted text", () => {
    expect(facts(`---\nsymbol: A/RES/80/229\n---\n\n${body}`).adopted).toBe(true);
    expect(facts(`80/229. Crime prevention\n\n${body}`).adopted).toBe(true);
  });

  it("reads a draft's L symbol as a draft, even with last year's number left before the title", () => {
    const f = facts(`---\nsymbol: A/C.3/81/L.3\n---\n\n80/229. Crime prevention\n\n${body}`);
    expect(f.adopted).toBe(false);
    expect(f.draft).toBe(true);
  });
});
