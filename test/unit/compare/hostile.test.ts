// Inputs built to stall a naive engine: many identical paragraphs, many unrelated ones, one
// enormous reshuffled paragraph. The engine must finish (the test timeout would catch a stall)
// and still rebuild both sides exactly. No timing assertions: the machine is shared.
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare/compare";
import { newSide, oldSide } from "../../../server/src/core/compare/words";
import type { ComparableDocument } from "../../../server/src/core/compare/types";
import { random } from "./synthetic";
import { doc, op, pp } from "./helpers";

function check(a: ComparableDocument, b: ComparableDocument): void {
  const d = compareDocuments(a, b);
  const text = (x: ComparableDocument, kind: string, index: number) => x.paragraphs.find((p) => p.kind === kind && p.index === index)!.text;
  for (const p of d.paragraphs) {
    expect(oldSide(p.changes)).toBe(p.old ? text(a, p.kind, p.old.index) : "");
    expect(newSide(p.changes)).toBe(p.new ? text(b, p.kind, p.new.index) : "");
  }
}

const rnd = random(7);
const word = () => "w" + Math.floor(rnd() * 5000).toString(36);
const sentence = (n: number) => Array.from({ length: n }, word).join(" ");

describe("hostile inputs finish and stay exact", () => {
  it("3000 identical paragraphs against 2999 of them", () => {
    const same = "Decides to remain seized of the matter.";
    check(doc("a", Array.from({ length: 3000 }, () => op(same))), doc("b", Array.from({ length: 2999 }, () => op(same))));
  });
  it("1000 unrelated paragraphs on each side", () => {
    check(doc("a", Array.from({ length: 1000 }, () => pp(sentence(40)))), doc("b", Array.from({ length: 1000 }, () => pp(sentence(40)))));
  });
  it("one paragraph of 40 000 words against its shuffle", () => {
    const words = sentence(40_000).split(" ");
    const shuffled = [...words].sort(() => rnd() - 0.5);
    check(doc("a", [op(words.join(" "))]), doc("b", [op(shuffled.join(" "))]));
  });
});
