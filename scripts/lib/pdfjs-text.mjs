/**
 * The text pdf.js gives as its viewer copies it: every text item's string in order, a newline where the
 * item ends its line (`hasEOL`), a blank line between pages, nothing else. One of the text forms the
 * reader must read like the others (scripts/measure-corpus.mjs, test/fixtures/forms/).
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const require = createRequire(import.meta.url);
const STANDARD_FONTS = join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts/");

export async function pdfjsText(bytes) {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text);
      page.cleanup();
    }
    return pages.join("\n\n");
  } finally {
    await doc.destroy();
  }
}
