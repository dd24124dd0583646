// Layer 4 driver: real VS Code (code-server) in headless Debian Chromium, driven by playwright-core.
// scripts/e2e.mjs starts code-server with the freshly built .vsix installed, then runs this with:
//   RESDRAFT_CS_URL      workbench URL (with ?folder=<the fixture workspace>)
//   RESDRAFT_FILE        the file to open, relative to the workspace
//   RESDRAFT_TXT_FILE    an official text saved as .txt (content detection must make it `unres`)
//   RESDRAFT_WORKSPACE   the workspace folder code-server opened (a copy: the on-save checks save files)
//   RESDRAFT_SHOTS       folder for screenshots
//   RESDRAFT_OUT         where to write what was seen (JSON); the assertions live in scripts/e2e.mjs
// Everything is read from the DOM, as a person would see it. A missing element is recorded, not
// thrown, so one run reports every problem and still takes its screenshots.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { editorChecks, EDITOR_SAMPLE } from "./editor-checks.mjs";
import { saveChecks } from "./save-checks.mjs";
import { compareChecks } from "./compare-checks.mjs";

const env = (k, d) => process.env[k] ?? d ?? (() => { throw new Error(`${k} not set`); })();
const URL_ = env("RESDRAFT_CS_URL");
const FILE = env("RESDRAFT_FILE");
const TXT_FILE = process.env.RESDRAFT_TXT_FILE;
const SHOTS = env("RESDRAFT_SHOTS");
const WORKSPACE = env("RESDRAFT_WORKSPACE", join(dirname(fileURLToPath(import.meta.url)), "workspace"));
const OUT = env("RESDRAFT_OUT");
const DIAG_TIMEOUT = Number(process.env.RESDRAFT_DIAG_TIMEOUT_MS ?? 45000);

