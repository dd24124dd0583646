// Debian packages the real-editor scripts need. Check with dpkg; as root install the missing ones
// with apt-get; otherwise name them and stop (never skip a test silently because a tool is absent).
import { existsSync, openSync, closeSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { capture, run } from "./run.mjs";
import { step } from "./log.mjs";

/** What each package is for, so the message says why it is needed. */
export const PURPOSE = {
  chromium: "headless browser that drives code-server (test:e2e)",
  neovim: "second LSP client (test:e2e)",
  ripgrep: "seeds the rg download of code-server's install (no network to GitHub)",
  "libkrb5-dev": "headers for code-server's native kerberos module",
  "build-essential": "C/C++ compiler for code-server's native modules",
  "pkg-config": "used by code-server's native module builds",
  python3: "node-gyp, which builds code-server's native modules",
  "libreoffice-writer-nogui": "the word processor that accepts and rejects the redlines' tracked changes (test:e2e layer 5)",
  "python3-uno": "drives LibreOffice from /usr/bin/python3 (test:e2e layer 5)",
  "poppler-utils": "pdftoppm renders exported pages to PNG (test:e2e layer 5)",
};

export function isInstalled(pkg) {
  const status = capture("dpkg-query", ["-W", "-f=${Status}", pkg]);
  return status !== null && status.endsWith(" installed");
}

export function missingPackages(pkgs) {
  return pkgs.filter((p) => !isInstalled(p));
}

let aptUpdated = false;

/**
 * Make sure every package in `pkgs` is installed. Throws an Error whose message names the
 * missing packages (and the command to install them) when that is not possible.
 */
export async function ensurePackages(pkgs) {
  if (!existsSync("/usr/bin/dpkg-query")) {
    throw new Error(`not a Debian-like system (no dpkg-query): install these yourself: ${pkgs.join(" ")}`);
  }
  const missing = missingPackages(pkgs);
  if (missing.length === 0) return;
  const why = missing.map((p) => `  - ${p}: ${PURPOSE[p] ?? "needed"}`).join("\n");
  step(`missing Debian packages: ${missing.join(" ")}\n${why}`);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new Error(
      `missing Debian packages: ${missing.join(" ")}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Wait for a lock held by another apt instead of failing at once.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  // apt's hundreds of lines go to a log; the console gets one line per step (and the log's end on failure).
  const log = join(tmpdir(), `resdraft-apt-${process.pid}.log`);
  const t = Date.now();
  if (!aptUpdated) {
    await quiet("apt-get", [...lock, "update", "-qq"], env, log);
    aptUpdated = true;
  }
  await quiet("apt-get", [...lock, "install", "-y", "-qq", ...missing], env, log);
  const still = missingPackages(missing);
  if (still.length > 0) throw new Error(`apt-get did not install: ${still.join(" ")} (log: ${log})`);
  step(`apt: installed ${missing.join(" ")} in ${((Date.now() - t) / 1000).toFixed(0)} s (log: ${log})`);
}

async function quiet(cmd, args, env, log) {
  const fd = openSync(log, "a");
  try {
    await run(cmd, args, { env, stdio: ["ignore", fd, fd] });
  } catch (e) {
    const tail = readFileSync(log, "utf8").split("\n").slice(-20).join("\n");
    throw new Error(`${e.message}; last lines of ${log}:\n${tail}`);
  } finally {
    closeSync(fd);
  }
}
