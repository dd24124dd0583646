#!/usr/bin/env node
// Row g on its own: `node bench/compare-view.mjs [--quick] [--shot file.png]` (run `npm run build` first).
import { writeFileSync } from "node:fs";
import { compareView, serverAnswers } from "./rows/compare-view.mjs";
import { formatTable } from "./lib/table.mjs";
import { compareViewPage } from "../scripts/lib/compare-view-page.mjs";

const argv = process.argv.slice(2);
const shot = argv.includes("--shot") ? argv[argv.indexOf("--shot") + 1] : null;
if (shot) {
  // A quick look outside VS Code (the e2e takes the real screenshots).
  const { chromium } = await import("playwright-core");
  const a = await serverAnswers();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  for (const theme of ["dark", "light"]) {
    await page.setContent(compareViewPage({ type: "data", result: a.view, names: { old: "A/RES/78/69", new: "A/RES/80/110" }, reasonText: "chosen by you" }, theme));
    await page.waitForSelector(".entry");
    await page.screenshot({ path: shot.replace(/\.png$/, `-${theme}.png`) });
  }
  await browser.close();
} else {
  console.log(formatTable(await compareView(null, { quick: argv.includes("--quick") })));
}
