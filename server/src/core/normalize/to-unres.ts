/**
 * A parsed resolution written out as clean `.unres`: front matter from the masthead, the title, one block per
 * paragraph, sub-paragraphs as their own blocks, sections, `[^n]` markers with their definitions, the closing
 * and the annexes. Lossless in words: the `.unres` parses to the same structure and paragraph texts.
 *
 * The opener is written `*Like this*` only where reading the written words alone would give another opener
 * (the source, a PDF's italics, said where the italic run ends).
 */
import { paragraphOpener } from "../syntax/opener";
import type { MappedText, Paragraph, Resolution, Subparagraph } from "../syntax/tree";

export interface UnresDocument {
  /** Front matter entries in order (`symbol`, `session`, …). */
  readonly frontMatter: readonly (readonly [string, string])[];
  readonly title: string | null;
  readonly number: string | null;
  readonly blocks: readonly Block[];
  readonly footnotes: readonly { readonly label: string; readonly text: string }[];
  readonly closing: readonly string[] | null;
  readonly annex: readonly string[];
}

/** One paragraph or section heading, in document order. */
export interface Block {
  readonly kind: "preamble" | "operative" | "section";
  /** `PP3`, `OP12`, `I` (for listing edits). */
  readonly label: string;
  /** `12`, `5 bis` for operative paragraphs. */
  readonly number: string | null;
  /** The paragraph's text with `[^n]` markers, sub-paragraphs as further lines (blank-line separated). */
  readonly text: string;
}

/** The document read back from a tree. */
export function documentOf(tree: Resolution): UnresDocument {
  const fm: [string, string][] = [];
  const h = tree.header;
  if (h.symbol) fm.push(["symbol", h.symbol.value]);
  if (h.sessionNumber) fm.push(["session", String(h.sessionNumber)]);
  const pred = predecessorOf(tree);
  if (pred) fm.push(["predecessor", pred]);
  if (h.agendaItem) fm.push(["agenda-item", h.agendaItem.value]);
  if (h.committee) fm.push(["committee", h.committee.value.replace(/\s+/g, " ")]);
  if (h.sponsors) fm.push(["sponsors", h.sponsors.value.replace(/\s+/g, " ")]);
  if (h.adoptionDate) fm.push(["adopted", h.adoptionDate.value.replace(/^on\s+/, "")]);

  const items: { at: number; block: Block }[] = [];
  for (const p of [...tree.preamble, ...tree.operative]) items.push({ at: p.span.start, block: paragraphBlock(p) });
  for (const s of tree.sections) {
    const heading = s.heading?.value.replace(/\s+/g, " ");
    items.push({ at: s.label.span.start, block: { kind: "section", label: s.label.value, number: null, text: heading ? `${s.label.value}\n${heading}` : s.label.value } });
  }
  items.sort((a, b) => a.at - b.at);
  return {
    frontMatter: fm,
    number: tree.title?.number?.value ?? null,
    title: tree.title ? oneLine(tree.title.text.text) : null,
    blocks: items.map((i) => i.block),
    footnotes: tree.footnotes.map((f) => ({ label: f.number.value, text: oneLine(f.body.text) })),
    closing: tree.closing ? [tree.closing.meeting?.value, tree.closing.date?.value].filter((x): x is string => !!x) : null,
    annex: annexLines(tree),
  };
}

export function writeUnres(doc: UnresDocument): string {
  const out: string[] = [];
  if (doc.frontMatter.length) out.push(["---", ...doc.frontMatter.map(([k, v]) => `${k}: ${v}`), "---"].join("\n"));
  if (doc.title !== null) out.push(doc.number ? `${doc.number}. ${doc.title}` : doc.title);
  out.push("The General Assembly,");
  for (const b of doc.blocks) out.push(b.kind === "operative" && b.number ? `${b.number}. ${b.text}` : b.text);
  if (doc.closing?.length) out.push(doc.closing.join("\n"));
  for (const f of doc.footnotes) out.push(`[^${f.label}]: ${f.text}`);
  if (doc.annex.length) out.push(doc.annex.join("\n\n"));
  return out.join("\n\n") + "\n";
}

export function toUnres(tree: Resolution): string {
  return writeUnres(documentOf(tree));
}

