/**
 * Word repair's harder decisions: splits of two pieces that are both English words, where only the document's own
 * usage tells a split (`with out prejudice`, `calls up on`, `partners hip`) from a phrase (`give in to`, `follow up
 * on the`, `any one State`); Roman numerals; Member States' names newer than the lexicon; and the agenda title of a
 * draft's masthead, whose line-end hyphen pdftotext took out (`highlevel`).
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { repairCuts, vocabulary } from "../../../server/src/core/syntax/word-repair";

/** The line `text` repaired in a document whose other words are `words`. */
const cutText = (text: string, words: string): string => {
  const src = words + "\n" + text;
  const v = vocabulary(src, [{ start: 0, end: words.length }, { start: words.length + 1, end: src.length }]);
  let out = "";
  let at = words.length + 1;
  for (const c of repairCuts(src, { start: words.length + 1, end: src.length, cuts: [] }, v)) {
    out += src.slice(at, c.start);
    at = c.end;
  }
  return out + src.slice(at);
};

describe("a closed-class pair joins only on strong evidence of the document", () => {
  it("a preposition and the piece that make a closed-class word the document writes whole at least twice", () => {
    expect(cutText("are meeting, with out prejudice to the", "without delay and without conditions")).toBe("are meeting, without prejudice to the");
    expect(cutText("progress has been achieved to wards the implementation", "towards peace, towards the goal, towards")).toBe(
      "progress has been achieved towards the implementation",
    );
  });
  it("a preposition and a word the document inflects, written at least twice in all (`under take`)", () => {
    expect(cutText("the competence to under take such a review", "undertaken, undertaking")).toBe("the competence to undertake such a review");
    // Both pieces words of the document too, the join as it stands nowhere.
    expect(cutText("the competence to under take such a review", "undertaken, undertaking, under the Charter, take note")).toBe(
      "the competence to undertake such a review",
    );
    expect(cutText("the competence to under take such a review", "undertaken")).toBe("the competence to under take such a review");
    // `today` has no inflections: the document gives no evidence against `from day to day`.
    expect(cutText("from day to day and", "today, today")).toBe("from day to day and");
  });
  it("… not where the document writes it whole once only, or writes the pair apart elsewhere too", () => {
    expect(cutText("are meeting, with out prejudice to the", "without delay")).toBe("are meeting, with out prejudice to the");
    expect(cutText("are meeting, with out prejudice to the", "without delay, without fail, we are with out")).toBe("are meeting, with out prejudice to the");
  });
  it("`with out` stays apart where the document never writes `without`", () => {
    expect(cutText("to go on with out of date plans", "out of date, with care")).toBe("to go on with out of date plans");
  });
  it("a pair the document writes whole beside the same word elsewhere (`calls upon`)", () => {
    expect(cutText("on international trade, and calls up on Parties to reconsider", "Calls upon States, calls upon all")).toBe(
      "on international trade, and calls upon Parties to reconsider",
    );
    expect(cutText("shall act up on request of a State", "payable upon request")).toBe("shall act upon request of a State");
  });
  it("a verb's particle before a preposition is a phrase (`give in to`, `follow up on the`) however often the join stands", () => {
    expect(cutText("not to give in to pressure", "into account, into force, into the")).toBe("not to give in to pressure");
    expect(cutText("to follow up on the report", "upon the request, upon arrival, upon all")).toBe("to follow up on the report");
    expect(cutText("and to move on to the next item", "onto the shelf, onto them")).toBe("and to move on to the next item");
  });
  it("a closed-class word's neighbour that is itself closed-class (`the`) is no evidence", () => {
    expect(cutText("to follow up on the report", "upon the request, upon the")).toBe("to follow up on the report");
  });
  it("an article, a determiner or an auxiliary before a word is a phrase (`any one State`, `be cause for concern`)", () => {
    expect(cutText("by any one State", "anyone, anyone else")).toBe("by any one State");
    expect(cutText("may be cause for concern", "because, because of")).toBe("may be cause for concern");
    expect(cutText("nationals a broad range", "abroad abroad")).toBe("nationals a broad range");
    expect(cutText("a panel of ten experts", "often, often")).toBe("a panel of ten experts");
  });
});

