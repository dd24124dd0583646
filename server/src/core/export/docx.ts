/**
 * Word files of a resolution: the redline (the new text with tracked changes against the old, as
 * submission rules ask) and the clean export, in one layout (`docx-layout.ts`).
 *
 * The redline pairs the two documents' units (the comparison's paragraph pairing; masthead, title, organ,
 * sections and closing by what they are; annex paragraphs by the comparison's aligner), keeps the pairs
 * that stay in order, and diffs each pair word by word, paragraph marks and footnote references
 * included. A paragraph split in two or two merged are one pair of groups, so the split shows as an
 * inserted paragraph mark. Anything else (added, removed, moved out of order) is deleted where it was
 * and inserted where it is: after accept-all or reject-all no paragraph stands in two places. A pair
 * moved out of order is a Word move: the words both versions share are `w:moveFrom` at the old place
 * and `w:moveTo` at the new, the others plain deletions and insertions inside the move's containers.
 */
import type { Change, DocumentDiff } from "../compare/types";
import { alignParagraphs } from "../compare/align";
import { increasingRun } from "../compare/increasing-run";
import { diffParagraphWords } from "../compare/words";
import type { Resolution } from "../syntax/tree";
import { defaultNoteChar, isNoteChar, layoutOf, NOTE_BASE, PARA, type Layout, type NoteChar, type Unit } from "./docx-layout";
import { emitDocument, type Moves } from "./docx-emit";
import { addedBetween, breaksMarkRules, hasNote, removedBetween, replaceWhole, separateInsertions, untrackFirstReferenceMark, zipParagraphs } from "./docx-marks";
import { packageDocx } from "./docx-package";

export { escapeXml } from "./docx-package";

export interface RedlineOptions {
  /** Shown as the author of every revision (default `resdraft`). */
  readonly author?: string;
  /** ISO 8601 timestamp of the revisions; absent: no date (the caller decides: the core does not read the clock). */
  readonly date?: string;
}

/** The .docx bytes of NEW with every change against OLD tracked. */
export function redlineDocx(oldTree: Resolution, newTree: Resolution, diff: DocumentDiff, options: RedlineOptions = {}): Uint8Array {
  const { oldLayout, newLayout, changes, moves } = redlineChanges(oldTree, newTree, diff);
  const out = emitDocument(oldLayout, newLayout, changes, { author: options.author ?? "resdraft", ...(options.date ? { date: options.date } : {}) }, moves);
  return packageDocx({ ...out, trackRevisions: true });
}

/** The .docx bytes of one text, same layout, no revisions. */
export function exportDocx(tree: Resolution): Uint8Array {
  const layout = layoutOf(tree);
  const text = layout.units.map((u) => u.text).join(PARA);
  const out = emitDocument(layout, layout, text ? [{ op: "equal", text }] : [], null);
  return packageDocx({ ...out, trackRevisions: false });
}

