/**
 * (f) How cost grows with input size: parse, parse + lint and compare at 1×, 4× and 16× the
 * omnibus. Concatenating whole copies would not do: the parser reads one resolution, and text
 * after the first closing is not parsed as paragraphs (cheaper per byte, which flatters the
 * curve). So the operative part is repeated inside one document, renumbered (OP 1–362, then
 * 363–724, …, wrapping after 999: the parser reads paragraph numbers of up to three digits): k× the paragraphs, k× the footnote markers, one masthead. The note names how many
 * operative paragraphs the parser read, to show the work really grew. Reported as the time ratio per doubling
 * of the input, (t16/t1)^(1/4): 2.0 is linear, 4.0 quadratic; below 2.0 a fixed per-call cost
 * still dominates at 1×. Growth passes as "at most linear" when the ratio stays ≤ 2.3 (an
 * exponent ≤ 1.2, room for cache effects at 3 MB); the 4×→16× ratio is shown too, since there
 * the fixed cost matters least.
 */
import { measure } from "../lib/stats.mjs";
import { OMNIBUS, OMNIBUS_OLD, read } from "../lib/paths.mjs";
import { ms, row, unavailable } from "../lib/rows.mjs";

const SIZES = [1, 4, 16];
/** The omnibus with its operative part (first "1." line to the closing meeting line) repeated k times, renumbered. */
export function scaled(text, k) {
  const start = text.search(/\n1\.\s/) + 1;
  const closing = text.search(/\n\d+(?:st|nd|rd|th) plenary meeting/);
  const end = closing > start ? closing : text.length;
  const ops = (text.slice(start, end).match(/(?:^|\n)\d+\.\s/g) ?? []).length;
  const copies = Array.from({ length: k }, (_, i) =>
    text.slice(start, end).replace(/(^|\n)(\d+)\.(?=\s)/g, (_m, pre, n) => `${pre}${((Number(n) + i * ops - 1) % 999) + 1}.`),
  );
  return text.slice(0, start) + copies.join("\n") + text.slice(end);
}

export async function growth(core, { quick }) {
  const a = read(OMNIBUS_OLD);
  const b = read(OMNIBUS);
  const tasks = {
    parse: core.parse.unavailable ? null : (k) => ((x) => () => core.parse.parse(x))(scaled(b, k)),
    "parse + lint": core.lint.unavailable ? null : (k) => ((x) => () => core.lint.parseAndLint(x))(scaled(b, k)),
    compare: core.compare.unavailable ? null : (k) => ((x, y) => () => core.compare.compareTexts(x, y))(scaled(a, k), scaled(b, k)),
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
    const read = core.parse.unavailable ? null : SIZES.map((k) => core.parse.parse(scaled(b, k)).operative.length);
    const perDoubling = Math.pow(times[16].median / times[1].median, 1 / 4);
    
    const tail = Math.pow(times[16].median / times[4].median, 1 / 2);
    const linear = perDoubling <= 2.3 && tail <= 2.3;
    const verdict = !linear ? "SUPERLINEAR" : perDoubling < 1.7 ? "sublinear (fixed cost dominates at 1×)" : "linear";
    raw[name] = { times, perDoubling, perDoubling4to16: tail };
    for (const k of SIZES) {
      rows.push(
        row("f", `${k === 1 ? name : "  " + name} at ${k}× omnibus (${(scaled(b, k).length / 1e6).toFixed(1)} M chars)`, ms(times[k]), {
          ...(k === 16
            ? { note: `×${perDoubling.toFixed(2)} per doubling 1×→16× (exponent ${Math.log2(perDoubling).toFixed(2)}), ×${tail.toFixed(2)} 4×→16×: ${verdict}`, target: "≤ linear", ok: linear }
            : k === 1 && read
              ? { note: `operative paragraphs read at 1×/4×/16×: ${read.join(" / ")}` }
              : {}),
        }),
      );
    }
  }
  return { rows, raw };
}
