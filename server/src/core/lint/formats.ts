/**
 * Lint results as text (compiler style), JSON (the documented contract) and SARIF 2.1.0.
 * Pure: the CLI reads the files and writes the output.
 */
import type { Severity } from "../syntax/tree";
import type { Range } from "../text/line-index";
import type { RuleMeta } from "./types";

/** One diagnostic as the CLI reports it: 0-based LSP-style range. */
export interface FileDiagnostic {
  readonly range: Range;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly fixable: boolean;
}

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly FileDiagnostic[];
}

/** `file:line:col severity RESnnn message`, 1-based like a compiler, one per line. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}${d.fixable ? " [fixable]" : ""}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), null, 2) + "\n";
}

const SARIF_LEVEL: Record<Severity, string> = { error: "error", warning: "warning", information: "note", hint: "note" };

/** What RES000 reports: not a drafting rule, but code scanning needs every result's rule described. */
const RES000_DESCRIPTION = "resdraft could not check as configured: a broken configuration file (ignored) or a rule that failed";

export interface SarifOptions {
  /**
   * The absolute folder the paths are relative to (the CLI's working directory). Files inside it
   * are reported relative to `%SRCROOT%`, which `originalUriBaseIds` maps to this folder, so code
   * scanning finds them in the repository; files outside it get absolute `file://` URIs.
   */
  readonly cwd?: string;
}

/**
 * SARIF 2.1.0 for code scanning: one run, the rules as its driver's rules (with RES000 and any
 * other code a result carries, so every `ruleIndex` points at its rule), 1-based regions in
 * UTF-16 code units (as LSP counts), artifact locations as URI references.
 */
export function formatSarif(results: readonly FileResult[], rules: readonly RuleMeta[], version: string, docsUrl: (id: string) => string, options: SarifOptions = {}): string {
  const descriptors = rules.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.description },
    helpUri: docsUrl(r.id),
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: { tags: r.tags, fixable: r.fixable },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (code: string): number => {
    let i = index.get(code);
    if (i === undefined) {
      i = descriptors.length;
      index.set(code, i);
      descriptors.push({
        id: code,
        name: code === "RES000" ? "resdraft" : code.toLowerCase(),
        shortDescription: { text: code === "RES000" ? RES000_DESCRIPTION : code },
        helpUri: docsUrl(""),
        defaultConfiguration: { level: "error" },
        properties: { tags: [], fixable: false },
      });
    }
    return i;
  };
  const cwd = options.cwd !== undefined && isAbsolutePath(options.cwd) ? normalizePath(options.cwd).replace(/(.)\/+$/, "$1") : null;
  const sarifResults = results.flatMap((r) => {
    const artifactLocation = artifactFor(r.file, cwd);
    return r.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: ruleIndex(d.code),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    }));
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "resdraft",
            version,
            informationUri: docsUrl("").replace(/\/[^/]*$/, "/"),
            rules: descriptors,
          },
        },
        ...(cwd !== null ? { originalUriBaseIds: { [SRCROOT]: { uri: fileUri(cwd).replace(/\/?$/, "/") } } } : {}),
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

const SRCROOT = "%SRCROOT%";

/**
 * Where a file is, as SARIF wants it: inside the working directory a percent-encoded relative
 * reference against %SRCROOT%, elsewhere an absolute file:// URI. A relative path given without a
 * known working directory is taken as relative to %SRCROOT% (CI runs from the repository root).
 */
export function artifactFor(file: string, cwd: string | null): { uri: string; uriBaseId?: string } {
  const path = file.split("\\").join("/");
  if (!isAbsolutePath(path)) {
    if (cwd === null) {
      const rel = normalizePath(path);
      if (!rel.startsWith("../") && rel !== "..") return { uri: encodePath(rel), uriBaseId: SRCROOT };
      return { uri: encodePath(rel) };
    }
    return artifactFor(`${cwd}/${path}`, cwd);
  }
  const abs = normalizePath(path);
  if (cwd !== null && sameOrInside(abs, cwd)) {
    const rel = abs.length === cwd.length ? "" : abs.slice(cwd.length + (cwd.endsWith("/") ? 0 : 1));
    return { uri: encodePath(rel), uriBaseId: SRCROOT };
  }
  return { uri: fileUri(abs) };
}

function isAbsolutePath(p: string): boolean {
  return /^(?:[\\/]|[A-Za-z]:[\\/])/.test(p);
}

function sameOrInside(path: string, dir: string): boolean {
  // Windows drive letters and folders compare without case; POSIX paths with.
  const windows = /^[A-Za-z]:/.test(dir);
  const p = windows ? path.toLowerCase() : path;
  const d = windows ? dir.toLowerCase() : dir;
  return p === d || p.startsWith(d.endsWith("/") ? d : d + "/");
}

/** Forward slashes, no `.` segments, `..` folded where it can be (a leading `..` of a relative path stays). */
function normalizePath(p: string): string {
  const path = p.split("\\").join("/");
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (seg === ".." && absolute) continue;
    else out.push(seg);
  }
  return (absolute ? "/" : "") + out.join("/");
}

/** Each segment percent-encoded (spaces, `#`, `%`, `?`, non-ASCII), the slashes kept. */
function encodePath(p: string): string {
  // A drive letter (`C:`, first segment of a Windows path) keeps its colon, as file URIs write it.
  return p.split("/").map((seg, i) => (i <= 1 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join("/");
}

/** `/work/a b` → `file:///work/a%20b`; `C:/x` → `file:///C:/x`. */
function fileUri(abs: string): string {
  const path = abs.startsWith("/") ? abs : "/" + abs;
  return "file://" + encodePath(path);
}

/** Where a rule's doc lives in the repository (the LSP prefers a local copy when it has one). */
export const DOCS_BASE = "https://github.com/resdraft/resdraft/blob/main/docs/rules/";
export function docsUrl(id: string): string {
  return id ? `${DOCS_BASE}${id}.md` : DOCS_BASE;
}
