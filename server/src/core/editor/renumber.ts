/**
 * Renumbering once the text is final: operative paragraphs (`5 bis` becomes 6 and everything
 * after moves up) together with the internal references to them ("paragraphs 3 and 5 above"),
 * and footnotes in order of first citation with their texts put in that order — each as one set of
 * edits applied at once, so a reference never points at the wrong paragraph in between.
 *
 * One implementation for the editor's commands and the lint fixes (RES004, RES012): where the right
 * text is not certain nothing is edited, and the result says why, for the editor to show.
 */
import type { Footnote, OperativeParagraph, ParagraphNumber, Resolution, Span } from "../syntax/tree";
import { opNumberText } from "./labels";
import { internalRefsOf, markersOf } from "./navigation";

export interface Edit {
  readonly span: Span;
  readonly newText: string;
}

export interface Renumbering {
  /** The edits, to apply at once; empty when nothing changes or when `reason` is set. */
  readonly edits: Edit[];
  /** Why the text cannot be renumbered safely (a sentence for the user), or null. */
  readonly reason: string | null;
}

const done = (edits: Edit[]): Renumbering => ({ edits: edits.sort((a, b) => a.span.start - b.span.start), reason: null });
const refuse = (reason: string): Renumbering => ({ edits: [], reason });

/** 1-based line of a source offset, to point the user at the text a refusal is about. */
function lineOf(source: string, at: number): number {
  let n = 1;
  for (let i = source.indexOf("\n"); i >= 0 && i < at; i = source.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * The number each numbered operative paragraph gets once the text is final: consecutive, except
 * that some Fifth Committee texts restart at 1 in each section, and that scheme is kept.
 *
 * `keepSuffixes` is the draft's numbering (RES004's fix): a `bis`/`ter` paragraph keeps its suffix and takes
 * the new number of the paragraph it follows (`3 bis` after `3`, renumbered 2, becomes `2 bis`), as an `alt`
 * does; where a suffixed paragraph does not follow its paragraph, which number it belongs to is not certain,
 * and the reason is returned instead.
 */
type Numbered = OperativeParagraph & { readonly number: ParagraphNumber };

function finalNumbers(tree: Resolution, keepSuffixes = false): { p: Numbered; n: number }[] | string {
  const out: { p: Numbered; n: number }[] = [];
  let n = 0;
  let prev: OperativeParagraph | null = null;
  let prevNumbered: ParagraphNumber | null = null;
  // An `alt` paragraph is another text for paragraph N, not a paragraph of its own: it takes no number and
  // follows N's (the latest paragraph printed N, else the paragraph before it).
  let byValue = new Map<number, number>();
  for (const p of tree.operative) {
    if (!p.number) continue;
    const before = prevNumbered;
    prevNumbered = p.number;
    if (keepSuffixes && p.number.suffix) {
      const mine = byValue.get(p.number.value);
      if (mine === undefined || before?.value !== p.number.value) {
        return `'${p.number.text}' (line ${lineOf(tree.source, p.number.span.start)}) does not follow paragraph ${p.number.value}, so which paragraph it goes with is unknown: move it after its paragraph first`;
      }
      out.push({ p: p as Numbered, n: mine });
      continue;
    }
    if (isAlt(p.number)) {
      out.push({ p: p as Numbered, n: byValue.get(p.number.value) ?? (n || p.number.value) });
      continue;
    }
    if (prev && p.section !== prev.section && p.number.value === 1 && !p.number.suffix) {
      n = 0;
      byValue = new Map();
    }
    out.push({ p: p as Numbered, n: ++n });
    if (!p.number.suffix) byValue.set(p.number.value, n);
    prev = p;
  }
  return out;
}

const isAlt = (n: ParagraphNumber): boolean => n.suffix === "alt";

/** Whether only N changes in the paragraph's label: an alt paragraph, or a `bis` one in the draft's numbering. */
const keepsLabel = (p: Numbered, keepSuffixes: boolean): boolean => isAlt(p.number) || (keepSuffixes && p.number.suffix !== null);

/** The new printed number: `3`, or for an alt paragraph its label with only N changed (`Alt 3`, `3 alt 2`). */
function newNumberText(p: Numbered, n: number, keepSuffixes: boolean): string {
  if (!keepsLabel(p, keepSuffixes)) return String(n);
  return p.number.text.replace(/^\d+/, String(n));
}

/** Old printed number (`5 bis`) → new number, for the numbers that are unambiguous (empty when refused). */
export function operativeNumberMap(tree: Resolution, keepSuffixes = false): Map<string, string> {
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  const numbers = finalNumbers(tree, keepSuffixes);
  if (typeof numbers === "string") return map;
  for (const { p, n } of numbers) {
    const old = opNumberText(p).toLowerCase();
    if (map.has(old)) ambiguous.add(old);
    map.set(old, newNumberText(p, n, keepSuffixes));
  }
  for (const a of ambiguous) map.delete(a);
  return map;
}

/** The edits that renumber the operative paragraphs and move the references with them, safe or not. */
function operativeEdits(tree: Resolution, numbers: readonly { p: Numbered; n: number }[], keepSuffixes: boolean): Edit[] {
  const edits: Edit[] = [];
  for (const { p, n } of numbers) {
    if (keepsLabel(p, keepSuffixes)) {
      // Only N changes, in the label as the drafter wrote it (`Alt 2.`, `OP2 alt`, `2 bis`).
      const digits = /\d+/.exec(tree.source.slice(p.number.span.start, p.number.span.end));
      if (digits && p.number.value !== n) {
        const start = p.number.span.start + digits.index;
        edits.push({ span: { start, end: start + digits[0].length }, newText: String(n) });
      }
    } else if (opNumberText(p) !== String(n)) edits.push({ span: p.number.span, newText: String(n) });
  }
  const map = operativeNumberMap(tree, keepSuffixes);
  for (const r of internalRefsOf(tree)) {
    const to = map.get(r.number);
    if (to !== undefined && to !== r.number) edits.push({ span: r.span, newText: to });
  }
  return edits;
}

export interface OperativeRenumberingOptions {
  /** The draft's numbering (RES004's fix): `bis`/`ter` paragraphs keep their suffix and follow their paragraph. */
  readonly keepSuffixes?: boolean;
}

/**
 * Operative numbers made consecutive, with the references to them. Refused when an operative paragraph has
 * no number (where it belongs in the order is the drafter's call: `1 bis.` says it), when a reference before
 * any annex names a number printed twice or not at all (what it meant is unknown), or when a reference in an
 * annex would change (it most likely names the annex's own paragraph).
 */
export function operativeRenumbering(tree: Resolution, options: OperativeRenumberingOptions = {}): Renumbering {
  const keep = options.keepSuffixes === true;
  const ops = tree.operative;
  const annex = tree.annexes[0]?.span.start ?? Infinity;
  if (ops.length === 1) return loneParagraph(tree, annex);
  const bare = ops.length > 1 ? ops.findIndex((p) => !p.number) : -1;
  if (bare >= 0) {
    const before = ops.slice(0, bare).reverse().find((p) => p.number);
    const where = before ? `after paragraph ${opNumberText(before)}` : "first";
    const hint = before ? `'${before.number!.value} bis.'` : "'1.'";
    return refuse(`the operative paragraph ${where} has no number (line ${lineOf(tree.source, ops[bare]!.span.start)}): give it one, such as ${hint}, and renumber again`);
  }
  const numbers = finalNumbers(tree, keep);
  if (typeof numbers === "string") return refuse(numbers);
  const edits = operativeEdits(tree, numbers, keep);
  if (edits.length === 0) return done(edits);
  const map = operativeNumberMap(tree, keep);
  const printed = new Set(ops.filter((p) => p.number).map((p) => opNumberText(p).toLowerCase()));
  for (const r of internalRefsOf(tree)) {
    const at = `'paragraph ${r.number}' (line ${lineOf(tree.source, r.span.start)})`;
    if (r.span.start >= annex) {
      const to = map.get(r.number);
      if (to !== undefined && to !== r.number) {
        return refuse(`${at} is in an annex and most likely names the annex's own paragraph ${r.number}: renumber the operative paragraphs by hand`);
      }
      continue;
    }
    if (map.has(r.number)) continue;
    return refuse(
      printed.has(r.number.toLowerCase())
        ? `${at} names a number printed twice (${r.number}), so which paragraph it means is unknown: correct the duplicate first`
        : `${at} names no operative paragraph, so where it should point after renumbering is unknown`,
    );
  }
  return done(edits);
}

/** A lone operative paragraph is not numbered: its number goes, unless a reference names it. */
function loneParagraph(tree: Resolution, annex: number): Renumbering {
  const n = tree.operative[0]!.number;
  if (!n) return done([]);
  const ref = internalRefsOf(tree).find((r) => r.span.start < annex);
  if (ref) {
    const what = ref.number.toLowerCase() === n.text.toLowerCase() ? "names the only operative paragraph, which is not numbered" : "names no operative paragraph";
    return refuse(`'paragraph ${ref.number}' (line ${lineOf(tree.source, ref.span.start)}) ${what}: rewrite the reference first`);
  }
  return done([{ span: { start: n.span.start, end: numberEnd(tree.source, n.span.end) }, newText: "" }]);
}

/** The end of a paragraph number with its period and the space after it (removed with a lone paragraph's number). */
export function numberEnd(source: string, at: number): number {
  let i = at;
  if (source[i] === ".") i++;
  while (source[i] === " " || source[i] === "\t") i++;
  return i;
}

/** The operative renumbering's edits (none when it is refused). */
export function renumberOperative(tree: Resolution): Edit[] {
  return operativeRenumbering(tree).edits;
}

const numeric = (s: string) => /^\d+$/.test(s);

/** A footnote marker written inside a footnote's text (`see also [^1]`). */
const INNER_MARKER = /\[\^(\d+)\]/g;

export interface FootnoteRenumbering extends Renumbering {
  /** Old printed number → new, in order of first citation (every cited number, also when refused). */
  readonly renamed: ReadonlyMap<string, string>;
}

/**
 * Footnotes numbered in order of first citation: markers and footnote numbers together, and the run of footnote
 * texts rewritten in the new order, so footnote 2 is printed second. Refused where the result is not certain:
 * a footnote never cited, cited without a text or with two texts, numbered footnotes in an annex, texts not
 * in one run (other text between them would move), a marker inside the footnote texts that the tree lists or that
 * names a footnote never cited (a `[^1]` in a footnote's text is otherwise renamed with the rest), or a back-reference
 * (`Ibid.`, `Idem`, `Op. cit.`) that would come to refer to another footnote.
 */
export function footnoteRenumbering(tree: Resolution): FootnoteRenumbering {
  const cited = markersOf(tree)
    .map((m) => m.marker)
    .filter((m) => numeric(m.number))
    .sort((a, b) => a.span.start - b.span.start);
  const order: string[] = [];
  for (const m of cited) if (!order.includes(m.number)) order.push(m.number);
  const renamed = new Map(order.map((n, i) => [n, String(i + 1)]));
  const result = (r: Renumbering): FootnoteRenumbering => ({ ...r, renamed });
  if (order.every((n, i) => n === String(i + 1))) return result(done([]));

  const defs = tree.footnotes.filter((f) => numeric(f.number.value));
  const seen = new Set<string>();
  for (const f of defs) {
    const n = f.number.value;
    if (f.inAnnex) return result(refuse(`footnote ${n} belongs to an annex, which may number its footnotes on its own: renumber by hand`));
    if (seen.has(n)) return result(refuse(`footnote ${n} has two texts, so which one a marker means is unknown`));
    seen.add(n);
    if (!renamed.has(n)) return result(refuse(`footnote ${n} is never cited, so its place in the order is unknown`));
  }
  const missing = order.find((n) => !seen.has(n));
  if (missing) return result(refuse(`footnote ${missing} has no text (line ${lineOf(tree.source, cited.find((m) => m.number === missing)!.span.start)})`));

  const newNumber = new Map(defs.map((f) => [f, renamed.get(f.number.value)!]));
  const moved = backReferenceMoved(defs, newNumber);
  if (moved) return result(refuse(moved));

  // The texts in source order must form one run with only blank space between them.
  const placed = [...defs].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < placed.length; i++) {
    if (tree.source.slice(placed[i - 1]!.span.end, placed[i]!.span.start).trim() !== "") {
      return result(refuse(`the footnote texts are not together (other text between footnotes ${placed[i - 1]!.number.value} and ${placed[i]!.number.value}), and putting them in order would move that text`));
    }
  }
  const run = { start: placed[0]!.span.start, end: placed[placed.length - 1]!.span.end };

  const edits: Edit[] = [];
  for (const m of cited) {
    const to = renamed.get(m.number)!;
    if (to === m.number) continue;
    if (m.span.start < run.end && run.start < m.span.end) {
      return result(refuse(`footnote marker ${m.number} sits inside the footnote texts (line ${lineOf(tree.source, m.span.start)}): renumber by hand`));
    }
    const printed = tree.source.slice(m.span.start, m.span.end);
    edits.push({ span: m.span, newText: printed.startsWith("[^") ? `[^${to}]` : to });
  }
  // A `[^1]` inside a footnote's text ("see also [^1]") is not among the tree's markers but points at a
  // footnote all the same: it is renamed with the others, or, when it names no cited footnote, nothing is.
  const src = tree.source;
  for (const f of defs) {
    for (const inner of src.slice(f.number.span.end, f.span.end).matchAll(INNER_MARKER)) {
      if (!renamed.has(inner[1]!)) {
        return result(refuse(`footnote ${f.number.value} refers to footnote ${inner[1]} ('${inner[0]}'), which is not cited in the text, so where it should point after renumbering is unknown`));
      }
    }
  }
  const renameInner = (text: string) => text.replace(INNER_MARKER, (_, n: string) => `[^${renamed.get(n)!}]`);
  const byNew = [...defs].sort((a, b) => Number(newNumber.get(a)) - Number(newNumber.get(b)));
  let text = "";
  byNew.forEach((f, i) => {
    text += src.slice(f.span.start, f.number.span.start) + newNumber.get(f)! + renameInner(src.slice(f.number.span.end, f.span.end));
    // The blank space that separated the i-th and (i+1)-th texts in the source stays where it was.
    if (i + 1 < placed.length) text += src.slice(placed[i]!.span.end, placed[i + 1]!.span.start);
  });
  if (text !== tree.source.slice(run.start, run.end)) edits.push({ span: run, newText: text });
  return result(done(edits));
}

