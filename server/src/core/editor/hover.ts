/**
 * Hover contents (Markdown): footnote text on a marker, the paragraph behind "paragraph 12
 * above", the title and date of a cited resolution (or its undocs.org link), and for an opener
 * how the official texts use it. Every paragraph hover starts with its negotiation label.
 */
import type { Opener, Paragraph, Resolution, Span } from "../syntax/tree";
import { symbolUrl } from "./doc-symbols";
import { labelAt, paragraphLabel } from "./labels";
import { targetAt } from "./navigation";
import { formOf, indexesOf, shapeOf, STRENGTH_SCALE, strengthOf, type OpenerData, type Part } from "./openers";
import { clip } from "./outline";
import { ordinalWords } from "../text/ordinals";

/** The resolutions the opener lists were counted over (sessions 78–80; conventions §2.1). */
export const CORPUS_RESOLUTIONS = 902;

/** What the workspace knows about another document (found by the LSP layer). */
export interface KnownDocument {
  readonly symbol: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly uri: string;
}

export interface HoverContext {
  readonly openers: OpenerData;
  readonly linkBase?: string;
  /** Looks a document symbol up in the workspace; undefined when no file of it is there. */
  readonly lookup?: (symbol: string) => KnownDocument | undefined;
}

export interface HoverResult {
  readonly markdown: string;
  readonly span: Span;
}

const fmt = (n: number) => n.toLocaleString("en-US");
/** Markdown-escape text taken from the document. */
const md = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, "\\$1");

export function hover(tree: Resolution, offset: number, ctx: HoverContext): HoverResult | null {
  const t = targetAt(tree, offset);
  const where = labelAt(tree, offset)?.label;
  const head = where ? `**${where}** · ` : "";
  if (t) {
    switch (t.kind) {
      case "marker": {
        const f = t.footnote;
        const body = f ? md(f.body.text.trim()) : "_No footnote with this number._";
        return { markdown: `${head}**Footnote ${md(t.marker.number)}**\n\n${body}`, span: t.marker.span };
      }
      case "footnote": {
        const labels = t.footnote.markers.map((m) => labelAt(tree, m.span.start)?.label).filter(Boolean);
        const from = labels.length > 0 ? `Cited in ${labels.join(", ")}.` : "_No marker in the text points here._";
        return { markdown: `**Footnote ${md(t.footnote.number.value)}**\n\n${from}`, span: t.footnote.number.span };
      }
      case "paragraph-ref": {
        const p = t.paragraph;
        const body = p ? `**${paragraphLabel(p)}**: ${md(clip(p.body.text, 400))}` : `_No operative paragraph ${md(t.ref.number)} in this text._`;
        return { markdown: `${head}${body}`, span: t.ref.span };
      }
      case "paragraph-number":
        return { markdown: paragraphSummary(tree, t.paragraph), span: t.paragraph.number!.span };
      case "document": {
        const known = ctx.lookup?.(t.symbol);
        const url = symbolUrl(t.symbol, ctx.linkBase);
        if (known) {
          const lines = [`**${md(known.symbol)}**${known.title ? ` — ${md(known.title)}` : ""}`];
          if (known.date) lines.push(`Adopted ${md(known.date)}`);
          lines.push(`[Open the workspace file](${known.uri}) · [${md(t.symbol)} on the web](${url})`);
          return { markdown: lines.join("\n\n"), span: t.span };
        }
        return { markdown: `[${md(t.symbol)}](${url})\n\n_Not in the workspace._`, span: t.span };
      }
    }
  }
  // GA decisions have no document of their own (conventions §1.1): say where they are.
  const decision = tree.references.find((r) => r.kind === "decision" && offset >= r.span.start && offset < r.span.end);
  if (decision) {
    const session = /^(?:ES-|S-)?(\d+)\//.exec(decision.value)?.[1];
    const where = session ? ` of the ${ordinalWords(Number(session))} session` : "";
    return {
      markdown: `${head}**Decision ${md(decision.value)}**\n\nGeneral Assembly decisions have no document symbol: they are published in the Official Records${where}, Supplement No. 49.`,
      span: decision.span,
    };
  }
  const hit = labelAt(tree, offset);
  if (!hit) return null;
  const p = hit.paragraph;
  if (p.opener && offset >= p.opener.span.start && offset <= p.opener.span.end) {
    return { markdown: `${head}${openerUsage(p.opener, p.kind, ctx.openers)}`, span: p.opener.span };
  }
  for (const s of hit.path) {
    if (offset >= s.label.span.start && offset <= s.label.span.end) return { markdown: `**${hit.label}**`, span: s.label.span };
  }
  return null;
}

function paragraphSummary(tree: Resolution, p: Paragraph): string {
  const total = p.kind === "operative" ? tree.operative.length : tree.preamble.length;
  const where = p.section ? `, section ${md(p.section)}` : "";
  return `**${paragraphLabel(p)}** (${p.index} of ${total}${where})`;
}

/** How the official texts use an opener: frequency, repetition forms, strength. */
export function openerUsage(opener: Pick<Opener, "text">, part: Part, data: OpenerData): string {
  const ix = indexesOf(data)[part];
  const phrase = opener.text.replace(/\s+/g, " ").trim();
  const partName = part === "preamble" ? "preambular" : "operative";
  const out: string[] = [`*${md(phrase)}*`];
  const hit = ix.get(phrase);
  if (hit) {
    out.push(
      `Used ${fmt(hit.entry.count)} times as ${part === "preamble" ? "a" : "an"} ${partName} opener, in ${fmt(hit.entry.resolutions)} of ${fmt(CORPUS_RESOLUTIONS)} ` +
        `official resolutions (sessions 78–80); rank ${hit.rank} of ${ix.list.length}.`,
    );
  } else {
    out.push(`_Not among the ${ix.list.length} ${partName} openers of the official texts._`);
  }
  const { base } = shapeOf(phrase, part);
  const forms = (["base", "also", "further"] as const).map((f) => {
    const text = formOf(base, f, part);
    const n = ix.get(text)?.entry.count ?? 0;
    const shown = text.toLowerCase() === phrase.toLowerCase() ? `**${md(text)}**` : `*${md(text)}*`;
    return `${shown} (${fmt(n)})`;
  });
  out.push(`Repetition: ${forms.join(" → ")}`);
  const rung = part === "operative" ? strengthOf(phrase) : -1;
  if (rung >= 0) out.push(`Strength: ${STRENGTH_SCALE.map((s, i) => (i === rung ? `**${s}**` : s)).join(" < ")}`);
  return out.join("\n\n");
}
