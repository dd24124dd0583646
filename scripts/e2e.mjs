// `npm run test:e2e`: the two real-editor layers.
//   Layer 3: Neovim (headless) attaches dist/server.js over stdio to a faulty draft and reads its
//            diagnostics and document symbols.
//   Layer 4: code-server (real VS Code) in headless Chromium installs the built .vsix, opens the
//            same draft from test/e2e/workspace/, and must show the server's diagnostics (squiggles,
//            Problems panel) and its Outline; screenshots go to test/artifacts/e2e/.
//   Layer 5: LibreOffice headless through UNO: Word redlines accept to NEW and reject to OLD, clean
//            exports and LibreOffice-made .docx read right (test/libreoffice/); pages in test/artifacts/word/.
// What each layer must see is written in the fixture (`e2e-expect:` line). The script installs the
// Debian packages it needs when run as root; otherwise it names them and fails. It ends with
// `N passed, M failed`.
//
// RESDRAFT_E2E_BREAK_SERVER=exit|mute replaces the server both editors run (never dist/ itself) by one
// that exits at once (exit) or never answers (mute): the run must then fail. It proves the checks bite.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { artifactsDir, cacheDir, distDir, root, samplesDir, vsixPath } from "./lib/paths.mjs";
import { COMPARE_FILES } from "../test/e2e/compare-checks.mjs";
import { step, timed } from "./lib/log.mjs";
import { run } from "./lib/run.mjs";
import { ensurePackages } from "./lib/system.mjs";
import { ensureCodeServer, freshProfile, installVsix, startCodeServer, stopCodeServer } from "./lib/code-server.mjs";
import { freePort, waitForHttp } from "./lib/port.mjs";

const E2E_PACKAGES = ["chromium", "neovim", "ripgrep", "libkrb5-dev", "build-essential", "pkg-config", "python3", "libreoffice-writer-nogui", "python3-uno", "poppler-utils"];
const WORKSPACE = join(root, "test", "e2e", "workspace");
const FIXTURE = "faulty-draft.unres";
// A/RES/80/229 as printed, under a name no file pattern knows: only content detection (the first
// line is the symbol) can make it \`unres\`.
const OFFICIAL_TXT = "saved-official-text.txt";
const BREAK = process.env.RESDRAFT_E2E_BREAK_SERVER ?? "";
const shots = join(artifactsDir, "e2e");

const results = [];
function check(layer, name, ok, detail = "") {
  results.push({ layer, name, ok });
  console.log(`${ok ? "  PASS" : "  FAIL"} [${layer}] ${name}${detail ? ` — ${detail}` : ""}`);
}

/** `e2e-expect: min-diagnostics=1 min-outline=8 outline-has="Preamble"` from the fixture. */
export function readExpectations(source) {
  const line = /e2e-expect:(.*)$/m.exec(source)?.[1] ?? "";
  const exp = { minDiagnostics: 1, minOutline: 1, outlineHas: [] };
  for (const m of line.matchAll(/([\w-]+)=(?:"([^"]*)"|(\S+))/g)) {
    const value = m[2] ?? m[3];
    if (m[1] === "min-diagnostics") exp.minDiagnostics = Number(value);
    else if (m[1] === "min-outline") exp.minOutline = Number(value);
    else if (m[1] === "outline-has") exp.outlineHas.push(value);
  }
  return exp;
}

/** The server both editors run: dist/server.js, or a broken stand-in when asked. */
function brokenServerSource(mode) {
  if (mode === "exit") return "// RESDRAFT_E2E_BREAK_SERVER=exit\nprocess.exit(3);\n";
  if (mode === "mute") return "// RESDRAFT_E2E_BREAK_SERVER=mute: alive, never answers\nsetInterval(() => {}, 1 << 30);\n";
  throw new Error(`RESDRAFT_E2E_BREAK_SERVER must be exit or mute, not ${mode}`);
}

