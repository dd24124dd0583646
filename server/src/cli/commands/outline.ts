/** `resdraft outline FILE`: the structure of one resolution, as JSON (the contract) or text. */
import { parse } from "../../core/syntax/parse";
import { formatOptions } from "../../core/syntax/format";
import { outlineJson } from "../../core/outline/outline-json";
import { outlineText } from "../../core/outline/outline-text";
import { option, type ParsedArgs } from "../args";
import { out, readText, UsageError } from "../io";
import type { Command } from "../command";

export const outline: Command = {
  name: "outline",
  summary: "print the structure of a resolution (paragraphs, openers, footnotes)",
  usage: `usage: resdraft outline FILE [--format json|text]

Prints the preamble, the operative paragraphs, sections, footnotes and closing of FILE
(an official text as extracted from the PDF, or a .unres draft). FILE may be - for stdin.

  --format json   one JSON object (the shape is documented in docs/cli.md)
  --format text   a readable outline, PP1 … / OP1 … (the default)
`,
  options: { format: { value: true, choices: ["json", "text"] } },
  async run(args: ParsedArgs): Promise<number> {
    if (args.positionals.length !== 1) throw new UsageError("outline takes exactly one FILE");
    const file = args.positionals[0]!;
    const source = file === "-" ? await readStdin() : readText(file);
    // The extension says which format a file is in; stdin and other names are detected from the text.
    const tree = parse(source, formatOptions(file));
    if ((option(args, "format") ?? "text") === "json") {
      await out(JSON.stringify(outlineJson(tree), null, 2) + "\n");
    } else {
      await out(outlineText(tree));
    }
    return 0;
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
