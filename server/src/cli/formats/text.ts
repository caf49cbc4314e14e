/** The compact format: one line per finding, `path:line:column  severity  message  rule-id`, for grep and editors. */
import type { Formatter, ReportedFile } from './types';

/** The one-line-per-finding format. */
export function text(): Formatter {
  return {
    begin: () => '',
    file: (file: ReportedFile) =>
      file.findings.map((f) => `${file.path}:${f.range.start.line}:${f.range.start.column}  ${f.severity}  ${f.message}  ${f.ruleId}\n`).join(''),
    end: () => '',
  };
}
