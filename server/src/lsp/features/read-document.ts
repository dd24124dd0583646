/**
 * A document the server was not sent, read as the CLI reads it: any format `loadDocument` knows (an official
 * PDF included), only inside the workspace folders. Open documents are the editor's text.
 */
import { readFile } from "node:fs/promises";
import { ResponseError } from "vscode-languageserver/node";
import type { ServerContext } from "../context";
import { localPath } from "../config";
import { loadDocument, type LoadedText } from "../../core/input/load";
import { parse } from "../../core/syntax/parse";
import { formatHint } from "../../core/syntax/format";
import type { Resolution } from "../../core/syntax/tree";
import { insideWorkspace } from "./workspace-files";

/** The file's text and cues; an unreadable file is a ResponseError with the reader's sentence. */
export async function loadWorkspaceFile(ctx: ServerContext, uri: string): Promise<LoadedText> {
  const open = ctx.store.get(uri);
  if (open) return { ok: true, text: open.getText(), notes: [], kind: "text" };
  const path = localPath(uri);
  if (path === null || !insideWorkspace(ctx, path)) {
    throw new ResponseError(-32602, `resdraft reads files only inside the workspace folders: ${uri}`);
  }
  const loaded = await loadDocument(new Uint8Array(await readFile(path)), path);
  if (!loaded.ok) throw new ResponseError(-32602, loaded.message);
  return loaded;
}

/** The tree of a document: the open document's analysis, else the file read and parsed with its cues. */
export async function treeOf(ctx: ServerContext, uri: string): Promise<Resolution> {
  const open = ctx.store.analysis(uri)?.tree;
  if (open) return open;
  const loaded = await loadWorkspaceFile(ctx, uri);
  const format = loaded.format ?? formatHint(uri);
  return parse(loaded.text, { ...(format ? { format } : {}), ...(loaded.cues ? { cues: loaded.cues } : {}) });
}
