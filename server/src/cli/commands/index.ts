/** The registry of subcommands: one import and one entry per command. */
import type { Command } from "../command";
import { outline } from "./outline";
import { diff } from "./diff";
import { redline } from "./redline";
import { lint } from "./lint";
import { exportCommand } from "./export";

export const commands: readonly Command[] = [outline, diff, redline, lint, exportCommand];