/** The footnote renumbering's edits (none when it is refused). */
export function renumberFootnotes(tree: Resolution): Edit[] {
  return footnoteRenumbering(tree).edits;
}

const IBID = /^\s*(?:Ibid|Idem)\b/i;
const OP_CIT = /\bop\.\s*cit\b/i;

/**
 * `Ibid.`/`Idem` name the footnote just before; `Op. cit.` a work cited in an earlier footnote. After
 * renumbering, an `Ibid.` must have the same footnote before it, and an `Op. cit.` every footnote it had
 * before it still before it. The reason when one would not, else null.
 */
function backReferenceMoved(defs: readonly Footnote[], newNumber: ReadonlyMap<Footnote, string>): string | null {
  const oldOrder = [...defs].sort((a, b) => Number(a.number.value) - Number(b.number.value));
  const newOrder = [...defs].sort((a, b) => Number(newNumber.get(a)) - Number(newNumber.get(b)));
  for (const f of defs) {
    const was = oldOrder.indexOf(f);
    const now = newOrder.indexOf(f);
    const ibid = IBID.exec(f.body.text);
    if (ibid && oldOrder[was - 1] !== newOrder[now - 1]) {
      return `footnote ${f.number.value} ('${ibid[0].trim()}.') would follow another footnote than the one it refers to: renumber by hand`;
    }
    if (OP_CIT.test(f.body.text)) {
      const before = new Set(newOrder.slice(0, now));
      if (oldOrder.slice(0, was).some((g) => !before.has(g))) {
        return `footnote ${f.number.value} ('op. cit.') would come before a footnote it may refer to: renumber by hand`;
      }
    }
  }
  return null;
}

/** Apply edits to a text (for tests and the CLI); edits must not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = "";
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
