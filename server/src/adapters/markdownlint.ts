/**
 * Claimlint's rules as markdownlint custom rules (`claimlint/markdownlint` in markdownlint-cli2's `customRules`):
 * one markdownlint rule per Claimlint rule, named `claimlint-<id>`, so that markdownlint's own configuration and
 * inline comments can turn each off. Which findings appear, and at what level, is decided by .claimlintrc.json
 * exactly as for the CLI; markdownlint shows those at warning or error level.
 */
import { rules } from '../core/rules/index';
import { adapterFindings, ruleDocUrl } from './findings';

/** What markdownlint passes a rule (the parts used here). */
interface RuleParams {
  name: string;
  lines: readonly string[];
  frontMatterLines: readonly string[];
}

/** What a rule reports to markdownlint (1-based line; range is [column, length] within that line). */
interface ErrorInfo {
  lineNumber: number;
  detail?: string;
  context?: string;
  range?: [number, number];
  fixInfo?: { lineNumber?: number; editColumn?: number; deleteCount?: number; insertText?: string };
}

/** A markdownlint custom rule. */
interface MarkdownlintRule {
  names: string[];
  description: string;
  information?: URL;
  tags: string[];
  parser: 'none';
  asynchronous: false;
  function(params: RuleParams, onError: (info: ErrorInfo) => void): void;
}

/** The markdownlint rule for one Claimlint rule. */
function markdownlintRule(id: string, description: string): MarkdownlintRule {
  return {
    names: [`claimlint-${id}`],
    description,
    information: ruleDocUrl(id) ?? undefined,
    tags: ['claimlint', 'journalism'],
    parser: 'none',
    asynchronous: false,
    function(params, onError) {
      // markdownlint hands over the lines without the front matter; Claimlint reads the whole file, so the
      // front matter is put back and its lines subtracted again.
      const skipped = params.frontMatterLines.length;
      const text = [...params.frontMatterLines, ...params.lines].join('\n');
      for (const f of adapterFindings(params.name, text)) {
        if (f.ruleId !== id) continue;
        const lineNumber = f.range.start.line - skipped;
        if (lineNumber < 1) continue;
        const line = params.lines[lineNumber - 1];
        const column = f.range.start.column;
        const end = f.range.end.line === f.range.start.line ? f.range.end.column : line.length + 1;
        const info: ErrorInfo = { lineNumber, detail: f.message, context: text.slice(f.start, f.end).split('\n')[0] };
        if (column <= line.length) info.range = [column, Math.max(1, Math.min(end, line.length + 1) - column)];
        if (f.fix && f.fix.range.start.line === f.fix.range.end.line && !f.fix.text.includes('\n')) {
          info.fixInfo = {
            lineNumber: f.fix.range.start.line - skipped,
            editColumn: f.fix.range.start.column,
            deleteCount: f.fix.range.end.column - f.fix.range.start.column,
            insertText: f.fix.text,
          };
        }
        onError(info);
      }
    },
  };
}

export = rules.map((rule) => markdownlintRule(rule.id, rule.description));
