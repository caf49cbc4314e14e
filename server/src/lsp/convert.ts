/** The one place where engine data (offsets, findings, claims) becomes LSP data (positions, diagnostics). */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Finding, Severity, Span, TextEdit } from '../core/types';
import type { LineIndex } from '../core/text/lines';
import { ruleDocHref } from '../cli/ruledocs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** An offset span as an LSP range. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

/** An engine edit as an LSP text edit. */
export function toTextEdit(lines: LineIndex, edit: TextEdit): LspTextEdit {
  return { range: toRange(lines, edit.range), newText: edit.text };
}

/** A finding as a diagnostic: source "claimlint", the rule id as code, a link to the rule's doc. */
export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string): Diagnostic {
  const href = ruleDocHref(finding.ruleId);
  const diagnostic: Diagnostic = {
    range: toRange(lines, finding.range),
    severity: SEVERITY[finding.severity],
    source: 'claimlint',
    code: finding.ruleId,
    message: finding.message,
  };
  if (href) diagnostic.codeDescription = { href };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: toRange(lines, r.range) }, message: r.message }));
  }
  return diagnostic;
}

/** Do two LSP ranges overlap or touch? */
export function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}
