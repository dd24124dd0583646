/**
 * A committee draft's masthead: the agenda title, then the sponsors ending in `: draft resolution`, then the draft's
 * title. The sponsors wrap anywhere (inside a country's name, before `draft resolution`), carry asterisk notes, or
 * are absent (`Draft resolution` alone: a Chair's text). Hand-made mastheads in pdftotext's shape.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";

const draft = (agenda: string[], sponsors: string[], title = "Measures on the matter at hand"): string =>
  [
    "A/C.1/80/L.99", "", "United Nations", "", "General Assembly", "", "Distr.: Limited", "15 October 2025",
    "Original: English", "", "Eightieth session", "", "First Committee", "Agenda item 99 (t)", ...agenda, ...sponsors, "",
    title, "The General Assembly,",
    "Recalling its resolution 79/1 of 2 December 2024,",
    "1. Requests the Secretary-General to submit a report at its eighty-first session;",
    "2. Decides to include the item in the provisional agenda of its eighty-first session.",
    "",
  ].join("\n");

const read = (text: string) => {
  const t = parse(text, { format: "official" });
  return { sponsors: t.header.sponsors?.value ?? null, agenda: t.header.agendaTitle?.value ?? null, title: t.title?.text.text ?? null, pp: t.preamble.length, op: t.operative.length };
};

const AGENDA = ["General and complete disarmament: measures to prevent", "terrorists from acquiring weapons of mass destruction"];
const AGENDA_TEXT = AGENDA.join(" ");

describe("a draft's sponsors", () => {
  it("reads one sponsor on the line of `: draft resolution`", () => {
    expect(read(draft(AGENDA, ["Italy: draft resolution"]))).toMatchObject({ sponsors: "Italy", agenda: AGENDA_TEXT, title: "Measures on the matter at hand", pp: 1, op: 2 });
  });

  it("reads sponsors whose `draft resolution` wrapped onto a line of its own", () => {
    const r = read(draft(AGENDA, ["Albania, Australia, Austria, Belgium, Bhutan, Bosnia and Herzegovina,", "Norway, Philippines, Poland and Uruguay:", "draft resolution"]));
    expect(r).toMatchObject({ agenda: AGENDA_TEXT, title: "Measures on the matter at hand", pp: 1, op: 2 });
    expect(r.sponsors).toBe("Albania, Australia, Austria, Belgium, Bhutan, Bosnia and Herzegovina, Norway, Philippines, Poland and Uruguay");
  });

  it("reads sponsors that wrap inside a country's name", () => {
    const cases: [string[], string][] = [
      [["Albania, Saint Lucia, Saint Vincent and the", "Grenadines, Senegal and Spain: draft resolution"], "Albania, Saint Lucia, Saint Vincent and the Grenadines, Senegal and Spain"],
      [["Albania, Austria, Sweden, Thailand, United Kingdom", "of Great Britain and Northern Ireland and Uruguay: draft resolution"], "Albania, Austria, Sweden, Thailand, United Kingdom of Great Britain and Northern Ireland and Uruguay"],
      [["Cuba, Nicaragua, Sri Lanka, Uruguay and Venezuela", "(Bolivarian Republic of): draft resolution"], "Cuba, Nicaragua, Sri Lanka, Uruguay and Venezuela (Bolivarian Republic of)"],
      [["Cuba, Nicaragua, Sri Lanka, Thailand, Uzbekistan, Venezuela (Bolivarian", "Republic of), Viet Nam and Zimbabwe: draft resolution"], "Cuba, Nicaragua, Sri Lanka, Thailand, Uzbekistan, Venezuela (Bolivarian Republic of), Viet Nam and Zimbabwe"],
      [["Austria, France, Germany, Iraq, Italy, Lao People’s Democratic", "Republic, Mexico, Norway and Peru: draft resolution"], "Austria, France, Germany, Iraq, Italy, Lao People’s Democratic Republic, Mexico, Norway and Peru"],
      [["Algeria, Cuba, Kyrgyzstan, Lao People’s Democratic Republic, Nicaragua, Russian", "Federation, Sri Lanka and Zimbabwe: draft resolution"], "Algeria, Cuba, Kyrgyzstan, Lao People’s Democratic Republic, Nicaragua, Russian Federation, Sri Lanka and Zimbabwe"],
      [["Armenia, Austria, Switzerland, Ukraine and United Kingdom of Great Britain and Northern", "Ireland: draft resolution"], "Armenia, Austria, Switzerland, Ukraine and United Kingdom of Great Britain and Northern Ireland"],
    ];
    for (const [lines, want] of cases) {
      const r = read(draft(AGENDA, lines));
      expect(r.sponsors, lines.join(" / ")).toBe(want);
      expect(r.agenda, lines.join(" / ")).toBe(AGENDA_TEXT);
    }
  });

  it("leaves the asterisk notes on the sponsors out of their names", () => {
    expect(read(draft(AGENDA, ["Peru:** draft resolution"]))).toMatchObject({ sponsors: "Peru", agenda: AGENDA_TEXT });
    expect(read(draft(AGENDA, ["Iraq:* , ** draft resolution"]))).toMatchObject({ sponsors: "Iraq", agenda: AGENDA_TEXT });
    // -raw breaks between the notes: `Iraq:*,` / `** draft resolution`.
    expect(read(draft(AGENDA, ["Iraq:*,", "** draft resolution"]))).toMatchObject({ sponsors: "Iraq", agenda: AGENDA_TEXT, title: "Measures on the matter at hand" });
  });

  it("reads a draft without sponsors (`Draft resolution` alone) and keeps that line out of the agenda title", () => {
    const r = read(draft(["The scope and application of the principle of", "universal jurisdiction"], ["Draft resolution"]));
    expect(r).toMatchObject({ sponsors: null, agenda: "The scope and application of the principle of universal jurisdiction", title: "Measures on the matter at hand", pp: 1, op: 2 });
  });

  it("never takes the agenda title's last line for a sponsor", () => {
    const convention = ["General and complete disarmament: implementation of the Convention", "on the Prohibition of the Development, Production, Stockpiling"];
    expect(read(draft(convention, ["Poland: draft resolution"]))).toMatchObject({ sponsors: "Poland", agenda: convention.join(" ") });
    const r = read(draft(["Promotion and protection of human rights: human rights", "questions, including alternative approaches"], ["Cuba and Egypt: draft resolution"]));
    expect(r).toMatchObject({ sponsors: "Cuba and Egypt", agenda: "Promotion and protection of human rights: human rights questions, including alternative approaches" });
  });
});
