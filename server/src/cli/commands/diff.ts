/** `resdraft diff OLD NEW`: this year's text against its predecessor, paragraph by paragraph. */
import { dirname, resolve } from "node:path";
import { parse } from "../../core/syntax/parse";
import {
  comparableFromTree,
  compareDocuments,
  findPredecessor,
  lineage,
  recalledResolutions,
  resolutionNumber,
  type ComparableDocument,
} from "../../core/compare/index";
import { comparisonRenderer, lineageRenderer, LINEAGE_RENDERERS, textComparisonFormats } from "../../core/export/formats";
import type { Resolution } from "../../core/syntax/tree";
import { flag, option, type ParsedArgs } from "../args";
import { err, expandPaths, out, readText, UsageError } from "../io";
import type { Command } from "../command";

export const diff: Command = {
  name: "diff",
  summary: "compare a resolution with its predecessor, paragraph by paragraph",
  usage: `usage: resdraft diff OLD NEW [--format text|json|html|md] [--all]
       resdraft diff NEW [--format …]          (finds the predecessor in NEW's folder)
       resdraft diff --lineage A B C … [--format …]   (oldest first)

Aligns the preambular, operative and footnote paragraphs of two texts (official texts as
extracted from the PDF, or .unres drafts), then shows the word changes inside each pair.
Each paragraph is unchanged, renumbered, moved, modified, added, removed, split or merged;
changes that only update sessions, dates, symbols, meetings or the "Recalling" list are
marked technical, the rest substantive; opener changes are called out.

  --format text   a terminal report, coloured on a terminal (the default)
  --format json   one JSON object (the shape is documented in docs/cli.md)
  --format html   one self-contained printable page: summary table, side-by-side and inline redline
  --format md     Markdown: summary table and a redline per changed paragraph
  --all           also list unchanged paragraphs
  --lineage       for each paragraph of the last text, the text it first appeared in and each change since

With only NEW, the predecessor is the front matter's "predecessor:", else the most recent
resolution of the same series that NEW recalls or reaffirms, else the latest with the same title,
among the .txt and .unres files of NEW's folder.
`,
  options: {
    // The lineage renderers take the same names (a test keeps the two lists equal).
    format: { value: true, choices: textComparisonFormats() },
    all: { value: false },
    lineage: { value: false },
  },
  async run(args: ParsedArgs): Promise<number> {
    const format = option(args, "format") ?? "text";
    const files = args.positionals;
    if (flag(args, "lineage")) {
      if (files.length < 2) throw new UsageError("--lineage needs at least two files, oldest first");
      const l = lineage(files.map((f) => load(f).doc));
      const renderer = lineageRenderer(format) ?? LINEAGE_RENDERERS[0]!;
      await out(renderer.render(l, {}));
      return 0;
    }
    let oldDoc: Loaded;
    let newDoc: Loaded;
    let found: { file: string; reason: string } | null = null;
    if (files.length === 2) {
      oldDoc = load(files[0]!);
      newDoc = load(files[1]!);
    } else if (files.length === 1) {
      newDoc = load(files[0]!);
      // Parse only plausible candidates: a folder of hundreds of texts would otherwise take seconds.
      const hints = [...recalledResolutions(newDoc.doc), resolutionNumber(newDoc.doc.predecessor) ?? newDoc.doc.predecessor ?? "", squash(newDoc.doc.title ?? "").slice(0, 60)].filter((h) => h.length > 0);
      const paths = expandPaths([dirname(files[0]!)]).filter((p) => resolve(p) !== resolve(files[0]!) && plausible(readText(p), hints));
      const candidates = paths.map(load);
      const match = findPredecessor(newDoc.doc, candidates.map((c) => c.doc));
      if (!match) {
        await err(`resdraft diff: no predecessor found for '${files[0]}' in its folder; give OLD explicitly\n`);
        return 2;
      }
      oldDoc = candidates[match.index]!;
      found = { file: paths[match.index]!, reason: match.reason };
      if (format === "text") await err(`resdraft diff: predecessor ${oldDoc.doc.symbol ?? found.file} (${found.reason})\n`);
    } else {
      throw new UsageError("diff takes OLD and NEW (or NEW alone, or --lineage with several files)");
    }
    const d = compareDocuments(oldDoc.doc, newDoc.doc);
    const all = flag(args, "all");
    const color = process.stdout.isTTY === true && !process.env["NO_COLOR"];
    const rendered = comparisonRenderer(format)!.render({ oldTree: oldDoc.tree, newTree: newDoc.tree, diff: d }, { color, all, ...(found ? { extra: { predecessor: found } } : {}) });
    await out(rendered as string);
    return 0;
  },
};

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Does the head of a text (masthead, number, title) mention one of the hints? Numbers must match whole (`78/1` is not `78/137`). */
function plausible(text: string, hints: readonly string[]): boolean {
  const head = squash(text.slice(0, 4000));
  return hints.some((h) => {
    if (!/^[\w-]*\d+\/\d+$/.test(h)) return head.includes(h);
    for (let at = head.indexOf(h); at >= 0; at = head.indexOf(h, at + 1)) {
      if (!/[\d/]/.test(head[at - 1] ?? " ") || head[at - 1] === "/") {
        if (!/\d/.test(head[at + h.length] ?? " ")) return true;
      }
    }
    return false;
  });
}

interface Loaded {
  readonly tree: Resolution;
  readonly doc: ComparableDocument;
}

function load(file: string): Loaded {
  const tree = parse(readText(file));
  return { tree, doc: comparableFromTree(tree, file) };
}
