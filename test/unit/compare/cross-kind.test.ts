// A preambular paragraph that became operative (or the reverse) is one paragraph moved across
// kinds, reported with its kind change, not one removed and another added.
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare/compare";
import { doc, op, pp } from "./helpers";

const recalling = "Recalling its resolution 78/69 of 5 December 2023 on oceans and the law of the sea,";
const capacity = "the importance of strengthening regional cooperation on marine scientific research, the transfer of marine technology and capacity-building for small island developing States";
const ops = [
  op("Calls upon States to become parties to the Convention and the Agreements implementing it;"),
  op("Requests the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the present resolution;"),
  op("Decides to include in the provisional agenda of its eighty-first session the item entitled \"Oceans and the law of the sea\"."),
];

describe("cross-kind moves", () => {
  it("a preambular paragraph become operative is moved, with its old kind", () => {
    const d = compareDocuments(doc("old", [pp(recalling), pp(`Recognizing ${capacity},`), ...ops]), doc("new", [pp(recalling), ops[0]!, op(`Recognizes ${capacity};`), ops[1]!, ops[2]!]));
    const entries = d.paragraphs.filter((p) => p.old?.label === "PP2" || p.new?.label === "OP2");
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect([e.old?.label, e.new?.label, e.status, e.kind, e.oldKind]).toEqual(["PP2", "OP2", "moved", "operative", "preamble"]);
    expect(e.opener).toEqual({ old: "Recognizing", new: "Recognizes" });
    expect(e.technical).toBe(false);
    expect(d.summary.operative.moved).toBe(1);
    expect(d.summary.preamble.removed).toBe(0);
    expect(d.summary.operative.added).toBe(0);
  });

  it("an operative paragraph become preambular is moved the other way", () => {
    const d = compareDocuments(doc("old", [pp(recalling), ops[0]!, op(`Stresses ${capacity};`), ops[1]!]), doc("new", [pp(recalling), pp(`Stressing ${capacity},`), ops[0]!, ops[1]!]));
    const e = d.paragraphs.find((p) => p.new?.label === "PP2")!;
    expect([e.old?.label, e.status, e.kind, e.oldKind]).toEqual(["OP2", "moved", "preamble", "operative"]);
    expect(d.paragraphs.some((p) => p.status === "removed" || p.status === "added")).toBe(false);
  });

  it("a removed preambular and an added operative paragraph on different subjects stay removed and added", () => {
    const d = compareDocuments(
      doc("old", [pp(recalling), pp("Recognizing the importance of the work of the Commission on the Limits of the Continental Shelf,"), ...ops]),
      doc("new", [pp(recalling), ...ops, op("Recognizes the importance of marine biological diversity of areas beyond national jurisdiction;")]),
    );
    expect(d.paragraphs.find((p) => p.old?.label === "PP2")?.status).toBe("removed");
    expect(d.paragraphs.find((p) => p.new?.label === "OP4")?.status).toBe("added");
    expect(d.paragraphs.every((p) => p.oldKind === undefined)).toBe(true);
  });

  it("a paragraph paired within its kind is not taken across", () => {
    const d = compareDocuments(doc("old", [pp(`Recognizing ${capacity},`), ...ops]), doc("new", [pp(`Recognizing ${capacity}, in particular,`), ...ops, op(`Recognizes ${capacity};`)]));
    expect(d.paragraphs.find((p) => p.new?.label === "PP1")?.old?.label).toBe("PP1");
    expect(d.paragraphs.find((p) => p.new?.label === "OP4")?.status).toBe("added");
  });
});

describe("cross-kind moves in reports", () => {
  it("the verdict line names the kind change", async () => {
    const { verdictLine } = await import("../../../server/src/core/compare/render-common");
    const d = compareDocuments(doc("old", [pp(recalling), pp(`Recognizing ${capacity},`), ...ops]), doc("new", [pp(recalling), ops[0]!, op(`Recognizes ${capacity};`), ops[1]!, ops[2]!]));
    const e = d.paragraphs.find((p) => p.oldKind)!;
    expect(verdictLine(e)).toMatch(/^moved \(preambular → operative\), substantive, opener Recognizing → Recognizes/);
  });
});
