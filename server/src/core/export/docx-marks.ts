/**
 * Where tracked paragraph marks may go. Accept-all and reject-all join the paragraph whose mark they
 * remove with the next one; LibreOffice (7.4, measured through UNO) does not join a paragraph that holds a
 * footnote reference: the next paragraph's words go and an empty paragraph stays. So:
 * - a paragraph with a deleted mark holds no footnote reference (accept-all removes the mark);
 * - a paragraph with an inserted mark holds no reference that reject-all keeps (only inserted ones).
 * Word has no such limit, and a file that keeps these rules means the same to both. Measured again on
 * hand-made files, the failure is narrower: it is the paragraph holding the document's first footnote
 * reference whose tracked mark LibreOffice gets wrong (`untrackFirstReferenceMark`); the rules above stay
 * as the general, safe side of it.
 */
import type { Change } from "../compare/types";
import { isNoteChar, PARA } from "./docx-layout";

export const hasNote = (text: string): boolean => [...text].some(isNoteChar);

/** Whether a change list breaks one of the rules above. */
export function breaksMarkRules(changes: readonly Change[]): boolean {
  let any = false; // a reference of any kind in the current paragraph
  let kept = false; // a reference reject-all keeps (equal or deleted)
  for (const c of changes) {
    for (const ch of c.text) {
      if (ch === PARA) {
        if ((c.op === "delete" && any) || (c.op === "insert" && kept)) return true;
        any = kept = false;
      } else if (isNoteChar(ch)) {
        any = true;
        if (c.op !== "insert") kept = true;
      }
    }
  }
  return false;
}

/**
 * Old paragraphs against new ones, one Word paragraph each: pairs in order share a paragraph with an
 * unchanged mark (`combine` says how their words differ); an old paragraph left over is deleted with its
 * mark, a new one inserted with its mark. Left-over old paragraphs are chosen among those without
 * references, and the last two paragraphs are always a pair, so the list ends on an unchanged mark.
 */
export function zipParagraphs(olds: readonly string[], news: readonly string[], combine: (o: string, n: string) => Change[]): Change[] {
  const oldPaired = chooseOld(olds, news.length);
  const newPaired = new Set<number>([...range(Math.min(olds.length, news.length) - 1), news.length - 1]);
  const out: Change[] = [];
  let o = 0;
  let n = 0;
  while (o < olds.length || n < news.length) {
    if (o < olds.length && !oldPaired.has(o)) {
      out.push({ op: "delete", text: olds[o++]! + PARA });
    } else if (n < news.length && !newPaired.has(n)) {
      out.push({ op: "insert", text: news[n++]! + PARA });
    } else {
      out.push(...combine(olds[o++]!, news[n++]!));
      if (o < olds.length || n < news.length) out.push({ op: "equal", text: PARA });
    }
  }
  return out.filter((c) => c.text !== "");
}

/** Which old paragraphs get a partner: the last, then those with references, then the latest others. */
function chooseOld(olds: readonly string[], slots: number): Set<number> {
  const d = olds.length;
  if (slots >= d) return new Set(range(d));
  const chosen = new Set<number>([d - 1]);
  for (let k = 0; k < d - 1 && chosen.size < slots; k++) if (hasNote(olds[k]!)) chosen.add(k);
  for (let k = d - 2; k >= 0 && chosen.size < slots; k--) chosen.add(k);
  return chosen;
}

const range = (n: number): number[] => Array.from({ length: Math.max(0, n) }, (_, i) => i);

/** Two paragraphs that have nothing in common: the old one struck out, the new one inserted. */
export const replaceWhole = (o: string, n: string): Change[] => [
  { op: "delete", text: o },
  { op: "insert", text: n },
];

/**
 * Old paragraphs removed between X (the paragraph before, on both sides) and the next shared paragraph:
 * one of the marks (X's or one of theirs) stays, the others are deleted. The one that stays is the
 * last paragraph with a reference, so none of those with references loses its mark if there is one.
 * Returns the changes from X's mark to the mark before the next paragraph, both included.
 */
export function removedBetween(xHasNote: boolean, olds: readonly string[]): Change[] {
  let keep = xHasNote ? 0 : olds.length;
  for (let k = olds.length - 1; k >= 0; k--) {
    if (hasNote(olds[k]!)) {
      keep = k + 1;
      break;
    }
  }
  const out: Change[] = [];
  olds.forEach((p, k) => {
    out.push({ op: k === keep ? "equal" : "delete", text: PARA });
    out.push({ op: "delete", text: p });
  });
  out.push({ op: olds.length === keep ? "equal" : "delete", text: PARA });
  return out.filter((c) => c.text !== "");
}

/**
 * New paragraphs added after X. Reject-all removes them and one mark: X's, when X holds no reference that
 * reject-all keeps (`X ¶N1 ¶N2 ¶ Y`, X's mark and the new ones inserted); else each new paragraph's own
 * (`X ¶ N1¶ N2¶ Y`), which LibreOffice gets right only when the new paragraphs hold no references.
 */
