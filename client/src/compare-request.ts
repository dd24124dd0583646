/** The one place the extension asks the server for a comparison (and names its sides). */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { ClientCommands, Requests, type CompareParams, type CompareResult, type CompareSide, type PredecessorReason } from "../../server/src/protocol";

export const REASONS: Record<PredecessorReason, string> = {
  given: "chosen by you",
  "front-matter": "the predecessor named in the front matter",
  recalled: "the latest resolution of the series that the text recalls",
  title: "the latest resolution with the same title",
};

/** `A/RES/78/229`, else the file name. */
export function sideName(side: CompareSide): string {
  return side.symbol ?? vscode.Uri.parse(side.uri).path.split("/").pop() ?? side.uri;
}

export type CompareAnswer = { ok: true; result: CompareResult } | { ok: false; message: string };

export async function requestCompare(client: LanguageClient, params: CompareParams): Promise<CompareAnswer> {
  try {
    return { ok: true, result: await client.sendRequest<CompareResult>(Requests.compare, params) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** The server's message, with a way out: choosing the older text by hand. */
export async function offerFilePicker(message: string): Promise<void> {
  const pick = "Compare with File…";
  const answer = await vscode.window.showWarningMessage(`resdraft: ${message}`, pick);
  if (answer === pick) await vscode.commands.executeCommand(ClientCommands.compareWithFile);
}
