/** Code actions: each finding's fix and suggestions, disabling a rule for a line, and fixing all problems. */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, TextEdit } from '../core/types';
import { toDiagnostic, toTextEdit, touches } from './convert';
import type { Linted } from './linted';

/** The kind of the "fix everything Claimlint can fix" source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.claimlint`;

/** Code actions for a range of a draft. */
export function codeActions(linted: Linted, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(k + '.'));
  const wantsQuickFix = !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === '');
  const actions: CodeAction[] = [];
  if (wantsQuickFix) {
    const fixAllOffered = new Set<string>();
    for (const finding of linted.result.findings) {
      const diagnostic = toDiagnostic(finding, linted.lines, linted.uri);
      if (!touches(diagnostic.range, params.range)) continue;
      actions.push(...quickFixes(linted, finding, diagnostic));
      if (!fixAllOffered.has(finding.ruleId)) {
        fixAllOffered.add(finding.ruleId);
        const all = fixAllEdit(linted, finding.ruleId);
        if (all) actions.push({ title: `Fix all ${finding.ruleId} problems`, kind: CodeActionKind.QuickFix, edit: all });
      }
    }
  }
  if (wantsFixAll) {
    const all = fixAllEdit(linted);
    if (all) actions.push({ title: 'Fix all Claimlint problems', kind: FIX_ALL_KIND, edit: all });
  }
  return actions;
}

function quickFixes(linted: Linted, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  const diagnostics = [diagnostic];
  if (finding.fix) {
    actions.push({ title: fixTitle(linted.text, finding.fix), kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true, edit: workspaceEdit(linted, [finding.fix]) });
  }
  for (const s of finding.suggestions) {
    actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(linted, s.edits) });
  }
  actions.push({ title: `Disable ${finding.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(linted, [disableLine(linted, finding)]) });
  return actions;
}

/**
 * Appends `<!-- claimlint-disable-line rule -->` to the line where the finding starts. A comment on a line of its
 * own above would end the paragraph there, so the comment goes at the end of the line instead.
 */
export function disableLine(linted: Linted, finding: Finding): TextEdit {
  const line = linted.lines.lineAt(finding.range.start);
  const end = linted.lines.endings[line];
  const space = end > linted.lines.starts[line] && !/\s/.test(linted.text[end - 1]) ? ' ' : '';
  return { range: { start: end, end }, text: `${space}<!-- claimlint-disable-line ${finding.ruleId} -->` };
}

/** One edit applying every fix (of one rule, or of all rules) that does not overlap an earlier one; null if none. */
export function fixAllEdit(linted: Linted, ruleId?: string): WorkspaceEdit | null {
  const fixes = linted.result.findings
    .filter((f) => f.fix && (!ruleId || f.ruleId === ruleId))
    .map((f) => f.fix as TextEdit)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const chosen: TextEdit[] = [];
  let end = -1;
  for (const fix of fixes) {
    if (fix.range.start < end || (fix.range.start === end && chosen.length > 0 && fix.range.start === fix.range.end)) continue;
    chosen.push(fix);
    end = fix.range.end;
  }
  return chosen.length > 0 ? workspaceEdit(linted, chosen) : null;
}

/** The edit that gives the unattributed claim at an offset a TK source (its fix, else its first suggestion). */
export function attributionEdit(linted: Linted, offset: number): WorkspaceEdit | null {
  const finding = linted.result.findings.find(
    (f) => (f.ruleId === 'unattributed-quote' || f.ruleId === 'unattributed-number') && f.range.start <= offset && offset <= f.range.end,
  );
  if (!finding) return null;
  const edits = finding.fix ? [finding.fix] : finding.suggestions[0]?.edits;
  return edits ? workspaceEdit(linted, edits) : null;
}

function workspaceEdit(linted: Linted, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [linted.uri]: edits.map((e) => toTextEdit(linted.lines, e)) } };
}

/** "Replace "to" with "and"", "Insert ", TK said"", "Delete "…"". */
function fixTitle(text: string, fix: TextEdit): string {
  const old = text.slice(fix.range.start, fix.range.end).trim();
  const next = fix.text.trim();
  if (!old) return `Insert "${next}"`;
  if (!next) return `Delete "${old}"`;
  return `Replace "${old}" with "${next}"`;
}

/** Findings whose range holds an offset (for hover). */
export function findingsAt(linted: Linted, offset: number): Finding[] {
  return linted.result.findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
}
