/**
 * The reviewer's and drafter's checks in real VS Code (code-server), for the Playwright driver:
 *   - the comparison view of 78/229 → 80/229 from the editor title's button, readable in the dark
 *     and the light theme (text/background contrast measured in the webview), screenshots in both;
 *   - the filters change what is shown; a click on a paragraph reveals it in its editor; next/previous
 *     change from the view (j) and from the editor (Alt+F5);
 *   - the native text diff of both texts normalised;
 *   - completion appears while typing (no Ctrl+Space), word wrap is on for `unres` by default;
 *   - a resolution holding <script>, <img onerror>, </textarea> shows them as text and runs nothing;
 *   - with no predecessor, the message offers "Compare with File…" and shows no raw backticks.
 * Screenshots: compare-*.png. Returns [{ name, ok, detail }].
 */
import { readFileSync } from "node:fs";
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

async function colorTheme(page, command, name) {
  await command(page, "Preferences: Color Theme");
  const input = page.locator(".quick-input-widget input");
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press("Enter");
  await page.waitForTimeout(1500);
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

export async function compareChecks(page, { workspace, shots, openFile, command }) {
  const results = [];
  const check = (name, ok, detail = "") => results.push({ name, ok: Boolean(ok), detail: String(detail).slice(0, 300) });
  const shot = (name) => page.screenshot({ path: join(shots, name) }).catch(() => {});
  const attempt = async (name, fn) => {
    try {
      await fn();
    } catch (e) {
      check(name, false, e.message.split("\n")[0]);
    }
  };
  const frame = viewFrame(page);

  // 1. Word wrap on by default for resolutions (the profile sets no wordWrap of its own).
  await attempt("word wrap is on for unres by default", async () => {
    await openFile(page, "A-RES-80-229.txt");
    await page.waitForTimeout(1500);
    const editor = page.locator('.monaco-editor[data-uri$="A-RES-80-229.txt"]').first();
    const wrapped = await editor.evaluate((e) => {
      const lines = e.querySelectorAll(".view-line").length;
      const numbers = e.querySelectorAll(".line-numbers").length;
      const hscroll = e.querySelector(".scrollbar.horizontal .slider");
      return { lines, numbers, hscroll: hscroll ? getComputedStyle(hscroll).width : "none" };
    });
    // Long paragraphs are one line each in the source: wrapped, they take several view lines.
    check("word wrap is on for unres by default", wrapped.lines > wrapped.numbers, JSON.stringify(wrapped));
  });

  // 2. The comparison view, opened from the editor title's button.
  await attempt("the editor title has Compare with Predecessor, and it opens the view", async () => {
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
    const words = (await entry.locator(".text").first().evaluate((t) => [...t.childNodes].filter((n) => n.nodeName !== "DEL").map((n) => n.textContent).join(""))).trim().split(/\s+/).slice(0, 6).join(" ");
    await entry.locator(".text").first().click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(1200);
    const line = await cursorLine(page);
    const source = readFileSync(join(workspace, "A-RES-80-229.txt"), "utf8").split("\n");
    const shownLine = source.slice(line - 1, line + 2).join(" ").replace(/\s+/g, " ");
    const first = words.split(" ").slice(0, 3).join(" ");
    check(`a click on ${label} reveals it in the editor`, shownLine.includes(first), `cursor at Ln ${line}: "${shownLine.slice(0, 80)}" expected "${first}"`);
    await shot("compare-3-reveal-dark.png");
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
    check("Alt+F5 / Shift+Alt+F5 in the editor go to the next / previous change", after > before && back < after, `Ln ${before} → ${after} → ${back}`);
  });

  // 8. In the view, j moves the focus to the next change and announces it.
  await attempt("j in the view moves to the next change", async () => {
    await frame.locator("h1").click();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.waitForTimeout(400);
    const current = await frame.locator("article.entry.current").count();
    const live = await text(frame.locator("#live"));
    const focused = await frame.locator("body").evaluate(() => document.activeElement?.classList.contains("entry") ?? false);
    check("j in the view moves to the next change, focuses and announces it", current === 1 && focused && /^Change 2 of \d+/.test(live), live);
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
    await colorTheme(page, command, "Light Modern");
    const light = await readability(frame);
    const ratio = contrast(light.fg, light.bg);
    check("light theme: the view is readable and follows the theme", ratio >= 4.5 && light.bg !== dark?.bg && !light.overflowX, `${light.fg} on ${light.bg}: ${ratio.toFixed(1)}; ${light.bodyClass}`);
    await shot("compare-5-view-light.png");
    await frame.locator('.filters button[data-cat="added"]').click();
    await page.waitForTimeout(400);
    await shot("compare-6-filter-new-light.png");
    await frame.locator('.filters button[data-cat="all"]').click();
    await colorTheme(page, command, "Dark Modern");
  });

  // 11. The native diff editor over both texts normalised.
  await attempt("Compare with Predecessor (Text Diff)", async () => {
    await openFile(page, "A-RES-80-229.txt");
    await command(page, "resdraft: Compare with Predecessor (Text Diff)");
    const diff = page.locator(".monaco-diff-editor").first();
    await diff.waitFor({ timeout: 20000 });
    await page.waitForTimeout(1500);
    const tab = await text(page.locator(".tab.active").first());
    const original = await text(diff.locator(".editor.original .view-lines"));
    check("Compare with Predecessor (Text Diff) opens the diff editor over both texts normalised", /normalised/.test(tab) && /PP1 /.test(original), `${tab}; left starts "${original.slice(0, 60)}"`);
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
    await command(page, "File: Revert File");
  });

  // 13. Hostile text: shown, never run.
  await attempt("XSS", async () => {
    await openFile(page, "xss-new.unres");
    await command(page, "resdraft: Compare with Predecessor");
    await frame.locator(".entry").first().waitFor({ timeout: 30000 });
    const seen = await frame.locator("body").evaluate(() => ({
      title: document.title,
      scripts: document.scripts.length,
      imgs: document.images.length,
      svgs: document.querySelectorAll("svg, iframe, textarea").length,
      text: document.body.innerText,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    }));
    const outerTitle = await page.title();
    const literal = ["<script>", '<img src=x onerror="document.title=', "</textarea>", "<iframe src="].every((s) => seen.text.includes(s));
    const ran = /PWNED/.test(seen.title + outerTitle);
    check(
      "a resolution with <script>, <img onerror>, </textarea> shows them as text and runs nothing",
      literal && !ran && seen.scripts === 1 && seen.imgs === 0 && seen.svgs === 0 && /default-src 'none'/.test(seen.csp) && /script-src 'nonce-/.test(seen.csp),
      `literal ${literal}, ran ${ran}, scripts ${seen.scripts}, img ${seen.imgs}, svg/iframe/textarea ${seen.svgs}; CSP ${seen.csp.slice(0, 80)}`,
    );
    await shot("compare-9-xss-dark.png");
  });

  // 14. No predecessor: a plain message with a way out.
  await attempt("no predecessor", async () => {
    await openFile(page, "lone-draft.unres");
    await command(page, "resdraft: Compare with Predecessor");
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