/** Both layouts and the changes over their whole texts (exported for tests). */
export function redlineChanges(oldTree: Resolution, newTree: Resolution, diff: DocumentDiff): { oldLayout: Layout; newLayout: Layout; changes: Change[]; moves: Moves } {
  const chars = noteChars(oldTree, diff);
  const oldLayout = layoutOf(oldTree, chars.old);
  const newLayout = layoutOf(newTree, chars.new);
  const olds = oldLayout.units;
  const news = newLayout.units;
  const changes: Change[] = [];
  let hasOld = false;
  let hasNew = false;
  let separated = false; // the gap before this item already wrote the mark before it
  // Between two items a PARA on each side that has both; its op says which sides have it.
  const item = (onOld: boolean, onNew: boolean, body: readonly Change[]) => {
    const sepOld = onOld && hasOld;
    const sepNew = onNew && hasNew;
    if ((sepOld || sepNew) && !separated) changes.push({ op: sepOld && sepNew ? "equal" : sepOld ? "delete" : "insert", text: PARA });
    separated = false;
    changes.push(...body);
    hasOld ||= onOld;
    hasNew ||= onNew;
  };
  const paras = (units: readonly Unit[]) => units.flatMap((u) => u.text.split(PARA));
  /** Units removed and added between two shared ones (see docx-marks.ts for why the marks go where they go). */
  const gap = (gone: readonly Unit[], added: readonly Unit[]) => {
    if (!gone.length && !added.length) return;
    if (!hasOld || !hasNew) {
      for (const u of gone) item(true, false, [{ op: "delete", text: u.text }]);
      for (const u of added) item(false, true, [{ op: "insert", text: u.text }]);
      return;
    }
    if (gone.length && added.length) return item(true, true, zipParagraphs(paras(gone), paras(added), replaceWhole));
    const x = lastParagraphNotes(changes);
    changes.push(...(gone.length ? removedBetween(x.any, paras(gone)) : addedBetween(x.kept, paras(added))));
    separated = true;
  };
  let i = 0;
  let j = 0;
  const { kept, moved } = orderedGroups(olds, news, diff);
  for (const g of kept) {
    gap(olds.slice(i, g.old[0]), news.slice(j, g.new[0]));
    const oldParas = paras(olds.slice(g.old[0], g.old[1]));
    const newParas = paras(news.slice(g.new[0], g.new[1]));
    // The diff is bounded by edit counts only, so a pair stays cheap and the bytes never depend on the machine.
    const words = (o: string, n: string) => diffParagraphWords(o, n).changes;
    let body = words(oldParas.join(PARA), newParas.join(PARA));
    if (breaksMarkRules(body)) body = zipParagraphs(oldParas, newParas, words);
    item(true, true, body);
    i = g.old[1];
    j = g.new[1];
  }
  for (; i < olds.length; i++) item(true, false, [{ op: "delete", text: olds[i]!.text }]);
  for (; j < news.length; j++) item(false, true, [{ op: "insert", text: news[j]!.text }]);
  return { oldLayout, newLayout, changes: untrackFirstReferenceMark(separateInsertions(changes)), moves: movesOf(olds, news, moved) };
}

/**
 * Which characters of each side's text are moved: of each pair moved out of order, the words both
 * versions share (a word diff of the pair), numbered by move. A move with no shared words is none.
 */
function movesOf(olds: readonly Unit[], news: readonly Unit[], moved: readonly Group[]): Moves {
  const starts = (units: readonly Unit[]) => {
    const at: number[] = [];
    let n = 0;
    for (const u of units) at.push(n), (n += u.text.length + 1);
    return { at, length: Math.max(0, n - 1) };
  };
  const o = starts(olds);
  const n = starts(news);
  const moves: Moves = { old: new Uint32Array(o.length), new: new Uint32Array(n.length) };
  let number = 0;
  for (const g of [...moved].sort((a, b) => a.new[0] - b.new[0])) {
    const oldText = olds.slice(g.old[0], g.old[1]).map((u) => u.text).join(PARA);
    const newText = news.slice(g.new[0], g.new[1]).map((u) => u.text).join(PARA);
    const words = diffParagraphWords(oldText, newText).changes;
    if (!words.some((c) => c.op === "equal" && [...c.text].some((ch) => ch !== PARA && !isNoteChar(ch) && /\S/.test(ch)))) continue;
    number++;
    let x = o.at[g.old[0]]!;
    let y = n.at[g.new[0]]!;
    for (const c of words) {
      if (c.op === "equal") moves.old.fill(number, x, x + c.text.length), moves.new.fill(number, y, y + c.text.length);
      if (c.op !== "insert") x += c.text.length;
      if (c.op !== "delete") y += c.text.length;
    }
  }
  return moves;
}

/** Whether the Word paragraph the changes end in holds footnote references: any, and any reject-all keeps. */
function lastParagraphNotes(changes: readonly Change[]): { any: boolean; kept: boolean } {
  const found = { any: false, kept: false };
  for (let k = changes.length - 1; k >= 0; k--) {
    const c = changes[k]!;
    const cut = c.text.lastIndexOf(PARA);
    if (hasNote(cut < 0 ? c.text : c.text.slice(cut + 1))) {
      found.any = true;
      if (c.op !== "insert") found.kept = true;
    }
    if (cut >= 0) break;
  }
  return found;
}

/** Paired footnotes share a reference character, so a kept reference diffs as equal. */
function noteChars(oldTree: Resolution, diff: DocumentDiff): { old: NoteChar; new: NoteChar } {
  // One character per footnote on each side: a split or merge pairs two footnotes with one, and only the
  // first of them shares its partner's character.
  const partner = new Map<number, number>();
  const taken = new Set<number>();
  for (const d of diff.paragraphs) {
    if (d.kind !== "footnote" || !d.old || !d.new || taken.has(d.old.index - 1) || partner.has(d.new.index - 1)) continue;
    partner.set(d.new.index - 1, d.old.index - 1);
    taken.add(d.old.index - 1);
  }
  const base = oldTree.footnotes.length;
  return {
    old: defaultNoteChar,
    new: (j) => String.fromCharCode(NOTE_BASE + (partner.get(j) ?? base + j)),
  };
}

