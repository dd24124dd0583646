/**
 * The one check before the server reads a file it was not sent: the file must lie inside a
 * workspace folder the client opened, after resolving symbolic links (a link inside the
 * workspace pointing outside it does not count).
 */
import { realpathSync } from "node:fs";
import { resolve, sep } from "node:path";
import { localPath } from "../config";
import type { ServerContext } from "../context";

function real(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

export function insideWorkspace(ctx: ServerContext, path: string): boolean {
  const target = real(resolve(path));
  if (!target) return false;
  return ctx.client.workspaceFolders
    .map((f) => localPath(f)) // a folder with no local path (UNC host, another scheme) holds nothing we read
    .map((p) => (p === null ? null : real(p)))
    .some((root) => root !== null && (target === root || target.startsWith(root.endsWith(sep) ? root : root + sep)));
}
