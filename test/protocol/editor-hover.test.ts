// Hover, go to definition, find references and document links on real corpus texts, with a
// workspace that holds 78/229 under a file name that does not say so (found by its masthead).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentLink, Hover, Location, MarkupContent } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "../helpers/lsp-client";
import { CORPUS, corpusText, openerCounts, positionAt, textIn } from "./editor-helpers";

describe("hover, navigation and links over LSP", () => {
  let client: TestClient;
  let dir: string;
  const omnibus = "file:///corpus/A-RES-80-110.txt";
  const omnibusText = corpusText("A-RES-80-110");
  const crime = "file:///corpus/A-RES-80-229.txt";
  const crimeText = corpusText("A-RES-80-229");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "resdraft-ws-"));
    copyFileSync(join(CORPUS, "texts", "A-RES-78-229.txt"), join(dir, "crime-programme-2023.txt"));
    writeFileSync(join(dir, "notes.txt"), "Nothing to see here.\n");
    client = await startClient({ rootUri: pathToFileURL(dir).toString() });
    client.open(omnibus, omnibusText);
    client.open(crime, crimeText);
  });
  afterAll(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const hoverAt = async (uri: string, text: string, offset: number) => {
    const h = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionAt(text, offset) })) as Hover | null;
    return h ? (h.contents as MarkupContent).value : null;
  };

  it("shows the footnote text on a marker (first marker of the omnibus)", async () => {
    // "Convention on the Law of the Sea (the Convention), 1" — the 1 after the comma is the marker.
    const at = omnibusText.indexOf("(the Convention), 1") + "(the Convention), ".length;
    const value = await hoverAt(omnibus, omnibusText, at);
    expect(value).toContain("**Footnote 1**");
    expect(value).toContain("United Nations, Treaty Series, vol. 1833, No. 31363.");
    expect(value).toMatch(/^\*\*PP1\*\*/);
  });

  it("shows the footnote behind a marker glued to a word (57/173: `Crime2`)", async () => {
    const uri = "file:///corpus/A-RES-57-173.txt";
    const text = corpusText("A-RES-57-173");
    client.open(uri, text);
    const at = text.indexOf("Drugs and \nCrime2") + "Drugs and \nCrime".length;
    expect(text[at]).toBe("2");
    const value = (await hoverAt(uri, text, at))!;
    expect(value).toContain("**Footnote 2**");
    expect(value).toContain("Formerly known as the Office for Drug Control and Crime Prevention.");
  });

  it("explains an operative opener: frequency from the official lists, repetition forms, strength", async () => {
    const counts = openerCounts("operative-openers.tsv");
    const at = omnibusText.search(/\n2\.\s*\nCalls upon/) + 5;
    const value = (await hoverAt(omnibus, omnibusText, at))!;
    expect(value).toMatch(/^\*\*OP2\*\* · \*Calls upon\*/);
    expect(value).toContain(`Used ${counts.get("Calls upon")!.count.toLocaleString("en-US")} times`);
    expect(value).toContain(`*Also calls upon* (${counts.get("Also calls upon")!.count})`);
    expect(value).toContain("Encourages < **Calls upon** < Urges < Demands");
  });

  it("explains a preambular opener with its also/further forms", async () => {
    const counts = openerCounts("preambular-openers.tsv");
    const at = crimeText.indexOf("Reaffirming also") + 3;
    const value = (await hoverAt(crime, crimeText, at))!;
    expect(value).toMatch(/^\*\*PP2\*\* · \*Reaffirming also\*/);
    expect(value).toContain(`**Reaffirming also** (${counts.get("Reaffirming also")!.count})`);
    expect(value).toContain(`*Reaffirming* (${counts.get("Reaffirming")!.count.toLocaleString("en-US")})`);
  });

  it("shows the paragraph behind 'paragraph 88 above' and goes to it", async () => {
    const at = omnibusText.indexOf("paragraph 88 above") + "paragraph ".length;
    const value = (await hoverAt(omnibus, omnibusText, at))!;
    expect(value).toMatch(/\*\*OP88\*\*: /);
    const defs = (await client.connection.sendRequest("textDocument/definition", {
      textDocument: { uri: omnibus },
      position: positionAt(omnibusText, at),
    })) as Location[];
    expect(defs).toHaveLength(1);
    expect(textIn(omnibusText, defs[0]!.range)).toMatch(/^88\.\s/);
  });

  it("resolves 'resolution 78/229' to the workspace file whose masthead says A/RES/78/229", async () => {
    const at = crimeText.indexOf("78/229") + 2;
    const value = (await hoverAt(crime, crimeText, at))!;
    expect(value).toContain("**A/RES/78/229** — Strengthening the United Nations crime prevention and criminal justice programme");
    expect(value).toContain("Adopted 19 December 2023");
    const defs = (await client.connection.sendRequest("textDocument/definition", {
      textDocument: { uri: crime },
      position: positionAt(crimeText, at),
    })) as Location[];
    expect(defs).toHaveLength(1);
    expect(defs[0]!.uri).toBe(pathToFileURL(join(dir, "crime-programme-2023.txt")).toString());
  });

  it("offers the undocs.org link for a resolution that is not in the workspace", async () => {
    const at = omnibusText.indexOf("79/144") + 1;
    const value = (await hoverAt(omnibus, omnibusText, at))!;
    expect(value).toContain("[A/RES/79/144](https://undocs.org/A/RES/79/144)");
  });

  it("finds every marker of a footnote from the footnote and goes from marker to footnote", async () => {
    const at = omnibusText.indexOf("(the Convention), 1") + "(the Convention), ".length;
    const defs = (await client.connection.sendRequest("textDocument/definition", {
      textDocument: { uri: omnibus },
      position: positionAt(omnibusText, at),
    })) as Location[];
    expect(textIn(omnibusText, defs[0]!.range)).toMatch(/United Nations, Treaty Series, vol\. 1833, No\. 31363\./);
    const refs = (await client.connection.sendRequest("textDocument/references", {
      textDocument: { uri: omnibus },
      position: positionAt(omnibusText, at),
      context: { includeDeclaration: false },
    })) as Location[];
    expect(refs.length).toBeGreaterThanOrEqual(1);
    for (const r of refs) expect(textIn(omnibusText, r.range)).toBe("1");
  });

  it("finds the internal references to OP88 from its number", async () => {
    const numberAt = omnibusText.search(/\n88\.\s/) + 1;
    const refs = (await client.connection.sendRequest("textDocument/references", {
      textDocument: { uri: omnibus },
      position: positionAt(omnibusText, numberAt),
      context: { includeDeclaration: true },
    })) as Location[];
    const expected = omnibusText.match(/paragraph\s+88\s+above/g)!.length;
    expect(refs).toHaveLength(expected + 1);
  });

  it("links every document symbol to undocs.org, and to a configured base", async () => {
    const links = (await client.connection.sendRequest("textDocument/documentLink", { textDocument: { uri: omnibus } })) as DocumentLink[];
    const targets = links.map((l) => l.target);
    expect(targets).toContain("https://undocs.org/A/80/L.22");
    expect(targets).toContain("https://undocs.org/A/RES/80/110");
    for (const l of links) expect(l.target).toBe(`https://undocs.org/${textIn(omnibusText, l.range)}`);
    client.connection.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === "resdraft.links" ? { base: "https://documents.example.org/symbol/" } : null)),
    );
    const configured = (await client.connection.sendRequest("textDocument/documentLink", { textDocument: { uri: omnibus } })) as DocumentLink[];
    expect(configured[0]!.target).toMatch(/^https:\/\/documents\.example\.org\/symbol\/A\//);
    client.connection.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => null));
  });
});
