/**
 * Editor-feature checks for the code-server layer, for the Playwright driver to call on an open
 * workbench page (see the note at the end). What they expect is read from the fixture's
 * `e2e-editor-expect:` line (test/e2e/workspace/editor-sample.unres):
 *   - the Outline view lists the paragraphs (an entry such as "1. Takes note with appreciation…");
 *   - hovering a footnote marker shows the footnote text;
 *   - the status bar item reads `PP 4 · OP 5 · fn 3` (plus a problem count when there are problems).
 * Screenshots: editor-1-hover-footnote.png, editor-2-outline.png, editor-3-status.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const EDITOR_SAMPLE = "editor-sample.unres";

export function readEditorExpectations(source) {
  const line = /e2e-editor-expect:(.*)$/m.exec(source)?.[1] ?? "";
  const exp = {};
  for (const m of line.matchAll(/([\w-]+)="([^"]*)"/g)) exp[m[1]] = m[2];
  return exp;
}

/**
 * Put the cursor at 1-based `line`:`column`: Quick Open with ":" is Go to Line (the browser may keep
 * Ctrl+G for itself).
 */
export async function goTo(page, line, column) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ timeout: 10000 });
  await input.fill(`:${line}:${column}`);
  await page.waitForTimeout(300);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
}

const text = async (loc) => (await loc.innerText({ timeout: 2000 }).catch(() => "")).replace(/\s+/g, " ").trim();

/**
 * Runs the checks on `page` with EDITOR_SAMPLE already open and focused; `openOutline` is the
 * driver's own way to focus the Outline view. Returns [{ name, ok, detail }].
 */
export async function editorChecks(page, { workspace, shots, openOutline }) {
  const exp = readEditorExpectations(readFileSync(join(workspace, EDITOR_SAMPLE), "utf8"));
  const results = [];
  const check = (name, ok, detail = "") => results.push({ name, ok: Boolean(ok), detail });
  const shot = (name) => page.screenshot({ path: join(shots, name) }).catch(() => {});

  // 1. Hover a footnote marker: the hover shows the footnote's text. The cursor is put on the
  // marker with Go to Line (line:column) and the hover opened from the keyboard, so a long line
  // scrolled out of view does not matter.
  const source = readFileSync(join(workspace, EDITOR_SAMPLE), "utf8");
  const at = source.indexOf(exp["hover-marker"]);
  const before = source.slice(0, at).split("\n");
  const line = before.length;
  const column = before[before.length - 1].length + 2; // 1-based, inside the marker
  try {
    await page.locator(`.monaco-editor[data-uri$="${EDITOR_SAMPLE}"] .view-lines`).first().click();
    await goTo(page, line, column);
    await page.waitForTimeout(200);
    // The workbench keeps hidden hover widgets around: read the visible ones. The hover may also
    // hold a lint problem at the same place, so look for our part in it.
    const hover = page.locator(".monaco-hover:visible");
    // Ctrl+K Ctrl+I opens the hover at the cursor; a loaded machine can drop the chord, so fall back
    // to the palette command.
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const opened = await hover.first().waitFor({ timeout: 4000 }).then(() => true, () => false);
    if (!opened) {
      await page.keyboard.press("F1");
      const palette = page.locator(".quick-input-widget input");
      await palette.waitFor({ timeout: 10000 });
      await palette.fill(">Show or Focus Hover");
      await page.locator(".quick-input-list .monaco-list-row", { hasText: "Show or Focus Hover" }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press("Enter");
    }
    await hover.first().waitFor({ timeout: 10000 });
    await hover.filter({ hasText: exp["hover-shows"] }).first().waitFor({ timeout: 5000 }).catch(() => {});
    const shown = (await Promise.all((await hover.all()).map(text))).join(" ");
    const ok = shown.includes(exp["hover-shows"]) && /Footnote \d+/.test(shown);
    check(`hover on ${exp["hover-marker"]} (line ${line}) shows "${exp["hover-shows"]}"`, ok, shown.slice(Math.max(0, shown.indexOf("Footnote")), 200));
  } catch (e) {
    check(`hover on ${exp["hover-marker"]} (line ${line}) shows "${exp["hover-shows"]}"`, false, e.message.split("\n")[0]);
  }
  await shot("editor-1-hover-footnote.png");
  await page.keyboard.press("Escape");

  // 2. The Outline view lists the paragraphs by number and opener.
  try {
    // Collapse the file tree so the Outline gets the side bar (its list is virtual: rows out of
    // sight are not in the DOM).
    const folders = page.locator(".pane", { has: page.locator(".explorer-folders-view") }).locator(".pane-header").first();
    if ((await folders.getAttribute("aria-expanded").catch(() => null)) === "true") await folders.click();
    await openOutline(page);
    const rows = page.locator(".outline-pane .monaco-list-row");
    await rows.first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(500);
    const labels = [];
    for (const r of await rows.all()) labels.push(await text(r.locator(".monaco-highlighted-label").first()));
    check(`Outline lists "${exp["outline-has"]}…"`, labels.some((l) => l.startsWith(exp["outline-has"])), `${labels.length} entries`);
  } catch (e) {
    check(`Outline lists "${exp["outline-has"]}…"`, false, e.message.split("\n")[0]);
  }
  await shot("editor-2-outline.png");

  // 3. The status bar item.
  const item = page.locator(".statusbar-item", { hasText: /PP \d+ · OP \d+ · fn \d+/ }).first();
  const status = await item.waitFor({ timeout: 10000 }).then(() => text(item), () => "");
  check(`status bar reads "${exp.status}"`, status.startsWith(exp.status), status);
  await shot("editor-3-status.png");
  return results;
}

// Run on their own: node test/e2e/run-editor-checks.mjs. To fold them into scripts/e2e.mjs instead,
// the driver opens EDITOR_SAMPLE after its own checks and records
//   seen.editor = await editorChecks(page, { workspace, shots: SHOTS, openOutline: (p) => command(p, "Explorer: Focus on Outline View") });
// and scripts/e2e.mjs adds: for (const r of seen.editor ?? []) check("vscode", r.name, r.ok, r.detail);
