/**
 * The lint configuration of a document: the `resdraft.*` settings (workspace/configuration,
 * scoped to the document) overlaid by the nearest `.resdraft.json` above the file. Cached per
 * URI; `clear()` on didChangeConfiguration and on a changed config file.
 *
 * The config file is looked for exactly as the CLI does (`resdraft lint`): from the file's
 * folder up to the file-system root, so the editor and CI apply the same file. Folders above
 * the workspace are outside the client's own watcher, so the server watches them itself.
 *
 * A broken `.resdraft.json` is reported as one diagnostic on that file and ignored; a broken
 * setting is shown to the user once (window/showMessage) and only that setting is ignored, so
 * the mistake is visible instead of silently changing what is checked.
 *
 * A document without a local path (untitled:, a notebook cell, a virtual or git document, or a
 * file: URI node cannot map: a UNC host on POSIX, an encoded '/') is linted with the settings
 * alone. Loading never rejects for such a URI, and a rejected load is never kept in the cache:
 * a kept rejection failed every later lint of the document until the next config change.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, type FileSystemWatcher } from "vscode-languageserver/node";
import type { ServerContext } from "./context";
import { configFromValue, readConfig } from "../core/config/read-config";
import { EMPTY_CONFIG, mergeConfigs, type ConfigProblem, type LintConfig } from "../core/config/config";
import { rules } from "../core/rules/index";

export const CONFIG_FILE = ".resdraft.json";

export interface DocumentConfig {
  readonly enabled: boolean;
  readonly config: LintConfig;
  /** The config file that applies, if any, with its problems (empty when it is fine). */
  readonly file: { readonly uri: string; readonly text: string; readonly problems: readonly ConfigProblem[] } | null;
}

interface RawSettings {
  enable?: unknown;
  rules?: unknown;
  session?: unknown;
  status?: unknown;
  openers?: unknown;
}

/** The settings that feed the lint configuration, each validated on its own. */
const LINT_SETTINGS = ["rules", "session", "status", "openers"] as const;

export class LintSettings {
  private readonly cache = new Map<string, Promise<DocumentConfig>>();
  /** Warnings already shown: a broken setting is re-read on every change, but told once. */
  private readonly shown = new Set<string>();
  /** Documents already logged as having no local path (kept across clear(): told once, not per change). */
  private readonly pathless = new Set<string>();
  /** Folders whose `.resdraft.json` the server watches itself. */
  private readonly watched = new Set<string>();
  private pendingWatch: string[] = [];

  constructor(private readonly ctx: ServerContext) {}

  clear(): void {
    this.cache.clear();
  }

  for(uri: string): Promise<DocumentConfig> {
    let p = this.cache.get(uri);
    if (!p) {
      const loading = this.load(uri);
      // A failed load is forgotten, so the next lint tries again instead of failing forever.
      loading.catch(() => {
        if (this.cache.get(uri) === loading) this.cache.delete(uri);
      });
      this.cache.set(uri, loading);
      p = loading;
    }
    return p;
  }

  private async load(uri: string): Promise<DocumentConfig> {
    const settings = await this.settings(uri);
    const layers: LintConfig[] = [];
    for (const key of LINT_SETTINGS) {
      const value = settings[key];
      if (value === undefined || value === null) continue;
      const r = configFromValue({ [key]: value }, rules);
      // Only the broken setting is dropped: a typo in one rule's severity must not also drop the session.
      if (r.problems.length) this.warn(`the setting resdraft.${key} is ignored: ${r.problems[0]!.message}`);
      else layers.push(r.config);
    }
    if (settings.enable !== undefined && settings.enable !== null && typeof settings.enable !== "boolean") {
      this.warn(`the setting resdraft.enable is ignored: it must be true or false`);
    }
    let config = layers.length ? mergeConfigs(...layers) : EMPTY_CONFIG;
    const file = this.findConfigFile(uri);
    let fileInfo: DocumentConfig["file"] = null;
    if (file) {
      const text = readConfigText(file);
      if (text !== null) {
        const r = readConfig(text, rules);
        fileInfo = { uri: pathToFileURL(file).toString(), text, problems: r.problems };
        // The project's file wins over personal settings: CI reads the same file.
        if (r.problems.length === 0) config = mergeConfigs(config, r.config);
      }
    }
    return { enabled: settings.enable !== false, config, file: fileInfo };
  }

