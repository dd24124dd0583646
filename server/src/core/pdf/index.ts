/** The PDF reader; the host registers it with `loadDocument` (`host/readers.ts`), as it does the Word reader. */
export { readPdfDocument, pdfReader } from "./reader";
