// Child processes for the scripts: inherit output, fail loudly with the command line.
import { spawn, spawnSync } from "node:child_process";

/** Run a command to completion with inherited stdio; reject on a non-zero exit. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Run a command and return its stdout (trimmed), or null when it fails or is missing. */
export function capture(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  return r.status === 0 ? r.stdout.trim() : null;
}
