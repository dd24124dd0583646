// The per-document lint configuration cache (server/src/lsp/config.ts), in process: a load that
// fails is not kept, so the document's next lint loads again. A kept rejection used to fail every
// lint of the document (no diagnostics at all, no quick fixes) until the next configuration change.
import { describe, expect, it } from "vitest";
import { LintSettings, localPath } from "../../server/src/lsp/config";
import type { ServerContext } from "../../server/src/lsp/context";

/** Just what LintSettings uses of a connection; the workspace folders fail on the first read only. */
function fakeContext(): { ctx: ServerContext; logs: string[] } {
  const logs: string[] = [];
  let reads = 0;
  const connection = {
    workspace: { getConfiguration: async () => ({ rules: { RES023: "off" } }) },
    console: { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) },
    sendNotification: async () => undefined,
    client: { register: async () => undefined },
  };
  const client = {
    hierarchicalDocumentSymbols: false,
    get workspaceFolders(): string[] {
      if (reads++ === 0) throw new Error("simulated failure while reading the workspace folders");
      return [];
    },
  };
  return { ctx: { connection, store: undefined, client } as unknown as ServerContext, logs };
}

describe("LintSettings cache", () => {
  it("forgets a failed load: the next request for the document loads again", async () => {
    const { ctx } = fakeContext();
    const settings = new LintSettings(ctx);
    const uri = "file:///nowhere/resdraft-cache-test/a.unres";
    await expect(settings.for(uri)).rejects.toThrow(/simulated failure/);
    const doc = await settings.for(uri);
    expect(doc.enabled).toBe(true);
    expect(doc.config.rules["RES023"]?.enabled).toBe(false);
  });

  it("a document without a local path loads from the settings alone and is logged once", async () => {
    const { ctx, logs } = fakeContext();
    const settings = new LintSettings(ctx);
    const uri = "file://server/share/a.unres";
    // The folders are not read for it (no path to compare), so the simulated failure never triggers.
    const first = await settings.for(uri);
    settings.clear();
    const second = await settings.for(uri);
    expect(first.file).toBeNull();
    expect(second.file).toBeNull();
    expect(logs.filter((m) => m.includes(uri))).toHaveLength(1);
  });

  it("localPath never throws", () => {
    expect(localPath("file://server/share/a.unres")).toBeNull();
    expect(localPath("file:///tmp/a%2Fb.unres")).toBeNull();
    expect(localPath("untitled:Untitled-1")).toBeNull();
    expect(localPath("file:///tmp/a.unres")).toBe("/tmp/a.unres");
  });
});
