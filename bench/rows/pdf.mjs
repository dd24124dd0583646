/**
 * (g) Reading an official PDF: the omnibus A/RES/80/110 (56 pages), `loadDocument` on its bytes (pdf.js, the
 * layout into text and cues, the check that it is a resolution) against pdf.js's own getTextContent +
 * getOperatorList of every page of the same file, interleaved in the same loop. Target: ≤ 1.3×.
 * The PDF is not in the repository (3.5 MB): RESDRAFT_OMNIBUS_PDF, else the shared corpus beside the checkout.
 */
import * as esbuild from "esbuild";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pdfjsWithoutCanvas } from "../../scripts/lib/pdfjs-without-canvas.mjs";
import { ROOT } from "../lib/paths.mjs";
import { interleave } from "../lib/stats.mjs";
import { ms, row, unavailable, value } from "../lib/rows.mjs";

const CANDIDATES = [process.env.RESDRAFT_OMNIBUS_PDF, join(ROOT, "../shared/corpus/pdf/A-RES-80-110.pdf"), "/work/shared/corpus/pdf/A-RES-80-110.pdf"];

const ENTRY = `
import { registerReaders } from "${join(ROOT, "server/src/host/readers.ts")}";
registerReaders();
export { loadDocument } from "${join(ROOT, "server/src/core/input/load.ts")}";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
/** pdf.js alone: text content and operator list of every page, as its own API gives them. */
export async function pdfjsAlone(bytes) {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, isOffscreenCanvasSupported: false, verbosity: 0 }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList();
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}
`;

export async function pdf(_core, { quick }) {
  const name = "read the omnibus PDF A/RES/80/110 (56 pages): loadDocument";
  const file = CANDIDATES.find((p) => p && existsSync(p));
  if (!file) return { rows: [unavailable("g", name, "not available (set RESDRAFT_OMNIBUS_PDF to A-RES-80-110.pdf)")] };
  if (!existsSync(join(ROOT, "server/src/core/pdf/index.ts"))) return { rows: [unavailable("g", name, "not available yet (no server/src/core/pdf)")] };
  const build = join(ROOT, "bench/.build");
  mkdirSync(build, { recursive: true });
  const entry = join(build, "entry-pdf.ts");
  writeFileSync(entry, ENTRY);
  const outfile = join(build, "pdf.cjs");
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "silent", plugins: [pdfjsWithoutCanvas] });
  const api = createRequire(import.meta.url)(outfile);
  const bytes = new Uint8Array(readFileSync(file));
  let loaded = null;
  const runs = quick ? 3 : 7;
  const r = await interleave({
    ours: { fn: async () => (loaded = await api.loadDocument(bytes, file)), runs, warmup: 1 },
    pdfjs: { fn: () => api.pdfjsAlone(bytes), runs, warmup: 1 },
  });
  if (!loaded?.ok) return { rows: [unavailable("g", name, `failed: ${loaded?.message}`)] };
  const ratio = r.ours.median / r.pdfjs.median;
  return {
    rows: [
      row("g", name, ms(r.ours), {}),
      row("g", "  pdf.js getTextContent + getOperatorList of every page (peer)", ms(r.pdfjs), {}),
      row("g", "  ours / pdf.js", value(Math.round(ratio * 100) / 100, "×"), { target: "≤ 1.3×", ok: ratio <= 1.3 }),
    ],
    raw: { file, times: r, ratio },
  };
}
