/**
 * (g) The comparison view of the omnibus pair (A/RES/78/69 → A/RES/80/110, 380 OPs): from the
 * server's answer (`resdraft/compare`, format `view`, over stdio from dist/server.js) to the
 * rendered view in headless Chromium, and scrolling it from top to bottom.
 *
 * Peer, in the same browser and loop: the server-rendered HTML report (format `html`), the view
 * this one replaces, which lays out every paragraph at once.
 *
 * Each sample loads a fresh iframe (srcdoc) and waits for two animation frames after the first
 * paragraphs are in the DOM (ours) or after `load` (the report): what the user sees. Scrolling:
 * steps of one viewport height to the bottom; the time of each step until the next frame is drawn
 * (blocks built on the way included), right after the first paint, before idle time has built any
 * block ahead: the worst case. The counts show how much of the list is built at once.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { startServer, uriOf } from "../lib/lsp.mjs";
import { OMNIBUS, OMNIBUS_OLD, read } from "../lib/paths.mjs";
import { summarize } from "../lib/stats.mjs";
import { ms, row, unavailable } from "../lib/rows.mjs";
import { compareViewPage } from "../../scripts/lib/compare-view-page.mjs";

const CHROMIUM = "/usr/bin/chromium";

/** The server's two answers for the pair: the view's data and the HTML report. */
export async function serverAnswers() {
  const ws = mkdtempSync(join(tmpdir(), "resdraft-bench-view-"));
  try {
    for (const f of [OMNIBUS_OLD, OMNIBUS]) copyFileSync(f, join(ws, basename(f)));
    const server = await startServer({ rootPath: ws });
    try {
      const uri = uriOf(join(ws, basename(OMNIBUS)));
      const against = uriOf(join(ws, basename(OMNIBUS_OLD)));
      await server.open(uri, read(OMNIBUS));
      // The first request pays for JIT warm-up; the second is what a reviewer's next comparison costs.
      let t = performance.now();
      await server.conn.sendRequest("resdraft/compare", { uri, against, format: "view" });
      const firstRequestMs = performance.now() - t;
      t = performance.now();
      const view = await server.conn.sendRequest("resdraft/compare", { uri, against, format: "view" });
      const requestMs = performance.now() - t;
      const report = await server.conn.sendRequest("resdraft/compare", { uri, against, format: "html" });
      return { view, html: report.html, requestMs, firstRequestMs, bytes: JSON.stringify(view).length };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

/** In the page: load `srcdoc` into a fresh iframe, wait until it shows, then scroll it through. */
async function inPage({ srcdoc, ours }) {
  const frames = (w, n) => new Promise((r) => { const f = () => (--n <= 0 ? r() : w.requestAnimationFrame(f)); w.requestAnimationFrame(f); });
  document.body.replaceChildren();
  const iframe = document.createElement("iframe");
  iframe.style.cssText = "width:1000px;height:800px;border:0";
  const t0 = performance.now();
  const loaded = new Promise((r) => iframe.addEventListener("load", r, { once: true }));
  iframe.srcdoc = srcdoc;
  document.body.append(iframe);
  await loaded;
  const w = iframe.contentWindow;
  const d = iframe.contentDocument;
  if (ours) while (!d.querySelector(".entry")) await frames(w, 1);
  await frames(w, 2);
  const shownMs = performance.now() - t0;
  const laidOut = d.querySelectorAll(ours ? ".entry" : "section, .para, article, tr").length;
  const steps = [];
  const height = () => d.documentElement.scrollHeight;
  for (let y = w.innerHeight; y < height() && steps.length < 2000; y += w.innerHeight) {
    const t = performance.now();
    w.scrollTo(0, y);
    await frames(w, 1);
    steps.push(performance.now() - t);
  }
  return { shownMs, laidOut, steps, pageHeight: height(), built: ours ? d.querySelectorAll(".entry").length : laidOut };
}

export async function measureView({ runs = 5 } = {}) {
  const { chromium } = await import("playwright-core");
  const answers = await serverAnswers();
  const names = { old: "A/RES/78/69", new: "A/RES/80/110" };
  const ours = compareViewPage({ type: "data", result: answers.view, names, reasonText: "chosen by you" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.setContent("<!DOCTYPE html><body></body>");
    const samples = { ours: [], report: [] };
    for (let i = 0; i < runs + 1; i++) {
      for (const [name, srcdoc] of [["ours", ours], ["report", answers.html]]) {
        const r = await page.evaluate(inPage, { srcdoc, ours: name === "ours" });
        if (i > 0) samples[name].push(r); // the first round warms the browser up
      }
    }
    return { answers, samples, entries: answers.view.view.diff.paragraphs.length };
  } finally {
    await browser.close();
  }
}

export async function compareView(_core, { quick }) {
  const name = "comparison view, omnibus 78/69 → 80/110";
  let m;
  try {
    m = await measureView({ runs: quick ? 2 : 5 });
  } catch (e) {
    return [unavailable("g", name, `failed: ${e.message.split("\n")[0]}`)];
  }
  const shown = (k) => summarize(m.samples[k].map((s) => s.shownMs));
  const steps = (k) => summarize(m.samples[k].flatMap((s) => s.steps));
  const last = (k) => m.samples[k][m.samples[k].length - 1];
  const ours = shown("ours");
  const report = shown("report");
  const scrollOurs = steps("ours");
  const scrollReport = steps("report");
  const o = last("ours");
  const r = last("report");
  return [
    row("g", "server answer → comparison view shown", ms(ours), {
      ratio: report.median / ours.median,
      peer: "HTML report",
      note: `${o.laidOut} of ${m.entries} entries built at first paint (report: ${r.laidOut} elements); the request before it: ${m.answers.requestMs.toFixed(0)} ms (first ${m.answers.firstRequestMs.toFixed(0)} ms), ${(m.answers.bytes / 1024).toFixed(0)} KB of JSON`,
    }),
    row("g", "peer: server-made HTML report shown", ms(report)),
    row("g", "scroll one viewport → next frame, view", ms(scrollOurs), {
      ratio: scrollReport.median / scrollOurs.median,
      peer: "HTML report",
      // "Until the next frame" is counted in whole 60 Hz frames: one frame is as fast as a step can be.
      target: "median ≤ 1 frame (16.7 ms)",
      ok: scrollOurs.median <= 17,
      note: `${o.steps.length} steps over ${o.pageHeight} px; ${o.built} of ${m.entries} entries built by the bottom`,
    }),
    row("g", "peer: scroll, HTML report", ms(scrollReport), { note: `${r.steps.length} steps over ${r.pageHeight} px` }),
  ];
}
