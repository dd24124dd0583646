/** What `normalize` must keep: the structure and the words of every paragraph and footnote (ranges aside). */
import { outlineJson } from "../../../server/src/core/outline/outline-json";
import type { Resolution } from "../../../server/src/core/syntax/tree";

export function shape(tree: Resolution) {
  const o = outlineJson(tree);
  return {
    symbol: o.symbol,
    number: o.number,
    title: o.title,
    preamble: o.preamble.map((p) => [p.opener, p.text]),
    operative: o.operative.map((p) => [p.number, p.opener, p.text, p.section, p.subparagraphs.map((s) => [s.label, s.text])]),
    sections: o.sections,
    footnotes: o.footnotes.map((f) => [f.number, f.text]),
    closing: o.closing,
    annex: o.annex,
  };
}
