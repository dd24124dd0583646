/**
 * `resdraft/export`: an open document in one of the formats of the exporters' table (core/export/formats.ts),
 * for the editor's *Export Akoma Ntoso…* command. The tree is the one the server already holds for the
 * document's current version; the export is the core's; this module only translates.
 *
 * The request id and its types are declared here, beside the handler, until the shared protocol module
 * declares every custom request in one place.
 */
import { ResponseError } from "vscode-languageserver/node";
import { onCustomRequest, type Feature, type ServerContext } from "../context";
import { DOCUMENT_EXPORTERS, documentExporter } from "../../core/export/formats";

export const EXPORT_REQUEST = "resdraft/export";

export interface ExportParams {
  /** An open document. */
  readonly uri: string;
  /** An exporter's id: `akn`. */
  readonly format: string;
}

export interface ExportResult {
  readonly format: string;
  /** The file name extension to save under, with its dot (`.xml`). */
  readonly extension: string;
  /** Whether `content` is base64 bytes rather than text. */
  readonly binary: boolean;
  readonly content: string;
  /** What was exported, for the notification. */
  readonly summary: { readonly preamble: number; readonly operative: number; readonly footnotes: number };
}

export function exportDocument(ctx: ServerContext, params: ExportParams): ExportResult {
  const exporter = documentExporter(params.format);
  if (!exporter) {
    throw new ResponseError(-32602, `resdraft cannot export to '${params.format}': it writes ${DOCUMENT_EXPORTERS.map((f) => f.id).join(", ")}.`);
  }
  const tree = ctx.store.analysis(params.uri)?.tree;
  if (!tree) throw new ResponseError(-32602, `resdraft exports open documents only; ${params.uri} is not open.`);
  const written = exporter.write(tree, {});
  return {
    format: exporter.id,
    extension: exporter.extension,
    binary: typeof written !== "string",
    content: typeof written === "string" ? written : Buffer.from(written).toString("base64"),
    summary: { preamble: tree.preamble.length, operative: tree.operative.length, footnotes: tree.footnotes.length },
  };
}

export const exportFeature: Feature = {
  name: "export",
  capabilities: {},
  register(ctx) {
    onCustomRequest(ctx, EXPORT_REQUEST, "export", (params: ExportParams) => exportDocument(ctx, params));
  },
};
