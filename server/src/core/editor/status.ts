/** The one-line summary a status bar shows: `PP 19 · OP 20 · fn 5`. */
import type { Resolution } from "../syntax/tree";

export interface Status {
  readonly preamble: number;
  readonly operative: number;
  readonly footnotes: number;
  readonly sections: number;
  readonly symbol: string | null;
  /** `PP 19 · OP 20 · fn 5` (the client appends its problem count). */
  readonly text: string;
}

export function status(tree: Resolution): Status {
  const text = [`PP ${tree.preamble.length}`, `OP ${tree.operative.length}`, `fn ${tree.footnotes.length}`].join(" · ");
  return {
    preamble: tree.preamble.length,
    operative: tree.operative.length,
    footnotes: tree.footnotes.length,
    sections: tree.sections.length,
    symbol: tree.header.symbol?.value ?? null,
    text,
  };
}