function layer3Neovim(serverJs, exp) {
  const out = join(shots, "nvim-result.json");
  rmSync(out, { force: true });
  const t = Date.now();
  const r = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-c", `luafile ${join(root, "test", "e2e", "nvim-lsp.lua")}`], {
    env: { ...process.env, RESDRAFT_SERVER: serverJs, RESDRAFT_FILE: join(WORKSPACE, FIXTURE), RESDRAFT_OUT: out },
    encoding: "utf8",
    timeout: 60000,
  });
  step(`neovim finished in ${((Date.now() - t) / 1000).toFixed(1)} s (exit ${r.status ?? r.signal})`);
  if (!existsSync(out)) {
    check("neovim", "the Lua client wrote its result", false, (r.stderr || r.stdout || r.error?.message || "").slice(0, 500));
    return;
  }
  const seen = JSON.parse(readFileSync(out, "utf8"));
  for (const e of seen.errors) console.log(`    neovim: ${e}`);
  check("neovim", "server stays up", seen.exit_code === null, seen.exit_code === null ? "" : `exited with ${seen.exit_code}`);
  check("neovim", "server published diagnostics", seen.published === true);
  const ours = seen.diagnostics.filter((d) => d.source === "resdraft");
  for (const d of ours) console.log(`    ${FIXTURE}:${d.line}:${d.col} ${d.code ?? ""} ${d.message}`);
  check("neovim", `at least ${exp.minDiagnostics} diagnostic(s) from source "resdraft"`, ours.length >= exp.minDiagnostics, `${ours.length} seen`);
  check("neovim", `at least ${exp.minOutline} document symbols`, seen.symbols.length >= exp.minOutline, `${seen.symbols.length} seen`);
  for (const name of exp.outlineHas) check("neovim", `document symbol "${name}"`, seen.symbols.some((s) => s.name === name));
}

let driver = null;

/** Run the Playwright driver; on Ctrl-C it is ended with us (it closes its Chromium). */
function runDriver(extraEnv) {
  return new Promise((resolvePromise, reject) => {
    driver = spawn(process.execPath, [join(root, "test", "e2e", "code-server-driver.mjs")], { stdio: "inherit", env: { ...process.env, ...extraEnv } });
    driver.on("error", reject);
    driver.on("exit", (code) => {
      driver = null;
      if (code === 0) resolvePromise();
      else reject(new Error(`the driver exited with ${code}`));
    });
  });
}

async function layer4CodeServer(bin, exp) {
// One profile per run: two runs at once (several people, one working tree) must not share one.
  const profile = freshProfile(join(cacheDir, `e2e-${process.pid}`), {
    "outline.collapseItems": "alwaysExpand",
    "problems.autoReveal": false,
    // No editor.wordWrap here: the extension's own default for `unres` must wrap (compare-checks.mjs).
    // Dark first (VS Code's default theme); the comparison checks switch to light and back.
    "workbench.colorTheme": "Default Dark Modern",
  });
  await timed("install the .vsix into a fresh profile", () => installVsix(bin, vsixPath, profile));
  const installed = readdirSync(profile.extensionsDir).find((d) => d.startsWith("resdraft.resdraft-"));
  check("vscode", "the .vsix installs", Boolean(installed), installed ?? "not in the extensions folder");
  if (!installed) return;
  if (BREAK) writeFileSync(join(profile.extensionsDir, installed, "dist", "server.js"), brokenServerSource(BREAK));

  // The editor edits and saves files (test/e2e/save-checks.mjs): it works on a copy of the workspace.
  const workspace = join(profile.dir, "workspace");
  cpSync(WORKSPACE, workspace, { recursive: true });
  // The pair the comparison checks open (test/e2e/compare-checks.mjs), from samples/.
  for (const f of COMPARE_FILES) copyFileSync(join(samplesDir, f), join(workspace, f));
  const port = await freePort();
  const csLog = join(shots, "code-server.log");
  const child = startCodeServer(bin, profile, { port, folder: workspace, logFile: csLog });
  let exited = false;
  child.on("exit", () => (exited = true));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000, () => !exited);
    step(`code-server is up on 127.0.0.1:${port}`);
    const out = join(shots, "code-server-result.json");
    rmSync(out, { force: true });
    await runDriver({
      RESDRAFT_CS_URL: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
      RESDRAFT_WORKSPACE: workspace,
      RESDRAFT_FILE: FIXTURE,
      RESDRAFT_TXT_FILE: OFFICIAL_TXT,
      RESDRAFT_SHOTS: shots,
      RESDRAFT_OUT: out,
    }).catch((e) => console.log(`    driver: ${e.message}`));
    if (!existsSync(out)) {
      check("vscode", "the Playwright driver wrote its result", false);
      return;
    }
    const seen = JSON.parse(readFileSync(out, "utf8"));
    for (const e of seen.errors) console.log(`    code-server: ${e}`);
    check("vscode", "workbench loads", seen.workbench);
    check("vscode", `${FIXTURE} opens in the "unres" language`, /UN resolution|unres/i.test(seen.languageMode ?? ""), `status bar: ${seen.languageMode}`);
    check("vscode", "the editor shows squiggles", seen.squiggles > 0, `${seen.squiggles}`);
    // A marker row reads "<message> resdraft <code> [Ln 9, Col 55]"; the file rows have no position.
    const ours = seen.problems.filter((p) => /\bresdraft\b.*\[Ln \d+, Col \d+\]/.test(p));
    for (const p of ours) console.log(`    problem: ${p}`);
    check("vscode", `Problems panel: at least ${exp.minDiagnostics} from "resdraft"`, ours.length >= exp.minDiagnostics, `${ours.length} rows (status bar: ${seen.problemsBadge})`);
    for (const o of seen.outline) console.log(`    outline ${"  ".repeat(Math.max(0, o.level - 1))}${o.label}`);
    check("vscode", `Outline: at least ${exp.minOutline} entries`, seen.outline.length >= exp.minOutline, `${seen.outline.length}`);
    for (const name of exp.outlineHas) check("vscode", `Outline entry "${name}"`, seen.outline.some((o) => o.label === name));
    // test/e2e/editor-checks.mjs: hover, outline labels, status bar on editor-sample.unres.
    if (!seen.editor) check("vscode", "editor feature checks ran", false);
    for (const r of seen.editor ?? []) check("vscode", r.name, r.ok, r.detail);
    if (!seen.compare) check("vscode", "comparison checks ran", false);
    for (const r of seen.compare ?? []) check("vscode", r.name, r.ok, r.detail);
    if (!seen.save) check("vscode", "on-save checks ran", false);
    for (const r of seen.save ?? []) check("vscode", r.name, r.ok, r.detail);
    check("vscode", `${OFFICIAL_TXT} (an official text saved as .txt) opens as "unres" by content detection`, /UN resolution|unres/i.test(seen.txtLanguageMode ?? ""), `status bar: ${seen.txtLanguageMode}`);
    console.log(`    screenshots: ${seen.screenshots.map((p) => relative(root, p)).join(", ")}`);
  } finally {
    const stopped = stopCodeServer(child);
    // Keep the extension host and client logs next to the screenshots: they say why a server did not start.
    const logs = join(profile.userDataDir, "logs");
    if (existsSync(logs)) cpSync(logs, join(shots, "vscode-logs"), { recursive: true });
    await stopped;
    rmSync(profile.dir, { recursive: true, force: true });
  }
}

