/**
 * `resdraft/status` request: the counts a status bar item shows (`PP 19 · OP 20 · fn 5`).
 * The client adds its own problem count from the diagnostics it already holds.
 */
import { RequestType } from "vscode-languageserver/node";
import type { Feature } from "../context";
import { guard } from "../context";
import { status as coreStatus } from "../../core/editor/status";
import { Requests, type StatusParams, type StatusResult } from "../../protocol";

export const StatusRequest = new RequestType<StatusParams, StatusResult, void>(Requests.status);

export const status: Feature = {
  name: "status",
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(
      StatusRequest,
      guard(ctx, "status", null, (params: StatusParams) => {
        const a = ctx.store.analysis(params.textDocument.uri);
        return a ? coreStatus(a.tree) : null;
      }),
    );
  },
};
