/**
 * `resdraft`: the command-line tool over the same core as the language server.
 *
 * Exit codes: 0 success (for lint: nothing at warning or above), 1 problems found,
 * 2 usage or I/O errors. Errors go to stderr as `resdraft: message`.
 */
import { isMainThread } from "node:worker_threads";
import { parseArgs } from "./args";
import { commands } from "./commands/index";
import { err, out, UsageError } from "./io";
import { InputError } from "./load-file";
import { version } from "../version";
import { registerReaders } from "../host/readers";

registerReaders();

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `resdraft ${version}: draft, check and compare United Nations resolutions

usage: resdraft <command> [options]

commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

options:
  --help      show help (also: resdraft <command> --help)
  --version   print the version

Exit codes: 0 ok, 1 problems found, 2 usage or input/output error.
`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    await out(help());
    return first === undefined ? 2 : 0;
  }
  if (first === "--version" || first === "-v") {
    await out(version + "\n");
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    await err(`resdraft: unknown command '${first}'\nRun 'resdraft --help' for the list of commands.\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    await out(command.usage);
    return 0;
  }
  try {
    return await command.run(parseArgs(rest, command.options));
  } catch (e) {
    if (e instanceof UsageError) {
      await err(`resdraft ${command.name}: ${e.message}\n${command.usage.split("\n")[0]}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      await err(`resdraft ${command.name}: ${e.message}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EACCES" || code === "EISDIR" || code === "ENOTDIR") {
      const path = (e as NodeJS.ErrnoException).path ?? "";
      const why = { ENOENT: "no such file or folder", EACCES: "permission denied", EISDIR: "is a folder", ENOTDIR: "not a folder" }[code];
      await err(`resdraft ${command.name}: cannot read '${path}': ${why}\n`);
      return 2;
    }
    await err(`resdraft ${command.name}: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

// Run only as the entry point of the main thread: the tests import `main` directly, and
// `resdraft lint` starts worker threads on this same bundle to lint in parallel.
if (typeof require !== "undefined" && require.main === module && isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`resdraft: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
