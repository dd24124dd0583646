// The predecessor is the last *adopted* text of the series: an earlier session's draft in the same folder
// (an L-document, even one with a number typed before its title) comes second to any adopted text.
import { describe, expect, it } from "vitest";
import { findPredecessor } from "../../../server/src/core/compare/index";
import type { ComparableDocument } from "../../../server/src/core/compare/types";

const TITLE = "Strengthening the United Nations Crime Prevention and Criminal Justice Programme";
const doc = (symbol: string | null, number: string | null, session: number, title = TITLE): ComparableDocument => ({
  symbol, file: null, number, title, session, predecessor: null, paragraphs: [],
});

describe("findPredecessor prefers adopted texts", () => {
  const current = doc("A/RES/78/229", "78/229", 78);
  it("an earlier session's draft with a number is not chosen over an adopted text of an older session", () => {
    const candidates = [doc("A/RES/57/173", "57/173", 57), doc("A/C.3/58/L.99", "58/999", 58)];
    expect(findPredecessor(current, candidates)).toEqual({ index: 0, reason: "title" });
  });
  it("among adopted texts the newest wins", () => {
    const candidates = [doc("A/RES/57/173", "57/173", 57), doc("A/RES/76/187", "76/187", 76), doc("A/C.3/77/L.5", null, 77)];
    expect(findPredecessor(current, candidates)!.index).toBe(1);
  });
  it("a draft is still the predecessor when no adopted text of the series is there", () => {
    const candidates = [doc("A/C.3/77/L.5", null, 77), doc("A/RES/70/1", "70/1", 70, "Transforming our world")];
    expect(findPredecessor(current, candidates)).toEqual({ index: 0, reason: "title" });
  });
});