describe("two open-class words, one of them standing nowhere else in the document", () => {
  it("join into a common English word (`partners hip`, `environment ally`, `sustain able`)", () => {
    expect(cutText("in the spirit of global partners hip and solidarity", "partners and partners")).toBe("in the spirit of global partnership and solidarity");
    expect(cutText("an innovative, coordinated, environment ally sound manner", "the environment, environment")).toBe(
      "an innovative, coordinated, environmentally sound manner",
    );
    expect(cutText("for the Territory’s sustain able future", "sustainable development, able to act, able")).toBe("for the Territory’s sustainable future");
  });
  it("join where the document writes the join as often as the pair and neither piece alone (`sustain able`)", () => {
    expect(cutText("for the Territory’s sustain able future", "the sustainable development")).toBe("for the Territory’s sustainable future");
    // … not where it writes the pair apart more often than whole.
    expect(cutText("for the Territory’s sustain able future", "the sustainable development, sustain able")).toBe("for the Territory’s sustain able future");
  });
  it("stay apart where both stand elsewhere, or the pair does, or the join is a rare word", () => {
    expect(cutText("a global partners hip and", "partners hip hip")).toBe("a global partners hip and");
    expect(cutText("the partners hip and", "partners hip and the partners hip")).toBe("the partners hip and");
    expect(cutText("the sea bed and", "sea sea")).toBe("the sea bed and");
    // A piece of the very commonest words standing once is a word (`healthcare` is a common word, `care` the commonest).
    expect(cutText("primary health care services", "health and health")).toBe("primary health care services");
  });
});

describe("Roman numerals", () => {
  it("join where the document writes the numeral whole (`Habitat II I`)", () => {
    // Both pieces stand elsewhere (`Habitat II`, `annex I`): only the numeral written whole tells.
    expect(cutText("Development (Habitat II I), and", "Habitat III, Habitat III and Habitat II, annex I")).toBe("Development (Habitat III), and");
  });
  it("stay apart where the document does not write the numeral whole", () => {
    expect(cutText("annexes II I and", "annex II and annex I")).toBe("annexes II I and");
  });
});

describe("Member States' names newer than the lexicon", () => {
  it("join where a piece or both are no words (`Türki ye`, `Tür kiye`, `Eswa tini`)", () => {
    expect(cutText("Italy, Norway and Türki ye have made", "")).toBe("Italy, Norway and Türkiye have made");
    expect(cutText("Italy, Norway and Tür kiye have made", "")).toBe("Italy, Norway and Türkiye have made");
    expect(cutText("Eswa tini and Lesotho", "")).toBe("Eswatini and Lesotho");
  });
});

describe("the agenda title of a draft's masthead", () => {
  const draft = (agenda: string[]): string =>
    [
      "A/C.1/80/L.99", "", "United Nations", "", "General Assembly", "", "Distr.: Limited", "15 October 2025", "Original: English", "",
      "Eightieth session", "", "First Committee", "Agenda item 99 (cc)", ...agenda, "Indonesia:* draft resolution", "",
      "Follow-up to the 2013 high-level meeting of the General Assembly", "on nuclear disarmament", "The General Assembly,",
      "Welcoming the convening of the high-level meeting of the General Assembly on nuclear disarmament,",
      "1. Calls for urgent compliance with legal obligations;", "2. Decides to include the item in its provisional agenda.", "",
    ].join("\n");
  const agenda = (lines: string[]): string | null => parse(draft(lines), { format: "official" }).header.agendaTitle?.value ?? null;
  const WANT = "General and complete disarmament: follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament";

  it("gets back the line-end hyphen pdftotext took out where the document writes the word with it", () => {
    expect(agenda(["General and complete disarmament: follow-up to the 2013 highlevel meeting of the General Assembly on nuclear disarmament"])).toBe(WANT);
  });
  it("reads as the forms that kept the line break read it", () => {
    expect(agenda(["General and complete disarmament: follow-up to the 2013 high-", "level meeting of the General Assembly on nuclear disarmament"])).toBe(WANT);
  });
  it("keeps a word the document never writes with a hyphen", () => {
    const text = draft(["General and complete disarmament: a decisionmaking meeting"]);
    expect(parse(text, { format: "official" }).header.agendaTitle?.value).toBe("General and complete disarmament: a decisionmaking meeting");
  });
  it("the agenda title's span still covers its lines in the source", () => {
    const text = draft(["General and complete disarmament: follow-up to the 2013 highlevel meeting of the General Assembly on nuclear disarmament"]);
    const t = parse(text, { format: "official" });
    expect(t.source.slice(t.header.agendaTitle!.span.start, t.header.agendaTitle!.span.end)).toBe(
      "General and complete disarmament: follow-up to the 2013 highlevel meeting of the General Assembly on nuclear disarmament",
    );
  });
});
