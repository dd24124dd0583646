/**
 * INTERIM: the parser entry point. The real parser replaces this body; the signature stays.
 */
import type { Resolution } from "./tree";

export interface ParseOptions {
  /** Force a format; by default it is detected from the text. */
  readonly format?: "official" | "unres";
}

export function parse(source: string, options: ParseOptions = {}): Resolution {
  const format = options.format ?? (/^\s*---\s*$/m.test(source.slice(0, 10)) ? "unres" : "official");
  return Object.freeze({
    source,
    format,
    frontMatter: null,
    header: {
      symbol: null, reissued: false, distribution: null, distributionDate: null, session: null,
      sessionNumber: null, agendaItem: null, agendaTitle: null, adoptionDate: null, committee: null,
      sponsors: null, span: null,
    },
    title: null,
    organ: null,
    preamble: [],
    operative: [],
    sections: [],
    footnotes: [],
    references: [],
    closing: null,
    annexes: [],
    artefacts: [],
    comments: [],
    diagnostics: [],
  });
}
