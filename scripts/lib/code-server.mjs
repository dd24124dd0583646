// Installs code-server (real VS Code in a browser) from the npm registry into the project's cache,
// once, and finds it on later runs. Pinned to 4.100.3: later releases declare Node 22+.
//
// Three things in its install would reach beyond the npm registry, and are worked around here:
// - @vscode/ripgrep's postinstall downloads rg from GitHub: we seed its download cache with
//   Debian's /usr/bin/rg packed the way the download would be.
// - node-pty's postinstall runs `npx node-gyp`: npm_config_yes=true so npx does not refuse.
// - node-gyp fetches Node headers: npm_config_nodedir=/usr, where Debian's nodejs ships them.
// And code-server's postinstall refuses to run as root unless npm_config_unsafe_perm is set.
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch, tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { cacheDir } from "./paths.mjs";
import { capture, run } from "./run.mjs";
import { step } from "./log.mjs";
import { ensurePackages } from "./system.mjs";

export const CODE_SERVER_VERSION = "4.100.3";
export const installDir = join(cacheDir, "code-server", CODE_SERVER_VERSION);
export const codeServerBin = join(installDir, "node_modules", ".bin", "code-server");
const marker = join(installDir, ".installed");

/** Debian packages needed to install (not to run) code-server. */
export const BUILD_PACKAGES = ["libkrb5-dev", "build-essential", "pkg-config", "python3", "ripgrep"];

export function isCodeServerInstalled() {
  return existsSync(marker) && existsSync(codeServerBin);
}

/** Return the code-server binary, installing it first when needed. */
export async function ensureCodeServer() {
  if (isCodeServerInstalled()) return codeServerBin;
  step(`code-server ${CODE_SERVER_VERSION} is not installed yet: installing it into ${installDir}`);
  step("this happens once; it downloads about 200 MB from the npm registry and compiles native modules (1–3 minutes)");
  await ensurePackages(BUILD_PACKAGES);
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  writeFileSync(join(installDir, "package.json"), JSON.stringify({ private: true, description: "code-server for resdraft's developer scripts" }) + "\n");

  step(`downloading code-server ${CODE_SERVER_VERSION}`);
  const tgz = packInto(`code-server@${CODE_SERVER_VERSION}`);
  const shrinkwrap = JSON.parse(tarCat(tgz, "package/lib/vscode/npm-shrinkwrap.json"));
  const rgVersion = shrinkwrap.packages["node_modules/@vscode/ripgrep"].version;
  seedRipgrep(rgVersion);

  const env = {
    ...process.env,
    npm_config_yes: "true",
    npm_config_unsafe_perm: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
  };
  if (existsSync("/usr/include/node/node.h")) env.npm_config_nodedir = "/usr";
  const log = join(installDir, "install.log");
  step(`npm install code-server (native modules compile now; full log: ${log})`);
  await npmWithProgress(["install", "--no-save", "--foreground-scripts", tgz], { cwd: installDir, env }, log);
  // CODE_SERVER_CONFIG: an empty config, or code-server writes ~/.config/code-server/config.yaml.
  writeFileSync(join(installDir, "config.yaml"), "");
  const version = capture(codeServerBin, ["--version"], { env: { ...process.env, CODE_SERVER_CONFIG: join(installDir, "config.yaml") } })
    ?.split("\n")
    .pop();
  if (!version) throw new Error(`code-server was installed but does not run; see ${log}`);
  writeFileSync(marker, version + "\n");
  step(`code-server installed: ${version}`);
  return codeServerBin;
}

/** `npm pack SPEC` into the install folder; returns the tarball path. */
function packInto(spec) {
  const out = capture("npm", ["pack", "--json", spec, "--pack-destination", installDir], { cwd: installDir });
  if (!out) throw new Error(`npm pack ${spec} failed (is the npm registry reachable?)`);
  return join(installDir, JSON.parse(out)[0].filename);
}

function tarCat(tgz, member) {
  const out = capture("tar", ["-xzOf", tgz, member], { maxBuffer: 64 << 20 });
  if (out === null) throw new Error(`cannot read ${member} from ${tgz}`);
  return out;
}

