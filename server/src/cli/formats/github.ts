/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's changed lines. */
import type { Severity } from '../../core/types';
import type { Formatter, ReportedFile, Summary } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** The `::warning file=…,line=…::message` format. */
export function github(): Formatter {
  return {
    begin: () => '',
    file(file: ReportedFile) {
      return file.findings
        .map((f) => {
          const props = [
            `file=${property(file.path.split('\\').join('/'))}`,
            `line=${f.range.start.line}`,
            `col=${f.range.start.column}`,
            `endLine=${f.range.end.line}`,
            `endColumn=${f.range.end.column}`,
            `title=${property(`claimlint (${f.ruleId})`)}`,
          ];
          return `::${COMMAND[f.severity]} ${props.join(',')}::${data(f.message)}\n`;
        })
        .join('');
    },
    // An input that named nothing or could not be read fails the run (exit 2): say so where the workflow's summary shows it.
    end: (summary: Summary) => summary.problems.map((p) => `::error title=${property('claimlint')}::${data(`${p.path}: ${p.message}`)}\n`).join(''),
  };
}

/** Escapes a command's message. */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value. */
function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
