/**
 * `resdraft/compare`: this document against its predecessor (or a file the user picked), as the
 * comparison view's data, the HTML report or the Word redline; `resdraft/normalizedText`: one
 * text as the native diff editor shows it. The comparison, predecessor choice and rendering are
 * the core's; this module finds the files (inside the workspace folders only) and translates.
 */
import { ResponseError } from "vscode-languageserver/node";
import { onCustomRequest, type Feature, type ServerContext } from "../context";
import { comparableFromTree, compareDocuments, findPredecessor, lineage, resolutionNumber, type ComparableDocument, type DocumentDiff } from "../../core/compare/index";
import { normalizedText } from "../../core/editor/normalized";
import { comparisonRenderer } from "../../core/export/formats";
import type { Resolution, Span } from "../../core/syntax/tree";
import { LineIndex } from "../../core/text/line-index";
import { Requests, type CompareParams, type CompareResult, type CompareView, type NormalizedTextParams, type NormalizedTextResult, type PredecessorReason } from "../../protocol";
import { revisionStamp } from "../../host/revisions";
import { workspaceIndex } from "./workspace-index";
import { treeOf } from "./read-document";

/** Texts a lineage follows back at most (the newest included). */
const MAX_LINEAGE = 6;

interface Loaded {
  readonly uri: string;
  readonly tree: Resolution;
  readonly lines: LineIndex;
}

/** An open document's analysis, else the file read as the CLI reads it (an official PDF included). */
async function load(ctx: ServerContext, uri: string): Promise<Loaded> {
  const a = ctx.store.analysis(uri);
  if (a) return { uri, tree: a.tree, lines: a.lines };
  const tree = await treeOf(ctx, uri);
  return { uri, tree, lines: new LineIndex(tree.source) };
}

function noPredecessor(uri: string, doc: ComparableDocument): ResponseError<void> {
  const what = doc.symbol ?? "this text";
  // Front matter exists only in drafts (.unres); an official text saved as .txt cannot name one.
  const advice = uri.endsWith(".unres")
    ? "Name it in the draft's front matter (predecessor: A/RES/78/229), put the earlier resolution's text in the workspace, or choose the file."
    : "Put the earlier resolution's text in the workspace, or choose the file.";
  return new ResponseError(-32602, `No predecessor found in the workspace for ${what}. ${advice}`);
}

/** The workspace text this one follows, or null. `exclude`: texts already in the chain. */
function findPredecessorUri(ctx: ServerContext, doc: ComparableDocument, exclude: ReadonlySet<string>): { uri: string; reason: PredecessorReason } | null {
  const indexed = workspaceIndex(ctx)
    .all()
    .filter((d) => !exclude.has(d.uri));
  const candidates: ComparableDocument[] = indexed.map((d) => ({ symbol: d.symbol, title: d.title, number: resolutionNumber(d.symbol), paragraphs: [] }));
  const match = findPredecessor(doc, candidates);
  return match ? { uri: indexed[match.index]!.uri, reason: match.reason } : null;
}

function paragraphSpan(tree: Resolution, kind: string, index: number): Span | null {
  const list = kind === "preamble" ? tree.preamble : kind === "operative" ? tree.operative : tree.footnotes;
  return list[index - 1]?.span ?? null;
}

function locations(diff: DocumentDiff, older: Loaded, newer: Loaded): CompareView["locations"] {
  const at = (side: Loaded, kind: string, ref: { index: number } | null) => {
    const span = ref ? paragraphSpan(side.tree, kind, ref.index) : null;
    return span ? side.lines.range(span.start, span.end) : null;
  };
  return diff.paragraphs.map((p) => ({ old: at(older, p.oldKind ?? p.kind, p.old), new: at(newer, p.kind, p.new) }));
}

/** Older texts before `older`, following each one's own predecessor (newest first). */
async function olderChain(ctx: ServerContext, older: Loaded, seen: Set<string>, depth: number): Promise<Loaded[]> {
  const chain: Loaded[] = [];
  let current = older;
  while (chain.length + 2 < depth) {
    const next = findPredecessorUri(ctx, comparableFromTree(current.tree, current.uri), seen);
    if (!next) break;
    seen.add(next.uri);
    current = await load(ctx, next.uri);
    chain.push(current);
  }
  return chain;
}

async function view(ctx: ServerContext, older: Loaded, newer: Loaded, diff: DocumentDiff, depth: number): Promise<CompareView> {
  const base: CompareView = { diff, locations: locations(diff, older, newer) };
  if (depth <= 2) return base;
  const earlier = await olderChain(ctx, older, new Set([older.uri, newer.uri]), Math.min(depth, MAX_LINEAGE));
  if (earlier.length === 0) return base;
  const texts = [...earlier.reverse(), older, newer];
  return { ...base, lineage: lineage(texts.map((t) => comparableFromTree(t.tree, t.uri))), lineageUris: texts.map((t) => t.uri) };
}

export async function compare(ctx: ServerContext, params: CompareParams): Promise<CompareResult> {
  const newer = await load(ctx, params.uri);
  const newDoc = comparableFromTree(newer.tree, params.uri);
  const chosen = params.against ? { uri: params.against, reason: "given" as const } : findPredecessorUri(ctx, newDoc, new Set([params.uri]));
  if (!chosen) throw noPredecessor(params.uri, newDoc);
  // The predecessor may be an official PDF in the workspace: read as the CLI reads it.
  const older = await load(ctx, chosen.uri);
  const diff = compareDocuments(comparableFromTree(older.tree, older.uri), newDoc);
  const base = {
    old: { uri: older.uri, symbol: older.tree.header.symbol?.value ?? null },
    new: { uri: params.uri, symbol: newer.tree.header.symbol?.value ?? null },
    reason: chosen.reason,
    summary: { substantive: diff.summary.substantive, technical: diff.summary.technical },
  };
  if (params.format === "docx") {
    const bytes = comparisonRenderer("docx")!.render({ oldTree: older.tree, newTree: newer.tree, diff }, revisionStamp(params.author));
    return { ...base, docx: Buffer.from(bytes).toString("base64") };
  }
  if (params.format === "html") return { ...base, html: comparisonRenderer("html")!.render({ oldTree: older.tree, newTree: newer.tree, diff }, {}) as string };
  return { ...base, view: await view(ctx, older, newer, diff, params.lineageDepth ?? 2) };
}

export async function normalized(ctx: ServerContext, params: NormalizedTextParams): Promise<NormalizedTextResult> {
  return { text: normalizedText((await load(ctx, params.uri)).tree) };
}

export const compareFeature: Feature = {
  name: "compare",
  capabilities: {},
  register(ctx) {
    onCustomRequest(ctx, Requests.compare, "compare", (params: CompareParams) => compare(ctx, params));
    onCustomRequest(ctx, Requests.normalizedText, "normalise the text", (params: NormalizedTextParams) => normalized(ctx, params));
  },
};
