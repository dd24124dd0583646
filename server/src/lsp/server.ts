/**
 * Wires the features to a connection. The LSP layer only translates between the protocol
 * and the core: no parsing, rule or comparison logic lives here.
 */
import { TextDocumentSyncKind, type Connection, type InitializeResult, type ServerCapabilities } from "vscode-languageserver/node";
import { DocumentStore } from "./documents";
import type { ServerContext } from "./context";
import { features } from "./features/index";
import { version } from "../version";

export function startServer(connection: Connection): void {
  const store = new DocumentStore();
  const client: ServerContext["client"] = { hierarchicalDocumentSymbols: true, workspaceFolders: [] };
  const ctx: ServerContext = { connection, store, client };

  connection.onInitialize((params): InitializeResult => {
    client.hierarchicalDocumentSymbols =
      params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ?? false;
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    client.watchFiles = { dynamic: watched?.dynamicRegistration === true, relativePatterns: watched?.relativePatternSupport === true };
    client.workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (client.workspaceFolders.length === 0 && params.rootUri) client.workspaceFolders.push(params.rootUri);
    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    };
    for (const f of features) capabilities = { ...capabilities, ...f.capabilities };
    return { capabilities, serverInfo: { name: "resdraft", version } };
  });

  for (const f of features) f.register(ctx);
  store.documents.listen(connection);
  connection.listen();
}
