/**
 * Inline suppression: `<!-- resdraft-... -->` comments in a `.unres` file, resolved once before
 * rules run into ranges where rules are off. Rules never see them; the engine filters reports.
 *
 *   <!-- resdraft-disable-next-paragraph RES012 -->   the next paragraph (or footnote) only
 *   <!-- resdraft-disable RES005 -->  …  <!-- resdraft-enable -->   a stretch of text
 *   <!-- resdraft-disable-file RES023 -->   the whole file
 * Without ids a directive means every rule. Ids and rule names are both accepted,
 * separated by spaces or commas.
 */
import type { Comment, Resolution, Span } from "../syntax/tree";

export type DirectiveKind = "disable" | "enable" | "disable-next-paragraph" | "disable-file";

export interface Directive {
  readonly kind: DirectiveKind;
  /** Rule ids or names as written; empty means every rule. */
  readonly rules: readonly string[];
}

const DIRECTIVE = /^resdraft-(disable-next-paragraph|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirective(comment: string): Directive | null {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return null;
  const rules = (m[2] ?? "").split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules };
}

interface Range {
  /** Null: every rule. */
  readonly rules: ReadonlySet<string> | null;
  readonly except: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
}

export interface Suppressions {
  /** Whether a report of rule `id` starting at `offset` is suppressed. */
  isSuppressed(id: string, offset: number): boolean;
  /** Whether the rule is off in the whole file (the engine then does not run it). */
  offEverywhere(id: string): boolean;
}

/** The spans a `disable-next-paragraph` can apply to, in source order. */
export function paragraphSpans(tree: Resolution): Span[] {
  const spans: Span[] = [
    ...(tree.title ? [tree.title.span] : []),
    ...(tree.organ ? [tree.organ.span] : []),
    ...tree.preamble.map((p) => p.span),
    ...tree.operative.map((p) => p.span),
    ...tree.footnotes.map((f) => f.span),
    ...(tree.closing ? [tree.closing.span] : []),
  ];
  return spans.sort((a, b) => a.start - b.start);
}

/** `canonical` maps a written rule name or id to the rule's id, so `disable curly-quotes` … `enable RES023` pair up. */
export function resolveSuppressions(tree: Resolution, canonical: (rule: string) => string = (r) => r): Suppressions {
  const ranges: Range[] = [];
  const end = tree.source.length;
  const paragraphs = paragraphSpans(tree);
  // Open `disable` stretches: by rule, or "*" for every rule (with the rules re-enabled since).
  const open = new Map<string, number>();
  let openAll: { start: number; except: Set<string> } | null = null;
  const close = (at: number) => {
    for (const [rule, start] of open) ranges.push({ rules: new Set([rule]), except: new Set(), start, end: at });
    open.clear();
    if (openAll) ranges.push({ rules: null, except: openAll.except, start: openAll.start, end: at });
    openAll = null;
  };
  const comments = [...tree.comments].sort((a, b) => a.span.start - b.span.start);
  for (const c of comments) {
    const d = parseDirective(c.text);
    if (!d) continue;
    const rules = d.rules.length ? new Set(d.rules.map(canonical)) : null;
    switch (d.kind) {
      case "disable-file":
        ranges.push({ rules, except: new Set(), start: 0, end });
        break;
      case "disable-next-paragraph": {
        const next = paragraphs.find((p) => p.start >= c.span.end);
        if (next) ranges.push({ rules, except: new Set(), start: next.start, end: next.end });
        break;
      }
      case "disable":
        if (!rules) {
          close(c.span.start);
          openAll = { start: c.span.end, except: new Set() };
        } else {
          for (const r of rules) {
            if (!open.has(r)) open.set(r, c.span.end);
            openAll?.except.delete(r);
          }
        }
        break;
      case "enable":
        enable(c, rules);
        break;
    }
  }
  close(end);
  return {
    isSuppressed(id, offset) {
      return ranges.some((r) => offset >= r.start && offset <= r.end && applies(r, id));
    },
    offEverywhere(id) {
      return ranges.some((r) => r.start === 0 && r.end === end && applies(r, id));
    },
  };

  function enable(c: Comment, rules: Set<string> | null) {
    if (!rules) return close(c.span.start);
    for (const r of rules) {
      const start = open.get(r);
      if (start !== undefined) {
        ranges.push({ rules: new Set([r]), except: new Set(), start, end: c.span.start });
        open.delete(r);
      }
    }
    if (openAll) {
      // Every rule stays off except the ones named: split the stretch here.
      ranges.push({ rules: null, except: new Set(openAll.except), start: openAll.start, end: c.span.start });
      openAll = { start: c.span.end, except: new Set([...openAll.except, ...rules]) };
    }
  }
}

function applies(r: Range, id: string): boolean {
  if (r.except.has(id)) return false;
  return r.rules === null || r.rules.has(id);
}
