/**
 * On-save checks for the code-server layer: a warning appears in VS Code's Problems panel when a
 * draft is edited and saved, and "Fix All" (the server's source.fixAll.resdraft) repairs it.
 * The Playwright driver calls `saveChecks` with the workbench open; what is expected is read from
 * the `e2e-save-expect:` line of test/e2e/workspace/on-save.unres. The driver works on a copy of the
 * workspace, so saving never touches the repository.
 * Screenshots: save-1-warning.png (the warning after saving), save-2-fixed.png (after Fix All).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { goTo } from "./editor-checks.mjs";

export const SAVE_SAMPLE = "on-save.unres";

const text = async (loc) => (await loc.innerText({ timeout: 2000 }).catch(() => "")).replace(/\s+/g, " ").trim();

/** Rows of the Problems panel that name `code`, as the user reads them. */
async function problemRows(page, code) {
  const rows = page.locator(".markers-panel .monaco-list-row");
  const all = await Promise.all((await rows.all()).map(text));
  return all.filter((r) => r.includes(code));
}

/** Wait until `ok(rows)` holds for the Problems rows naming `code`; returns the last rows seen. */
async function waitRows(page, code, ok, timeout = 30000) {
  const until = Date.now() + timeout;
  let rows = await problemRows(page, code);
  while (!ok(rows) && Date.now() < until) {
    await page.waitForTimeout(500);
    rows = await problemRows(page, code);
  }
  return rows;
}

/**
 * `openFile(page, name)` and `command(page, title)` are the driver's. Returns [{ name, ok, detail }].
 */
export async function saveChecks(page, { workspace, shots, openFile, command }) {
  const file = join(workspace, SAVE_SAMPLE);
  const original = readFileSync(file, "utf8");
  const exp = {};
  for (const m of (/e2e-save-expect:(.*)$/m.exec(original)?.[1] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)) exp[m[1]] = m[2];
  const results = [];
  const check = (name, ok, detail = "") => results.push({ name, ok: Boolean(ok), detail });
  const shot = (name) => page.screenshot({ path: join(shots, name) }).catch(() => {});
  const code = exp.code;

  // Only this file's problems should be listed: close the other editors (the server clears the
  // diagnostics of a closed document).
  await command(page, "View: Close All Editors");
  await openFile(page, SAVE_SAMPLE);
  if (!(await page.locator(".markers-panel").isVisible().catch(() => false))) await page.locator('[id="status.problems"]').click();
  await page.waitForTimeout(1500);
  const before = await problemRows(page, code);
  check(`${SAVE_SAMPLE} opens with no ${code} problem`, before.length === 0, before.join(" | ").slice(0, 200));

  // End the preambular paragraph with a semicolon instead of a comma, then save.
  const lines = original.split("\n");
  const line = lines.indexOf(exp.line) + 1;
  try {
    await page.locator(`.monaco-editor[data-uri$="${SAVE_SAMPLE}"] .view-lines`).first().click();
    await goTo(page, line, exp.line.length + 1);
    await page.keyboard.press("Backspace");
    await page.keyboard.type(";");
    await page.keyboard.press("Control+S");
    await page.waitForTimeout(500);
    const saved = readFileSync(file, "utf8");
    check(`the edit is saved (line ${line} ends with ";")`, saved.split("\n")[line - 1] === exp.line.slice(0, -1) + ";", JSON.stringify(saved.split("\n")[line - 1]));
    const after = await waitRows(page, code, (rows) => rows.length > 0);
    check(`after saving, the Problems panel shows ${code}`, after.length === 1 && /semicolon/.test(after[0]), after.join(" | ").slice(0, 200));
  } catch (e) {
    check(`after saving, the Problems panel shows ${code}`, false, e.message.split("\n")[0]);
  }
  await shot("save-1-warning.png");

  // "Fix All" asks the server for source.fixAll; saving then writes the repaired text.
  try {
    await command(page, "Fix All");
    await page.waitForTimeout(1000);
    await page.keyboard.press("Control+S");
    const gone = await waitRows(page, code, (rows) => rows.length === 0);
    check(`after Fix All, ${code} is gone from the Problems panel`, gone.length === 0, gone.join(" | ").slice(0, 200));
    // The rows go as soon as the text is fixed; the save reaches the disk a moment later.
    let fixed = readFileSync(file, "utf8");
    for (const until = Date.now() + 10000; fixed !== original && Date.now() < until; fixed = readFileSync(file, "utf8")) await page.waitForTimeout(250);
    check("Fix All saved the file exactly as it was before the edit", fixed === original, fixed === original ? "" : JSON.stringify(fixed.split("\n")[line - 1]));
  } catch (e) {
    check(`after Fix All, ${code} is gone from the Problems panel`, false, e.message.split("\n")[0]);
  }
  await shot("save-2-fixed.png");
  return results;
}
