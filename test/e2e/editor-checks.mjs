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

  // 1. Hover a footnote marker: the hover shows the footnote's text.
  try {
    // The innermost token span holding exactly the marker (the line's outer span also "has" its text).
    const exact = new RegExp(`^${exp["hover-marker"].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    const marker = page.locator(".monaco-editor .view-lines .view-line span span").filter({ hasText: exact }).first();
    await marker.waitFor({ timeout: 15000 });
    await marker.hover();
    const hover = page.locator(".monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover .hover-contents").first();
    await hover.waitFor({ timeout: 10000 });
    const shown = await text(hover);
    check(`hover on ${exp["hover-marker"]} shows "${exp["hover-shows"]}"`, shown.includes(exp["hover-shows"]), shown.slice(0, 120));
  } catch (e) {
    check(`hover on ${exp["hover-marker"]} shows "${exp["hover-shows"]}"`, false, e.message.split("\n")[0]);
  }
  await shot("editor-1-hover-footnote.png");
  await page.keyboard.press("Escape");

  // 2. The Outline view lists the paragraphs by number and opener.
  try {
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

// Wiring (for the driver's owner): after the Outline check,
//   import { editorChecks, EDITOR_SAMPLE } from "./editor-checks.mjs";
//   await openFile(page, EDITOR_SAMPLE);
//   seen.editor = await editorChecks(page, { workspace: <test/e2e/workspace>, shots: SHOTS,
//     openOutline: (p) => command(p, "Explorer: Focus on Outline View") });
// and in scripts/e2e.mjs: for (const r of seen.editor ?? []) check("vscode", r.name, r.ok, r.detail);
