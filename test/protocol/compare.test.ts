// resdraft/compare over stdio: the predecessor found in the workspace, the HTML report, the Word redline.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClient, type TestClient } from "../helpers/lsp-client";
import { Requests, type CompareResult, type NormalizedTextResult } from "../../server/src/protocol";

const corpus = join(__dirname, "../fixtures/corpus/texts");

describe("resdraft/compare", () => {
  let client: TestClient;
  let ws: string;
  const uri = (name: string) => pathToFileURL(join(ws, name)).toString();
  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), "resdraft-compare-"));
    for (const f of ["A-RES-78-229.txt", "A-RES-78-11.txt", "A-RES-80-73.txt"]) copyFileSync(join(corpus, f), join(ws, f));
    client = await startClient({ rootUri: pathToFileURL(ws).toString() });
  });
  afterAll(async () => {
    await client.close();
  });

  it("finds the predecessor the draft recalls and reports in HTML", async () => {
    const draft = uri("A-RES-80-229.txt");
    client.open(draft, readFileSync(join(corpus, "A-RES-80-229.txt"), "utf8"), "unres");
    const r = (await client.connection.sendRequest("resdraft/compare", { uri: draft, format: "html" })) as {
      old: { symbol: string; uri: string };
      reason: string;
      html: string;
      summary: { substantive: number; technical: number };
    };
    expect(r.old.symbol).toBe("A/RES/78/229");
    expect(r.old.uri).toBe(uri("A-RES-78-229.txt"));
    expect(r.reason).toBe("recalled");
    expect(r.html).toMatch(/^<!DOCTYPE html>/);
    expect(r.summary.substantive).toBeGreaterThan(0);
  });

  it("writes the Word redline against a file the user picked", async () => {
    const draft = uri("A-80-L.12.txt");
    client.open(draft, readFileSync(join(corpus, "A-80-L.12.txt"), "utf8"), "unres");
    const r = (await client.connection.sendRequest("resdraft/compare", { uri: draft, against: uri("A-RES-78-11.txt"), format: "docx", author: "Syria" })) as {
      reason: string;
      docx: string;
    };
    expect(r.reason).toBe("given");
    const bytes = Buffer.from(r.docx, "base64");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.toString("utf8")).toContain('w:author="Syria"');
  });

  it("refuses a file outside the workspace folders", async () => {
    const outside = join(mkdtempSync(join(tmpdir(), "resdraft-outside-")), "secret.txt");
    writeFileSync(outside, "The General Assembly,\n");
    const draft = uri("A-RES-80-229.txt");
    await expect(client.connection.sendRequest("resdraft/compare", { uri: draft, against: pathToFileURL(outside).toString(), format: "html" })).rejects.toThrow(
      /only inside the workspace folders/,
    );
  });

  it("refuses a file with no local path (a UNC host, an encoded slash) with the same clear message", async () => {
    const draft = uri("A-RES-80-229.txt");
    for (const against of ["file://server/share/A-RES-78-229.txt", uri("a%2Fb.txt")]) {
      await expect(client.connection.sendRequest("resdraft/compare", { uri: draft, against, format: "html" })).rejects.toThrow(/only inside the workspace folders/);
    }
  });

  it("says what to do when no predecessor is in the workspace", async () => {
    const lone = uri("lone.unres");
    client.open(lone, "---\nsymbol: A/80/L.99\n---\n\n## Brand new topic\n\nThe General Assembly,\n\n1. Decides to act.\n", "unres");
    await expect(client.connection.sendRequest("resdraft/compare", { uri: lone, format: "html" })).rejects.toThrow(/No predecessor found.*predecessor: A\/RES/);
  });

  it("does not advise front matter for an official text saved as .txt, and has no raw backticks", async () => {
    const lone = uri("lone.txt");
    client.open(lone, "A/RES/80/999\n\n80/999. Brand new topic\n\nThe General Assembly,\n\n1. Decides to act.\n", "unres");
    const e = await client.connection.sendRequest(Requests.compare, { uri: lone, format: "view" }).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(e).toMatch(/No predecessor found in the workspace for A\/RES\/80\/999\. Put the earlier resolution's text in the workspace, or choose the file\./);
    expect(e).not.toMatch(/`|front matter/);
  });

  it("answers the comparison view with the diff and where each paragraph is on both sides", async () => {
    const draft = uri("A-RES-80-229.txt");
    const older = readFileSync(join(ws, "A-RES-78-229.txt"), "utf8").split(/\r?\n/);
    const newer = readFileSync(join(corpus, "A-RES-80-229.txt"), "utf8").split(/\r?\n/);
    const r = (await client.connection.sendRequest(Requests.compare, { uri: draft, format: "view", lineageDepth: 4 })) as CompareResult;
    const v = r.view!;
    expect(v.locations).toHaveLength(v.diff.paragraphs.length);
    let checked = 0;
    v.diff.paragraphs.forEach((p, i) => {
      const loc = v.locations[i]!;
      expect(loc.old === null).toBe(p.old === null);
      expect(loc.new === null).toBe(p.new === null);
      // The located range starts with the paragraph (an official text may print the number on a line of its own).
      for (const [side, lines] of [["old", older], ["new", newer]] as const) {
        const ref = p[side];
        const range = loc[side];
        if (!ref || !range || p.kind === "footnote") continue;
        const first = p.changes.filter((c) => c.op !== (side === "old" ? "insert" : "delete")).map((c) => c.text).join("").split(/\s+/)[0]!;
        expect(lines.slice(range.start.line, range.start.line + 3).join(" ")).toContain(first);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(60);
    // Only two texts of this series are in the workspace: no lineage.
    expect(v.lineage).toBeUndefined();
  });

  it("normalises a text for the native diff editor: one labelled block per paragraph", async () => {
    const r = (await client.connection.sendRequest(Requests.normalizedText, { uri: uri("A-RES-78-229.txt") })) as NormalizedTextResult;
    const blocks = r.text.split("\n\n");
    expect(blocks[0]).toMatch(/^A\/RES\/78\/229\n78\/229\. /);
    expect(blocks.filter((b) => /^PP\d+  \S/.test(b)).length).toBeGreaterThan(10);
    expect(blocks.filter((b) => /^OP\d+  \S/.test(b)).length).toBeGreaterThan(10);
    // No page furniture and no line breaks inside a paragraph.
    expect(r.text).not.toMatch(/\f|^\d+\/\d+$|^\d{2}-\d{5}/m);
    for (const b of blocks.filter((x) => /^(PP|OP)\d/.test(x))) expect(b).not.toContain("\n");
  });

  it("keeps serving after a failed request", async () => {
    const symbols = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: uri("A-RES-80-229.txt") } });
    expect(Array.isArray(symbols)).toBe(true);
  });
});
