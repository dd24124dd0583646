/**
 * The reviewer's and drafter's checks in real VS Code (code-server), for the Playwright driver:
 *   - the comparison view of 78/229 → 80/229 from the editor title's button, readable in the dark
 *     and the light theme (text/background contrast measured in the webview), screenshots in both;
 *   - the filters change what is shown; a click on a paragraph reveals it in its editor; next/previous
 *     change from the view (j) and from the editor (Alt+F5);
 *   - the native text diff of both texts normalised;
 *   - completion appears while typing (no Ctrl+Space), word wrap is on for `unres` by default;
 *   - a resolution holding <script>, <img onerror>, </textarea> shows them as text and runs nothing;
 *   - the view follows edits; the status item's icon is the worst problem's; a rule code opens rendered;
 *   - the Explorer's context menu compares two selected files; the walkthrough is listed;
 *   - with no predecessor, the message offers "Compare with File…" and shows no raw backticks.
 * Screenshots: compare-*.png. Returns [{ name, ok, detail }].
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { goTo } from "./editor-checks.mjs";

export const COMPARE_FILES = ["A-RES-78-229.txt", "A-RES-80-229.txt"];

const text = async (loc) => (await loc.innerText({ timeout: 3000 }).catch(() => "")).replace(/\s+/g, " ").trim();

/** The comparison view's document: VS Code nests it in two iframes. */
function viewFrame(page) {
  return page.frameLocator("iframe.webview.ready").last().frameLocator("#active-frame");
}

/** WCAG contrast ratio of two CSS rgb() colours. */
export function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

async function cursorLine(page) {
  const s = await text(page.locator('[id="status.editor.selection"]'));
  return Number(/Ln (\d+)/.exec(s)?.[1] ?? NaN);
}

/**
 * Run a palette command by its exact title: VS Code lists recently used commands first, so the first
 * row matching "Compare with Predecessor" may be "Compare with Predecessor (Text Diff)".
 */
async function exactCommand(page, title) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  const row = page.locator(".quick-input-list .monaco-list-row").filter({ has: page.locator(".label-name", { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }) });
  await row.first().waitFor({ timeout: 10000 });
  await row.first().click();
}

/** Pick a colour theme from Preferences: Color Theme, and wait until the view has the theme's body class. */
async function colorTheme(page, frame, name, bodyClass) {
  await exactCommand(page, "Preferences: Color Theme");
  const input = page.locator('.quick-input-widget input[placeholder*="Color Theme" i], .quick-input-widget input[aria-label*="Color Theme" i]');
  await input.first().waitFor({ timeout: 10000 });
  await input.first().fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press("Enter");
  const until = Date.now() + 20000;
  while (Date.now() < until) {
    const cls = await frame.locator("body").getAttribute("class", { timeout: 2000 }).catch(() => "");
    if (cls?.split(" ").includes(bodyClass)) return;
    await page.waitForTimeout(300);
  }
  throw new Error(`the view did not switch to ${name} (${bodyClass})`);
}

/** Colours and sizes as the view draws them. */
async function readability(frame) {
  return frame.locator("body").evaluate((body) => {
    const cs = (el) => getComputedStyle(el);
    const text = body.querySelector(".entry.changed .text") ?? body;
    const ins = body.querySelector("ins");
    return {
      fg: cs(text).color,
      bg: cs(body).backgroundColor,
      insBg: ins ? cs(ins).backgroundColor : null,
      fontFamily: cs(body).fontFamily,
      bodyClass: body.className,
      overflowX: document.documentElement.scrollWidth > document.documentElement.clientWidth + 2,
    };
  });
}

