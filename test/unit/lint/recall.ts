/**
 * The lint recall harness over drafts made from adopted texts, in every input form. Shared by
 * mutation-drafts.test.ts (a stratified sample from the fixtures) and `npm run measure:lint` (the whole corpus).
 *
 * A mutation is written by someone who has not read the rules (test/helpers/mutations.ts): one drafting error in
 * one paragraph, with that paragraph's span in the new text. The expectation is rule-agnostic: in a draft, a
 * finding at warning or above overlapping the span; in an adopted text, a finding at any severity. A finding that
 * the unmutated text already has (same rule and message at the same place, before or after the edit) does not count.
 */
import { parse } from "../../../server/src/core/syntax/parse";
import { lintTree } from "../../../server/src/core/lint/index";
import type { LintDiagnostic } from "../../../server/src/core/lint/types";
import type { Resolution, Span } from "../../../server/src/core/syntax/tree";
import { makeDraft } from "../../helpers/make-draft";
import { random as seeded } from "../compare/synthetic";
import { render, toModel } from "./to-unres";

export interface Mutation {
  readonly kind: string;
  readonly description: string;
  apply(text: string, tree: Resolution, rng: () => number): { text: string; span: Span } | null;
}

/** pdftotext default and PyMuPDF are extracted texts as users hold them; `unres` is the draft as a drafter types it. */
export type Form = "pdftotext" | "pymupdf" | "unres";
export type Status = "draft" | "adopted";

export interface Source {
  /** `A-RES-80-229`. */
  readonly stem: string;
  readonly form: Exclude<Form, "unres">;
  /** The adopted text as extracted. */
  readonly text: string;
}

/** A number from a string, to seed one (kind, document, form) case independently of the others. */
export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Case {
  readonly stem: string;
  readonly form: Form;
  readonly status: Status;
  readonly text: string;
  readonly format: "official" | "unres";
}

/**
 * The texts one source gives: its draft and the adopted text, in its own form; from the pdftotext form also both
 * written as `.unres` (the adopted text keeps its A/RES symbol in the front matter, the draft gets the draft's).
 */
export function casesOf(source: Source): Case[] {
  const draft = makeDraft(source.text);
  const base = { stem: source.stem, format: "official" as const };
  const out: Case[] = [
    { ...base, form: source.form, status: "draft", text: draft },
    { ...base, form: source.form, status: "adopted", text: source.text },
  ];
  if (source.form === "pdftotext") {
    const unres = (text: string) => {
      const tree = parse(text);
      const symbol = tree.header.symbol?.value;
      return render({ ...toModel(tree), ...(symbol ? { symbol } : {}) });
    };
    out.push({ stem: source.stem, form: "unres", status: "draft", text: unres(draft), format: "unres" });
    out.push({ stem: source.stem, form: "unres", status: "adopted", text: unres(source.text), format: "unres" });
  }
  return out;
}

export interface Miss {
  readonly stem: string;
  /** The mutated paragraph as the new text has it (start), and what lint found on it. */
  readonly paragraph: string;
  readonly found: string[];
}

export interface Cell {
  readonly form: Form;
  readonly status: Status;
  readonly kind: string;
  tried: number;
  hit: number;
  readonly misses: Miss[];
}

const counts = (d: LintDiagnostic, status: Status) => status === "adopted" || d.severity === "warning" || d.severity === "error";
const overlaps = (d: Span, s: Span) => (d.start < s.end && d.end > s.start) || (d.start >= s.start && d.start <= s.end);

export interface MeasureOptions {
  /** Mutations of one kind per case, each with its own seeded generator. */
  readonly perCase?: number;
  /** Cases per form, status and kind: the sources are taken in order until each cell has this many. */
  readonly limit?: number;
}

