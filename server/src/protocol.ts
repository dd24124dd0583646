/**
 * resdraft's own protocol: every custom request and every command id, declared once, with its
 * params and result types. The server (`lsp/features/`), the extension (`client/src/`) and the
 * comparison view's script import it from here; nothing else spells these strings.
 *
 * Invariants:
 * - This module imports types only (from the pure core), so it costs nothing at run time and can
 *   be bundled into the extension and the webview without pulling in the server.
 * - `package.json` contributes exactly the ids in `CLIENT_COMMANDS` (test/unit/protocol-ids.test.ts).
 * - Positions are LSP positions (0-based line, UTF-16 character), as everywhere on the wire.
 *
 * To add a request: a `Requests` entry, its params/result interfaces beside it, and one handler in
 * `server/src/lsp/features/`. To add an editor command: a `ClientCommands` entry and a `commands`
 * entry in `package.json` (with its menus if users should find it outside the palette).
 */
import type { DocumentDiff } from "./core/compare/types";
import type { Lineage } from "./core/compare/lineage";
import type { Status } from "./core/editor/status";

export type { Status } from "./core/editor/status";

/** A position and range as LSP sends them (declared here so the webview needs no LSP library). */
export interface WirePosition {
  readonly line: number;
  readonly character: number;
}
export interface WireRange {
  readonly start: WirePosition;
  readonly end: WirePosition;
}

/** Custom requests, client → server. */
export const Requests = {
  /** The status bar's counts for one document. */
  status: "resdraft/status",
  /** One document against its predecessor (or a given file): the view's data, or a Word redline. */
  compare: "resdraft/compare",
  /** A text normalised for the native diff editor: one paragraph per block, labels, artefacts removed. */
  normalizedText: "resdraft/normalizedText",
  /** An open document in one of the formats of the exporters' table (core/export/formats.ts). */
  export: "resdraft/export",
  /** A resolution as clean `.unres`, or as next year's draft with its rollover edits listed. */
  normalize: "resdraft/normalize",
} as const;

export interface NormalizeParams {
  readonly uri: string;
  readonly asDraft?: boolean;
}

export interface NormalizeResult {
  readonly text: string;
  /** Each rollover edit of a draft, `OP14: eighty-first session → eighty-second session`. */
  readonly edits: readonly string[];
  /** What the reader could not tell (italics unreadable, a truncated file). */
  readonly notes: readonly string[];
}

export interface ExportParams {
  /** An open document. */
  readonly uri: string;
  /** An exporter's id: `akn`. */
  readonly format: string;
}

export interface ExportResult {
  readonly format: string;
  /** The file name extension to save under, with its dot (`.xml`). */
  readonly extension: string;
  /** Whether `content` is base64 bytes rather than text. */
  readonly binary: boolean;
  readonly content: string;
  /** What was exported, for the notification. */
  readonly summary: { readonly preamble: number; readonly operative: number; readonly footnotes: number };
}

export interface StatusParams {
  readonly textDocument: { readonly uri: string };
}
export type StatusResult = Status | null;

/** How the older text was chosen. */
export type PredecessorReason = "given" | "front-matter" | "recalled" | "title";

export interface CompareParams {
  /** The newer text: an open document or a workspace file. */
  readonly uri: string;
  /** The older text; when absent, the predecessor is looked for in the workspace. */
  readonly against?: string;
  /**
   * `view`: the comparison as data for the comparison view (paragraph locations included);
   * `html`: a standalone HTML report; `docx`: the Word file with tracked changes.
   */
  readonly format: "view" | "html" | "docx";
  /** For the Word file: the author of the revisions. */
  readonly author?: string;
  /** For `view`: also follow predecessors of the predecessor (up to this many texts in all, ≥ 2). */
  readonly lineageDepth?: number;
}

export interface CompareSide {
  readonly uri: string;
  readonly symbol: string | null;
}

export interface CompareResult {
  readonly old: CompareSide;
  readonly new: CompareSide;
  readonly reason: PredecessorReason;
  readonly summary: { readonly substantive: number; readonly technical: number };
  /** format `view`. */
  readonly view?: CompareView;
  /** format `html`. */
  readonly html?: string;
  /** format `docx`: the file's bytes, base64. */
  readonly docx?: string;
}

/**
 * What the comparison view renders. `diff` is the core's result as is, so fields the comparison
 * adds later (negotiation-language changes, …) reach the view without a protocol change.
 */
export interface CompareView {
  readonly diff: DocumentDiff;
  /** Parallel to `diff.paragraphs`: where each entry's old and new paragraph are (null: no such side). */
  readonly locations: readonly { readonly old: WireRange | null; readonly new: WireRange | null }[];
  /** Oldest first, the newest being `new`; present when more than two texts were found. */
  readonly lineage?: Lineage;
  /** The texts of `lineage.documents`, same order. */
  readonly lineageUris?: readonly string[];
}

export interface NormalizedTextParams {
  readonly uri: string;
}
export interface NormalizedTextResult {
  readonly text: string;
}

/** Commands the extension registers (and `package.json` contributes). */
export const ClientCommands = {
  showOutput: "resdraft.showOutput",
  restartServer: "resdraft.restartServer",
  showOutline: "resdraft.showOutline",
  renumberParagraphs: "resdraft.renumberParagraphs",
  renumberFootnotes: "resdraft.renumberFootnotes",
  compareWithPredecessor: "resdraft.compareWithPredecessor",
  compareWithFile: "resdraft.compareWithFile",
  compareSelected: "resdraft.compareSelected",
  compareTextDiff: "resdraft.compareTextDiff",
  nextChange: "resdraft.nextChange",
  previousChange: "resdraft.previousChange",
  exportRedline: "resdraft.exportRedline",
  exportDocx: "resdraft.exportDocx",
  exportAkn: "resdraft.exportAkn",
  importPdfAsDraft: "resdraft.importPdfAsDraft",
  newDraftFromResolution: "resdraft.newDraftFromResolution",
  openRuleDoc: "resdraft.openRuleDoc",
} as const;
export type ClientCommand = (typeof ClientCommands)[keyof typeof ClientCommands];
export const CLIENT_COMMANDS: readonly ClientCommand[] = Object.values(ClientCommands);

/** Commands the server executes (`workspace/executeCommand`); the client library registers them. */
export const ServerCommands = {
  /** args: [uri, "operative" | "footnotes"]. */
  applyRenumbering: "resdraft.applyRenumbering",
} as const;

/** Messages between the extension and the comparison view's script (postMessage). */
export type ViewToExtension =
  | { readonly type: "ready" }
  | { readonly type: "reveal"; readonly side: "old" | "new"; readonly entry: number };

export type ExtensionToView =
  | { readonly type: "data"; readonly result: CompareResult; readonly names: { readonly old: string; readonly new: string }; readonly reasonText: string }
  | { readonly type: "error"; readonly message: string }
  | { readonly type: "step"; readonly direction: 1 | -1 }
  | { readonly type: "focusEntry"; readonly entry: number };
