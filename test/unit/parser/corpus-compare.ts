/**
 * Comparing the parser's tree with the corpus manifest (structure derived independently from the
 * PDFs' typesetting). Used by corpus.test.ts; reviewed manifest errors come from
 * test/fixtures/parser/manifest-exceptions.json, each with its evidence quoted from the text.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../../server/src/core/syntax/parse";
import type { Resolution } from "../../../server/src/core/syntax/tree";

export const CORPUS = join(__dirname, "../../fixtures/corpus");
const EXCEPTIONS = join(__dirname, "../../fixtures/parser/manifest-exceptions.json");

export interface ManifestDoc {
  symbol: string;
  preamble: { opener: string; section?: string }[];
  operative: { number: string | null; opener: string; section?: string }[];
  sections: string[];
  footnote_count: number;
  asterisk_footnotes?: number;
  /** Lettered items on their own line in the operative part (`(i)`-level items are not counted). */
  subparagraph_count: number;
  preamble_subparagraph_count?: number;
  annex: boolean;
  closing: { meeting: string; date: string } | null;
}

export interface Exception {
  doc: string;
  /** A path into the manifest entry, e.g. `operative.3.opener`, `footnote_count`. */
  path: string;
  manifest: unknown;
  correct: unknown;
  evidence: string;
}

export function loadManifest(): Record<string, ManifestDoc> {
  return JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
}

export function loadExceptions(): Exception[] {
  return JSON.parse(readFileSync(EXCEPTIONS, "utf8")).exceptions;
}

/** Apply reviewed corrections; returns problems when an exception no longer matches the manifest. */
export function applyExceptions(manifest: Record<string, ManifestDoc>, exceptions: Exception[]): string[] {
  const stale: string[] = [];
  for (const e of exceptions) {
    const doc = manifest[e.doc] as unknown as Record<string, unknown>;
    if (!doc) {
      stale.push(`${e.doc}: no such document`);
      continue;
    }
    const keys = e.path.split(".");
    let obj: any = doc;
    for (const k of keys.slice(0, -1)) obj = obj?.[k];
    const last = keys[keys.length - 1]!;
    if (JSON.stringify(obj?.[last]) !== JSON.stringify(e.manifest)) {
      stale.push(`${e.doc} ${e.path}: manifest has ${JSON.stringify(obj?.[last])}, exception expects ${JSON.stringify(e.manifest)}`);
      continue;
    }
    if (e.correct === "__delete__" && Array.isArray(obj)) obj.splice(Number(last), 1);
    else obj[last] = e.correct;
  }
  return stale;
}

export interface DocDiff {
  /** Counts, numbers, footnotes, sections, closing. */
  structure: string[];
  /** Opener phrases of paragraphs whose position matches. */
  openers: string[];
  /** Opener mismatches that are more than where the italic run ends (neither phrase extends the other). */
  wrongOpeners: string[];
}

/**
 * Whether two openers differ only in where the italic run ends (`Takes note` / `Takes note of`,
 * `Reaffirms` / `Reaffirms its commitment`): one is the other plus whole words.
 */
export function sameUpToExtent(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.startsWith(b + " ") || b.startsWith(a + " ");
}

/** `tree`: the caller's own parse of `source` (with a format hint or cues); by default `parse(source)`. */
export function compareDoc(stem: string, source: string, want: ManifestDoc, tree: Resolution = parse(source)): DocDiff {
  const structure: string[] = [];
  const openers: string[] = [];
  const wrongOpeners: string[] = [];
  const pre = tree.preamble;
  const op = tree.operative;
  if (pre.length !== want.preamble.length) structure.push(`preamble count ${pre.length} ≠ ${want.preamble.length}`);
  for (let i = 0; i < Math.min(pre.length, want.preamble.length); i++) {
    const got = pre[i]!.opener?.text ?? "";
    const exp = want.preamble[i]!.opener;
    if ((pre[i]!.section ?? undefined) !== want.preamble[i]!.section) structure.push(`PP${i + 1} section ${pre[i]!.section} ≠ ${want.preamble[i]!.section ?? null}`);
    if (got !== exp) openers.push(`PP${i + 1} opener “${got}” ≠ “${exp}” (${pre[i]!.body.text.slice(0, 50)})`);
    if (!sameUpToExtent(got, exp)) wrongOpeners.push(`PP${i + 1} opener “${got}” ≠ “${exp}” (${pre[i]!.body.text.slice(0, 50)})`);
  }
  if (op.length !== want.operative.length) structure.push(`operative count ${op.length} ≠ ${want.operative.length}`);
  for (let i = 0; i < Math.min(op.length, want.operative.length); i++) {
    const w = want.operative[i]!;
    const g = op[i]!;
    if ((g.number?.text ?? null) !== w.number) structure.push(`OP${i + 1} number ${g.number?.text ?? null} ≠ ${w.number}`);
    if ((g.section ?? undefined) !== w.section) structure.push(`OP${i + 1} section ${g.section} ≠ ${w.section ?? null}`);
    if ((g.opener?.text ?? "") !== w.opener) openers.push(`OP${i + 1} opener “${g.opener?.text ?? ""}” ≠ “${w.opener}” (${g.body.text.slice(0, 50)})`);
    if (!sameUpToExtent(g.opener?.text ?? "", w.opener)) wrongOpeners.push(`OP${i + 1} opener “${g.opener?.text ?? ""}” ≠ “${w.opener}” (${g.body.text.slice(0, 50)})`);
  }
  const numeric = tree.footnotes.filter((f) => /^\d+$/.test(f.number.value)).length;
  if (numeric !== want.footnote_count) structure.push(`footnotes ${numeric} ≠ ${want.footnote_count}`);
  const asterisks = tree.footnotes.length - numeric;
  if (want.asterisk_footnotes !== undefined && asterisks !== want.asterisk_footnotes) structure.push(`asterisk footnotes ${asterisks} ≠ ${want.asterisk_footnotes}`);
  const subs = op.reduce((n, p) => n + p.subparagraphs.length, 0);
  if (subs !== want.subparagraph_count) structure.push(`operative sub-paragraphs ${subs} ≠ ${want.subparagraph_count}`);
  const preSubs = pre.reduce((n, p) => n + p.subparagraphs.length, 0);
  if (preSubs !== (want.preamble_subparagraph_count ?? 0)) structure.push(`preambular sub-paragraphs ${preSubs} ≠ ${want.preamble_subparagraph_count ?? 0}`);
  if ((tree.annexes.length > 0) !== want.annex) structure.push(`annex ${tree.annexes.length > 0} ≠ ${want.annex}`);
  const secs = tree.sections.map((s) => s.label.value);
  if (JSON.stringify(secs) !== JSON.stringify(want.sections)) structure.push(`sections ${JSON.stringify(secs)} ≠ ${JSON.stringify(want.sections)}`);
  const closing = tree.closing ? { meeting: tree.closing.meeting?.value ?? null, date: tree.closing.date?.value ?? null } : null;
  if (JSON.stringify(closing) !== JSON.stringify(want.closing)) structure.push(`closing ${JSON.stringify(closing)} ≠ ${JSON.stringify(want.closing)}`);
  return {
    structure: structure.map((d) => `${stem}: ${d}`),
    openers: openers.map((d) => `${stem}: ${d}`),
    wrongOpeners: wrongOpeners.map((d) => `${stem}: ${d}`),
  };
}

export function corpusFiles(): string[] {
  return readdirSync(join(CORPUS, "texts")).filter((f) => f.endsWith(".txt")).sort();
}
