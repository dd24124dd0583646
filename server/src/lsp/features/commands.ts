/**
 * The single workspace/executeCommand handler: a map from command id to handler. A connection
 * holds one handler, so every feature with a server command adds one entry here. The client
 * library registers each announced id as an editor command.
 */
import type { Feature, ServerContext } from "../context";
import { guard } from "../context";
import { RENUMBER_COMMAND, renumberCommand } from "./renumber";

export type CommandHandler = (ctx: ServerContext, args: readonly unknown[]) => unknown;

export const commandHandlers: Readonly<Record<string, CommandHandler>> = {
  [RENUMBER_COMMAND]: renumberCommand,
};

export const commands: Feature = {
  name: "commands",
  capabilities: { executeCommandProvider: { commands: Object.keys(commandHandlers) } },
  register(ctx) {
    ctx.connection.onExecuteCommand(
      guard(ctx, "executeCommand", null, async (params) => {
        const handler = commandHandlers[params.command];
        if (!handler) return null;
        return (await handler(ctx, params.arguments ?? [])) ?? null;
      }),
    );
  },
};
