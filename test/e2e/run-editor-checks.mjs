#!/usr/bin/env node
// `node test/e2e/run-editor-checks.mjs`: the editor-feature checks (editor-checks.mjs) in a real
// code-server, on their own: own .vsix path, own profile, own port, so they never disturb a run of
// scripts/e2e.mjs. Needs code-server already installed by scripts/e2e.mjs (.cache/code-server) and
// a built dist/. Screenshots: test/artifacts/e2e-editor/. Ends with `N passed, M failed`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { codeServerBin, freshProfile, installVsix, isCodeServerInstalled, startCodeServer } from "../../scripts/lib/code-server.mjs";
import { freePort, waitForHttp } from "../../scripts/lib/port.mjs";
import { editorChecks, EDITOR_SAMPLE } from "./editor-checks.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const { chromium } = createRequire(join(root, "package.json"))("playwright-core");
const WORKSPACE = join(root, "test/e2e/workspace");
const shots = join(root, "test/artifacts/e2e-editor");

async function main() {
  if (!isCodeServerInstalled()) throw new Error("code-server is not installed: run npm run test:e2e once");
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "resdraft-editor-e2e-"));
  const vsix = join(work, "resdraft.vsix");
  execFileSync("npx", ["vsce", "package", "--no-dependencies", "--allow-missing-repository", "--skip-license", "--out", vsix], { cwd: root, stdio: "ignore" });
  const profile = freshProfile(join(work, "profile"), { "outline.collapseItems": "alwaysExpand", "problems.autoReveal": false });
  await installVsix(codeServerBin, vsix, profile);
  const port = await freePort();
  const child = startCodeServer(codeServerBin, profile, { port, folder: WORKSPACE, logFile: join(shots, "code-server.log") });
  const chromeProfile = join(work, "chromium");
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);
    const ctx = await chromium.launchPersistentContext(chromeProfile, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      viewport: { width: 1500, height: 950 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run", "--disable-sync"],
    });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}`);
      await page.locator(".monaco-workbench").waitFor({ timeout: 90000 });
      await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: 60000 }).catch(() => {});
      await page.keyboard.press("Control+P");
      const input = page.locator(".quick-input-widget input");
      await input.waitFor({ timeout: 10000 });
      await input.fill(EDITOR_SAMPLE);
      await page.locator(".quick-input-list .monaco-list-row", { hasText: EDITOR_SAMPLE }).first().click();
      await page.locator(`.monaco-editor[data-uri$="${EDITOR_SAMPLE}"] .view-lines`).first().waitFor({ timeout: 30000 });
      // The status bar item appears once the server has analysed the draft.
      await page.locator(".statusbar-item", { hasText: /PP \d+ · OP \d+/ }).first().waitFor({ timeout: 45000 }).catch(() => {});
      const command = async (p, title) => {
        await p.keyboard.press("F1");
        const box = p.locator(".quick-input-widget input");
        await box.waitFor({ timeout: 10000 });
        await box.fill(`>${title}`);
        await p.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ timeout: 10000 });
        await p.keyboard.press("Enter");
      };
      return await editorChecks(page, { workspace: WORKSPACE, shots, openOutline: (p) => command(p, "Explorer: Focus on Outline View") });
    } finally {
      await ctx.close();
    }
  } finally {
    child.kill("SIGTERM");
    rmSync(work, { recursive: true, force: true });
  }
}

let results = [];
try {
  results = await main();
} catch (e) {
  results = [{ name: "run", ok: false, detail: e.stack ?? String(e) }];
}
for (const r of results) console.log(`${r.ok ? "  PASS" : "  FAIL"} [vscode] ${r.name}${r.detail ? ` — ${r.detail.slice(0, 160)}` : ""}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
