/**
 * The PDF reader behind `loadDocument`: an official PDF rendered as the text the official reader reads,
 * with the cues only the PDF carries (italic extents, superscripts, indents). A file that is not a readable
 * resolution gets one sentence saying what it is and what to do.
 */
import type { LoadResult, Reader } from "../input/load";
import { parse } from "../syntax/parse";
import { readPdf, PdfError, LIMITS } from "./engine";
import { render } from "./layout";

export async function readPdfDocument(bytes: Uint8Array): Promise<LoadResult> {
  let content;
  try {
    content = await readPdf(bytes);
  } catch (e) {
    const kind = e instanceof PdfError ? e.kind : "invalid";
    if (kind === "encrypted") return fail("the PDF is encrypted (password-protected): open it, remove the password and save it again, or use the text from the UN Official Document System.");
    return fail(`${(e as Error).message}: nothing could be read from it; download the file again.`);
  }
  if (content.pages.length === 0) return fail("the PDF has no pages.");
  const rendered = render(content.pages);
  if (rendered.chars === 0) {
    // Text there is, but none of it upright: pages set sideways are not read (the layout is for upright pages).
    if (content.pages.some((p) => p.runs.some((r) => r.rotated && r.str.trim())))
      return fail("the PDF's text is printed sideways or upside down (rotated pages): resdraft reads upright pages only.");
    return fail("the PDF has no text layer (a scanned document?): run it through OCR, or use the text from the UN Official Document System.");
  }
  const tree = parse(rendered.text, { format: "official" });
  if (tree.preamble.length + tree.operative.length === 0)
    return fail("the PDF does not look like a resolution or draft resolution (no preambular or operative paragraphs found).");
  const notes: string[] = [];
  if (!rendered.cues.italicsKnown)
    notes.push("The PDF's fonts do not say which text is italic: openers are read from the text alone, as for extracted text.");
  if (!endsWithEof(bytes)) notes.push("The PDF seems truncated (it has no end-of-file marker): the text may be incomplete.");
  if (content.skippedPages) notes.push(`Only the first ${LIMITS.pages} pages were read (${content.skippedPages} more not read).`);
  return { ok: true, text: rendered.text, format: "official", cues: rendered.cues, notes, kind: "pdf" };
}

/** `%%EOF` in the file's last kilobyte (after it only white space or junk some producers add). */
function endsWithEof(bytes: Uint8Array): boolean {
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes("%%EOF");
}

const fail = (message: string): LoadResult => ({ ok: false, message });

/** The reader `registerReaders` (host) hands to `loadDocument` for files that are PDFs by content. */
export const pdfReader: Reader = (bytes) => readPdfDocument(bytes);
