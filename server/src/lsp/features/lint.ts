/**
 * Lint in the editor: the core's lint results for a document version, as LSP diagnostics (each
 * with its rule id linking to the rule's doc) and as code actions: the rule's fix (preferred),
 * fix-all (`source.fixAll.resdraft`, so editor.codeActionsOnSave works), and "disable RESnnn for
 * this paragraph / file" (extending an existing directive instead of stacking another).
 * Every edit is pinned to the document version it was computed for.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from "vscode-languageserver/node";
import type { ServerContext } from "../context";
import type { Analysis } from "../documents";
import { range, severity } from "../convert";
import { LintSettings, localPath, readConfigText } from "../config";
import { fixAll, lintTree, type LintDiagnostic, type TextEdit } from "../../core/lint/index";
import { readConfig } from "../../core/config/read-config";
import { rules } from "../../core/rules/index";
import { docsUrl } from "../../core/lint/formats";
import { paragraphSpans, parseDirective } from "../../core/lint/suppression";
import type { LintConfig } from "../../core/config/config";
import { LineIndex } from "../../core/text/line-index";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.resdraft`;

interface LintResult {
  readonly version: number;
  readonly config: LintConfig;
  readonly diagnostics: readonly LintDiagnostic[];
}

/** Per connection: the settings cache and the last lint result of each open document. */
interface LintState {
  readonly settings: LintSettings;
  readonly results: Map<string, LintResult>;
  readonly configUris: Set<string>;
}
const states = new WeakMap<ServerContext, LintState>();

export function lintState(ctx: ServerContext): LintState {
  let s = states.get(ctx);
  if (!s) {
    s = { settings: new LintSettings(ctx), results: new Map(), configUris: new Set() };
    states.set(ctx, s);
  }
  return s;
}

/** Rule docs shipped beside the server (a checkout or an unpacked extension), else the repository's. */
const LOCAL_DOCS = join(__dirname, "../docs/rules");
// Looked up once per rule: a file-system check for every diagnostic on every keystroke was wasted work.
const hrefs = new Map<string, string>();
function ruleHref(code: string): string {
  let href = hrefs.get(code);
  if (href === undefined) {
    const local = join(LOCAL_DOCS, `${code}.md`);
    href = existsSync(local) ? pathToFileURL(local).toString() : docsUrl(code);
    hrefs.set(code, href);
  }
  return href;
}

export function toLspDiagnostic(a: { lines: LineIndex }, d: LintDiagnostic): Diagnostic {
  return {
    range: range(a.lines, d.span),
    severity: severity(d.severity),
    code: d.code,
    ...(d.code !== "RES000" ? { codeDescription: { href: ruleHref(d.code) } } : {}),
    source: "resdraft",
    message: d.message,
  };
}

/** Lint the analysed version with the document's configuration; also reports a broken config file. */
export async function lintDocument(ctx: ServerContext, a: Analysis): Promise<Diagnostic[]> {
  const state = lintState(ctx);
  const doc = await state.settings.for(a.uri);
  publishConfigProblems(ctx, state, doc.file);
  if (!doc.enabled) {
    state.results.delete(a.uri);
    return [];
  }
  const diagnostics = lintTree(a.tree, { config: doc.config });
  state.results.set(a.uri, { version: a.version, config: doc.config, diagnostics });
  return diagnostics.map((d) => toLspDiagnostic(a, d));
}

/**
 * After config files changed on disk: clear the diagnostic of every config file reported broken
 * that is now gone or fixed (a document whose search no longer reaches it would never clear it).
 */
export function sweepConfigProblems(ctx: ServerContext): void {
  const state = lintState(ctx);
  for (const uri of [...state.configUris]) {
    const path = localPath(uri);
    const text = path === null ? null : readConfigText(path);
    if (text === null || readConfig(text, rules).problems.length === 0) {
      state.configUris.delete(uri);
      void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}

function publishConfigProblems(ctx: ServerContext, state: LintState, file: Awaited<ReturnType<LintSettings["for"]>>["file"]) {
  if (!file) return;
  if (file.problems.length === 0) {
    if (state.configUris.delete(file.uri)) void ctx.connection.sendDiagnostics({ uri: file.uri, diagnostics: [] });
    return;
  }
  const lines = new LineIndex(file.text);
  const p = file.problems[0]!;
  state.configUris.add(file.uri);
  void ctx.connection.sendDiagnostics({
    uri: file.uri,
    diagnostics: [
      { range: lines.range(p.start, p.end), severity: DiagnosticSeverity.Error, source: "resdraft", code: "RES000", message: `Broken resdraft configuration, ignored: ${p.message}` },
    ],
  });
}

function versioned(a: Analysis, edits: readonly TextEdit[]): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: range(a.lines, e), newText: e.text }));
  return { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: lspEdits }] };
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + "."));
}

/**
 * The lint result for exactly this version under the document's effective configuration, or
 * null when lint is off for it. Waits for the settings: a code action that arrives before the
 * first (debounced) lint must not fix with defaults what the configuration turned off.
 */
