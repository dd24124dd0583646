/** `resdraft outline FILE`: the structure of one resolution, as JSON (the contract) or text. */
import { outlineJson } from "../../core/outline/outline-json";
import { outlineText } from "../../core/outline/outline-text";
import { option, type ParsedArgs } from "../args";
import { out, UsageError } from "../io";
import { parseFile } from "../load-file";
import type { Command } from "../command";

export const outline: Command = {
  name: "outline",
  summary: "print the structure of a resolution (paragraphs, openers, footnotes)",
  usage: `usage: resdraft outline FILE [--format json|text]

Prints the preamble, the operative paragraphs, sections, footnotes and closing of FILE
(an official PDF, an official text as extracted from the PDF, or a .unres draft). FILE may be - for stdin.

  --format json   one JSON object (the shape is documented in docs/cli.md)
  --format text   a readable outline, PP1 … / OP1 … (the default)
`,
  options: { format: { value: true, choices: ["json", "text"] } },
  async run(args: ParsedArgs): Promise<number> {
    if (args.positionals.length !== 1) throw new UsageError("outline takes exactly one FILE");
    const file = args.positionals[0]!;
    // Detected by content (a PDF is read by its reader); the extension breaks a tie between the text formats.
    const tree = await parseFile(file, "outline");
    if ((option(args, "format") ?? "text") === "json") {
      await out(JSON.stringify(outlineJson(tree), null, 2) + "\n");
    } else {
      await out(outlineText(tree));
    }
    return 0;
  },
};
