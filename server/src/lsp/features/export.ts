/**
 * `resdraft/export`: an open document in one of the formats of the exporters' table (core/export/formats.ts),
 * for the editor's *Export Word File…* and *Export Akoma Ntoso…* commands. The tree is the one the server
 * already holds for the document's current version; the export is the core's; this module only translates.
 */
import { ResponseError } from "vscode-languageserver/node";
import { onCustomRequest, type Feature, type ServerContext } from "../context";
import { DOCUMENT_EXPORTERS, documentExporter } from "../../core/export/formats";
import { Requests, type ExportParams, type ExportResult } from "../../protocol";

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
    onCustomRequest(ctx, Requests.export, "export", (params: ExportParams) => exportDocument(ctx, params));
  },
};