const t0 = Date.now();
const log = (msg) => console.log(`  [code-server ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const seen = { workbench: false, editorOpen: false, languageMode: null, squiggles: 0, problems: [], problemsBadge: null, outline: [], txtLanguageMode: null, editor: null, compare: null, save: null, screenshots: [], errors: [] };
const shot = async (page, name) => {
  const path = join(SHOTS, name);
  await page.screenshot({ path }).catch((e) => seen.errors.push(`screenshot ${name}: ${e.message}`));
  seen.screenshots.push(path);
  log(`screenshot ${path}`);
};
const text = async (loc) => (await loc.innerText({ timeout: 2000 }).catch(() => "")).replace(/\s+/g, " ").trim();

/**
 * Open a workspace file as a user would: Quick Open (Ctrl+P) and a click on the result; if the
 * editor has not appeared (a slow machine can swallow the first attempt), double-click it in the Explorer.
 */
async function openFile(page, name) {
  const editor = page.locator(`.monaco-editor[data-uri$="${name}"] .view-lines`).first();
  const attempts = [
    async () => {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+P");
      const input = page.locator(".quick-input-widget input");
      await input.waitFor({ timeout: 10000 });
      await input.fill(name);
      const row = page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first();
      await row.waitFor({ timeout: 15000 });
      await row.click();
    },
    async () => {
      await page.keyboard.press("Escape");
      const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
      await row.waitFor({ timeout: 15000 });
      await row.dblclick();
    },
  ];
  let last;
  for (const attempt of attempts) {
    try {
      await attempt();
      await editor.waitFor({ timeout: 20000 });
      return;
    } catch (e) {
      last = e;
      log(`opening ${name} did not work yet: ${e.message.split("\n")[0]}`);
    }
  }
  throw last;
}

/** Run a command from the command palette (F1) by its title. */
async function command(page, title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press("Enter");
}

const profile = mkdtempSync(join(tmpdir(), "resdraft-chromium-"));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1500, height: 950 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on("pageerror", (e) => log(`pageerror: ${e.message.slice(0, 200)}`));
  await page.goto(URL_);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90000 });
  // The Explorer lists the workspace once the remote file system answers; open files after that.
  await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: 60000 }).catch(() => {});
  seen.workbench = true;
  log("workbench visible");

  try {
    await openFile(page, FILE);
    seen.editorOpen = true;
    log(`${FILE} open`);
  } catch (e) {
    seen.errors.push(`open ${FILE}: ${e.message.split("\n")[0]}`);
  }
  // The server's diagnostics, as the editor draws them: any squiggle (error, warning, info).
  const squiggle = page.locator('.monaco-editor .view-overlays [class*="squiggly-"]');
  await squiggle.first().waitFor({ timeout: DIAG_TIMEOUT }).catch(() => seen.errors.push(`no squiggle within ${DIAG_TIMEOUT / 1000} s`));
  seen.squiggles = await squiggle.count();
  seen.languageMode = await text(page.locator('[id="status.editor.mode"]'));
  log(`squiggles: ${seen.squiggles}; language mode: ${seen.languageMode}`);
  await shot(page, "1-editor.png");

  // The Problems panel: one row per diagnostic (plus one per file).
  const status = page.locator('[id="status.problems"]');
  seen.problemsBadge = await text(status);
  await status.click().catch((e) => seen.errors.push(`status.problems: ${e.message.split("\n")[0]}`));
  const rows = page.locator(".markers-panel .monaco-list-row");
  await rows.first().waitFor({ timeout: 10000 }).catch(() => seen.errors.push("the Problems panel shows no rows"));
  for (const r of await rows.all()) seen.problems.push(await text(r));
  log(`problems panel: ${seen.problems.length} rows`);
  await shot(page, "2-problems.png");

  // The Outline view, fully expanded (outline.collapseItems = alwaysExpand in the profile).
  try {
    // Collapse the file tree so the Outline section gets the whole side bar (its list is virtual:
    // rows scrolled out of sight are not in the DOM).
    const folders = page.locator(".pane", { has: page.locator(".explorer-folders-view") }).locator(".pane-header").first();
    if ((await folders.getAttribute("aria-expanded").catch(() => null)) === "true") await folders.click();
    await command(page, "Explorer: Focus on Outline View");
    const orows = page.locator(".outline-pane .monaco-list-row");
    await orows.first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(500); // the tree fills in one render pass after its first row
    for (const r of await orows.all()) {
      seen.outline.push({ label: await text(r.locator(".monaco-highlighted-label").first()), level: Number(await r.getAttribute("aria-level")) });
    }
    log(`outline: ${seen.outline.length} entries`);
  } catch (e) {
    seen.errors.push(`outline: ${e.message.split("\n")[0]}`);
  }
  await shot(page, "3-outline.png");

  // Editor features beyond diagnostics (hover, outline labels, status bar), on their own sample.
  try {
    await openFile(page, EDITOR_SAMPLE);
    seen.editor = await editorChecks(page, {
      workspace: WORKSPACE,
      shots: SHOTS,
      openOutline: (p) => command(p, "Explorer: Focus on Outline View"),
    });
  } catch (e) {
    seen.errors.push(`editor checks: ${e.message.split("\n")[0]}`);
  }

  // Content detection: an official text saved as .txt must open in the `unres` language.
  if (TXT_FILE) {
    try {
      await openFile(page, TXT_FILE);
      await page.waitForTimeout(1500); // the mode switches from Plain Text a moment after opening
      seen.txtLanguageMode = await text(page.locator('[id="status.editor.mode"]'));
      log(`${TXT_FILE}: language mode ${seen.txtLanguageMode}`);
    } catch (e) {
      seen.errors.push(`open ${TXT_FILE}: ${e.message.split("\n")[0]}`);
    }
    await shot(page, "4-official-txt.png");
  }

  // The comparison view and the drafter's checks (completion while typing, word wrap, hostile text).
  try {
    seen.compare = await compareChecks(page, { workspace: WORKSPACE, shots: SHOTS, openFile });
  } catch (e) {
    seen.errors.push(`compare checks: ${e.message.split("\n")[0]}`);
  }

  // On save: a warning appears in the Problems panel, and Fix All repairs it (last: it closes the other editors).
  try {
    seen.save = await saveChecks(page, { workspace: WORKSPACE, shots: SHOTS, openFile, command });
  } catch (e) {
    seen.errors.push(`save checks: ${e.message.split("\n")[0]}`);
  }
} catch (e) {
  seen.errors.push(e.message.split("\n")[0]);
  const p = ctx.pages()[0];
  if (p) await shot(p, "fail.png");
} finally {
  writeFileSync(OUT, JSON.stringify(seen, null, 2));
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
