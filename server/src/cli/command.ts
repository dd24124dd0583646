/** What a CLI subcommand is: a name, its usage text and a function returning the exit code. */
import type { OptionSpec } from "./args";

export interface Command {
  readonly name: string;
  /** One line for `resdraft --help`. */
  readonly summary: string;
  /** The full `resdraft NAME --help` text, starting with the usage line. */
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Returns the exit code: 0 ok, 1 problems found, 2 usage or I/O error (thrown as UsageError/IO errors). */
  run(args: import("./args").ParsedArgs): Promise<number>;
}