async function resultFor(ctx: ServerContext, a: Analysis): Promise<LintResult | null> {
  const state = lintState(ctx);
  const doc = await state.settings.for(a.uri);
  if (!doc.enabled) return null;
  const cached = state.results.get(a.uri);
  // The same config object: the settings cache hands out a new one after every change.
  if (cached && cached.version === a.version && cached.config === doc.config) return cached;
  const r = { version: a.version, config: doc.config, diagnostics: lintTree(a.tree, { config: doc.config }) };
  if (!cached || cached.version <= a.version) state.results.set(a.uri, r);
  return r;
}

/** The code-action provider (hooked into the single onCodeAction handler in code-actions.ts). */
export async function lintCodeActions(a: Analysis, params: CodeActionParams, ctx: ServerContext): Promise<CodeAction[]> {
  const result = await resultFor(ctx, a);
  if (!result) return [];
  const only = params.context.only;
  const out: CodeAction[] = [];
  const lspRange = params.range;
  const start = a.lines.offsetAt(lspRange.start);
  const end = a.lines.offsetAt(lspRange.end);
  const here = result.diagnostics.filter((d) => d.code !== "RES000" && d.span.start <= end && d.span.end >= start);
  if (wanted(CodeActionKind.QuickFix, only)) {
    for (const d of here) {
      const diag = toLspDiagnostic(a, d);
      if (d.fix) {
        out.push({ title: `${d.fix.title} (${d.code})`, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diag], edit: versioned(a, d.fix.edits) });
      }
    }
    if (a.tree.format === "unres") {
      for (const code of [...new Set(here.map((d) => d.code))]) {
        const diag = here.filter((d) => d.code === code).map((d) => toLspDiagnostic(a, d));
        const para = disableForParagraph(a, code, here.find((d) => d.code === code)!.span.start);
        if (para) out.push({ title: `Disable ${code} for this paragraph`, kind: CodeActionKind.QuickFix, diagnostics: diag, edit: versioned(a, [para]) });
        out.push({ title: `Disable ${code} for this file`, kind: CodeActionKind.QuickFix, diagnostics: diag, edit: versioned(a, [disableForFile(a, code)]) });
      }
    }
  }
  // Fix-all re-lints until nothing fixable is left: computed when asked for (codeActionsOnSave, the Source
  // Action menu) or when the cursor is on a fixable problem, not on every cursor move.
  if (wanted(FIX_ALL_KIND, only) && ((only?.length ?? 0) > 0 || here.some((d) => d.fix))) {
    const source = a.tree.source;
    const fixed = fixAll(source, { config: result.config, format: a.tree.format }).text;
    if (fixed !== source) out.push({ title: "Fix all resdraft problems that have a certain fix", kind: FIX_ALL_KIND, edit: versioned(a, [minimalEdit(source, fixed)]) });
  }
  return out;
}

/** One edit covering only the changed stretch (common prefix and suffix kept). */
function minimalEdit(before: string, after: string): TextEdit {
  let s = 0;
  while (s < before.length && s < after.length && before[s] === after[s]) s++;
  let e = 0;
  while (e < before.length - s && e < after.length - s && before[before.length - 1 - e] === after[after.length - 1 - e]) e++;
  return { start: s, end: before.length - e, text: after.slice(s, after.length - e) };
}

/** Add the id to a `disable-next-paragraph` directive right before the paragraph, or insert one. */
function disableForParagraph(a: Analysis, code: string, offset: number): TextEdit | null {
  const source = a.tree.source;
  const para = paragraphSpans(a.tree).find((p) => offset >= p.start && offset <= p.end);
  if (!para) return null;
  const lineStart = source.lastIndexOf("\n", para.start - 1) + 1;
  const before = a.tree.comments.find((c) => c.span.end <= lineStart && /^\s*$/.test(source.slice(c.span.end, lineStart)) && parseDirective(c.text)?.kind === "disable-next-paragraph");
  if (before) return extend(before, code);
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  return { start: lineStart, end: lineStart, text: `<!-- resdraft-disable-next-paragraph ${code} -->${eol}` };
}

function disableForFile(a: Analysis, code: string): TextEdit {
  const existing = a.tree.comments.find((c) => parseDirective(c.text)?.kind === "disable-file" && (parseDirective(c.text)?.rules.length ?? 0) > 0);
  if (existing) return extend(existing, code);
  const source = a.tree.source;
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  // After the front matter, so the file still starts with `---`.
  let at = a.tree.frontMatter?.span.end ?? 0;
  if (at > 0) at = source.indexOf("\n", at - 1) + 1 || source.length;
  return { start: at, end: at, text: `<!-- resdraft-disable-file ${code} -->${eol}` };
}

/** Rewrite a directive comment with one more rule id. */
function extend(comment: { text: string; span: { start: number; end: number } }, code: string): TextEdit {
  const d = parseDirective(comment.text)!;
  const rulesList = d.rules.includes(code) ? d.rules : [...d.rules, code];
  return { start: comment.span.start, end: comment.span.end, text: `<!-- resdraft-${d.kind} ${rulesList.join(", ")} -->` };
}
