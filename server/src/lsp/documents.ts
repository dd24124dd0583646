/**
 * Open documents and their analysis, computed once per version and cached.
 *
 * The core is pure: it gets text and returns data. This module is where a document's
 * text meets the core, and where results are tied to a version so stale ones are dropped.
 */
import { TextDocuments } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { parse } from "../core/syntax/parse";
import { formatOptions } from "../core/syntax/format";
import type { Resolution, SourceFormat } from "../core/syntax/tree";
import { LineIndex } from "../core/text/line-index";

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly tree: Resolution;
  readonly lines: LineIndex;
}

/**
 * How many analyses stay in memory. A tree weighs several times its text, and a reviewer may
 * have hundreds of texts open; only the documents in use need theirs. An evicted document is
 * parsed again when asked for (a few milliseconds).
 */
export const ANALYSES_KEPT = 24;

export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  /** Most recently used last (a Map keeps insertion order). */
  private readonly cache = new Map<string, Analysis>();

  constructor() {
    this.documents.onDidClose((e) => this.cache.delete(e.document.uri));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** The analysis of the current version of an open document, or undefined if it is not open. */
  analysis(uri: string): Analysis | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const cached = this.cache.get(uri);
    this.cache.delete(uri);
    if (cached && cached.version === doc.version) {
      this.cache.set(uri, cached);
      return cached;
    }
    const text = doc.getText();
    const analysis: Analysis = { uri, version: doc.version, tree: parse(text, formatFor(uri)), lines: new LineIndex(text) };
    this.cache.set(uri, analysis);
    if (this.cache.size > ANALYSES_KEPT) this.cache.delete(this.cache.keys().next().value!);
    return analysis;
  }
}

/** The file name is a tie-breaker for the text's own evidence (syntax/format.ts). */
function formatFor(uri: string): { format?: SourceFormat } {
  return formatOptions(uri);
}
