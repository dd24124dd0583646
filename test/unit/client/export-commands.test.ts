// The editor's export commands, wired to a stand-in of the VS Code API: *Export Word File…* asks the server
// for the active resolution as .docx, saves the decoded bytes where the save dialog says, and offers Open
// (the system's program for a Word file) and Reveal; the redline export ends with the same offer.
import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: { method: string; args: unknown[] }[] = [];
const record = (method: string, result?: (...args: unknown[]) => unknown) =>
  vi.fn((...args: unknown[]) => {
    calls.push({ method, args });
    return Promise.resolve(result?.(...args));
  });
const registered = new Map<string, (...args: unknown[]) => unknown>();
let answer: string | undefined;

vi.mock("vscode", () => {
  const uri = (path: string) => ({ path, fsPath: path, toString: () => `file://${path}`, with: (c: { path: string }) => uri(c.path) });
  return {
    Uri: { file: uri },
    window: {
      activeTextEditor: { document: { languageId: "unres", uri: uri("/ws/draft.unres") } },
      showSaveDialog: record("showSaveDialog", (o) => (o as { defaultUri: unknown }).defaultUri),
      showInformationMessage: record("showInformationMessage", () => answer),
      showErrorMessage: record("showErrorMessage"),
      showTextDocument: record("showTextDocument"),
    },
    workspace: { fs: { writeFile: record("writeFile") } },
    env: { openExternal: record("openExternal", () => true) },
    commands: {
      registerCommand: (id: string, run: (...args: unknown[]) => unknown) => (registered.set(id, run), { dispose() {} }),
      executeCommand: record("executeCommand"),
    },
  };
});

const { registerExportCommands } = await import("../../../client/src/export-commands");
const { ClientCommands, Requests } = await import("../../../server/src/protocol");

const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]);
const client = {
  sendRequest: vi.fn(async (method: string, params: { format: string }) => {
    calls.push({ method: "sendRequest", args: [method, params] });
    return { format: params.format, extension: ".docx", binary: true, content: Buffer.from(bytes).toString("base64"), summary: { preamble: 2, operative: 3, footnotes: 1 } };
  }),
};

describe("Export Word File…", () => {
  beforeEach(() => {
    calls.length = 0;
    registered.clear();
    registerExportCommands({ subscriptions: [] } as never, client as never);
  });

  it("is registered beside the Akoma Ntoso export", () => {
    expect([...registered.keys()].sort()).toEqual([ClientCommands.exportAkn, ClientCommands.exportDocx].sort());
  });

  it("asks the server for the clean .docx, saves its bytes, and Open hands the file to the system", async () => {
    answer = "Open";
    await registered.get(ClientCommands.exportDocx)!();
    expect(calls.find((c) => c.method === "sendRequest")!.args).toEqual([Requests.export, { uri: "file:///ws/draft.unres", format: "docx" }]);
    const dialog = calls.find((c) => c.method === "showSaveDialog")!.args[0] as { defaultUri: { path: string }; filters: Record<string, string[]> };
    expect(dialog.defaultUri.path).toBe("/ws/draft.docx");
    expect(Object.values(dialog.filters)).toEqual([["docx"]]);
    const [target, written] = calls.find((c) => c.method === "writeFile")!.args as [{ path: string }, Uint8Array];
    expect(target.path).toBe("/ws/draft.docx");
    expect([...written]).toEqual([...bytes]);
    const note = calls.find((c) => c.method === "showInformationMessage")!.args;
    expect(note.slice(1)).toEqual(["Open", "Reveal"]);
    expect(note[0]).toMatch(/wrote \/ws\/draft\.docx \(2 preambular, 3 operative paragraphs, 1 footnotes\)/);
    expect(calls.find((c) => c.method === "openExternal")!.args[0]).toBe(target);
    expect(calls.some((c) => c.method === "showTextDocument")).toBe(false);
  });

  it("Reveal shows the file in the operating system's file manager", async () => {
    answer = "Reveal";
    await registered.get(ClientCommands.exportDocx)!();
    const target = calls.find((c) => c.method === "writeFile")!.args[0];
    expect(calls.find((c) => c.method === "executeCommand")!.args).toEqual(["revealFileInOS", target]);
    expect(calls.some((c) => c.method === "openExternal")).toBe(false);
  });
});
