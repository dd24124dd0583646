/**
 * Core data → LSP types. The only place where core severities, spans and symbols become
 * protocol values (rust-analyzer's `to_proto`).
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver/node";
import type { Severity, Span, SyntaxDiagnostic } from "../core/syntax/tree";
import type { LineIndex } from "../core/text/line-index";

export function range(lines: LineIndex, span: Span): Range {
  return lines.range(span.start, span.end);
}

export function severity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case "error":
      return DiagnosticSeverity.Error;
    case "warning":
      return DiagnosticSeverity.Warning;
    case "information":
      return DiagnosticSeverity.Information;
    case "hint":
      return DiagnosticSeverity.Hint;
  }
}

export function syntaxDiagnostic(lines: LineIndex, d: SyntaxDiagnostic): Diagnostic {
  return { range: range(lines, d.span), severity: severity(d.severity), code: d.code, source: "resdraft", message: d.message };
}
