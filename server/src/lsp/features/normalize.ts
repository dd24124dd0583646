/**
 * `resdraft/normalize`: a resolution (an open document or a workspace file, a PDF included) as clean `.unres`,
 * or as next year's draft with the rollover edits listed. For "New Draft from This Resolution" and "Import PDF
 * as Draft…"; the writing and the edits are the core's (core/normalize).
 */
import { CodeActionKind, ResponseError, type CodeAction } from "vscode-languageserver/node";
import type { Analysis } from "../documents";
import { onCustomRequest, type Feature, type ServerContext } from "../context";
import { asDraft } from "../../core/normalize/as-draft";
import { toUnres, writeUnres } from "../../core/normalize/to-unres";
import { loadWorkspaceFile, treeOf } from "./read-document";
import { Requests, type NormalizeParams, type NormalizeResult } from "../../protocol";

export async function normalizeDocument(ctx: ServerContext, params: NormalizeParams): Promise<NormalizeResult> {
  const notes = ctx.store.get(params.uri) ? [] : (await loadWorkspaceFile(ctx, params.uri)).notes;
  const tree = await treeOf(ctx, params.uri);
  if (!params.asDraft) return { text: toUnres(tree), edits: [], notes };
  const draft = asDraft(tree);
  if ("error" in draft) throw new ResponseError(-32602, `resdraft: ${draft.error}`);
  return { text: writeUnres(draft.doc), edits: draft.edits.map((e) => `${e.where}: ${e.what}`), notes };
}

/**
 * An official text pasted into a `.unres` file (read as official: it has page furniture or a masthead) gets a
 * quick fix that rewrites it in place as clean `.unres`, as `resdraft normalize` would.
 */
export function normalizeCodeActions(a: Analysis): CodeAction[] {
  if (!a.uri.endsWith(".unres") || a.tree.format !== "official" || a.tree.preamble.length + a.tree.operative.length === 0) return [];
  const end = a.lines.positionAt(a.tree.source.length);
  return [{
    title: "Convert this official text to clean .unres (resdraft normalize)",
    kind: CodeActionKind.QuickFix,
    edit: { changes: { [a.uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText: toUnres(a.tree) }] } },
  }];
}

export const normalizeFeature: Feature = {
  name: "normalize",
  capabilities: {},
  register(ctx) {
    onCustomRequest(ctx, Requests.normalize, "convert the document", (params: NormalizeParams) => normalizeDocument(ctx, params));
  },
};
