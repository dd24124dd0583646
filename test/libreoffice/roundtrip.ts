/**
 * The LibreOffice layer: write redlines and clean exports, have LibreOffice (headless, through UNO) accept
 * or reject every tracked change, and compare what it then shows with each side's text, paragraph for
 * paragraph, footnotes included, whitespace normalised and nothing else.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareDocuments, comparableFromTree } from "../../server/src/core/compare/index";
import { exportDocx, redlineDocx } from "../../server/src/core/export/docx";
import { layoutOf, wordView, type WordView } from "../../server/src/core/export/docx-layout";
import { parse } from "../../server/src/core/syntax/parse";
import type { Resolution } from "../../server/src/core/syntax/tree";

// Bundled for the measure script, __dirname is the bundle's: RESDRAFT_ROOT says where the project is.
export const UNO_READ = join(process.env.RESDRAFT_ROOT ?? join(__dirname, "../.."), "test/libreoffice/uno-read.py");
/** Debian's python3 has the uno module; a pyenv python3 first on PATH does not. */
export const UNO_PYTHON = "/usr/bin/python3";

export interface UnoJob {
  readonly file: string;
  readonly changes: "accept" | "reject" | "none";
  readonly pdf?: string;
  readonly save?: string;
  readonly filter?: string;
}

export interface UnoResult {
  readonly file: string;
  readonly changes?: string;
  readonly error?: string;
  readonly redlines?: number;
  readonly redlinesLeft?: number;
  readonly paragraphs?: string[];
  readonly footnotes?: string[];
  /** Each footnote's own mark (`*`), empty where Word numbers it. */
  readonly labels?: string[];
}

/**
 * The jobs in one LibreOffice of their own (a private profile and pipe; a fresh one after a refusal, a dead
 * pipe or a fixed count of documents, uno-read.py). No time limit: a slow machine gives the same results.
 */
export function runUno(jobs: readonly UnoJob[]): UnoResult[] {
  const r = spawnSync(UNO_PYTHON, [UNO_READ], { input: JSON.stringify(jobs), encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`LibreOffice layer failed (exit ${r.status}): ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as UnoResult[];
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/** null when LibreOffice shows exactly the view; else where they first differ. */
export function mismatch(got: UnoResult, want: WordView): string | null {
  if (got.error) return got.error;
  if ((got.redlinesLeft ?? 0) > 0) return `${got.redlinesLeft} tracked changes left after ${got.changes}`;
  for (const [what, a, b] of [
    ["paragraph", got.paragraphs ?? [], want.paragraphs],
    ["footnote", got.footnotes ?? [], want.footnotes],
  ] as const) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = norm(a[i] ?? "∅");
      const y = norm(b[i] ?? "∅");
      if (x !== y) return `${what} ${i + 1} of ${b.length} (LibreOffice has ${a.length}): got «${x.slice(0, 160)}» want «${y.slice(0, 160)}»`;
    }
  }
  return null;
}

export const viewOf = (tree: Resolution): WordView => wordView(layoutOf(tree));

export interface PairOutcome {
  readonly old: string;
  readonly new: string;
  readonly accept: string | null;
  readonly reject: string | null;
  readonly redlines: number;
}

/** Redline each pair of text files, let LibreOffice accept and reject all, compare with NEW and OLD. */
export function checkPairs(pairs: readonly (readonly [string, string])[], textsDir: string, workDir: string, pdfFor?: number): PairOutcome[] {
  mkdirSync(workDir, { recursive: true });
  const jobs: UnoJob[] = [];
  const views: { old: WordView; new: WordView }[] = [];
  pairs.forEach(([o, n], k) => {
    const oldTree = parse(readFileSync(join(textsDir, o), "utf8"));
    const newTree = parse(readFileSync(join(textsDir, n), "utf8"));
    const diff = compareDocuments(comparableFromTree(oldTree), comparableFromTree(newTree));
    const file = join(workDir, `${k}-${n.replace(/\.(txt|unres)$/, "")}-redline.docx`);
    writeFileSync(file, redlineDocx(oldTree, newTree, diff, { author: "resdraft test", date: "2026-01-01T00:00:00Z" }));
    views.push({ old: viewOf(oldTree), new: viewOf(newTree) });
    jobs.push({ file, changes: "accept" }, { file, changes: "reject" });
  });
  if (pdfFor !== undefined && jobs[pdfFor * 2]) jobs.push({ file: jobs[pdfFor * 2]!.file, changes: "none", pdf: jobs[pdfFor * 2]!.file.replace(/\.docx$/, ".pdf") });
  const results = runUno(jobs);
  return pairs.map(([o, n], k) => ({
    old: o,
    new: n,
    accept: mismatch(results[2 * k]!, views[k]!.new),
    reject: mismatch(results[2 * k + 1]!, views[k]!.old),
    redlines: results[2 * k]!.redlines ?? 0,
  }));
}

/** Clean exports of text files, read back by LibreOffice: each must show its text's view. */
export function checkClean(files: readonly string[], textsDir: string, workDir: string, pdfFor?: number): { file: string; problem: string | null }[] {
  mkdirSync(workDir, { recursive: true });
  const views: WordView[] = [];
  const jobs: UnoJob[] = files.map((f, k) => {
    const tree = parse(readFileSync(join(textsDir, f), "utf8"));
    const file = join(workDir, `${f.replace(/\.(txt|unres)$/, "")}-clean.docx`);
    writeFileSync(file, exportDocx(tree));
    views.push(viewOf(tree));
    return { file, changes: "none", ...(pdfFor === k ? { pdf: file.replace(/\.docx$/, ".pdf") } : {}) };
  });
  return runUno(jobs).map((r, k) => ({ file: files[k]!, problem: r.redlines ? `${r.redlines} tracked changes in a clean export` : mismatch(r, views[k]!) }));
}

/** Year pairs from MANIFEST.tsv: consecutive adopted texts of one series, and each draft with the last adopted text before it. */
export function yearPairs(manifestTsv: string): [string, string][] {
  const rows = manifestTsv.trim().split("\n").slice(1).map((l) => l.split("\t"));
  const fileOf = new Map(rows.map((r) => [r[1]!, r[0]!]));
  const session = (s: string) => Number(/(?:^|\/)(\d+)\//.exec(s.replace(/^A\/RES\//, "A/"))?.[1] ?? 0);
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const r of rows) {
    const members = (r[6] ?? "").split("|").map((s) => s.trim()).filter((s) => fileOf.has(s));
    const adopted = members.filter((s) => s.includes("/RES/")).sort((a, b) => session(a) - session(b));
    const add = (a: string, b: string) => {
      const key = `${a}>${b}`;
      if (!seen.has(key)) pairs.push([fileOf.get(a)!, fileOf.get(b)!]), seen.add(key);
    };
    for (let i = 1; i < adopted.length; i++) add(adopted[i - 1]!, adopted[i]!);
    for (const d of members.filter((s) => !s.includes("/RES/"))) {
      const before = adopted.filter((a) => session(a) < session(d));
      if (before.length) add(before[before.length - 1]!, d);
    }
  }
  return pairs;
}