export async function compareChecks(page, { workspace, shots, openFile }) {
  const results = [];
  const check = (name, ok, detail = "") => results.push({ name, ok: Boolean(ok), detail: String(detail).slice(0, 300) });
  const shot = (name) => page.screenshot({ path: join(shots, name) }).catch(() => {});
  const attempt = async (name, fn) => {
    try {
      await fn();
    } catch (e) {
      check(name, false, e.message.split("\n")[0]);
      await shot(`compare-failed-${results.length}.png`);
    }
  };
  const frame = viewFrame(page);

  // 1. Word wrap on by default for resolutions (the profile sets no wordWrap of its own).
  await attempt("word wrap is on for unres by default", async () => {
    await openFile(page, "editor-sample.unres");
    await page.waitForTimeout(1500);
    const editor = page.locator('.monaco-editor[data-uri$="editor-sample.unres"]').first();
    const wrapped = await editor.evaluate((e) => {
      const lines = e.querySelectorAll(".view-line").length;
      // A wrapped line's continuation rows have an empty line number.
      const numbers = [...e.querySelectorAll(".line-numbers")].filter((n) => n.textContent.trim() !== "").length;
      const hscroll = e.querySelector(".scrollbar.horizontal .slider");
      return { lines, numbers, hscroll: hscroll ? getComputedStyle(hscroll).width : "none" };
    });
    // Long paragraphs are one line each in the source: wrapped, they take several view lines.
    check("word wrap is on for unres by default", wrapped.lines > wrapped.numbers, JSON.stringify(wrapped));
  });

  // 2. The comparison view, opened from the editor title's button.
  await attempt("the editor title has Compare with Predecessor, and it opens the view", async () => {
    await openFile(page, "A-RES-80-229.txt");
    await page.waitForTimeout(1000);
    const button = page.locator('.editor-actions .action-label[aria-label*="Compare with Predecessor"]').first();
    await button.waitFor({ timeout: 15000 });
    await button.click();
    await frame.locator(".entry").first().waitFor({ timeout: 30000 });
    const h1 = await text(frame.locator("h1"));
    check("the editor title has Compare with Predecessor, and it opens the view", h1 === "A/RES/78/229 → A/RES/80/229", h1);
  });
  await page.waitForTimeout(800);

  let dark;
  await attempt("dark theme: the view is readable", async () => {
    // The profile starts in Default Dark Modern (scripts/e2e.mjs).
    dark = await readability(frame);
    const ratio = contrast(dark.fg, dark.bg);
    check("dark theme: the view is readable (text/background contrast ≥ 4.5, theme font, no sideways scroll)", ratio >= 4.5 && !/Georgia/.test(dark.fontFamily) && !dark.overflowX, `${dark.fg} on ${dark.bg}: ${ratio.toFixed(1)}; ${dark.bodyClass}; font ${dark.fontFamily}`);
  });
  await shot("compare-1-view-dark.png");

  // 3. Landmarks and headings for screen readers; summary counts.
  await attempt("the view has landmarks, headings and labelled controls", async () => {
    const a11y = await frame.locator("body").evaluate((b) => ({
      main: b.querySelectorAll("main").length,
      navs: [...b.querySelectorAll("nav")].map((n) => n.getAttribute("aria-label")),
      h1: b.querySelectorAll("h1").length,
      h2: b.querySelectorAll("article h2").length,
      unlabelled: [...b.querySelectorAll("button, input")].filter((x) => !(x.textContent.trim() || x.getAttribute("aria-label"))).length,
      live: b.querySelectorAll("[aria-live]").length,
    }));
    check("the view has landmarks, headings and labelled controls", a11y.main === 1 && a11y.navs.every(Boolean) && a11y.navs.length >= 2 && a11y.h1 === 1 && a11y.h2 > 0 && a11y.unlabelled === 0 && a11y.live === 1, JSON.stringify(a11y));
  });

  // 4. Filters: each shows only its paragraphs, as many as its count says.
  await attempt("the filters change what is shown", async () => {
    const total = await frame.locator(".shown").innerText();
    const details = [];
    let ok = true;
    for (const [cat, button] of [["substantive", "Substantive"], ["added", "New"], ["technical", "Technical"]]) {
      const count = Number(await frame.locator(`.counts button[data-cat="${cat}"] .n`).innerText().catch(() => "0"));
      await frame.locator(`.filters button[data-cat="${cat}"]`).click();
      await page.waitForTimeout(400);
      const shown = await frame.locator(".shown").innerText();
      const entries = frame.locator("article.entry");
      const n = await entries.count();
      const wrong = await frame.locator(`article.entry:not(.cat-${cat})`).count();
      ok &&= wrong === 0 && n > 0 && new RegExp(`^${count} of `).test(shown);
      details.push(`${button}: ${shown} (${n} built, ${wrong} outside)`);
      if (cat === "added") await shot("compare-2-filter-new-dark.png");
      await frame.locator(`.filters button[data-cat="${cat}"]`).click(); // off again
    }
    await frame.locator('.filters button[data-cat="all"]').click();
    check("the filters change what is shown (each keeps only its own, as many as its count)", ok, `${total}; ${details.join("; ")}`);
  });

  // 5. Search.
  await attempt("the search box filters paragraphs", async () => {
    await frame.locator("#search").fill("trafficking in persons");
    await page.waitForTimeout(400);
    const shown = await frame.locator(".shown").innerText();
    const texts = await frame.locator("article.entry").allInnerTexts();
    const ok = texts.length > 0 && texts.every((t) => /trafficking in persons/i.test(t) || /Show text/.test(t));
    await frame.locator("#search").fill("");
    check("the search box filters paragraphs", ok, `${shown}`);
  });

  // 6. A click on a changed paragraph reveals it in its editor.
  await attempt("a click on a paragraph reveals it in the editor", async () => {
    const entry = frame.locator("article.entry.changed:not(.cat-removed)").nth(3);
    const label = await text(entry.locator("h2"));
    // The newer wording: the text without deletions and without the screen-reader markers.
    const words = (await entry.locator(".text").first().evaluate((t) => {
      const c = t.cloneNode(true);
      c.querySelectorAll("del, .sr-only").forEach((n) => n.remove());
      return c.textContent;
    })).trim().split(/\s+/).slice(0, 6).join(" ");
    await entry.locator(".text").first().click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(1200);
    const line = await cursorLine(page);
    const source = readFileSync(join(workspace, "A-RES-80-229.txt"), "utf8").split("\n");
    const shownLine = source.slice(line - 1, line + 2).join(" ").replace(/\s+/g, " ");
    const first = words.split(" ").slice(0, 3).join(" ");
    check(`a click on ${label} reveals it in the editor`, shownLine.includes(first), `cursor at Ln ${line}: "${shownLine.slice(0, 80)}" expected "${first}"`);
    await shot("compare-3-reveal-dark.png");
  });

  // 6a. In the editor: a CodeLens over each changed paragraph, and a hover with its previous wording.
  await attempt("CodeLens and previous-wording hover", async () => {
    const lenses = await page.locator('.monaco-editor[data-uri$="A-RES-80-229.txt"] .codelens-decoration').allInnerTexts();
    const kinds = ["new", "modified: ", "technical only", "removed before this"].filter((k) => lenses.some((l) => l.includes(k)));
    // Only the lines on screen are drawn: around the revealed paragraph, expect three kinds of the four.
    check("CodeLens over changed paragraphs says how each changed (modified: N words, technical only, and new or removed)", kinds.length >= 3 && kinds.includes("modified: ") && kinds.includes("technical only"), `${lenses.length} lenses; seen: ${kinds.join(", ")}; e.g. ${lenses.filter(Boolean).slice(0, 3).join(" | ")}`);
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const hover = page.locator(".monaco-hover:visible", { hasText: "Previous wording" }).first();
    const shown = await hover.waitFor({ timeout: 8000 }).then(() => true, () => false);
    const body = shown ? await text(hover) : "";
    check("the hover on a changed paragraph shows its previous wording and changes", shown && /Previous wording \(PP\d+ in A\/RES\/78\/229\)/.test(body) && /Changes:/.test(body), body.slice(0, 160));
    await shot("compare-3b-hover-previous-wording-dark.png");
    await page.keyboard.press("Escape");
  });

  // 6b. The view follows edits to the newer text.
  await attempt("the view updates when the document changes", async () => {
    await page.keyboard.press("Home");
    await page.keyboard.type("Xyzzyplugh ", { delay: 20 });
    await frame.locator("#search").fill("xyzzyplugh");
    const until = Date.now() + 15000;
    let shown = "";
    while (Date.now() < until) {
      shown = await frame.locator(".shown").innerText().catch(() => "");
      if (/^[1-9]\d* of /.test(shown)) break;
      await page.waitForTimeout(400);
    }
    await frame.locator("#search").fill("");
    // At least one entry: a merged paragraph's new text is in the entry of each old part.
    check("the view updates when the document changes (a word typed in the editor is found in the view)", /^[1-9]\d* of /.test(shown), shown);
    // Back to the editor (the search box had the focus) through a paragraph's Go to, and undo the edit
    // there (code-server saves after a delay, so a revert would find the edit already on disk).
    await frame.locator("article.entry.changed:not(.cat-removed) .go").nth(2).click();
    await page.waitForTimeout(800);
    const typed = page.locator('.monaco-editor[data-uri$="A-RES-80-229.txt"] .view-line', { hasText: "Xyzzyplugh" });
    for (let i = 0; i < 20 && (await typed.count()) > 0; i++) {
      await page.keyboard.press("Control+Z");
      await page.waitForTimeout(150);
    }
    if ((await typed.count()) > 0) throw new Error("could not undo the test edit");
  });

  // 7. Next change from the editor (Alt+F5) moves the cursor to a later changed paragraph.
  await attempt("Alt+F5 in the editor goes to the next change", async () => {
    const before = await cursorLine(page);
    await page.keyboard.press("Alt+F5");
    await page.waitForTimeout(1200);
    const after = await cursorLine(page);
    await page.keyboard.press("Shift+Alt+F5");
    await page.waitForTimeout(1200);
    const back = await cursorLine(page);
    await shot("compare-4a-next-change-dark.png");
    check("Alt+F5 / Shift+Alt+F5 in the editor go to the next / previous change", after > before && back < after, `Ln ${before} → ${after} → ${back}`);
  });

  // 8. In the view, j moves the focus to the next change and announces it.
  await attempt("j in the view moves to the next change", async () => {
    await frame.locator("h1").click();
    await page.keyboard.press("j");
    await page.waitForTimeout(300);
    const first = await text(frame.locator("#live"));
    await page.keyboard.press("j");
    await page.waitForTimeout(300);
    const live = await text(frame.locator("#live"));
    const current = await frame.locator("article.entry.current").count();
    const focused = await frame.locator("body").evaluate(() => document.activeElement?.classList.contains("entry") ?? false);
    const n = (s) => Number(/^Change (\d+) of/.exec(s)?.[1] ?? NaN);
    check("j in the view moves to the next change, focuses and announces it", current === 1 && focused && n(live) === n(first) + 1, `${first} / ${live}`);
  });

  // 9. Side by side, in a narrow column too.
  await attempt("side by side toggle", async () => {
    await frame.locator("#layout").click();
    await page.waitForTimeout(400);
    const sides = await frame.locator(".sides").count();
    check("the layout toggle shows old and new side by side", sides > 0, `${sides} pairs built`);
    await shot("compare-4-side-by-side-dark.png");
    await frame.locator("#layout").click();
  });

  // 10. Light theme.
  await attempt("light theme: the view is readable", async () => {
    await colorTheme(page, frame, "Light Modern", "vscode-light");
    const light = await readability(frame);
    const ratio = contrast(light.fg, light.bg);
    check("light theme: the view is readable and follows the theme", ratio >= 4.5 && light.bg !== dark?.bg && !light.overflowX, `${light.fg} on ${light.bg}: ${ratio.toFixed(1)}; ${light.bodyClass}`);
    await shot("compare-5-view-light.png");
    await frame.locator('.filters button[data-cat="added"]').click();
    await page.waitForTimeout(400);
    await shot("compare-6-filter-new-light.png");
    await frame.locator('.filters button[data-cat="all"]').click();
  });

  await attempt("high contrast theme", async () => {
    await colorTheme(page, frame, "Dark High Contrast", "vscode-high-contrast");
    const hc = await readability(frame);
    const outline = await frame.locator("ins").first().evaluate((x) => getComputedStyle(x).outlineStyle);
    const ratio = contrast(hc.fg, hc.bg);
    check("high contrast theme: text contrast ≥ 7 and insertions outlined (not colour alone)", ratio >= 7 && outline !== "none", `${hc.fg} on ${hc.bg}: ${ratio.toFixed(1)}; ins outline ${outline}`);
    await shot("compare-6b-view-high-contrast.png");
    await colorTheme(page, frame, "Dark Modern", "vscode-dark");
  });

  // 11. The native diff editor over both texts normalised.
  await attempt("Compare with Predecessor (Text Diff)", async () => {
    await openFile(page, "A-RES-80-229.txt");
    await exactCommand(page, "resdraft: Compare with Predecessor (Text Diff)");
    // VS Code's diff of long one-paragraph lines takes seconds on a loaded machine: wait for its text.
    const modified = page.locator(".monaco-diff-editor .editor.modified .view-lines", { hasText: "PP1" }).first();
    await modified.waitFor({ timeout: 30000 }).catch(() => {});
    const tab = await text(page.locator(".tab", { hasText: "normalised text" }).first());
    const shown = await text(modified);
    check("Compare with Predecessor (Text Diff) opens the diff editor over both texts normalised", /A\/RES\/78\/229 ↔ A\/RES\/80\/229/.test(tab) && /PP1 Reaffirming/.test(shown), `${tab}; shows "${shown.slice(0, 80)}"`);
    await shot("compare-7-text-diff-dark.png");
  });

  // 12. Completion while typing, without Ctrl+Space.
  await attempt("completion appears while typing", async () => {
    await openFile(page, "typing.unres");
    const src = readFileSync(join(workspace, "typing.unres"), "utf8").split("\n");
    const line = src.findIndex((l) => l.startsWith("Recalling its resolution")) + 1;
    await goTo(page, line, src[line - 1].length + 1);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Reaf", { delay: 120 });
    const widget = page.locator(".suggest-widget.visible");
    const shown = await widget.waitFor({ timeout: 8000 }).then(() => true, () => false);
    const items = shown ? await widget.locator(".monaco-list-row").allInnerTexts() : [];
    check("completion appears while typing \"Reaf\" (no Ctrl+Space) and offers Reaffirming", shown && items.some((t) => t.includes("Reaffirming")), items.slice(0, 3).join(" | "));
    await shot("compare-8-completion-dark.png");
    await page.keyboard.press("Escape");
    await exactCommand(page, "File: Revert File");
  });

  // 13. Hostile text: shown, never run.
  await attempt("XSS", async () => {
    await exactCommand(page, "View: Close All Editors");
    await openFile(page, "xss-new.unres");
    await exactCommand(page, "resdraft: Compare with Predecessor");
    await frame.locator(".entry").first().waitFor({ timeout: 30000 });
    const seen = await frame.locator("body").evaluate(() => ({
      title: document.title,
      // Ours carries the page's nonce; VS Code adds its own host script to every webview.
      scripts: [...document.scripts].filter((x) => x.nonce || /PWNED|document\.title/.test(x.textContent)).length,
      strayScripts: [...document.scripts].filter((x) => /PWNED/.test(x.textContent)).length,
      imgs: document.images.length,
      svgs: document.querySelectorAll("svg, iframe, textarea").length,
      // The newer text as shown: deletions and the screen-reader markers between runs left out.
      text: (() => {
        const c = document.body.cloneNode(true);
        c.querySelectorAll(".sr-only, del").forEach((n) => n.remove());
        return c.textContent;
      })(),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    }));
    const outerTitle = await page.title();
    const missing = ["<script>", '<img src=x onerror="document.title=', "</textarea>", "<iframe src="].filter((s) => !seen.text.includes(s));
    const literal = missing.length === 0;
    const ran = /PWNED/.test(seen.title + outerTitle);
    check(
      "a resolution with <script>, <img onerror>, </textarea> shows them as text and runs nothing",
      literal && !ran && seen.scripts === 1 && seen.strayScripts === 0 && seen.imgs === 0 && seen.svgs === 0 && /default-src 'none'/.test(seen.csp) && /script-src 'nonce-/.test(seen.csp),
      `literal ${literal}${missing.length ? ` (missing ${missing.join(" ")})` : ""}, ran ${ran}, scripts ${seen.scripts}, img ${seen.imgs}, svg/iframe/textarea ${seen.svgs}; CSP ${seen.csp.slice(0, 80)}`,
    );
    await shot("compare-9-xss-dark.png");
  });

  // 13b. The status item's icon is the worst problem's; a rule's code opens its page rendered.
  await attempt("status icon and rule docs", async () => {
    await exactCommand(page, "View: Close All Editors");
    await openFile(page, "editor-sample.unres");
    await page.waitForTimeout(1500);
    const item = page.locator(".statusbar-item", { hasText: /PP \d+ · OP \d+ · fn \d+/ }).first();
    const icons = await item.locator(".codicon").evaluateAll((xs) => xs.map((x) => [...x.classList].find((c) => c.startsWith("codicon-")) ?? ""));
    check("the status item shows the error icon when the worst problem is an error", icons.includes("codicon-error") && !icons.includes("codicon-warning"), icons.join(" "));
    // The Problems panel: click the first RES rule code link.
    if (!(await page.locator(".markers-panel").isVisible().catch(() => false))) await page.locator('[id="status.problems"]').click();
    const link = page.locator(".markers-panel .monaco-list-row a.monaco-link", { hasText: /^RES\d{3}$/ }).first();
    await link.waitFor({ timeout: 10000 });
    const code = await text(link);
    await link.click();
    const preview = page.locator(".tab", { hasText: new RegExp(`Preview ${code}`) }).first();
    const opened = await preview.waitFor({ timeout: 15000 }).then(() => true, () => false);
    const raw = await page.locator(`.tab`, { hasText: new RegExp(`^${code}\\.md`) }).count();
    // The preview renders the page: its heading as text, the generator's comment not shown.
    const rendered = frame.locator("h1", { hasText: code }).first();
    const heading = await rendered.waitFor({ timeout: 20000 }).then(() => text(rendered), () => "");
    const body = heading ? await text(frame.locator("body")) : "";
    check(
      `a rule code (${code}) opens its page rendered in the Markdown preview, without the generator comment`,
      opened && raw === 0 && heading.startsWith(code) && !/generated from the rule/.test(body),
      `${opened ? await text(preview) : "no preview tab"}; heading "${heading}"`,
    );
    await shot("compare-11-rule-doc-dark.png");
  });

  // 13c. The Explorer's context menu compares two selected files (the older selected first).
  await attempt("Explorer: Compare Selected Resolutions", async () => {
    await exactCommand(page, "View: Close All Editors");
    await exactCommand(page, "File: Focus on Files Explorer");
    // The driver collapsed the file tree for the Outline: open it again.
    const folders = page.locator(".pane-header", { hasText: "workspace" }).first();
    if ((await folders.getAttribute("aria-expanded").catch(() => null)) !== "true") await folders.click();
    const row = (name) => page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
    await row(COMPARE_FILES[0]).click();
    await row(COMPARE_FILES[1]).click({ modifiers: ["Control"] });
    await row(COMPARE_FILES[1]).click({ button: "right" });
    const item = page.locator(".context-view .action-label", { hasText: "Compare Selected Resolutions" }).first();
    await item.waitFor({ timeout: 10000 });
    await shot("compare-12-explorer-menu-dark.png");
    await item.click();
    await frame.locator(".entry").first().waitFor({ timeout: 30000 });
    const h1 = await text(frame.locator("h1"));
    check("the Explorer's context menu compares two selected resolutions, the first selected as the older", h1 === "A/RES/78/229 → A/RES/80/229", h1);
  });

  // 13d. The walkthrough is listed and opens on its steps.
  await attempt("walkthrough", async () => {
    await exactCommand(page, "Welcome: Open Walkthrough...");
    const pick = page.locator(".quick-input-list .monaco-list-row", { hasText: "Draft and compare a UN resolution" }).first();
    await pick.waitFor({ timeout: 10000 });
    await pick.click();
    const steps = page.locator(".getting-started-step", { hasText: "Compare with the predecessor" }).first();
    const shown = await steps.waitFor({ timeout: 15000 }).then(() => true, () => false);
    check("the walkthrough is listed and shows its steps (open, outline, lint, compare, export)", shown);
    await shot("compare-13-walkthrough-dark.png");
    await exactCommand(page, "View: Close All Editors");
  });

  // 14. No predecessor: a plain message with a way out.
  await attempt("no predecessor", async () => {
    await openFile(page, "lone-draft.unres");
    await exactCommand(page, "resdraft: Compare with Predecessor");
    const toast = page.locator(".notification-toast", { hasText: "No predecessor found" }).first();
    await toast.waitFor({ timeout: 15000 });
    const msg = await text(toast);
    const button = await toast.locator(".monaco-button", { hasText: "Compare with File…" }).count();
    check("no predecessor: the message offers Compare with File… and shows no raw backticks", button === 1 && !msg.includes("`"), msg);
    await shot("compare-10-no-predecessor-dark.png");
    await page.keyboard.press("Escape");
  });
  return results;
}
