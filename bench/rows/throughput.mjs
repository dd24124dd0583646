/**
 * (a) Parse + lint throughput over every corpus text, against markdownlint (default rules)
 * linting the same strings as Markdown, interleaved in the same loop.
 */
import { lint as markdownlint } from "markdownlint/sync";
import { interleave } from "../lib/stats.mjs";
import { corpusTexts } from "../lib/paths.mjs";
import { rate, row, unavailable } from "../lib/rows.mjs";

export async function throughput(core, { quick }) {
  const texts = corpusTexts();
  const bytes = texts.reduce((n, t) => n + t.bytes, 0);
  const mb = bytes / 1e6;
  const label = `${texts.length} corpus texts, ${mb.toFixed(1)} MB`;
  const strings = Object.fromEntries(texts.map((t) => [t.name, t.text]));
  const contenders = {
    markdownlint: { fn: () => markdownlint({ strings }), runs: quick ? 2 : 5, warmup: 1 },
  };
  if (!core.parse.unavailable) contenders.parse = { fn: () => texts.forEach((t) => core.parse.parse(t.text)), runs: quick ? 5 : 15, warmup: 2 };
  // The reader before issue 11 as a peer, with the hint a .txt file gets, on the same texts in the same loop.
  if (!core.parse.unavailable && !core.oldParse.unavailable) {
    contenders.readerNew = { fn: () => texts.forEach((t) => core.parse.parse(t.text, { format: "official" })), runs: quick ? 5 : 15, warmup: 2 };
    contenders.readerOld = { fn: () => texts.forEach((t) => core.oldParse.parse(t.text, { format: "official" })), runs: quick ? 5 : 15, warmup: 2 };
  }
  if (!core.lint.unavailable) contenders.lint = { fn: () => texts.forEach((t) => core.lint.parseAndLint(t.text)), runs: quick ? 5 : 15, warmup: 2 };
  const r = await interleave(contenders);
  const peer = mb / (r.markdownlint.median / 1000);
  const rows = [];
  rows.push(
    core.lint.unavailable
      ? unavailable("a", "parse + lint throughput", core.lint.unavailable)
      : row("a", `parse + lint (${label})`, rate(mb, r.lint), {
          peer: `markdownlint ${peer.toFixed(2)} MB/s`,
          ratio: mb / (r.lint.median / 1000) / peer,
          target: "≥ 3× markdownlint",
          ok: mb / (r.lint.median / 1000) / peer >= 3,
        }),
  );
  if (!core.parse.unavailable) {
    rows.push(row("a", "  parse only (same texts)", rate(mb, r.parse), { ratio: mb / (r.parse.median / 1000) / peer, peer: "markdownlint" }));
  }
  rows.push(row("a", "  markdownlint 0.40.0, default rules (peer)", rate(mb, r.markdownlint), {}));
  if (r.readerNew && r.readerOld) {
    const ratio = r.readerOld.median / r.readerNew.median;
    rows.push(row("a", "  official reader (same texts)", rate(mb, r.readerNew), { peer: "reader before issue 11", ratio, target: "≥ 1× the old reader", ok: ratio >= 1 }));
    rows.push(row("a", "  official reader before issue 11 (peer, bench/old-reader)", rate(mb, r.readerOld), {}));
  }
  return { rows, raw: { bytes, files: texts.length, times: r } };
}
