/** JUnit XML for CI dashboards: one test case per draft, failing when it has errors or warnings. */
import type { Formatter, ReportedFile, Summary } from './types';

/** The JUnit format; test cases are collected and written at the end, since the totals come first. */
export function junit(): Formatter {
  const cases: string[] = [];
  let failures = 0;
  return {
    begin: () => '',
    file(file: ReportedFile) {
      const name = xml(file.path);
      const failing = file.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      const lines = (list: ReportedFile['findings']) =>
        list.map((f) => `${file.path}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message} (${f.ruleId})`).join('\n');
      let body = '';
      if (failing.length) {
        failures++;
        const errors = failing.filter((f) => f.severity === 'error').length;
        const message = `${failing.length} problem${failing.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${failing.length - errors} warning${failing.length - errors === 1 ? '' : 's'})`;
        body += `\n      <failure message="${xml(message)}" type="claimlint">${xml(lines(failing))}</failure>`;
      }
      const notes = file.findings.filter((f) => f.severity === 'information' || f.severity === 'hint');
      if (notes.length) body += `\n      <system-out>${xml(lines(notes))}</system-out>`;
      cases.push(`    <testcase classname="claimlint" name="${name}" file="${name}">${body}${body ? '\n    ' : ''}</testcase>`);
      return '';
    },
    end(summary: Summary) {
      for (const p of summary.problems) {
        const name = xml(p.path);
        cases.push(`    <testcase classname="claimlint" name="${name}" file="${name}">\n      <error message="${xml(p.message)}" type="claimlint"/>\n    </testcase>`);
      }
      const counts = `tests="${cases.length}" failures="${failures}" errors="${summary.problems.length}"`;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="claimlint" ${counts}>`,
        `  <testsuite name="claimlint" ${counts}>`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n');
    },
  };
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry. */
function xml(s: string): string {
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
