/**
 * Renumbering as code actions (source actions, offered when the numbering is not consecutive)
 * and as a server command (`resdraft.applyRenumbering`, run from the command palette via the
 * client). The edits come from the core; they are applied as one versioned edit.
 */
import { CodeActionKind, MessageType, ShowMessageNotification, type CodeAction, type CodeActionParams, type TextDocumentEdit, type WorkspaceEdit } from "vscode-languageserver/node";
import type { ServerContext } from "../context";
import { ServerCommands } from "../../protocol";
import { range } from "../convert";
import type { Analysis } from "../documents";
import { footnoteRenumbering, operativeRenumbering, renumberFootnotes, renumberOperative, type Edit, type Renumbering } from "../../core/editor/renumber";

export const RENUMBER_OPERATIVE_KIND = `${CodeActionKind.Source}.renumberParagraphs`;
export const RENUMBER_FOOTNOTES_KIND = `${CodeActionKind.Source}.renumberFootnotes`;
export const RENUMBER_COMMAND = ServerCommands.applyRenumbering;

export type RenumberWhat = "operative" | "footnotes";

function workspaceEdit(a: Analysis, edits: readonly Edit[]): WorkspaceEdit {
  const change: TextDocumentEdit = {
    textDocument: { uri: a.uri, version: a.version },
    edits: edits.map((e) => ({ range: range(a.lines, e.span), newText: e.newText })),
  };
  return { documentChanges: [change] };
}

const NAMES: Record<RenumberWhat, string> = { operative: "operative paragraphs", footnotes: "footnotes" };

/** Whether a client that asked for `only` kinds wants `kind`. */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + "."));
}

/** The code-action provider: hooked into the single onCodeAction handler (code-actions.ts). */
export function renumberCodeActions(a: Analysis, params: CodeActionParams): CodeAction[] {
  const out: CodeAction[] = [];
  const only = params.context.only;
  if (wanted(RENUMBER_OPERATIVE_KIND, only)) {
    const edits = renumberOperative(a.tree);
    if (edits.length > 0) {
      const paragraphs = edits.filter((e) => a.tree.operative.some((p) => p.number?.span.start === e.span.start)).length;
      const refs = edits.length - paragraphs;
      out.push({
        title: `Renumber operative paragraphs (${paragraphs} numbers${refs ? `, ${refs} references` : ""})`,
        kind: RENUMBER_OPERATIVE_KIND,
        edit: workspaceEdit(a, edits),
      });
    }
  }
  // On a number that would change (`5 bis`), offer it in the light bulb too.
  if (wanted(CodeActionKind.RefactorRewrite, only)) {
    const edits = renumberOperative(a.tree);
    const from = a.lines.offsetAt(params.range.start);
    const to = a.lines.offsetAt(params.range.end);
    const onNumber = a.tree.operative.some(
      (p) => p.number && p.number.span.start <= to && from <= p.number.span.end && edits.some((e) => e.span.start === p.number!.span.start),
    );
    if (onNumber) out.push({ title: "Renumber operative paragraphs and the references to them", kind: CodeActionKind.RefactorRewrite, edit: workspaceEdit(a, edits) });
  }
  if (wanted(RENUMBER_FOOTNOTES_KIND, only)) {
    const edits = renumberFootnotes(a.tree);
    if (edits.length > 0) out.push({ title: `Renumber footnotes in order of citation (${edits.length} changes)`, kind: RENUMBER_FOOTNOTES_KIND, edit: workspaceEdit(a, edits) });
  }
  return out;
}

/** The command handler: arguments `[uri, "operative" | "footnotes"]`; applies the edit. */
export async function renumberCommand(ctx: ServerContext, args: readonly unknown[]): Promise<boolean> {
  const [uri, what] = args;
  if (typeof uri !== "string" || (what !== "operative" && what !== "footnotes")) return false;
  const a = ctx.store.analysis(uri);
  if (!a) return false;
  const plan: Renumbering = what === "operative" ? operativeRenumbering(a.tree) : footnoteRenumbering(a.tree);
  // The palette command has no other way to tell the user why nothing happened. A window/showMessage
  // notification, not connection.window.show…Message, which sends a request and waits for the user.
  const show = (type: MessageType, message: string) => void ctx.connection.sendNotification(ShowMessageNotification.type, { type, message });
  if (plan.reason !== null) {
    show(MessageType.Warning, `resdraft: the ${NAMES[what]} were not renumbered: ${plan.reason}.`);
    return false;
  }
  if (plan.edits.length === 0) {
    show(MessageType.Info, `resdraft: the ${NAMES[what]} are already numbered in order.`);
    return true;
  }
  const result = await ctx.connection.workspace.applyEdit({ label: `Renumber ${NAMES[what]}`, edit: workspaceEdit(a, plan.edits) });
  return result.applied;
}