async function main() {
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  if (BREAK) step(`RESDRAFT_E2E_BREAK_SERVER=${BREAK}: both editors get a broken server; this run must FAIL`);
  try {
    await timed("Debian packages", () => ensurePackages(E2E_PACKAGES));
  } catch (e) {
    check("setup", "Debian packages", false, e.message);
    return;
  }
  // Layer 5 needs no editor: it runs first, so a code-server setup failure does not hide it.
  await timed("layer 5: LibreOffice (Word round trip)", () => layer5LibreOffice());
  const bin = await ensureCodeServer();
  await timed("build and package the extension (npm run package)", () =>
    run("npm", ["run", "--silent", "package"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] }),
  );
  const exp = readExpectations(readFileSync(join(WORKSPACE, FIXTURE), "utf8"));
  step(`expectations from ${FIXTURE}: ${JSON.stringify(exp)}`);

  let serverJs = join(distDir, "server.js");
  if (BREAK) {
    serverJs = join(shots, "broken-server.js");
    writeFileSync(serverJs, brokenServerSource(BREAK));
  }
  await timed("layer 3: Neovim", async () => layer3Neovim(serverJs, exp));
  await timed("layer 4: code-server + Chromium", () => layer4CodeServer(bin, exp));
}

/**
 * Layer 5: LibreOffice headless (test/libreoffice/): redlines of corpus year pairs accepted and rejected
 * through UNO must give NEW and OLD, clean exports and LibreOffice-made .docx read right; one check per test.
 */
async function layer5LibreOffice() {
  const report = join(shots, "libreoffice.json");
  const r = spawnSync("npx", ["vitest", "run", "--config", "test/libreoffice/vitest.config.mts", "--reporter=json", `--outputFile=${report}`], { cwd: root, encoding: "utf8" });
  if (!existsSync(report)) {
    check("libreoffice", "the LibreOffice suite ran", false, (r.stderr || r.stdout || r.error?.message || "").slice(0, 500));
    return;
  }
  const json = JSON.parse(readFileSync(report, "utf8"));
  const tests = json.testResults.flatMap((f) => f.assertionResults);
  if (tests.length === 0) check("libreoffice", "the LibreOffice suite ran tests", false, json.testResults.map((f) => f.message).join(" ").slice(0, 500));
  for (const t of tests) check("libreoffice", t.fullName, t.status === "passed", (t.failureMessages ?? []).join(" ").slice(0, 400));
}

// Ctrl-C: exit through process.exit so the "exit" hooks stop code-server (it runs in its own group).
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    driver?.kill("SIGINT");
    process.exit(130);
  });
}
await main().catch((e) => check("setup", "run", false, e.stack ?? String(e)));
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