  private warn(message: string): void {
    const text = `resdraft: ${message}`;
    this.ctx.connection.console.warn(text);
    if (this.shown.has(text)) return;
    this.shown.add(text);
    // A notification, not window/showMessageRequest: nothing to answer, and lint must not wait for the user.
    void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
  }

  private async settings(uri: string): Promise<RawSettings> {
    try {
      const s = await this.ctx.connection.workspace.getConfiguration({ scopeUri: uri, section: "resdraft" });
      return s && typeof s === "object" ? (s as RawSettings) : {};
    } catch {
      // The client does not answer workspace/configuration: defaults.
      return {};
    }
  }

  /**
   * The nearest `.resdraft.json` from the file's folder up to the file-system root, as the CLI
   * finds it. Folders outside the workspace folders that the search passed are watched.
   */
  private findConfigFile(uri: string): string | null {
    // untitled:, vscode-notebook-cell:, vscode-vfs:, git: … have no folder to search.
    if (!uri.startsWith("file:")) return null;
    const path = localPath(uri);
    if (path === null) {
      this.noLocalPath(uri);
      return null;
    }
    // A workspace folder without a local path (a UNC share on POSIX) cannot contain this file.
    const roots = this.ctx.client.workspaceFolders.flatMap((f) => localPath(f) ?? []).map((r) => r.replace(/[\\/]+$/, ""));
    const inWorkspace = (dir: string) => roots.some((r) => dir === r || dir.startsWith(r + sep));
    let found: string | null = null;
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      if (!inWorkspace(dir)) this.watch(dir);
      const candidate = join(dir, CONFIG_FILE);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
      if (dirname(dir) === dir) break;
    }
    this.flushWatch();
    return found;
  }

  /** Told once per document in the output channel: a log line per keystroke would bury everything else. */
  private noLocalPath(uri: string): void {
    if (this.pathless.has(uri)) return;
    this.pathless.add(uri);
    let reason = "not a local path";
    try {
      fileURLToPath(uri);
    } catch (e) {
      reason = (e as Error)?.message ?? reason;
    }
    this.ctx.connection.console.info(`resdraft: ${uri} has no local path on this machine (${reason}); it is linted with the resdraft.* settings, no ${CONFIG_FILE} is looked up for it`);
  }

  private watch(dir: string): void {
    if (this.watched.has(dir)) return;
    this.watched.add(dir);
    this.pendingWatch.push(dir);
  }

  /** Register the new folders with the client in one request (if it lets the server register watchers). */
  private flushWatch(): void {
    const dirs = this.pendingWatch;
    this.pendingWatch = [];
    const caps = this.ctx.client.watchFiles;
    if (dirs.length === 0 || !caps?.dynamic) return;
    const watchers: FileSystemWatcher[] = dirs.map((dir) =>
      caps.relativePatterns
        ? { globPattern: { baseUri: pathToFileURL(dir).toString(), pattern: CONFIG_FILE } }
        : { globPattern: join(dir, CONFIG_FILE).split(sep).join("/") },
    );
    this.ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((e: unknown) => {
      this.ctx.connection.console.warn(`resdraft: cannot watch ${CONFIG_FILE} above the workspace: ${String(e)}`);
    });
  }
}

/**
 * The local path of a file: URI, or null when there is none: another scheme, or one node rejects
 * (a host other than localhost on POSIX, an encoded '/' in a segment, or '\' on Windows). Never throws.
 */
export function localPath(uri: string): string | null {
  if (!uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The text of a config file, or null if it cannot be read (a folder of that name, no permission). */
export function readConfigText(path: string): string | null {
  try {
    if (!statSync(path).isFile()) return null;
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