/** Put Debian's rg where @vscode/ripgrep's postinstall looks before it downloads. */
function seedRipgrep(rgVersion) {
  const tgz = packInto(`@vscode/ripgrep@${rgVersion}`);
  const postinstall = tarCat(tgz, "package/lib/postinstall.js");
  const tag = /^const VERSION = '([^']+)';/m.exec(postinstall)?.[1];
  if (!tag) throw new Error("cannot find the ripgrep release tag in @vscode/ripgrep's postinstall.js");
  const target = arch() === "arm64" ? "aarch64-unknown-linux-musl" : "x86_64-unknown-linux-musl";
  const cache = join(tmpdir(), `vscode-ripgrep-cache-${rgVersion}`);
  const file = join(cache, `ripgrep-${tag}-${target}.tar.gz`);
  mkdirSync(cache, { recursive: true });
  const stage = mkdtempSync(join(tmpdir(), "resdraft-rg-"));
  copyFileSync("/usr/bin/rg", join(stage, "rg"));
  const ok = capture("tar", ["-czf", file, "-C", stage, "rg"]);
  rmSync(stage, { recursive: true, force: true });
  if (ok === null) throw new Error(`cannot write ${file}`);
  step(`seeded the ripgrep download cache with /usr/bin/rg: ${file}`);
}

/**
 * Run npm with its output going to a log file, and print a line every 15 s so a long
 * native build does not look like a hang. On failure, show the end of the log.
 */
function npmWithProgress(args, opts, logPath) {
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(logPath);
    const child = spawn("npm", args, { ...opts, stdio: ["ignore", "pipe", "pipe"] });
    let last = "";
    const remember = (chunk) => {
      log.write(chunk);
      const lines = chunk.toString().split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("npm warn"));
      if (lines.length) last = lines[lines.length - 1].slice(0, 100);
    };
    child.stdout.on("data", remember);
    child.stderr.on("data", remember);
    const t0 = Date.now();
    const ticker = setInterval(() => step(`  still installing code-server (${Math.round((Date.now() - t0) / 1000)} s)${last ? `: ${last}` : ""}`), 15000);
    child.on("error", (e) => {
      clearInterval(ticker);
      reject(e);
    });
    child.on("exit", (code) => {
      clearInterval(ticker);
      log.end(() => {
        if (code === 0) return resolvePromise();
        const tail = readFileSync(logPath, "utf8").split("\n").slice(-30).join("\n");
        reject(new Error(`npm install of code-server failed (exit ${code}); last lines of ${logPath}:\n${tail}`));
      });
    });
  });
}

/** Install a .vsix into an extensions folder (replacing an older build of it). */
export async function installVsix(bin, vsix, { extensionsDir, userDataDir, configFile }) {
  await run(bin, ["--config", configFile, "--user-data-dir", userDataDir, "--extensions-dir", extensionsDir, "--install-extension", vsix, "--force"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/**
 * A fresh VS Code profile under `dir`: an empty code-server config file (so ~/.config/code-server
 * is neither read nor created), a user-data-dir whose settings turn off trust prompts, welcome
 * pages, telemetry and updates, and an extensions folder.
 */
export function freshProfile(dir, extraSettings = {}) {
  rmSync(dir, { recursive: true, force: true });
  const userDataDir = join(dir, "user-data");
  const extensionsDir = join(dir, "extensions");
  const configFile = join(dir, "config.yaml");
  mkdirSync(join(userDataDir, "User"), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(configFile, "");
  const settings = {
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "security.workspace.trust.enabled": false,
    "telemetry.telemetryLevel": "off",
    "extensions.autoUpdate": false,
    "extensions.autoCheckUpdates": false,
    "extensions.ignoreRecommendations": true,
    "update.mode": "none",
    "chat.disableAIFeatures": true,
    "git.openRepositoryInParentFolders": "never",
    ...extraSettings,
  };
  writeFileSync(join(userDataDir, "User", "settings.json"), JSON.stringify(settings, null, 2) + "\n");
  return { dir, userDataDir, extensionsDir, configFile };
}

/** Start code-server on 127.0.0.1:port without auth, opening `folder`. Returns the child process. */
export function startCodeServer(bin, profile, { port, folder, logFile }) {
  const args = [
    "--config", profile.configFile,
    "--bind-addr", `127.0.0.1:${port}`,
    "--auth", "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--user-data-dir", profile.userDataDir,
    "--extensions-dir", profile.extensionsDir,
    folder,
  ];
  const out = logFile ? createWriteStream(logFile) : null;
  // Its own process group, so that stopCodeServer can end the file watcher and extension host
  // that code-server forks (they outlive a plain SIGTERM to the wrapper).
  const child = spawn(bin, args, { stdio: ["ignore", out ? "pipe" : "inherit", out ? "pipe" : "inherit"], detached: true });
  // If this script ends first (an exception, process.exit), do not leave code-server behind.
  const orphanGuard = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", orphanGuard);
  child.once("exit", () => process.off("exit", orphanGuard));
  if (out) {
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  return child;
}

/** Stop code-server and everything it started (its process group); resolves when the wrapper exited. */
export function stopCodeServer(child) {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    child.once("exit", () => resolvePromise());
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  });
}
