/**
 * `resdraft redline OLD NEW -o FILE.docx`: the Word file with tracked changes that
 * submission rules ask for, the last adopted text (OLD) as the base.
 */
import { writeFileSync } from "node:fs";
import { compareDocuments, comparableFromTree } from "../../core/compare/index";
import { comparisonRenderer } from "../../core/export/formats";
import { option, type ParsedArgs } from "../args";
import { err, UsageError } from "../io";
import { parseFile } from "../load-file";
import type { Command } from "../command";
import { revisionStamp } from "../../host/revisions";

export const redline: Command = {
  name: "redline",
  summary: "write a Word file (.docx) of NEW with tracked changes against OLD",
  usage: `usage: resdraft redline OLD NEW (-o FILE.docx | --output FILE.docx) [--author NAME] [--date ISO]

Writes NEW as a Word document in which every change against OLD (the last adopted
text) is a tracked change: paragraphs added, removed, renumbered and reworded, word by
word, footnotes and headings included, in the UN layout's named styles. Accept all
changes in Word or LibreOffice and you have NEW; reject all and you have OLD. Without
--output the document goes to stdout, which must then be a file or a pipe, not a terminal.

  --output FILE   where to write the .docx (also -o)
  --author NAME   the author of the revisions (default: your user name)
  --date ISO      the date of the revisions, e.g. 2026-03-01T09:00:00Z (default: now)
  --changes accept|reject
                  a Word input with tracked changes is read after them (accept, the
                  default) or before them (reject)

OLD and NEW may be text (.txt, .unres) or Word (.docx) files.
`,
  options: { output: { value: true }, o: { value: true }, author: { value: true }, date: { value: true }, changes: { value: true } },
  async run(args: ParsedArgs): Promise<number> {
    if (args.positionals.length !== 2) throw new UsageError("redline takes OLD and NEW");
    const [oldFile, newFile] = args.positionals as [string, string];
    const output = option(args, "output") ?? option(args, "o");
    if (!output && process.stdout.isTTY) throw new UsageError("a .docx is binary: give --output FILE.docx or redirect stdout");
    const changes = option(args, "changes") ?? "accept";
    if (changes !== "accept" && changes !== "reject") throw new UsageError("--changes takes accept or reject");
    const oldTree = await parseFile(oldFile, "redline", { changes });
    const newTree = await parseFile(newFile, "redline", { changes });
    const diff = compareDocuments(comparableFromTree(oldTree, oldFile), comparableFromTree(newTree, newFile));
    let stamp;
    try {
      stamp = revisionStamp(option(args, "author"), option(args, "date"));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const bytes = comparisonRenderer("docx")!.render({ oldTree, newTree, diff }, stamp);
    if (output) {
      writeFileSync(output, bytes);
      await err(`resdraft redline: wrote ${output} (${diff.summary.substantive} substantive, ${diff.summary.technical} technical changes)\n`);
    } else {
      await new Promise<void>((done) => process.stdout.write(bytes, () => done()));
    }
    return 0;
  },
};