function paragraphBlock(p: Paragraph): Block {
  const number = p.kind === "operative" ? (p.number?.text ?? null) : null;
  const label = p.kind === "operative" ? `OP${p.number?.text.replace(/ /g, "") ?? p.index}` : `PP${p.index}`;
  // Sub-paragraphs start a line of their own; markers go back where they were, as [^n].
  const inserts: { at: number; text: string }[] = [];
  for (const m of p.markers) inserts.push({ at: textOffsetAfter(p.body, m.span.start), text: `[^${m.number}]` });
  const subs = flatten(p.subparagraphs);
  for (const s of subs) inserts.push({ at: textOffsetBefore(p.body, s.label.span.start), text: "\n\n" });
  let text = p.body.text;
  const opener = p.opener;
  // Mark the opener only where the written words alone would be read otherwise.
  if (opener) {
    const plain = paragraphOpener(text, p.kind);
    if (!plain || plain.text !== opener.text) {
      const at = textOffsetBefore(p.body, opener.span.start);
      inserts.push({ at, text: "*" }, { at: at + opener.text.length, text: "*" });
    }
  }
  inserts.sort((a, b) => b.at - a.at || (a.text === "*" ? 1 : -1));
  for (const i of inserts) text = text.slice(0, i.at) + i.text + text.slice(i.at);
  text = text.replace(/ +\n\n/g, "\n\n").replace(/\n\n +/g, "\n\n").replace(/ +(\[\^)/g, "$1");
  return { kind: p.kind, label, number, text: text.replace(/[ \t]*\n(?!\n)/g, " ") };
}

function flatten(items: readonly Subparagraph[]): Subparagraph[] {
  return items.flatMap((s) => [s, ...flatten(s.children)]);
}

/** Text offset of a source offset where text follows (a removed marker maps to the end of the piece before). */
function textOffsetAfter(m: MappedText, src: number): number {
  let at = 0;
  for (const q of m.pieces) {
    if (q.start >= src) break;
    at = q.at + (Math.min(q.end, src) - q.start);
  }
  return at;
}

/** Text offset of the piece that starts at or after a source offset. */
function textOffsetBefore(m: MappedText, src: number): number {
  for (const q of m.pieces) {
    if (src >= q.start && src < q.end) return q.at + (src - q.start);
    if (q.start >= src) return q.at;
  }
  return m.text.length;
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, " ").trim();

/**
 * The predecessor a text recalls: in the first recalling paragraph that cites "its resolution(s)" of the last
 * three sessions, the latest of them (80/229 reaffirms "… 77/237 of 15 December 2022 and 78/229 of 19 December
 * 2023", a biennial series). Later paragraphs recall other series (79/243, the Convention against Cybercrime).
 */
export function predecessorOf(tree: Resolution): string | null {
  const session = tree.header.sessionNumber;
  if (!session) return null;
  let best = null as { session: number; number: string } | null;
  for (const p of tree.preamble) {
    if (!/^(?:Recall|Reaffirm|Bearing in mind|Taking note|Noting)/.test(p.opener?.text ?? "")) continue;
    const lists = p.body.text.matchAll(/\bits resolutions? ((?:(?:ES-)?\d{1,3}\/\d{1,4}[^;.]*?)+)(?=[;.]|$)/g);
    for (const list of lists) {
      for (const m of list[1]!.matchAll(/(?<![\w/])(\d{1,3})\/(\d{1,4})(?![\w/])/g)) {
        const s = Number(m[1]);
        if (s < session && s >= session - 3 && (!best || s > best.session)) best = { session: s, number: `${m[1]}/${m[2]}` };
      }
    }
    if (best) break;
  }
  return best ? `A/RES/${best.number}` : null;
}

/** Annex text as printed: the lines after the annex heading, furniture and footnotes left out. */
function annexLines(tree: Resolution): string[] {
  const annex = tree.annexes[0];
  if (!annex) return [];
  const skip = [...tree.artefacts.map((a) => a.span), ...tree.footnotes.flatMap((f) => [f.span, f.number.span])];
  const lines: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length) lines.push(block.join(" "));
    block = [];
  };
  let at = annex.heading.span.start;
  for (const raw of tree.source.slice(at).split(/\r?\n/)) {
    const start = at;
    at += raw.length + 1;
    const text = raw.replace(/\f/g, "").trim();
    if (!text) {
      flush();
      continue;
    }
    if (skip.some((s) => s.start < start + raw.length && s.end > start)) continue;
    block.push(text);
  }
  flush();
  return lines;
}
