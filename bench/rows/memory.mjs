/**
 * (e) Server resident memory (VmRSS from /proc) with every corpus document open and analysed.
 * Each document is opened, its diagnostics awaited and its outline requested, so the server
 * holds what it would for an editor with all of them open.
 */
import { startServer, uriOf } from "../lib/lsp.mjs";
import { CORPUS, corpusTexts } from "../lib/paths.mjs";
import { sleep } from "../lib/stats.mjs";
import { row, value } from "../lib/rows.mjs";

export async function memory() {
  const texts = corpusTexts();
  const server = await startServer({ rootPath: CORPUS });
  try {
    await sleep(300);
    const idle = server.memory();
    for (const t of texts) {
      const uri = uriOf(t.path);
      server.open(uri, t.text, 1);
      await server.diagnostics(uri, 1);
      if (server.capabilities.documentSymbolProvider) await server.conn.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
    }
    await sleep(1000);
    const open = server.memory();
    return {
      rows: [
        row("e", `server RSS, all ${texts.length} corpus texts open`, value(open.rssMB, "MB"), {
          target: "≤ 150 MB",
          ok: open.rssMB <= 150,
          note: `idle ${idle.rssMB.toFixed(0)} MB, peak ${open.peakMB.toFixed(0)} MB`,
        }),
      ],
      raw: { idle, open },
    };
  } finally {
    await server.close();
  }
}
