/**
 * The one table of what resdraft writes: exporters of a document (`resdraft export --to`, the editor's export
 * commands) and renderers of a comparison (`resdraft diff --format`, `resdraft redline`, the editor's compare
 * commands) or of a lineage (`resdraft diff --lineage --format`). The CLI's option choices, its help, the
 * editor's requests and the format table in docs/cli.md (checked by test/unit/export/formats.test.ts) all come
 * from here, so a format is added in one place: one entry below.
 *
 * Still to register (its module is being written on another branch): the `.unres` normaliser
 * (document → .unres), one entry in `DOCUMENT_EXPORTERS`.
 */
import { renderHtml, renderLineageHtml, renderLineageMarkdown, renderLineageText, renderMarkdown, renderText } from "../compare/index";
import type { DocumentDiff } from "../compare/types";
import type { Resolution } from "../syntax/tree";
import { exportAkn } from "./akn";
import { exportDocx, redlineDocx } from "./docx";

/** What a format is written from. */
export type FormatInput = "document" | "comparison" | "lineage";

export interface FormatInfo {
  /** The name users type: `--to akn`, `--format html`. */
  readonly id: string;
  readonly takes: FormatInput;
  /** One line for help texts and docs/cli.md. */
  readonly label: string;
  /** The file name extension written, with its dot. */
  readonly extension: string;
  /** Bytes rather than text: never written to a terminal. */
  readonly binary: boolean;
}

export interface WriteOptions {
  /** The author of tracked changes (Word redline). */
  readonly author?: string;
  /** ISO 8601 timestamp of tracked changes; the core reads no clock, the caller decides. */
  readonly date?: string;
  /** Colour for a terminal (text report). */
  readonly color?: boolean;
  /** Also list unchanged paragraphs (comparison reports). */
  readonly all?: boolean;
  /** Extra top-level fields of the JSON comparison (the predecessor `diff` found). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface DocumentExporter extends FormatInfo {
  readonly takes: "document";
  write(tree: Resolution, options: WriteOptions): string | Uint8Array;
}

export interface Comparison {
  readonly oldTree: Resolution;
  readonly newTree: Resolution;
  readonly diff: DocumentDiff;
}

export interface ComparisonRenderer extends FormatInfo {
  readonly takes: "comparison";
  render(c: Comparison, options: WriteOptions): string | Uint8Array;
}

/** The lineage of a series (`lineage()`'s result). */
export type Lineage = Parameters<typeof renderLineageText>[0];

export interface LineageRenderer extends FormatInfo {
  readonly takes: "lineage";
  render(l: Lineage, options: WriteOptions): string;
}

export const DOCUMENT_EXPORTERS: readonly DocumentExporter[] = [
  { id: "akn", takes: "document", label: "Akoma Ntoso 3.0 XML in the UN profile (AKN4UN)", extension: ".xml", binary: false, write: (tree) => exportAkn(tree) },
  { id: "docx", takes: "document", label: "Word file in the UN layout (named styles, real footnotes), no tracked changes", extension: ".docx", binary: true, write: (tree) => exportDocx(tree) },
];

export const COMPARISON_RENDERERS: readonly ComparisonRenderer[] = [
  { id: "text", takes: "comparison", label: "a terminal report, coloured on a terminal", extension: ".txt", binary: false, render: (c, o) => renderText(c.diff, { color: o.color ?? false, all: o.all ?? false }) },
  { id: "json", takes: "comparison", label: "one JSON object (its shape is under `resdraft diff`)", extension: ".json", binary: false, render: (c, o) => JSON.stringify({ ...c.diff, ...o.extra }, null, 2) + "\n" },
  { id: "html", takes: "comparison", label: "one self-contained printable page: summary table, side-by-side and inline redline", extension: ".html", binary: false, render: (c, o) => renderHtml(c.diff, { all: o.all ?? false }) },
  { id: "md", takes: "comparison", label: "Markdown: summary table and a redline per changed paragraph", extension: ".md", binary: false, render: (c, o) => renderMarkdown(c.diff, { all: o.all ?? false }) },
  {
    id: "docx", takes: "comparison", label: "Word file of the newer text with tracked changes against the older (`resdraft redline`)", extension: ".docx", binary: true,
    render: (c, o) => redlineDocx(c.oldTree, c.newTree, c.diff, { author: o.author ?? "resdraft", ...(o.date ? { date: o.date } : {}) }),
  },
];

export const LINEAGE_RENDERERS: readonly LineageRenderer[] = [
  { id: "text", takes: "lineage", label: "per paragraph, where it first appeared and each change since", extension: ".txt", binary: false, render: (l) => renderLineageText(l) },
  { id: "json", takes: "lineage", label: "the lineage as one JSON object", extension: ".json", binary: false, render: (l) => JSON.stringify(l, null, 2) + "\n" },
  { id: "html", takes: "lineage", label: "one self-contained page", extension: ".html", binary: false, render: (l) => renderLineageHtml(l) },
  { id: "md", takes: "lineage", label: "Markdown", extension: ".md", binary: false, render: (l) => renderLineageMarkdown(l) },
];

export const documentExporter = (id: string): DocumentExporter | undefined => DOCUMENT_EXPORTERS.find((f) => f.id === id);
export const comparisonRenderer = (id: string): ComparisonRenderer | undefined => COMPARISON_RENDERERS.find((f) => f.id === id);
export const lineageRenderer = (id: string): LineageRenderer | undefined => LINEAGE_RENDERERS.find((f) => f.id === id);

/** The ids a `--format` of `diff` takes: the comparison renderers that write text. */
export const textComparisonFormats = (): string[] => COMPARISON_RENDERERS.filter((f) => !f.binary).map((f) => f.id);

/** The table of formats as docs/cli.md shows it (between its `formats` markers). */
export function formatsMarkdown(): string {
  const rows = [...DOCUMENT_EXPORTERS, ...COMPARISON_RENDERERS, ...LINEAGE_RENDERERS].map((f) => {
    const where = f.takes === "document" ? `\`export --to ${f.id}\`` : f.takes === "lineage" ? `\`diff --lineage --format ${f.id}\`` : f.binary ? "`redline`" : `\`diff --format ${f.id}\``;
    return `| ${f.takes} | \`${f.id}\` | ${where} | \`${f.extension}\` | ${f.label} |`;
  });
  return ["| Takes | Format | Command | File | What it is |", "|---|---|---|---|---|", ...rows].join("\n");
}
