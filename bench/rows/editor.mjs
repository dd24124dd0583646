/**
 * (b) Editor latency on the omnibus through the real server (dist/server.js) over stdio.
 *
 * Keystroke → diagnostics is measured two ways in the same loop:
 * - didChange + didSave: the server publishes on save without waiting (the debounce is for
 *   typing bursts), so the time from sending the change to receiving diagnostics for that
 *   version is the server's own work plus transport, with no debounce in it;
 * - didChange alone: time to diagnostics minus DEBOUNCE_MS (read from the source), a cross-check.
 * Requests are timed right after a one-character edit (so they pay for re-analysing the
 * document, as the outline refresh after a keystroke does) and again on an unchanged document.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, uriOf } from "../lib/lsp.mjs";
import { OMNIBUS, ROOT, CORPUS, read } from "../lib/paths.mjs";
import { sleep, summarize } from "../lib/stats.mjs";
import { ms, row, unavailable } from "../lib/rows.mjs";

export function debounceMs() {
  const src = readFileSync(join(ROOT, "server/src/lsp/features/diagnostics.ts"), "utf8");
  const m = /DEBOUNCE_MS\s*=\s*(\d+)/.exec(src);
  return m ? Number(m[1]) : NaN;
}

/** line/character of an offset (LF-only text, as the corpus is). */
function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - before.lastIndexOf("\n") - 1 };
}

export async function editor(_core, { quick }) {
  const debounce = debounceMs();
  const text = read(OMNIBUS);
  const uri = uriOf(OMNIBUS);
  const server = await startServer({ rootPath: CORPUS });
  try {
    const caps = server.capabilities;
    server.open(uri, text, 1);
    await server.diagnostics(uri, 1);
    const opener = text.indexOf("155. Requests States");
    const at = position(text, opener + "155. Requests States".length); // typing inside an operative paragraph
    const hoverAt = position(text, opener + 7); // on the opener verb
    const completeAt = position(text, opener + 5); // where the opener starts
    let version = 1;
    let typed = false;
    /** One keystroke: type "x" or delete it again, so the text stays the omnibus. */
    const keystroke = () => {
      version++;
      const range = typed ? { start: at, end: { line: at.line, character: at.character + 1 } } : { start: at, end: at };
      server.change(uri, version, range, typed ? "" : "x");
      typed = !typed;
      return version;
    };
    const settle = () => sleep(debounce + 40); // let any pending debounced publish fire before the next sample
    const doc = { textDocument: { uri } };
    const requests = {
      documentSymbol: caps.documentSymbolProvider ? () => server.conn.sendRequest("textDocument/documentSymbol", doc) : null,
      completion: caps.completionProvider ? () => server.conn.sendRequest("textDocument/completion", { ...doc, position: completeAt }) : null,
      hover: caps.hoverProvider ? () => server.conn.sendRequest("textDocument/hover", { ...doc, position: hoverAt }) : null,
    };
    const t = { save: [], change: [] };
    for (const k of Object.keys(requests)) t[k] = { cold: [], warm: [] };
    const iterations = quick ? 8 : 25;
    const warmup = 3;
    for (let i = 0; i < warmup + iterations; i++) {
      const keep = i >= warmup;
      // didChange + didSave → diagnostics (no debounce)
      let t0 = performance.now();
      const v1 = keystroke();
      server.save(uri);
      let got = await server.diagnostics(uri, v1);
      if (keep) t.save.push(got.at - t0);
      await settle();
      // didChange alone → diagnostics, minus the debounce
      t0 = performance.now();
      const v2 = keystroke();
      got = await server.diagnostics(uri, v2);
      if (keep) t.change.push(got.at - t0 - debounce);
      await settle();
      for (const [k, fn] of Object.entries(requests)) {
        if (!fn) continue;
        const v = keystroke();
        t0 = performance.now();
        await fn();
        if (keep) t[k].cold.push(performance.now() - t0);
        await server.diagnostics(uri, v);
        await settle();
        t0 = performance.now();
        await fn();
        if (keep) t[k].warm.push(performance.now() - t0);
      }
    }
    const save = summarize(t.save);
    const rows = [
      row("b", `keystroke → diagnostics (didChange+didSave, no debounce)`, ms(save), {
        target: "≤ 15 ms median",
        ok: save.median <= 15,
        note: `omnibus ${(text.length / 1000).toFixed(0)} K chars`,
      }),
      row("b", `  didChange alone → diagnostics, minus DEBOUNCE_MS=${debounce}`, ms(summarize(t.change)), {}),
    ];
    for (const [k, fn] of Object.entries(requests)) {
      if (!fn) {
        rows.push(unavailable("b", k, "not available yet (server does not announce it)"));
        continue;
      }
      rows.push(row("b", `${k} right after an edit`, ms(summarize(t[k].cold)), {}));
      rows.push(row("b", `  ${k}, unchanged document`, ms(summarize(t[k].warm)), {}));
    }
    return { rows, raw: { debounceMs: debounce, iterations, warmup } };
  } finally {
    await server.close();
  }
}
