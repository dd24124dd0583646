// Frozen copy of server/src/core at commit 9d9d1b5 (the reader before issue 11): a peer for bench row a only,
// never imported by the shipped code. See README.md here.
/**
 * The parser entry point: detects the format, runs the format's reader, collects references,
 * and freezes the tree (its top level; every node with `freeze: "deep"`). Never throws: an internal
 * failure becomes a SYN000 diagnostic.
 */
import { parseOfficial } from "./official";
import { findReferences } from "./references";
import { parseUnres } from "./unres";
import type { SourceCues } from "../../server/src/core/syntax/cues";
import type { Header, Reference, Resolution, SourceFormat } from "../../server/src/core/syntax/tree";

export interface ParseOptions {
  /**
   * The format the caller expects (from the file name). A tie-breaker only: text with an official masthead or
   * page furniture is read as official and text with front matter, `[^n]` markers or comments as `.unres`,
   * whatever the hint (a drafter pastes last year's official text into a new `.unres` file).
   */
  readonly format?: "official" | "unres";
  /** What a PDF or Word reader knows beyond the text (italic extents, superscripts, indents). */
  readonly cues?: SourceCues;
  /**
   * "shallow" (the default): the tree object and the objects and arrays it holds directly are frozen.
   * "deep": every node, span and piece, which cost a tenth of the parse; the tests lint deep-frozen
   * trees, so a rule that writes into the tree fails there (test/unit/lint/immutable.test.ts).
   */
  readonly freeze?: "shallow" | "deep";
}

const EMPTY_HEADER: Header = {
  symbol: null, reissued: false, distribution: null, distributionDate: null, session: null, sessionNumber: null,
  agendaItem: null, agendaTitle: null, adoptionDate: null, committee: null, sponsors: null, span: null,
};

/**
 * Official text carries a masthead or page furniture (form feeds, `Distr.:`, a footnote rule, job numbers,
 * barcodes); `.unres` carries front matter, `[^n]` markers or comments. Evidence of one kind only decides;
 * with both or neither the caller's hint (from the file name) does, and without a hint `.unres`, the
 * authoring format.
 */
export function detectFormat(source: string, hint?: SourceFormat): SourceFormat {
  const head = source.slice(0, 4000).replace(/^\uFEFF/, "");
  const sample = source.slice(0, 200000);
  const unres = /^\s*---\s*(?:\r?\n|\r)/.test(head) || /\[\^[A-Za-z0-9*]+\]/.test(sample) || /<!--/.test(head);
  const official = /\f/.test(sample) || /^\s*Distr\.:/m.test(head) || /^\s*_{8,}\s*$/m.test(sample) ||
    /^\s*\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s+\d{6})?\s*$/m.test(sample) || /^\s*\*\d{6,9}\*\s*$/m.test(sample);
  if (unres !== official) return unres ? "unres" : "official";
  return hint ?? "unres";
}

export function parse(source: string, options: ParseOptions = {}): Resolution {
  const text = typeof source === "string" ? source : String(source ?? "");
  const format = detectFormat(text, options.format);
  const freeze = options.freeze === "deep" ? deepFreeze : shallowFreeze;
  try {
    return freeze(format === "unres" ? fromUnres(text) : fromOfficial(text));
  } catch (e) {
    // A parser bug must not take the editor down: report it and return an empty tree.
    return freeze({
      source: text, format, frontMatter: null, header: EMPTY_HEADER, title: null, organ: null, preamble: [], operative: [],
      sections: [], footnotes: [], references: [], closing: null, annexes: [], artefacts: [], comments: [],
      diagnostics: [{ code: "SYN000", message: `Internal parser error: ${(e as Error)?.message ?? e}`, severity: "error", span: { start: 0, end: 0 } }],
    });
  }
}

function references(r: Pick<Resolution, "preamble" | "operative" | "footnotes">): Reference[] {
  const out: Reference[] = [];
  for (const p of [...r.preamble, ...r.operative]) out.push(...findReferences(p.body, p.span.start));
  for (const f of r.footnotes) out.push(...findReferences(f.body, f.span.start));
  return out.sort((a, b) => a.span.start - b.span.start);
}

function fromOfficial(source: string): Resolution {
  const r = parseOfficial(source);
  return {
    source, format: "official", frontMatter: null, header: r.header, title: r.title, organ: r.organ, preamble: r.preamble,
    operative: r.operative, sections: r.sections, footnotes: r.footnotes, references: references(r), closing: r.closing,
    annexes: r.annexes, artefacts: r.artefacts, comments: [], diagnostics: r.diagnostics,
  };
}

function fromUnres(source: string): Resolution {
  const r = parseUnres(source);
  const fm = new Map((r.frontMatter?.entries ?? []).map((e) => [e.key.value.toLowerCase(), e.value]));
  const symbol = fm.get("symbol") ?? r.symbol;
  const sessionField = fm.get("session") ?? null;
  let sessionNumber = sessionField && /^\d+$/.test(sessionField.value) ? Number(sessionField.value) : null;
  if (sessionNumber === null && symbol) {
    const m = /^A\/(?:RES\/)?(?:C\.\d\/)?(\d+)\//.exec(symbol.value);
    if (m) sessionNumber = Number(m[1]);
  }
  if (sessionNumber === null && r.title?.number) sessionNumber = Number(r.title.number.value.split("/")[0]) || null;
  const header: Header = {
    ...EMPTY_HEADER,
    symbol: symbol ?? null,
    reissued: false,
    session: sessionField,
    sessionNumber,
    agendaItem: fm.get("agenda-item") ?? fm.get("agenda") ?? null,
    adoptionDate: fm.get("adopted") ?? fm.get("date") ?? null,
    committee: fm.get("committee") ?? null,
    sponsors: fm.get("sponsors") ?? null,
    span: r.frontMatter?.span ?? null,
  };
  return {
    source, format: "unres", frontMatter: r.frontMatter, header, title: r.title, organ: r.organ, preamble: r.preamble,
    operative: r.operative, sections: r.sections, footnotes: r.footnotes, references: references(r), closing: r.closing,
    annexes: r.annexes, artefacts: [], comments: r.comments, diagnostics: r.diagnostics,
  };
}

function shallowFreeze<T extends object>(value: T): T {
  for (const k in value) {
    const c: unknown = value[k];
    if (c !== null && typeof c === "object") Object.freeze(c);
  }
  return Object.freeze(value);
}

function deepFreeze<T>(value: T): T {
  // Only objects go on the stack (most values in a tree are strings and numbers), and arrays are walked by
  // index: Object.keys on every node was a tenth of the parse time.
  const stack: object[] = [];
  const visit = (c: unknown): void => {
    if (c !== null && typeof c === "object" && !Object.isFrozen(c)) stack.push(c);
  };
  visit(value);
  while (stack.length) {
    const v = stack.pop()!;
    if (Object.isFrozen(v)) continue;
    Object.freeze(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) visit(v[i]);
    else for (const k in v) visit((v as Record<string, unknown>)[k]);
  }
  return value;
}
