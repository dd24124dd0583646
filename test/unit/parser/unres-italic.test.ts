// `.unres` carries the italic extent of an opener where the words alone would be read otherwise:
// `*Reaffirms its commitment* to …`. The marked words are the opener; the asterisks are in no text.
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

const doc = (body: string) => parse(`The General Assembly,\n\n${body}\n`, { format: "unres" });

describe(".unres italic extent", () => {
  it("the marked run is the opener, longer or shorter than the lists' reading", () => {
    const t = doc("*Reaffirming its commitment* to reading,\n\n*Recalling* also its resolution 1/1,\n\n1. *Takes note of* the report;\n\n2. [*Requests* a report;]");
    expect(t.preamble.map((p) => p.opener?.text)).toEqual(["Reaffirming its commitment", "Recalling"]);
    expect(t.operative.map((p) => p.opener?.text)).toEqual(["Takes note of", "Requests"]);
    expect(t.preamble[0]!.body.text).toBe("Reaffirming its commitment to reading,");
    expect(t.operative[1]!.body.text).toBe("[Requests a report;]");
  });

  it("a comma may follow the marked words", () => {
    const t = doc("1. Decides;\n\n2. *Also renews its decision*, pursuant to the schedule, to convene;");
    expect(t.operative[1]!.opener?.text).toBe("Also renews its decision");
    expect(t.operative[1]!.body.text).toBe("Also renews its decision, pursuant to the schedule, to convene;");
  });

  it("the opener's span covers the marked words in the source", () => {
    const t = doc("1. *Takes note of* the report;");
    const o = t.operative[0]!.opener!;
    expect(t.source.slice(o.span.start, o.span.end)).toBe("Takes note of");
    expect(o.head).toBe("Takes");
  });

  it("without asterisks the lists decide, as before", () => {
    const t = doc("Reaffirming its commitment to reading,\n\n1. Takes note of the report;");
    expect(t.preamble[0]!.opener?.text).toBe("Reaffirming its commitment");
    expect(t.operative[0]!.opener?.text).toBe("Takes note");
  });
});
