// The palette's renumber commands where renumbering is not certain: nothing is applied, and the server says
// why in window/showMessage (the client shows it; the command's result alone says nothing to the user).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShowMessageParams } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "../helpers/lsp-client";
import { readFixture } from "../unit/lint/fixture-format";

const rule = (f: string) => readFixture(readFileSync(join(__dirname, "../fixtures/rules", f), "utf8")).text;

describe("renumber commands that cannot renumber safely", () => {
  let client: TestClient;
  const shown: ShowMessageParams[] = [];
  let applied = 0;
  beforeAll(async () => {
    client = await startClient();
    client.connection.onNotification("window/showMessage", (p: ShowMessageParams) => void shown.push(p));
    client.connection.onRequest("workspace/applyEdit", () => (applied++, { applied: true }));
  });
  afterAll(async () => {
    await client.close();
  });

  const run = async (name: string, text: string, what: string) => {
    const uri = `file:///tmp/refusal-${name}.unres`;
    client.open(uri, text);
    const before = shown.length;
    const ok = await client.connection.sendRequest("workspace/executeCommand", { command: "resdraft.applyRenumbering", arguments: [uri, what] });
    for (let i = 0; i < 50 && shown.length === before; i++) await new Promise((r) => setTimeout(r, 20));
    return { ok, message: shown[before] };
  };

  it("operative paragraphs: a reference to a number printed twice", async () => {
    const { ok, message } = await run("dup", rule("res004/ambiguous-reference.unres"), "operative");
    expect(ok).toBe(false);
    expect(message?.type).toBe(2); // Warning
    expect(message?.message).toMatch(/not renumbered: 'paragraph 2' \(line 9\) names a number printed twice/);
  });

  it("footnotes: an Ibid. that would follow another footnote", async () => {
    const { ok, message } = await run("ibid", rule("res012/ibid.unres"), "footnotes");
    expect(ok).toBe(false);
    expect(message?.message).toMatch(/footnotes were not renumbered: footnote 3 \('Ibid\.'\)/);
  });

  it("nothing to do: says so, applies nothing", async () => {
    const { ok, message } = await run("done", rule("res012/order.fixed.unres"), "footnotes");
    expect(ok).toBe(true);
    expect(message?.type).toBe(3); // Info
    expect(message?.message).toMatch(/already numbered in order/);
    expect(applied).toBe(0);
  });
});
