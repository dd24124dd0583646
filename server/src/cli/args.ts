/**
 * A small argument parser: `--flag`, `--key value`, `--key=value`, positionals, `--` ends options.
 * Unknown options are usage errors, so a typo never silently changes what a command does.
 */
import { UsageError } from "./io";

export interface OptionSpec {
  /** Takes a value (`--format json`) or is a boolean flag (`--fix`). */
  readonly value: boolean;
  /** Allowed values, checked here so every command reports the same message. */
  readonly choices?: readonly string[];
  /** Can be given more than once (values collect). */
  readonly repeat?: boolean;
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // A one-letter option may be given with one dash (`-o FILE`) when the command declares it.
    if (/^-[A-Za-z]$/.test(arg) && spec[arg.slice(1)]) {
      argv = [...argv.slice(0, i), "-" + arg, ...argv.slice(i + 1)];
      i--;
      continue;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option '${arg}'`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option '--${name}'`);
    let value = "true";
    if (s.value) {
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i]!;
      else throw new UsageError(`option '--${name}' needs a value`);
      if (s.choices && !s.choices.includes(value)) {
        throw new UsageError(`option '--${name}' must be one of ${s.choices.join(", ")} (got '${value}')`);
      }
    } else if (eq >= 0) {
      throw new UsageError(`option '--${name}' takes no value`);
    }
    const list = options.get(name) ?? [];
    if (list.length > 0 && !s.repeat) throw new UsageError(`option '--${name}' given twice`);
    list.push(value);
    options.set(name, list);
  }
  return { positionals, options };
}

export function option(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.[0];
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options.has(name);
}
