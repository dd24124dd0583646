/**
 * Next year's draft from an adopted resolution (conventions §5.2, "technical updates needed every year"):
 * the routine rollover edits, each listed for the drafter to review. Nothing else in the text changes.
 *
 * - front matter: `predecessor:` the source, an L symbol placeholder for the next session, `status: draft`;
 * - no resolution number, adoption lines or closing;
 * - the paragraph recalling the series gets the source resolution and its date;
 * - session ordinals of future sessions (report requests, provisional agendas) move on by one session.
 */
import { ordinalValue, ordinalWords } from "../text/ordinals";
import type { Resolution } from "../syntax/tree";
import { documentOf, predecessorOf, type Block, type UnresDocument } from "./to-unres";

export interface DraftEdit {
  /** `front matter`, `PP2`, `OP14`. */
  readonly where: string;
  readonly what: string;
}

export interface Draft {
  readonly doc: UnresDocument;
  readonly edits: readonly DraftEdit[];
}

export function asDraft(tree: Resolution): Draft | { readonly error: string } {
  const number = tree.title?.number?.value ?? /^A\/RES\/(.+)$/.exec(tree.header.symbol?.value ?? "")?.[1] ?? null;
  const session = tree.header.sessionNumber;
  if (!number || !session) return { error: "a new draft starts from an adopted resolution (with its number and session); this text has none" };
  const date = tree.closing?.date?.value ?? tree.header.adoptionDate?.value.replace(/^on\s+/, "") ?? null;
  const source = documentOf(tree);
  const edits: DraftEdit[] = [];
  const next = session + 1;
  const committee = /\b(First|Second|Third|Fourth|Fifth|Sixth) Committee\b/.exec(tree.header.committee?.value ?? "")?.[1];
  const committees = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"];
  const symbol = committee ? `A/C.${committees.indexOf(committee) + 1}/${next}/L.__` : `A/${next}/L.__`;
  const fm: [string, string][] = [
    ["symbol", symbol],
    ["session", String(next)],
    ["predecessor", `A/RES/${number}`],
    ["status", "draft"],
  ];
  edits.push({ where: "front matter", what: `symbol ${symbol} (a placeholder: the Secretariat gives the L number), session ${next}, predecessor A/RES/${number}, status draft` });
  const old = predecessorOf(tree);
  if (old) edits.push({ where: "front matter", what: `the source's own predecessor (${old}) is dropped: the new draft follows A/RES/${number}` });
  edits.push({ where: "head", what: `resolution number ${number}, adoption lines and closing removed` });
  let recalled = false;
  const blocks = source.blocks.map((b): Block => {
    let text = b.text;
    if (!recalled && b.kind === "preamble" && date) {
      const r = extendRecall(text, old ? old.replace(/^A\/RES\//, "") : null, number, date);
      if (r) {
        recalled = true;
        text = r;
        edits.push({ where: b.label, what: `recalls ${number} of ${date}` });
      }
    }
    if (b.kind === "operative") {
      const moved = moveSessions(text, session);
      for (const m of moved.changes) edits.push({ where: b.label, what: `${m.from} session → ${m.to} session` });
      text = moved.text;
    }
    return { ...b, text };
  });
  if (!recalled) edits.push({ where: "preamble", what: `no paragraph recalls the series with a date: add "Recalling its resolution ${number}${date ? ` of ${date}` : ""}" where it belongs` });
  return { doc: { ...source, frontMatter: fm, number: null, blocks, closing: null }, edits };
}

const CITATION = (n: string) => new RegExp(`(?<![\\w/])${n.replace("/", "\\/")}(?: [A-Z])? of \\d{1,2} [A-Z][a-z]+ \\d{4}`, "g");

/**
 * `its resolution 78/229 of 19 December 2023` → `its resolutions 78/229 of 19 December 2023 and 80/229 of
 * 18 December 2025`; in a list, `…, 76/187 of 16 December 2021 and 78/229 of …` gets `, 78/229 of … and 80/229 …`.
 * Where the source's predecessor is not cited, the last dated citation of the paragraph's "its resolution(s)".
 */
function extendRecall(text: string, predecessor: string | null, number: string, date: string): string | null {
  if (!/^\*?(?:Recall|Reaffirm)/.test(text) || !/\bits resolutions? /.test(text)) return null;
  let hit: RegExpExecArray | null = null;
  if (predecessor) for (const m of text.matchAll(CITATION(predecessor))) hit = m as RegExpExecArray;
  if (!hit) return null;
  const at = hit.index!;
  const end = at + hit[0].length;
  let before = text.slice(0, at);
  if (before.endsWith(" and ")) before = before.slice(0, -5) + ", ";
  else if (before.endsWith("its resolution ")) before = before.slice(0, -1) + "s ";
  return `${before}${hit[0]} and ${number} of ${date}${text.slice(end)}`;
}

/** `at its eighty-first session` (a session after the source's) → `at its eighty-second session`. */
function moveSessions(text: string, session: number): { text: string; changes: { from: string; to: string }[] } {
  const changes: { from: string; to: string }[] = [];
  const move = (words: string): string => {
    const n = ordinalValue(words);
    const moved = n !== null && n > session ? ordinalWords(n + 1) : null;
    if (!moved) return words;
    changes.push({ from: words, to: moved });
    return moved;
  };
  // `at its eighty-first session`, `at its eighty-first and eighty-second sessions`.
  const out = text.replace(/\b(its|the) ([a-z]+(?:-[a-z]+)?)(?: and ([a-z]+(?:-[a-z]+)?))? (sessions?)\b/g, (_all, det: string, a: string, b: string | undefined, noun: string) =>
    `${det} ${move(a)}${b ? ` and ${move(b)}` : ""} ${noun}`);
  return { text: out, changes };
}
