/**
 * The lint configuration of a document: the `resdraft.*` settings (workspace/configuration,
 * scoped to the document) overlaid by the nearest `.resdraft.json` above the file, looked for
 * only inside the workspace folders. Cached per URI; `clear()` on didChangeConfiguration.
 *
 * A broken `.resdraft.json` is reported as one diagnostic on that file and ignored, so the
 * mistake is visible instead of silently changing what is checked.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

export class LintSettings {
  private readonly cache = new Map<string, Promise<DocumentConfig>>();
  constructor(private readonly ctx: ServerContext) {}

  clear(): void {
    this.cache.clear();
  }

  for(uri: string): Promise<DocumentConfig> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.load(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  private async load(uri: string): Promise<DocumentConfig> {
    const settings = await this.settings(uri);
    const fromSettings = configFromValue(
      { rules: settings.rules ?? {}, session: settings.session ?? null, status: settings.status ?? null, openers: settings.openers ?? {} },
      rules,
    );
    if (fromSettings.problems.length) {
      this.ctx.connection.console.warn(`resdraft: ignoring the resdraft.* lint settings: ${fromSettings.problems[0]!.message}`);
    }
    const file = this.findConfigFile(uri);
    let config = fromSettings.config;
    let fileInfo: DocumentConfig["file"] = null;
    if (file) {
      const text = readFileSync(file, "utf8");
      const r = readConfig(text, rules);
      fileInfo = { uri: pathToFileURL(file).toString(), text, problems: r.problems };
      // The project's file wins over personal settings: CI reads the same file.
      if (r.problems.length === 0) config = mergeConfigs(config, r.config);
    }
    return { enabled: settings.enable !== false, config: config ?? EMPTY_CONFIG, file: fileInfo };
  }

  private async settings(uri: string): Promise<{ enable?: boolean; rules?: unknown; session?: unknown; status?: unknown; openers?: unknown }> {
    try {
      const s = await this.ctx.connection.workspace.getConfiguration({ scopeUri: uri, section: "resdraft" });
      return s && typeof s === "object" ? s : {};
    } catch {
      // The client does not answer workspace/configuration: defaults.
      return {};
    }
  }

  /** The nearest `.resdraft.json` from the file's folder up to (and including) its workspace folder. */
  private findConfigFile(uri: string): string | null {
    if (!uri.startsWith("file:")) return null;
    const path = fileURLToPath(uri);
    const roots = this.ctx.client.workspaceFolders.filter((f) => f.startsWith("file:")).map((f) => fileURLToPath(f).replace(/[\\/]+$/, ""));
    const root = roots.filter((r) => path.startsWith(r + sep)).sort((a, b) => b.length - a.length)[0];
    if (!root) return null;
    for (let dir = dirname(path); dir.length >= root.length; dir = dirname(dir)) {
      const candidate = join(dir, CONFIG_FILE);
      if (existsSync(candidate)) return candidate;
      if (dir === root || dirname(dir) === dir) break;
    }
    return null;
  }
}
