/**
 * Entry point of the language server bundle (dist/server.js).
 * The transport comes from the command line: --stdio, --node-ipc or --socket=N.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server";

const connection = createConnection(ProposedFeatures.all);
startServer(connection);

// The server must never exit on a bug: log it and keep serving.
process.on("uncaughtException", (e) => connection.console.error(`resdraft: uncaught: ${e?.stack ?? e}`));
process.on("unhandledRejection", (e) => connection.console.error(`resdraft: unhandled rejection: ${String(e)}`));
