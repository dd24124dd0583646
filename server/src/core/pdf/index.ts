/** Importing this module registers the PDF reader with `loadDocument` (the CLI and server bundles import it). */
import "./reader";
export { readPdfDocument } from "./reader";
