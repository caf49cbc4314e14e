/**
 * Output formats. Golden files pin each format's exact text for a fixed set of findings (so they change only when a
 * format does, not when the engine's judgment does); end-to-end runs prove the built CLI prints the same formats.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAIMS_FORMATS, FORMATS, zeroCounts, type Formatter, type ReportedFile, type Summary } from '../../server/src/cli/formats/index';
import { json } from '../../server/src/cli/formats/json';
import { toJsonFile } from '../../server/src/cli/report';
import { resolveConfig } from '../../server/src/config/index';
import { runTask } from '../../server/src/cli/task';
import { lint } from '../../server/src/core/lint';
import { rules } from '../../server/src/core/rules/index';
import type { Severity } from '../../server/src/core/types';
import { claimlint, golden, NEWSROOM, ROOT } from './helpers';

const range = (line: number, column: number, endLine: number, endColumn: number) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });

/** Two drafts' findings and claims, with text that needs escaping in every format. */
const FILES: ReportedFile[] = [
  {
    path: 'drafts/budget.md',
    findings: [
      { ruleId: 'unattributed-number', severity: 'warning', message: 'Numeric claim "Between 400 to 600" has no source in this sentence or paragraph.', range: range(3, 43, 3, 61), fix: null, suggestions: [{ title: 'Append ", according to TK"', edits: [{ range: range(3, 80, 3, 80), text: ', according to TK' }] }], fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' },
      { ruleId: 'range-style', severity: 'information', message: 'Range "Between 400 to 600": write "between X and Y".', range: range(3, 43, 3, 61), fix: { range: range(3, 55, 3, 57), text: 'and' }, suggestions: [], fingerprint: '11111111111111111111111111111111' },
      { ruleId: 'unbalanced-quotes', severity: 'error', message: 'Opening quotation mark is never closed, and the next paragraph does not continue the quote.', range: range(5, 1, 5, 2), fix: { range: range(5, 43, 5, 43), text: '"' }, suggestions: [], fingerprint: '22222222222222222222222222222222' },
      { ruleId: 'late-attribution', severity: 'hint', message: 'Attribution comes late: 50% of readers, <b>& "more"</b>, stop, at line\'s end, 100%.', range: range(7, 1, 8, 4), fix: null, suggestions: [], fingerprint: '33333333333333333333333333333333' },
    ],
    claims: [
      { kind: 'number', text: 'Between 400 to 600', range: range(3, 43, 3, 61), attribution: null },
      { kind: 'quote', text: '"We will fight | for every job," she said', range: range(5, 1, 5, 42), attribution: { kind: 'named', source: 'Ana Ruiz', cue: 'said', range: range(5, 44, 5, 47) } },
      { kind: 'number', text: '-12%', range: range(7, 10, 7, 14), attribution: { kind: 'vague', source: 'officials, "insiders"', cue: null, range: range(7, 1, 7, 9) } },
    ],
  },
  { path: 'drafts/desk/clean story.md', findings: [], claims: [{ kind: 'number', text: '40', range: range(3, 32, 3, 34), attribution: { kind: 'role', source: 'the mayor', cue: 'said', range: range(3, 1, 3, 10) } }] },
];

function render(formatter: Formatter, files: readonly ReportedFile[], problems: Summary['problems'] = [], ignored: string[] = []): string {
  const counts = zeroCounts();
  let fixable = 0;
  for (const f of files.flatMap((x) => x.findings)) {
    counts[f.severity as Severity]++;
    if (f.fix) fixable++;
  }
  return formatter.begin() + files.map((f) => formatter.file(f)).join('') + formatter.end({ files: files.length, counts, fixable, problems, ignored });
}

const CONTEXT = { cwd: '/newsroom', color: false, version: '1.2.3', homepage: 'https://example.org/claimlint#readme' };
const PROBLEMS = [{ path: 'drafts/broken.md', message: 'looks like a binary file (it contains NUL bytes); skipped' }];

describe('golden output', () => {
  it.each(Object.keys(FORMATS).filter((f) => f !== 'sarif' && f !== 'html'))('%s', (name) => {
    const { actual, expected } = golden(`${name}.txt`, render(FORMATS[name](CONTEXT), FILES, PROBLEMS));
    expect(actual).toBe(expected);
  });

  it.each(Object.keys(CLAIMS_FORMATS))('claims report as %s', (name) => {
    const { actual, expected } = golden(`claims-${name}.txt`, render(CLAIMS_FORMATS[name](CONTEXT), FILES));
    expect(actual).toBe(expected);
  });

  it('stylish in colour', () => {
    const { actual, expected } = golden('stylish-color.txt', render(FORMATS.stylish({ ...CONTEXT, color: true }), FILES));
    expect(actual).toBe(expected);
  });

  it('stylish with no problems', () => {
    expect(render(FORMATS.stylish(CONTEXT), [FILES[1]])).toBe('✔ No problems in 1 file.\n');
  });

  it('stylish never shows the green tick when an input failed, a named file was skipped, or nothing was linted', () => {
    expect(render(FORMATS.stylish(CONTEXT), [FILES[1]], PROBLEMS)).toBe('✖ 1 input failed (see standard error); 1 file linted without findings.\n');
    expect(render(FORMATS.stylish(CONTEXT), [FILES[1]], [], ['drafts/a.md', 'drafts/b.md'])).toBe(
      '2 named files skipped: an ignore file excludes them (--no-ignore lints them); 1 file linted without findings.\n',
    );
    expect(render(FORMATS.stylish(CONTEXT), [])).toBe('Nothing was linted: no drafts found.\n');
  });

  it('sarif, with every rule described and its help taken from the rule doc', () => {
    const log = JSON.parse(render(FORMATS.sarif(CONTEXT), FILES, PROBLEMS));
    const driverRules = log.runs[0].tool.driver.rules as { id: string; help: { text: string; markdown?: string } }[];
    expect(driverRules.map((d) => d.id)).toEqual(rules.map((d) => d.id));
    for (const rule of driverRules) {
      const doc = readDoc(rule.id);
      expect(rule.help).toEqual(doc ? { text: doc, markdown: doc } : { text: rules.find((d) => d.id === rule.id)!.description });
      rule.help = { text: '(the rule doc)' };
    }
    const { actual, expected } = golden('sarif.json', JSON.stringify(log, null, 2) + '\n');
    expect(actual).toBe(expected);
  });

  it('json is exactly JSON.stringify({ version: 1, files }, null, 2), streamed', () => {
    const texts = ['Between 400 to 600 jobs.\n', 'Nothing here.\n', '"Quote without end, she said.\n'];
    const files = texts.map((t, i) => toJsonFile(`d${i}.md`, t, lint(t)));
    for (const subset of [[], files.slice(0, 1), files]) {
      const out = render(json(), subset.map((f) => ({ ...f, findings: f.findings.map((x) => ({ ...x, fingerprint: 'f' })) })));
      expect(out).toBe(JSON.stringify({ version: 1, files: subset }, null, 2) + '\n');
    }
  });
});

function readDoc(id: string): string | null {
  try {
    return readFileSync(join(ROOT, 'server', 'src', 'core', 'rules', `${id}.md`), 'utf8');
  } catch {
    return null;
  }
}

describe('the built CLI prints these formats', () => {
  const paths = ['drafts/budget.md', 'drafts/desk/clean.md'];
  const outcomes = (claims: boolean) =>
    paths.map((path) => {
      const o = runTask({ path, absPath: join(NEWSROOM, path), options: { ...resolveConfig(join(NEWSROOM, path)).options, ci: false }, mode: 'check', claims, fingerprints: true });
      return { path: o.path, findings: o.findings, claims: o.claims };
    });

  it.each([
    ['stylish', []],
    ['text', ['--format', 'text']],
    ['json', ['--format', 'json']],
    ['github', ['--format', 'github']],
    ['junit', ['--format', 'junit']],
    ['sarif', ['--format', 'sarif']],
  ])('%s', (name, args) => {
    const r = claimlint(['drafts', ...args], { cwd: NEWSROOM });
    expect(r.stderr).toBe('');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const expected = render(FORMATS[name]({ cwd: NEWSROOM, color: false, version: pkg.version, homepage: pkg.homepage }), outcomes(name === 'json'));
    expect(r.stdout).toBe(expected);
    expect(r.code).toBe(expected.includes('error') ? 1 : 0);
    if (name === 'sarif') {
      expect(JSON.parse(r.stdout).runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(NEWSROOM).href + '/');
      expect(JSON.parse(r.stdout).runs[0].tool.driver.informationUri).toBe(pkg.homepage);
    }
  });

  it.each([
    ['markdown', ['--report', 'claims']],
    ['csv', ['--report', 'claims', '--report-format', 'csv']],
  ])('claims report as %s', (name, args) => {
    const r = claimlint(['drafts', ...args], { cwd: NEWSROOM });
    expect(r.stdout).toBe(render(CLAIMS_FORMATS[name](CONTEXT), outcomes(true)));
  });

  it('colours stylish output only when asked (or on a terminal)', () => {
    expect(claimlint(['drafts'], { cwd: NEWSROOM }).stdout).not.toContain('\u001b[');
    expect(claimlint(['drafts', '--color'], { cwd: NEWSROOM }).stdout).toContain('\u001b[31merror');
  });
});
