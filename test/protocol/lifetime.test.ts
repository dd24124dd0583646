// The server must not outlive the editor that started it.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SERVER } from "../helpers/lsp-client";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe("server lifetime", () => {
  for (const transport of ["--node-ipc", "--stdio"]) {
    it(`exits when the editor process is killed (${transport})`, async () => {
      // A stand-in editor: starts the server as VS Code or Neovim would, then dies without a word.
      const editor = spawn(
        process.execPath,
        [
          "-e",
          `const cp = require("child_process");
           const s = ${transport === "--node-ipc" ? `cp.fork(${JSON.stringify(SERVER)}, ["--node-ipc"], { stdio: "ignore" })` : `cp.spawn(process.execPath, [${JSON.stringify(SERVER)}, "--stdio"], { stdio: ["pipe", "pipe", "ignore"] })`};
           console.log(s.pid);
           setInterval(() => {}, 1000);`,
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      const pid = await new Promise<number>((resolve) => editor.stdout!.once("data", (d) => resolve(Number(String(d).trim()))));
      expect(await waitFor(() => alive(pid), 5000)).toBe(true);
      editor.kill("SIGKILL");
      const gone = await waitFor(() => !alive(pid), 10_000);
      if (!gone) process.kill(pid, "SIGKILL");
      expect(gone).toBe(true);
    });
  }
});
