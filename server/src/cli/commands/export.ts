/**
 * `resdraft export FILE --to FORMAT [-o OUT]`: one document in another format (Akoma Ntoso today; the formats
 * are the table in core/export/formats.ts). Any input the reader takes: text, `.unres`, and PDF or Word where
 * their readers are built in, all read through `loadDocument`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadDocument } from "../../core/input/load";
import { DOCUMENT_EXPORTERS, documentExporter } from "../../core/export/formats";
import { parse } from "../../core/syntax/parse";
import { option, type ParsedArgs } from "../args";
import { err, out, UsageError } from "../io";
import type { Command } from "../command";

const FORMATS = DOCUMENT_EXPORTERS.map((f) => `  --to ${f.id.padEnd(6)} ${f.label} (${f.extension})`).join("\n");

export const exportCommand: Command = {
  name: "export",
  summary: "write a document in another format (Akoma Ntoso XML, …)",
  usage: `usage: resdraft export FILE --to FORMAT [(-o | --output) OUT]

Reads FILE (an official text, a .unres draft, or another form the reader takes) and
writes it in FORMAT. Without --output the result goes to stdout; a binary format then
needs a file or a pipe, not a terminal.

${FORMATS}
  --output OUT  where to write (also -o)
`,
  options: { to: { value: true, choices: DOCUMENT_EXPORTERS.map((f) => f.id) }, output: { value: true }, o: { value: true } },
  async run(args: ParsedArgs): Promise<number> {
    if (args.positionals.length !== 1) throw new UsageError("export takes one FILE");
    const to = option(args, "to");
    if (!to) throw new UsageError(`give the format: --to ${DOCUMENT_EXPORTERS.map((f) => f.id).join("|")}`);
    const exporter = documentExporter(to)!;
    const output = option(args, "output") ?? option(args, "o");
    if (!output && exporter.binary && process.stdout.isTTY) throw new UsageError(`${to} is binary: give --output FILE${exporter.extension} or redirect stdout`);
    const file = args.positionals[0]!;
    const loaded = await loadDocument(readFileSync(file), file);
    if (!loaded.ok) {
      await err(`resdraft export: ${loaded.message}\n`);
      return 2;
    }
    for (const note of loaded.notes) await err(`resdraft export: ${file}: ${note}\n`);
    const tree = parse(loaded.text, { ...(loaded.format ? { format: loaded.format } : {}), ...(loaded.cues ? { cues: loaded.cues } : {}) });
    const result = exporter.write(tree, {});
    if (output) {
      writeFileSync(output, result);
      await err(`resdraft export: wrote ${output} (${tree.preamble.length} preambular, ${tree.operative.length} operative paragraphs, ${tree.footnotes.length} footnotes)\n`);
    } else if (typeof result === "string") {
      await out(result);
    } else {
      await new Promise<void>((done) => process.stdout.write(result, () => done()));
    }
    return 0;
  },
};
