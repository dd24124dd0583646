#!/usr/bin/env node
/**
 * Editor-feature latency on the 215 KB omnibus (A/RES/80/110) through the real server
 * (dist/server.js) over stdio, with the corpus folder (361 texts) as the workspace.
 *
 * For each request: the median (and p90) over repeated runs on an unchanged document ("warm"),
 * and right after a one-character edit ("after edit": the request pays for re-parsing, as the
 * outline or a hover does while typing). The first workspace lookup (indexing 361 files' heads)
 * is reported on its own. Run `node scripts/build.mjs` first.
 *
 *   node bench/editor-latency.mjs [--runs 20] [--json]
 */
import { startServer, uriOf } from "./lib/lsp.mjs";
import { CORPUS, OMNIBUS, read } from "./lib/paths.mjs";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 20;
const asJson = args.includes("--json");

function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - before.lastIndexOf("\n") - 1 };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const text = read(OMNIBUS);
const uri = uriOf(OMNIBUS);
const server = await startServer({ rootPath: CORPUS });
try {
  server.open(uri, text, 1);
  await server.diagnostics(uri, 1);
  const doc = { textDocument: { uri } };
  const marker = text.indexOf("(the Convention), 1") + "(the Convention), ".length;
  const opener = text.search(/\n155\.\s*\n/) + 1;
  const openerAt = text.indexOf("\n", opener) + 3; // inside the opener on the line after "155."
  const ppStart = text.indexOf("\nRecalling") + 1; // start of a preambular paragraph
  const resolution = text.indexOf("79/144") + 2;
  const requests = {
    documentSymbol: () => server.conn.sendRequest("textDocument/documentSymbol", doc),
    "hover (footnote marker)": () => server.conn.sendRequest("textDocument/hover", { ...doc, position: position(text, marker) }),
    "hover (opener)": () => server.conn.sendRequest("textDocument/hover", { ...doc, position: position(text, openerAt) }),
    "hover (resolution, workspace)": () => server.conn.sendRequest("textDocument/hover", { ...doc, position: position(text, resolution) }),
    completion: () => server.conn.sendRequest("textDocument/completion", { ...doc, position: position(text, ppStart) }),
    foldingRange: () => server.conn.sendRequest("textDocument/foldingRange", doc),
    selectionRange: () => server.conn.sendRequest("textDocument/selectionRange", { ...doc, positions: [position(text, marker)] }),
    "semanticTokens/full": () => server.conn.sendRequest("textDocument/semanticTokens/full", doc),
    documentLink: () => server.conn.sendRequest("textDocument/documentLink", doc),
    "definition (resolution)": () => server.conn.sendRequest("textDocument/definition", { ...doc, position: position(text, resolution) }),
  };
  // The first workspace lookup indexes the folder; time it once, before the warm runs.
  let t0 = performance.now();
  await requests["hover (resolution, workspace)"]();
  const firstLookup = performance.now() - t0;

  const at = position(text, text.indexOf("\n", opener + 10) - 1);
  let version = 1;
  let typed = false;
  const keystroke = () => {
    version++;
    const range = typed ? { start: at, end: { line: at.line, character: at.character + 1 } } : { start: at, end: at };
    server.change(uri, version, range, typed ? "" : "x");
    typed = !typed;
  };
  const results = {};
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (const [name, send] of Object.entries(requests)) {
    // Warm: the same version again and again (the analysis is cached per version).
    const warm = [];
    for (let i = 0; i < runs + 2; i++) {
      t0 = performance.now();
      await send();
      if (i >= 2) warm.push(performance.now() - t0);
    }
    // After an edit: the request is the first to need the new version, so it pays the re-parse.
    // Pause between samples so the debounced diagnostics run does not overlap the next one.
    const edited = [];
    for (let i = 0; i < runs; i++) {
      keystroke();
      t0 = performance.now();
      await send();
      edited.push(performance.now() - t0);
      await sleep(250);
    }
    results[name] = {
      warmMedianMs: +quantile(warm, 0.5).toFixed(2),
      warmP90Ms: +quantile(warm, 0.9).toFixed(2),
      afterEditMedianMs: +quantile(edited, 0.5).toFixed(2),
      afterEditP90Ms: +quantile(edited, 0.9).toFixed(2),
    };
  }
  if (asJson) {
    console.log(JSON.stringify({ document: "A/RES/80/110", bytes: Buffer.byteLength(text), runs, firstWorkspaceLookupMs: +firstLookup.toFixed(1), results }, null, 2));
  } else {
    console.log(`Editor latency on A/RES/80/110 (${Math.round(Buffer.byteLength(text) / 1024)} KB), ${runs} runs, median / p90 in ms`);
    console.log(`first workspace lookup (indexing ${CORPUS.split("/").slice(-2).join("/")}): ${firstLookup.toFixed(1)} ms`);
    const pad = Math.max(...Object.keys(results).map((k) => k.length));
    console.log(`${"request".padEnd(pad)}  ${"warm".padStart(15)}  ${"after edit".padStart(15)}`);
    for (const [k, r] of Object.entries(results)) {
      console.log(`${k.padEnd(pad)}  ${`${r.warmMedianMs} / ${r.warmP90Ms}`.padStart(15)}  ${`${r.afterEditMedianMs} / ${r.afterEditP90Ms}`.padStart(15)}`);
    }
  }
} finally {
  await server.close();
}
