// Completion over LSP: openers ranked by real usage and by what came before, checked against what
// the official texts actually wrote next; snippets with the next number and the next session.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletionItem, CompletionList, TextEdit } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "../helpers/lsp-client";
import { corpusText, EDITOR_FIXTURES, manifest, positionAt } from "./editor-helpers";

const draft = readFileSync(join(EDITOR_FIXTURES, "crime-draft.unres"), "utf8");

describe("completion over LSP", () => {
  let client: TestClient;
  let n = 0;
  beforeAll(async () => {
    client = await startClient();
  });
  afterAll(async () => {
    await client.close();
  });

  /** Opens `text` with the cursor where `|` is and returns the items, best first. */
  const completeAt = async (withCursor: string, ext = "unres"): Promise<CompletionItem[]> => {
    const at = withCursor.indexOf("|");
    const text = withCursor.slice(0, at) + withCursor.slice(at + 1);
    const uri = `file:///tmp/completion-${n++}.${ext}`;
    client.open(uri, text);
    const res = (await client.connection.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: positionAt(text, at),
    })) as CompletionList | null;
    return [...(res?.items ?? [])].sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
  };

  it("ranks the repetition form the official text actually used next (80/229, 57/173, the omnibus)", async () => {
    let checked = 0;
    const ranks: number[] = [];
    for (const stem of ["A-RES-80-229", "A-RES-57-173", "A-RES-80-110"]) {
      const text = corpusText(stem);
      const uri = `file:///corpus/${stem}.txt`;
      client.open(uri, text);
      const lines = text.split("\n");
      let li = lines.findIndex((l) => /^\s*The General Assembly,\s*$/.test(l));
      for (const [k, pp] of manifest(stem).preamble.entries()) {
        // Find the paragraph's first line: the next line that starts with its opener.
        while (li < lines.length && !lines[li]!.trimStart().startsWith(pp.opener + " ")) li++;
        if (li >= lines.length) break;
        const prev = lines.slice(0, li).reverse().find((l) => l.trim());
        if (k === 0 || !/(also|further)$/.test(pp.opener) || !/,\s*(?:\d{1,3}\s*)?$/.test(prev ?? "")) {
          li++;
          continue;
        }
        const offset = lines.slice(0, li).join("\n").length + 1 + (lines[li]!.length - lines[li]!.trimStart().length);
        const res = (await client.connection.sendRequest("textDocument/completion", {
          textDocument: { uri },
          position: positionAt(text, offset),
        })) as CompletionList;
        const ranked = [...res.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
        // The official form is first or, where the text repeated a form, right behind `X further`.
        expect(ranked.indexOf(pp.opener), `${stem} PP${k + 1} ${pp.opener}: ${ranked.slice(0, 4).join(", ")}`).toBeLessThan(2);
        ranks.push(ranked.indexOf(pp.opener));
        checked++;
        li++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    // Most of the time it is the very first suggestion.
    expect(ranks.filter((r) => r === 0).length).toBeGreaterThanOrEqual(Math.ceil(ranks.length * 0.75));
  });

  it("after `Recognizing also` offers `Recognizing further` first, and `Recalling further` before `Recalling`", async () => {
    const at = draft.indexOf("1. Takes note");
    const items = await completeAt(draft.slice(0, at) + "|\n\n" + draft.slice(at));
    const labels = items.map((i) => i.label);
    expect(labels[0]).toBe("Recognizing further");
    expect(items[0]!.preselect).toBe(true);
    expect(labels.indexOf("Recalling further")).toBeLessThan(labels.indexOf("Recalling"));
    expect(labels.indexOf("Recalling further")).toBeLessThan(labels.indexOf("Reaffirming"));
  });

  it("after `N. ` offers operative verbs: `Also requests` once `Requests` was used", async () => {
    const head = draft.slice(0, draft.indexOf("1. Takes note"));
    const items = await completeAt(`${head}1. Requests the Secretary-General to report thereon;\n\n2. |`);
    expect(items[0]!.label).toBe("Also requests");
    expect(items.map((i) => i.label).slice(1, 4)).toContain("Encourages"); // the most used operative opener
    const edit = items[0]!.textEdit as TextEdit;
    expect(edit.newText).toBe("Also requests ");
    // The usage note comes on resolve, as the editor shows the item's details.
    const resolved = (await client.connection.sendRequest("completionItem/resolve", items[0])) as CompletionItem;
    expect((resolved.documentation as { value: string }).value).toContain("Repetition: *Requests*");
  });

  it("after `Also requests` offers `Further requests`, and filters by what was typed", async () => {
    const items = await completeAt(draft.replace(/\n\n\[\^2\]/, "\n\n5. Fur|\n\n[^2]"));
    expect(items[0]!.label).toBe("Further requests");
    for (const i of items) expect(i.label.toLowerCase().startsWith("fur")).toBe(true);
  });

  it("offers the next operative number, `3 bis` between 3 and 4, and the reporting formula for the next session", async () => {
    const between = await completeAt(draft.replace("resolution;\n\n4. Also", "resolution;\n\n|\n\n4. Also"));
    expect(between.map((i) => i.label)).toContain("3 bis. ");
    const end = await completeAt(draft.replace(/\n\n\[\^2\]/, "\n\n|\n\n[^2]"));
    const report = end.find((i) => i.label.startsWith("5. Requests the Secretary-General to submit"))!;
    expect((report.textEdit as TextEdit).newText).toContain("at its ${1:fifty-ninth} session a report on the implementation of the present resolution;");
    expect(end.some((i) => i.label.includes("plenary meeting"))).toBe(true);
  });

  it("computes the next session of the omnibus (eightieth → eighty-first)", async () => {
    const text = corpusText("A-RES-80-110");
    const at = text.indexOf("\n58th plenary meeting");
    const items = await completeAt(text.slice(0, at) + "\n|" + text.slice(at), "txt");
    const report = items.find((i) => i.label.includes("Requests the Secretary-General to submit"))!;
    expect(report.label.startsWith("363. ")).toBe(true);
    expect((report.textEdit as TextEdit).newText).toContain("${1:eighty-first}");
  });

  it("offers operative verbs on the line after a bare number, as pdftotext prints official texts", async () => {
    const text = corpusText("A-RES-80-229");
    // OP2 of 80/229 is "Underlines" (manifest); OP1 "Takes note with appreciation".
    const at = text.search(/\n2\.\n/) + 4;
    const items = await completeAt(text.slice(0, at) + "|" + text.slice(at), "txt");
    expect(items.length).toBeGreaterThan(100);
    expect(items[0]!.label).toBe("Also takes note with appreciation");
    expect(items.every((i) => i.detail!.startsWith("OP opener") || i.detail === "repetition form")).toBe(true);
  });

  it("completes footnote markers with the existing footnotes and the next number", async () => {
    const items = await completeAt(draft.replace("criminal matters,", "criminal matters,[^|"));
    expect(items[0]!.label).toBe("4");
    expect(items.map((i) => i.label).sort()).toEqual(["1", "2", "3", "4"]);
    expect(items.find((i) => i.label === "2")!.detail).toBe("See A/57/64.");
  });

  it("sees a paragraph end behind a footnote marker (`…Convention), 1` / `2002,[^2]`)", async () => {
    const text = corpusText("A-RES-80-110");
    const at = text.indexOf("(the Convention), 1\nRecalling") + "(the Convention), 1\n".length;
    const items = await completeAt(text.slice(0, at) + "|" + text.slice(at), "txt");
    // PP1 was "Reaffirming": its continuation first, then the most used fresh opener (what PP2 is).
    expect(items.slice(0, 2).map((i) => i.label)).toEqual(["Reaffirming also", "Recalling"]);
    const draftAt = draft.indexOf("Recognizing also the need");
    const inDraft = await completeAt(draft.slice(0, draftAt) + "|" + draft.slice(draftAt));
    expect(inDraft[0]!.label).toBe("Recognizing also");
  });

  it("stays silent in the middle of a sentence", async () => {
    const items = await completeAt(draft.replace("strengthen international", "strengthen inter|national"));
    expect(items).toEqual([]);
  });
});