/** A pair of unit ranges [start, end) that are compared as one stretch of text. */
interface Group {
  readonly old: readonly [number, number];
  readonly new: readonly [number, number];
}

/** The groups that stay in order (compared in place) and those moved out of it. */
function orderedGroups(olds: readonly Unit[], news: readonly Unit[], diff: DocumentDiff): { kept: Group[]; moved: Group[] } {
  const groups = groupsOf(candidateEdges(olds, news, diff), olds.length);
  groups.sort((a, b) => a.old[0] - b.old[0]);
  const run = increasingRun(
    groups.map((g) => g.new[0]),
    groups.map((g) => g.old[1] - g.old[0] + g.new[1] - g.new[0]),
  );
  const inRun = new Set(run);
  return { kept: run.map((k) => groups[k]!), moved: groups.filter((_, k) => !inRun.has(k)) };
}

/** Which old unit may be which new unit: [old index, new index]. */
function candidateEdges(olds: readonly Unit[], news: readonly Unit[], diff: DocumentDiff): [number, number][] {
  const edges: [number, number][] = [];
  const paragraphAt = (units: readonly Unit[]) => {
    const at = new Map<string, number>();
    units.forEach((u, i) => u.paragraph && at.set(`${u.paragraph.kind}:${u.paragraph.index}`, i));
    return at;
  };
  const oldAt = paragraphAt(olds);
  const newAt = paragraphAt(news);
  for (const d of diff.paragraphs) {
    if (d.kind === "footnote" || !d.old || !d.new) continue;
    const o = oldAt.get(`${d.oldKind ?? d.kind}:${d.old.index}`);
    const n = newAt.get(`${d.kind}:${d.new.index}`);
    if (o !== undefined && n !== undefined) edges.push([o, n]);
  }
  // Units that are what they are (the symbol, the title, section II): the k-th of a key with the k-th.
  const byKey = (units: readonly Unit[]) => {
    const m = new Map<string, number[]>();
    units.forEach((u, i) => u.key !== "para" && u.key !== "annex" && m.set(u.key, [...(m.get(u.key) ?? []), i]));
    return m;
  };
  const newKeys = byKey(news);
  for (const [key, os] of byKey(olds)) os.forEach((o, k) => newKeys.get(key)?.[k] !== undefined && edges.push([o, newKeys.get(key)![k]!]));
  const annex = (units: readonly Unit[]) => units.flatMap((u, i) => (u.key === "annex" ? [i] : []));
  const oa = annex(olds);
  const na = annex(news);
  for (const p of alignParagraphs(oa.map((i) => olds[i]!.text), na.map((i) => news[i]!.text))) {
    if (p.old !== null && p.new !== null) edges.push([oa[p.old]!, na[p.new]!]);
  }
  return edges;
}

/**
 * Connected pairs become groups (a split: one old unit, two new). A group must be a contiguous stretch on
 * both sides; one that is not keeps only its first pair, the rest become insertions and deletions.
 */
function groupsOf(edges: readonly [number, number][], oldCount: number): Group[] {
  const parent = new Map<number, number>(); // old units as k, new units as oldCount + k
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [o, n] of edges) {
    const a = find(o);
    const b = find(oldCount + n);
    if (a !== b) parent.set(a, b);
  }
  const members = new Map<number, { old: Set<number>; new: Set<number>; first: [number, number] }>();
  for (const [o, n] of edges) {
    const r = find(o);
    const m = members.get(r) ?? { old: new Set(), new: new Set(), first: [o, n] };
    m.old.add(o);
    m.new.add(n);
    members.set(r, m);
  }
  const out: Group[] = [];
  for (const m of members.values()) {
    const range = (s: Set<number>): [number, number] | null => {
      const xs = [...s].sort((x, y) => x - y);
      return xs[xs.length - 1]! - xs[0]! === xs.length - 1 ? [xs[0]!, xs[xs.length - 1]! + 1] : null;
    };
    const o = range(m.old);
    const n = range(m.new);
    out.push(o && n ? { old: o, new: n } : { old: [m.first[0], m.first[0] + 1], new: [m.first[1], m.first[1] + 1] });
  }
  return out;
}
