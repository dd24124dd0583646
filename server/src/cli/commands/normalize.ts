/** `resdraft normalize FILE [-o OUT.unres] [--as-draft]`: an official text or PDF as clean `.unres`. */
import { writeFileSync } from "node:fs";
import { asDraft } from "../../core/normalize/as-draft";
import { toUnres, writeUnres } from "../../core/normalize/to-unres";
import { flag, option, type ParsedArgs } from "../args";
import { err, out, UsageError } from "../io";
import { InputError, parseFile } from "../load-file";
import type { Command } from "../command";

export const normalize: Command = {
  name: "normalize",
  summary: "write an official PDF or text as clean .unres (or as next year's draft)",
  usage: `usage: resdraft normalize FILE [-o OUT.unres] [--as-draft]

Writes FILE (an official PDF, an official text as extracted from the PDF, or a .unres file) as clean
.unres: front matter (symbol, session, predecessor, agenda item, adoption date), the title, one
paragraph per block, sub-paragraphs, sections, footnotes as [^n] with their texts, the closing and
annexes; *italic openers* marked where the words alone would be read otherwise. To stdout unless -o.

  -o, --output FILE   where to write the .unres
  --as-draft          next year's draft: predecessor set to FILE, an L symbol placeholder, no number,
                      adoption lines or closing, the recalling paragraph extended by FILE and its date,
                      future session ordinals moved on by one; each edit is listed on stderr
`,
  options: { output: { value: true }, o: { value: true }, "as-draft": { value: false } },
  async run(args: ParsedArgs): Promise<number> {
    if (args.positionals.length !== 1) throw new UsageError("normalize takes exactly one FILE");
    const file = args.positionals[0]!;
    const output = option(args, "output") ?? option(args, "o");
    const tree = await parseFile(file, "normalize");
    let text: string;
    if (flag(args, "as-draft")) {
      const draft = asDraft(tree);
      if ("error" in draft) throw new InputError(`${file}: ${draft.error}`);
      text = writeUnres(draft.doc);
      for (const e of draft.edits) await err(`resdraft normalize: ${e.where}: ${e.what}\n`);
    } else text = toUnres(tree);
    if (output) writeFileSync(output, text);
    else await out(text);
    return 0;
  },
};