export function addedBetween(xKeepsNote: boolean, news: readonly string[]): Change[] {
  if (!xKeepsNote) return [{ op: "insert", text: news.map((p) => PARA + p).join("") }, { op: "equal", text: PARA }];
  const out: Change[] = [{ op: "equal", text: PARA }];
  for (const p of news) out.push({ op: "insert", text: p + PARA });
  return out;
}

/**
 * LibreOffice also takes an insertion that ends a paragraph and one that starts the next for one
 * insertion, unchanged mark included, so reject-all joins the two paragraphs. Where that would happen:
 * inserted whole paragraphs take the mark before them instead (`X ¶ N¶` becomes `X ¶N ¶`, same texts
 * on both sides), unless X holds a reference reject-all keeps; otherwise the next paragraph's first word
 * is struck and written again after the insertion, so the paragraph opens on a deletion.
 */
export function separateInsertions(changes: readonly Change[]): Change[] {
  const segs = splitMarks(changes);
  const out: Change[] = [];
  let paragraphKept = false; // the current paragraph holds an equal or deleted reference
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k]!;
    const prev = out[out.length - 1];
    const next = segs[k + 1];
    if (s.op === "equal" && s.text === PARA && prev?.op === "insert" && prev.text !== PARA && next?.op === "insert" && next.text !== PARA) {
      // Whole inserted paragraphs after the mark: ins(text ¶)… up to an ins ¶ followed by a non-insert.
      let end = k + 1;
      while (end < segs.length && segs[end]!.op === "insert") end++;
      const run = segs.slice(k + 1, end);
      if (run[run.length - 1]!.text === PARA && !paragraphKept) {
        out.push({ op: "insert", text: PARA }, ...run.slice(0, -1), { op: "equal", text: PARA });
        k = end - 1;
        paragraphKept = false;
        continue;
      }
      out.push(s);
      paragraphKept = false;
      const after = segs[end];
      if (after?.op === "delete") {
        // An insertion then a deletion: the same texts with the deletion first.
        out.push(after, ...run);
        k = end;
      } else if (after?.op === "equal" && after.text !== PARA) {
        const word = /^\S*\s?/.exec(after.text)![0] || after.text.slice(0, 1);
        out.push({ op: "delete", text: word }, ...run, { op: "insert", text: word });
        segs[end] = { op: "equal", text: after.text.slice(word.length) };
        k = end - 1;
      } else {
        out.push(...run);
        k = end - 1;
      }
      continue;
    }
    out.push(s);
    if (s.text === PARA) paragraphKept = false;
    else if (s.op !== "insert" && hasNote(s.text)) paragraphKept = true;
  }
  return out.filter((c) => c.text !== "");
}

/**
 * LibreOffice also leaves an empty paragraph when it accepts or rejects the tracked mark of the paragraph
 * that holds the document's first footnote reference (after any other reference the same paragraph joins
 * right; measured on hand-made files). Where that mark is tracked, it trades places with the nearest
 * unchanged mark it can: the next one, when everything up to it is tracked the same way (`P ¶del R ¶`
 * becomes `P ¶ R ¶del`), else the one before the paragraph, when everything from there is (`X ¶ P ¶ins`
 * becomes `X ¶ins P ¶`). Both sides keep the same texts; a trade that would put an unchanged mark between
 * two insertions (see `separateInsertions`) is not made.
 */
export function untrackFirstReferenceMark(changes: readonly Change[]): Change[] {
  const segs = splitMarks(changes);
  const first = segs.findIndex((c) => c.text !== PARA && hasNote(c.text));
  const mark = first < 0 ? -1 : segs.findIndex((c, k) => k > first && c.text === PARA);
  if (mark < 0 || segs[mark]!.op === "equal") return [...changes];
  const op = segs[mark]!.op;
  const isText = (k: number, o: Change["op"]) => segs[k]?.op === o && segs[k]!.text !== PARA;
  const untracked = (k: number) => segs[k]?.op === "equal" && segs[k]!.text === PARA;
  const between = (k: number) => isText(k - 1, "insert") && isText(k + 1, "insert");
  let next = mark + 1;
  while (next < segs.length && segs[next]!.op === op) next++;
  let before = mark - 1;
  while (before >= 0 && segs[before]!.op === op) before--;
  const other = untracked(next) && !between(mark) ? next : untracked(before) && !between(mark) ? before : -1;
  if (other < 0) return [...changes];
  segs[other] = { op, text: PARA };
  segs[mark] = { op: "equal", text: PARA };
  return segs;
}

/** The changes with every PARA a change of its own. */
function splitMarks(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    let from = 0;
    for (let at = c.text.indexOf(PARA); at >= 0; at = c.text.indexOf(PARA, from)) {
      if (at > from) out.push({ op: c.op, text: c.text.slice(from, at) });
      out.push({ op: c.op, text: PARA });
      from = at + 1;
    }
    if (from < c.text.length) out.push({ op: c.op, text: c.text.slice(from) });
  }
  return out;
}
