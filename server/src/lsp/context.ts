/** What every LSP feature module gets: the connection, the documents, and a safe way to handle requests. */
import { ResponseError, type Connection, type ServerCapabilities } from "vscode-languageserver/node";
import type { DocumentStore } from "./documents";

export interface ServerContext {
  readonly connection: Connection;
  readonly store: DocumentStore;
  /** Client capabilities worth knowing, read at initialize. */
  readonly client: {
    hierarchicalDocumentSymbols: boolean;
    workspaceFolders: string[];
    /** Whether the server may register file watchers itself, and with base folders (LSP 3.17 RelativePattern). */
    watchFiles?: { dynamic: boolean; relativePatterns: boolean };
  };
}

/** A language feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  readonly name: string;
  readonly capabilities: ServerCapabilities;
  register(ctx: ServerContext): void;
}

/**
 * Wrap a request handler so that a bug answers `fallback` and is logged, never taking
 * the server down. rust-analyzer does the same per request.
 */
export function guard<P, R>(ctx: ServerContext, name: string, fallback: R, handler: (params: P) => R | Promise<R>) {
  return async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (e) {
      ctx.connection.console.error(`resdraft: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}

/**
 * Register a custom request whose refusals are `ResponseError`s the user should read (passed through) and
 * whose bugs are logged and answered with one `InternalError` naming `what` failed.
 */
export function onCustomRequest<P>(ctx: ServerContext, method: string, what: string, handler: (params: P) => object): void {
  ctx.connection.onRequest(method, (params: P): object => {
    try {
      return handler(params);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      ctx.connection.console.error(`resdraft: ${what} failed: ${(e as Error)?.stack ?? e}`);
      throw new ResponseError(-32603, `resdraft could not ${what}: ${(e as Error)?.message ?? e}`);
    }
  });
}
