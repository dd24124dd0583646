/**
 * Entry point of the language server bundle (dist/server.js).
 * The transport comes from the command line: --stdio, --node-ipc or --socket=N.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { FramingFilter } from "./framing";
import { startServer } from "./server";
import { registerReaders } from "../host/readers";

registerReaders();

// On stdio, a framing filter stands in front of the reader so a malformed header costs one
// message, not the session (see framing.ts). node-ipc and sockets keep the library's defaults.
const framing = process.argv.includes("--stdio") ? new FramingFilter((why) => process.stderr.write(`resdraft: dropped a malformed message: ${why}\n`)) : null;
const connection = framing
  ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin.pipe(framing)), new StreamMessageWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
startServer(connection);

// The server must never outlive its editor. The library exits when stdin ends or the client's
// process id stops answering; a closed node-ipc channel and a parent that went away (the process
// is re-parented) are caught here too, since a leftover server was once found an hour later.
process.on("disconnect", () => process.exit(0));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 2000).unref();

// The server must never exit on a bug: log it and keep serving.
process.on("uncaughtException", (e) => connection.console.error(`resdraft: uncaught: ${e?.stack ?? e}`));
process.on("unhandledRejection", (e) => connection.console.error(`resdraft: unhandled rejection: ${String(e)}`));
