/**
 * (f) How cost grows with input size: parse, parse + lint and compare at 1×, 4× and 16× the
 * omnibus (the text repeated, joined by a blank line). Reported as the time ratio per doubling
 * of the input, (t16/t1)^(1/4): 2.0 is linear, 4.0 quadratic; below 2.0 a fixed per-call cost
 * still dominates at 1×. Growth passes as "at most linear" when the ratio stays ≤ 2.3 (an
 * exponent ≤ 1.2, room for cache effects at 3 MB); the 4×→16× ratio is shown too, since there
 * the fixed cost matters least.
 */
import { measure } from "../lib/stats.mjs";
import { OMNIBUS, OMNIBUS_OLD, read } from "../lib/paths.mjs";
import { ms, row, unavailable } from "../lib/rows.mjs";

const SIZES = [1, 4, 16];
const repeat = (text, k) => Array.from({ length: k }, () => text).join("\n\n");

export async function growth(core, { quick }) {
  const a = read(OMNIBUS_OLD);
  const b = read(OMNIBUS);
  const tasks = {
    parse: core.parse.unavailable ? null : (k) => () => core.parse.parse(repeat(b, k)),
    "parse + lint": core.lint.unavailable ? null : (k) => () => core.lint.parseAndLint(repeat(b, k)),
    compare: core.compare.unavailable ? null : (k) => () => core.compare.compareTexts(repeat(a, k), repeat(b, k)),
  };
  const rows = [];
  const raw = {};
  for (const [name, make] of Object.entries(tasks)) {
    if (!make) {
      rows.push(unavailable("f", `growth: ${name}`, (name === "compare" ? core.compare : core.lint).unavailable));
      continue;
    }
    const times = {};
    for (const k of SIZES) times[k] = await measure(make(k), { runs: quick ? 3 : k === 16 ? 5 : 9, warmup: 1 });
    const perDoubling = Math.pow(times[16].median / times[1].median, 1 / 4);
    
    const tail = Math.pow(times[16].median / times[4].median, 1 / 2);
    const linear = perDoubling <= 2.3 && tail <= 2.3;
    const verdict = !linear ? "SUPERLINEAR" : perDoubling < 1.7 ? "sublinear (fixed cost dominates at 1×)" : "linear";
    raw[name] = { times, perDoubling, perDoubling4to16: tail };
    for (const k of SIZES) {
      rows.push(
        row("f", `${k === 1 ? name : "  " + name} at ${k}× omnibus (${((b.length * k) / 1e6).toFixed(1)} M chars)`, ms(times[k]), {
          ...(k === 16
            ? { note: `×${perDoubling.toFixed(2)} per doubling 1×→16× (exponent ${Math.log2(perDoubling).toFixed(2)}), ×${tail.toFixed(2)} 4×→16×: ${verdict}`, target: "≤ linear", ok: linear }
            : {}),
        }),
      );
    }
  }
  return { rows, raw };
}
