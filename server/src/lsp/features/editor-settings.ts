/**
 * The editor features' settings (`resdraft.links.base`), pulled from the client per request:
 * one onDidChangeConfiguration handler per connection belongs to the lint configuration, so this
 * module does not cache and needs no notification.
 */
import type { ServerContext } from "../context";
import { DEFAULT_LINK_BASE } from "../../core/editor/doc-symbols";

export interface EditorSettings {
  readonly linkBase: string;
}

export async function editorSettings(ctx: ServerContext, uri: string): Promise<EditorSettings> {
  try {
    const links = (await ctx.connection.workspace.getConfiguration({ scopeUri: uri, section: "resdraft.links" })) as { base?: unknown } | null;
    const base = typeof links?.base === "string" && /^https?:\/\//.test(links.base.trim()) ? links.base.trim() : DEFAULT_LINK_BASE;
    return { linkBase: base };
  } catch {
    // The client does not support workspace/configuration: defaults.
    return { linkBase: DEFAULT_LINK_BASE };
  }
}
