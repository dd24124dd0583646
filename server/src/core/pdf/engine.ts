/**
 * The one place that talks to pdf.js: bytes in, positioned text runs with their font's real name out.
 *
 * pdf.js runs on this thread ("fake worker"): its worker module is bundled with us and handed over through
 * `globalThis.pdfjsWorker`, so nothing is fetched or spawned at run time. Fonts, character maps and standard
 * font data are never requested: text and font names need none of them (fonts of official PDFs are embedded;
 * a missing one costs glyph shapes, which we do not draw, not text).
 *
 * Work is bounded by counts, not time: a page limit, and a run limit per page.
 */
import "./dom-matrix";
import * as worker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;

/** A run of text as pdf.js gives it, in page space (points, y upwards from the page's bottom). */
export interface Run {
  readonly str: string;
  /** Left edge and baseline. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Vertical scale of the text matrix: the font size on the page. */
  readonly size: number;
  /** Horizontal skew of the text matrix over its height (about 0.2 for a slanted roman face, 0 otherwise). */
  readonly skew: number;
  /** The font's PostScript name with its subset prefix (`BCDJEE+`) removed, or "" when pdf.js has none. */
  readonly font: string;
  /** Set where the operator list shows the run drawn slanted (see Slant). */
  readonly italic?: boolean;
  /** Whether the run is printed sideways or upside down (a margin note, a stamp): not body text. */
  readonly rotated: boolean;
}

/**
 * Text drawn slanted by the producer (a skewed text matrix): a word processor's italics for a family without
 * an italic face. pdf.js merges such text with the upright text after it into one run when the font is the
 * same, so the slant is read from the operator list: where the slanted text starts and how many characters.
 */
export interface Slant {
  readonly x: number;
  readonly y: number;
  /** Characters other than white space drawn slanted from (x, y) on. */
  readonly chars: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly Run[];
  readonly slants: readonly Slant[];
}

export interface PdfContent {
  readonly pages: readonly PdfPage[];
  /** Pages beyond the limit that were not read. */
  readonly skippedPages: number;
}

export const LIMITS = { pages: 2000, runsPerPage: 50000 };

export class PdfError extends Error {
  constructor(readonly kind: "encrypted" | "invalid" | "too-large", message: string) {
    super(message);
  }
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy, the caller keeps its bytes.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw translate(e);
  }
  try {
    const count = Math.min(doc.numPages, LIMITS.pages);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= count; n++) pages.push(await readPage(await doc.getPage(n)));
    return { pages, skippedPages: doc.numPages - count };
  } catch (e) {
    throw translate(e);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  const view = page.getViewport({ scale: 1 });
  // The operator list makes pdf.js load each font with its real name into commonObjs.
  const ops = await page.getOperatorList();
  const slants = slantsOf(ops.fnArray, ops.argsArray);
  const content = await page.getTextContent();
  const names = new Map<string, string>();
  const fontName = (id: string): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = "";
      try {
        const f = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: unknown } | null) : null;
        if (typeof f?.name === "string") name = f.name.replace(/^[A-Z]{6}\+/, "");
      } catch {
        // A font pdf.js could not load has no name: its runs count as of unknown style.
      }
      names.set(id, name);
    }
    return name;
  };
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!("str" in item) || !item.str) continue;
    if (runs.length >= LIMITS.runsPerPage) break;
    const [a, b, c, d, e, f] = item.transform as number[];
    // The vertical scale: a slanted matrix's c would inflate hypot(c, d).
    const size = Math.abs(b!) < 1e-3 && d! > 0 ? d! : Math.hypot(c!, d!);
    runs.push({
      str: item.str,
      x: e!,
      y: f!,
      width: item.width,
      size,
      skew: d! > 0 ? c! / d! : 0,
      font: fontName(item.fontName),
      rotated: !(a! > 0 && d! > 0 && Math.abs(b!) < 1e-3 * Math.abs(a!)),
    });
  }
  page.cleanup();
  return { width: view.width, height: view.height, runs, slants };
}

/** Slanted text in the operator list: text matrices with a horizontal skew, and the glyphs shown under them. */
function slantsOf(fns: readonly number[], args: readonly unknown[]): Slant[] {
  const out: Slant[] = [];
  let current: { x: number; y: number; chars: number } | null = null;
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    if (fn === OPS.setTextMatrix) {
      const m = args[i] as ArrayLike<number>[] | ArrayLike<number>;
      const t = (Array.isArray(m) && typeof m[0] !== "number" ? m[0] : m) as ArrayLike<number>;
      const skew = t[3] ? t[2]! / t[3] : 0;
      current = Math.abs(skew) >= 0.1 ? { x: t[4]!, y: t[5]!, chars: 0 } : null;
      if (current) out.push(current);
    } else if (fn === OPS.beginText || fn === OPS.endText) current = null;
    else if (current && (fn === OPS.showText || fn === OPS.showSpacedText)) {
      const glyphs = (args[i] as unknown[])[0] as unknown[];
      for (const g of glyphs) {
        const u = (g as { unicode?: unknown } | null)?.unicode;
        if (typeof u === "string") current.chars += u.replace(/\s+/g, "").length;
      }
    }
  }
  return out.filter((s) => s.chars > 0);
}

function translate(e: unknown): Error {
  if (e instanceof PdfError) return e;
  const name = (e as { name?: string })?.name;
  if (name === "PasswordException") return new PdfError("encrypted", "the PDF is encrypted (password-protected)");
  if (name === "InvalidPDFException") return new PdfError("invalid", "the PDF is damaged or truncated");
  return new PdfError("invalid", `the PDF could not be read (${(e as Error)?.message ?? String(e)})`);
}
