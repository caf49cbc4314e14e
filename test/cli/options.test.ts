/** Command-line options: severity filters, CI mode, rule overrides, printing config, output files, jobs, stats. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../server/src/cli/progress';
import { claimlint, newsroomCopy, NEWSROOM, scratch } from './helpers';

const TK = 'The council met on Tuesday. Mayor Ana Ruiz said 40 teachers would be hired. The cost is TK.\n';

describe('options', () => {
  it('--quiet reports errors only', () => {
    const r = claimlint(['drafts', '--quiet', '--format', 'text'], { cwd: NEWSROOM });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').every((l) => l.includes('  error  '))).toBe(true);
    expect(r.stdout).toContain('unbalanced-quotes');
  });

  it('--max-warnings fails when exceeded, and says so', () => {
    const dir = scratch({ 'a.md': 'About 300 people marched.\n' });
    expect(claimlint(['a.md', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
    const over = claimlint(['a.md', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('claimlint: 1 warning found; --max-warnings allows 0\n');
    expect(claimlint(['a.md', '--max-warnings', 'many'], { cwd: dir }).code).toBe(2);
  });

  it('--ci and CI=true make tk-placeholder an error; --no-ci turns it back', () => {
    const dir = scratch({ 'a.md': TK });
    expect(claimlint(['a.md'], { cwd: dir }).code).toBe(0);
    const ci = claimlint(['a.md', '--ci', '--format', 'text'], { cwd: dir });
    expect(ci.code).toBe(1);
    expect(ci.stdout).toContain('error  Placeholder "TK"');
    expect(claimlint(['a.md'], { cwd: dir, env: { CI: 'true' } }).code).toBe(1);
    expect(claimlint(['a.md', '--no-ci'], { cwd: dir, env: { CI: 'true' } }).code).toBe(0);
  });

  it('--rule overrides every configuration file', () => {
    const r = claimlint(['drafts/desk', '--rule', 'unattributed-number:off', '--rule', 'tk-placeholder:info', '--print-config', 'drafts/desk/clean.md'], { cwd: NEWSROOM });
    const printed = JSON.parse(r.stdout);
    expect(printed.rules['unattributed-number']).toBe('off');
    expect(printed.rules['tk-placeholder']).toBe('information');
  });

  it('--print-config shows every rule and setting with defaults filled, and the files that contributed', () => {
    const r = claimlint(['--print-config', 'drafts/desk/clean.md'], { cwd: NEWSROOM });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      rules: {
        'unattributed-quote': 'warning',
        'unattributed-number': 'error',
        'vague-attribution': ['information', {}],
        'anonymous-source-reason': 'warning',
        'ambiguous-pronoun': 'information',
        'unbalanced-quotes': 'error',
        'late-attribution': 'off',
        'range-style': 'information',
        'false-precision': 'hint',
        'tk-placeholder': 'information',
        'loaded-attribution-verb': 'off',
      },
      settings: { cues: [], vagueSources: [], knownSources: ['Reuters'], ignoreHeadings: true, minQuoteWords: 3, placeholder: 'TK' },
      ci: false,
      sources: [join(NEWSROOM, '.claimlintrc.json'), join(NEWSROOM, 'drafts', 'desk', '.claimlintrc.json')],
    });
    expect(JSON.parse(claimlint(['--print-config', 'x.md', '--ci'], { cwd: NEWSROOM }).stdout).rules['tk-placeholder']).toBe('error');
  });

  it('--output-file writes the report there and nothing to standard output', () => {
    const dir = newsroomCopy();
    const r = claimlint(['drafts', '--format', 'json', '--output-file', 'reports/claimlint.json'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'reports', 'claimlint.json'), 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['drafts/budget.md', 'drafts/desk/clean.md']);
  });

  it('gives the same report with any number of jobs, in input order', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d/${String(i).padStart(2, '0')}.md`] = i % 3 ? `About ${i * 100} people marched.\n` : `Mayor Ana Ruiz said ${i} people came.\n`;
    const dir = scratch(files);
    const one = claimlint(['d', '--jobs', '1', '--format', 'json'], { cwd: dir });
    const three = claimlint(['d', '--jobs', '3', '--format', 'json', '--stats'], { cwd: dir });
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).files).toHaveLength(60);
    expect(three.stderr).toMatch(/^claimlint: 60 files, 0\.0 MB in \d+\.\d\d s: \d+ files\/s, \d+\.\d\d MB\/s with 3 jobs; peak RSS \d+ MB\n$/);
    expect(claimlint(['d', '--jobs', '0'], { cwd: dir }).code).toBe(2);
  });

  it('rejects unknown formats and conflicting options with exit 2', () => {
    for (const args of [['a.md', '--format', 'xml'], ['a.md', '--fix', '--fix-dry-run'], ['a.md', '--baseline', 'b', '--baseline-write', 'c'], [], ['a.md', '--report', 'sources']]) {
      const r = claimlint(args, { cwd: scratch({ 'a.md': TK }) });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Usage: claimlint');
    }
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { isTTY, writes, write: (s: string) => writes.push(s) };
  };

  it('shows on a terminal for long runs only', () => {
    const tty = stream(true);
    const long = new Progress(1000, tty);
    for (let i = 0; i < 1000; i++) long.tick();
    long.clear();
    expect(tty.writes[0]).toContain('claimlint: 1/1000 files');
    expect(tty.writes.some((w) => w.includes('1000/1000 files (100%)'))).toBe(true);
    expect(tty.writes.at(-1)).toBe('\r\u001b[2K');

    const pipe = stream(false);
    const piped = new Progress(1000, pipe);
    for (let i = 0; i < 1000; i++) piped.tick();
    piped.clear();
    const short = stream(true);
    new Progress(20, short).tick();
    expect([...pipe.writes, ...short.writes]).toEqual([]);
  });
});
