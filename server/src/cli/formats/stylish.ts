/** The default format: findings grouped by file in aligned columns, then a summary line (colours on a TTY only). */
import type { Severity } from '../../core/types';
import type { FormatContext, Formatter, ReportedFile, Summary } from './types';

const COLOURS: Record<Severity | 'path' | 'dim' | 'ok', string> = {
  error: '31',
  warning: '33',
  information: '36',
  hint: '2',
  path: '4',
  dim: '2',
  ok: '32',
};

/** The stylish format (after ESLint's). */
export function stylish(context: FormatContext): Formatter {
  const paint = (kind: keyof typeof COLOURS, s: string): string => (context.color ? `\u001b[${COLOURS[kind]}m${s}\u001b[0m` : s);
  return {
    begin: () => '',
    file(file: ReportedFile) {
      if (file.findings.length === 0) return '';
      const rows = file.findings.map((f) => ({
        where: `${f.range.start.line}:${f.range.start.column}`,
        severity: f.severity,
        message: f.message,
        rule: f.ruleId,
      }));
      const whereWidth = Math.max(...rows.map((r) => r.where.length));
      const severityWidth = Math.max(...rows.map((r) => r.severity.length));
      const lines = rows.map(
        (r) => `  ${r.where.padStart(whereWidth)}  ${paint(r.severity, r.severity.padEnd(severityWidth))}  ${r.message}  ${paint('dim', r.rule)}`,
      );
      return `${paint('path', file.path)}\n${lines.join('\n')}\n\n`;
    },
    end(summary: Summary) {
      const c = summary.counts;
      const total = c.error + c.warning + c.information + c.hint;
      const { problems, ignored } = summary;
      // The green tick only when every named input was linted: a CI log must not read "no problems" over a typo.
      if (total === 0 && problems.length === 0 && ignored.length === 0) {
        return summary.files > 0 ? `${paint('ok', '✔')} No problems in ${plural(summary.files, 'file')}.\n` : paint('warning', 'Nothing was linted: no drafts found.') + '\n';
      }
      let out = '';
      if (total > 0) {
        const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.information, 'info'), plural(c.hint, 'hint')];
        const colour: Severity = c.error ? 'error' : c.warning ? 'warning' : 'information';
        out += paint(colour, `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(summary.files, 'file')}`) + '\n';
        if (summary.fixable) out += paint(colour, `  ${plural(summary.fixable, 'problem')} fixable with the --fix option.`) + '\n';
      }
      if (problems.length === 0 && ignored.length === 0) return out;
      const them = ignored.length === 1 ? 'it' : 'them';
      const clauses = [
        ...(problems.length ? [`${plural(problems.length, 'input')} failed (see standard error)`] : []),
        ...(ignored.length ? [`${plural(ignored.length, 'named file')} skipped: an ignore file excludes ${them} (--no-ignore lints ${them})`] : []),
        ...(total > 0 ? [] : [summary.files === 0 ? 'nothing was linted' : `${plural(summary.files, 'file')} linted without findings`]),
      ];
      const line = clauses.join('; ') + '.';
      return out + (problems.length ? paint('error', `✖ ${line}`) : paint('warning', line[0].toUpperCase() + line.slice(1))) + '\n';
    },
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
