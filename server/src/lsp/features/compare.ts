/**
 * `resdraft/compare`: this document against its predecessor (or a file the user picked), as
 * the HTML report or the Word redline. The comparison, predecessor choice and rendering are
 * the core's; this module finds the files (inside the workspace folders only) and translates.
 */
import { readFileSync } from "node:fs";
import { localPath } from "../config";
import { ResponseError } from "vscode-languageserver/node";
import type { Feature, ServerContext } from "../context";
import { comparableFromTree, compareDocuments, findPredecessor, renderHtml, resolutionNumber, type ComparableDocument } from "../../core/compare/index";
import { redlineDocx } from "../../core/export/docx";
import { parse } from "../../core/syntax/parse";
import { formatOptions } from "../../core/syntax/format";
import type { Resolution } from "../../core/syntax/tree";
import { insideWorkspace } from "./workspace-files";
import { workspaceIndex } from "./workspace-index";

export const COMPARE_REQUEST = "resdraft/compare";

export interface CompareParams {
  /** The newer text: an open document. */
  readonly uri: string;
  /** The older text; when absent, the predecessor is looked for in the workspace. */
  readonly against?: string;
  readonly format: "html" | "docx";
  /** For the Word file: the author of the revisions. */
  readonly author?: string;
}

export interface CompareResult {
  readonly old: { uri: string; symbol: string | null };
  readonly new: { uri: string; symbol: string | null };
  /** How the older text was chosen. */
  readonly reason: "given" | "front-matter" | "recalled" | "title";
  readonly summary: { substantive: number; technical: number };
  readonly html?: string;
  /** The .docx bytes, base64. */
  readonly docx?: string;
}

/** An open document's text, else the file's (only inside the workspace folders). */
function textOf(ctx: ServerContext, uri: string): string {
  const open = ctx.store.get(uri);
  if (open) return open.getText();
  const path = localPath(uri);
  if (path === null || !insideWorkspace(ctx, path)) {
    throw new ResponseError(-32602, `resdraft reads files only inside the workspace folders: ${uri}`);
  }
  return readFileSync(path, "utf8");
}

function predecessorOf(ctx: ServerContext, uri: string, doc: ComparableDocument): { uri: string; reason: CompareResult["reason"] } {
  const indexed = workspaceIndex(ctx).all().filter((d) => d.uri !== uri);
  const candidates: ComparableDocument[] = indexed.map((d) => ({ symbol: d.symbol, title: d.title, number: resolutionNumber(d.symbol), paragraphs: [] }));
  const match = findPredecessor(doc, candidates);
  if (!match) {
    throw new ResponseError(
      -32602,
      `No predecessor found in the workspace for ${doc.symbol ?? "this text"}: add \`predecessor: A/RES/…\` to its front matter, or put the earlier resolution's text in the workspace.`,
    );
  }
  return { uri: indexed[match.index]!.uri, reason: match.reason };
}

export function compare(ctx: ServerContext, params: CompareParams): CompareResult {
  const newTree = ctx.store.analysis(params.uri)?.tree ?? parse(textOf(ctx, params.uri));
  const newDoc = comparableFromTree(newTree, params.uri);
  const { uri: oldUri, reason } = params.against ? { uri: params.against, reason: "given" as const } : predecessorOf(ctx, params.uri, newDoc);
  const oldTree: Resolution = ctx.store.analysis(oldUri)?.tree ?? parse(textOf(ctx, oldUri), formatOptions(oldUri));
  const diff = compareDocuments(comparableFromTree(oldTree, oldUri), newDoc);
  const base = {
    old: { uri: oldUri, symbol: oldTree.header.symbol?.value ?? null },
    new: { uri: params.uri, symbol: newTree.header.symbol?.value ?? null },
    reason,
    summary: { substantive: diff.summary.substantive, technical: diff.summary.technical },
  };
  if (params.format === "docx") {
    const bytes = redlineDocx(oldTree, newTree, diff, { author: params.author ?? "resdraft", date: new Date().toISOString().replace(/\.\d+Z$/, "Z") });
    return { ...base, docx: Buffer.from(bytes).toString("base64") };
  }
  return { ...base, html: renderHtml(diff) };
}

export const compareFeature: Feature = {
  name: "compare",
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(COMPARE_REQUEST, (params: CompareParams) => {
      try {
        return compare(ctx, params);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        ctx.connection.console.error(`resdraft: compare failed: ${(e as Error)?.stack ?? e}`);
        throw new ResponseError(-32603, `resdraft could not compare: ${(e as Error)?.message ?? e}`);
      }
    });
  },
};