/** Run every mutation on the cases of the sources, in order. */
export function measure(sources: readonly Source[], mutations: readonly Mutation[], { perCase = 1, limit = Infinity }: MeasureOptions = {}): Cell[] {
  const cells = new Map<string, Cell>();
  const cell = (form: Form, status: Status, kind: string): Cell => {
    const key = `${form} ${status} ${kind}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { form, status, kind, tried: 0, hit: 0, misses: [] }));
    return c;
  };
  for (const source of sources) {
    for (const c of casesOf(source)) {
      const todo = mutations.filter((m) => cell(c.form, c.status, m.kind).tried < limit);
      if (todo.length === 0) continue;
      const options = c.format === "unres" ? { format: "unres" as const } : {};
      const tree = parse(c.text, options);
      const before = lintTree(tree);
      for (const m of todo) {
        for (let k = 0; k < perCase; k++) {
          const rng = seeded(hash(`${m.kind} ${c.stem} ${c.form} ${c.status} ${k}`));
          const r = m.apply(c.text, tree, rng);
          if (!r) break;
          const shift = r.text.length - c.text.length;
          const known = new Set(before.flatMap((d) => [`${d.code} ${d.message} ${d.span.start}`, `${d.code} ${d.message} ${d.span.start + shift}`]));
          const found = lintTree(parse(r.text, options)).filter((d) => overlaps(d.span, r.span) && !known.has(`${d.code} ${d.message} ${d.span.start}`));
          const x = cell(c.form, c.status, m.kind);
          x.tried++;
          if (found.some((d) => counts(d, c.status))) x.hit++;
          else x.misses.push({ stem: c.stem, paragraph: r.text.slice(r.span.start, Math.min(r.span.end, r.span.start + 160)), found: found.map((d) => `${d.code} ${d.severity}`) });
        }
      }
    }
  }
  return [...cells.values()];
}

const FORMS: readonly Form[] = ["pdftotext", "pymupdf", "unres"];

/** The recall table: one row per kind, a column per form and status (`hit/tried pct`). */
export function table(cells: readonly Cell[]): string {
  const kinds = [...new Set(cells.map((c) => c.kind))];
  const columns = FORMS.flatMap((form) => (["draft", "adopted"] as const).map((status) => ({ form, status })));
  const shown = columns.filter((col) => cells.some((c) => c.form === col.form && c.status === col.status));
  const head = ["kind", ...shown.map((c) => `${c.form} ${c.status}`)];
  const rows = kinds.map((kind) => [
    kind,
    ...shown.map(({ form, status }) => {
      const c = cells.find((x) => x.kind === kind && x.form === form && x.status === status);
      return c && c.tried ? `${c.hit}/${c.tried} ${((100 * c.hit) / c.tried).toFixed(0)}%` : "-";
    }),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((x, i) => x.padEnd(widths[i]!)).join("  ")).join("\n");
}

/**
 * Sources in a stratified order: by session and by size (thirds), shuffled within each stratum by a seeded
 * generator, then taken one stratum after the other, so the first n of them cover short and long texts of
 * every session.
 */
export function stratified<T extends { stem: string; text: string }>(items: readonly T[], seed: number): T[] {
  const sizes = [...items].map((x) => x.text.length).sort((a, b) => a - b);
  const third = (n: number) => (n < sizes[Math.floor(sizes.length / 3)]! ? 0 : n < sizes[Math.floor((2 * sizes.length) / 3)]! ? 1 : 2);
  const strata = new Map<string, T[]>();
  for (const x of items) {
    const key = `${/^A-RES-(\d+)/.exec(x.stem)?.[1] ?? "?"} ${third(x.text.length)}`;
    strata.set(key, [...(strata.get(key) ?? []), x]);
  }
  const rng = seeded(seed);
  const queues = [...strata.keys()].sort().map((k) => {
    const xs = strata.get(k)!.sort((a, b) => a.stem.localeCompare(b.stem));
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  });
  const out: T[] = [];
  for (let i = 0; out.length < items.length; i++) for (const q of queues) if (i < q.length) out.push(q[i]!);
  return out;
}
