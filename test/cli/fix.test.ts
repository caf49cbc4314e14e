/** --fix and --fix-dry-run: only one-right-answer fixes, idempotent, byte-faithful, never over a newer file. */
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeDraft } from '../../server/src/cli/encoding';
import { fixText, writeIfUnchanged } from '../../server/src/cli/fix';
import { lint } from '../../server/src/core/lint';
import { claimlint, scratch } from './helpers';

const STORY = [
  '# Budget',
  '',
  'The council met on Tuesday. Between 400 to 600 jobs will be cut, and 12% of the budget goes to roads.',
  '',
  '"We will fight for every one of those jobs, she said.',
  '',
  'Experts say the cuts are overdue. The figure is TK.',
  '',
].join('\n');

const FIXED = STORY.replace('Between 400 to 600', 'Between 400 and 600').replace('jobs, she said', 'jobs," she said');

describe('--fix', () => {
  it('applies only fixes (range-style, a certain closing mark), never suggestions such as "according to TK"', () => {
    const dir = scratch({ 'story.md': STORY });
    const r = claimlint(['story.md', '--fix', '--format', 'text'], { cwd: dir });
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(FIXED);
    expect(r.stderr).toBe('claimlint: fixed 2 problems\n');
    expect(r.stdout).not.toContain('range-style');
    expect(r.stdout).toContain('unattributed-number');
    expect(lint(STORY).findings.some((f) => f.suggestions.length > 0)).toBe(true);
  });

  it('is idempotent: a second run changes nothing and reports no fixes', () => {
    const dir = scratch({ 'story.md': STORY });
    claimlint(['story.md', '--fix'], { cwd: dir });
    const once = readFileSync(join(dir, 'story.md'));
    const mtime = statSync(join(dir, 'story.md')).mtimeMs;
    const again = claimlint(['story.md', '--fix'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(readFileSync(join(dir, 'story.md')).equals(once)).toBe(true);
    expect(statSync(join(dir, 'story.md')).mtimeMs).toBe(mtime);
    expect(fixText(FIXED, {}).applied).toBe(0);
  });

  it('keeps CRLF line endings, a UTF-8 BOM and the file mode, and changes nothing outside the fixed ranges', () => {
    const crlf = '\uFEFF' + STORY.replace(/\n/g, '\r\n');
    const dir = scratch({ 'story.md': crlf });
    chmodSync(join(dir, 'story.md'), 0o640);
    claimlint(['story.md', '--fix'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'story.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF' + FIXED.replace(/\n/g, '\r\n'));
    expect(statSync(join(dir, 'story.md')).mode & 0o777).toBe(0o640);
    const edits = lint(crlf).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(edits).toHaveLength(2);
    expectOnlyChangedAt(crlf, bytes.toString('utf8'), edits.map((e) => e.range));
  });

  it('keeps UTF-16 drafts in UTF-16 with their BOM', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const dir = scratch({ 'story.md': encodeDraft('\uFEFF' + STORY, encoding) });
      claimlint(['story.md', '--fix'], { cwd: dir });
      expect(readFileSync(join(dir, 'story.md')).equals(encodeDraft('\uFEFF' + FIXED, encoding))).toBe(true);
    }
  });

  it('does not overwrite a file that changed on disk since it was read', () => {
    const dir = scratch({ 'story.md': STORY });
    const path = join(dir, 'story.md');
    const read = readFileSync(path);
    writeFileSync(path, STORY + '\nA late edit by the reporter.\n');
    const outcome = writeIfUnchanged(path, read, Buffer.from(FIXED));
    expect(outcome).toEqual({ written: false, reason: 'changed on disk since it was read; not overwritten' });
    expect(readFileSync(path, 'utf8')).toBe(STORY + '\nA late edit by the reporter.\n');
    expect(writeIfUnchanged(path, readFileSync(path), Buffer.from(FIXED))).toEqual({ written: true });
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
  });

  it('fixes on worker threads as in process', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`d/${i}.md`] = STORY;
    const dir = scratch(files);
    const r = claimlint(['d', '--fix', '--jobs', '2', '--stats'], { cwd: dir });
    expect(r.stderr).toContain('fixed 80 problems');
    expect(r.stderr).toContain('with 2 jobs');
    for (let i = 0; i < 40; i++) expect(readFileSync(join(dir, 'd', `${i}.md`), 'utf8')).toBe(FIXED);
  });

  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = scratch({ 'story.md': STORY });
    const r = claimlint(['story.md', '--fix-dry-run'], { cwd: dir });
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(STORY);
    expect(r.stdout).toBe(
      [
        '--- story.md',
        '+++ story.md',
        '@@ -1,7 +1,7 @@',
        ' # Budget',
        ' ',
        '-The council met on Tuesday. Between 400 to 600 jobs will be cut, and 12% of the budget goes to roads.',
        '+The council met on Tuesday. Between 400 and 600 jobs will be cut, and 12% of the budget goes to roads.',
        ' ',
        '-"We will fight for every one of those jobs, she said.',
        '+"We will fight for every one of those jobs," she said.',
        ' ',
        ' Experts say the cuts are overdue. The figure is TK.',
        '',
      ].join('\n'),
    );
  });

  it('--fix-dry-run reads standard input too; --fix refuses it', () => {
    const r = claimlint(['--stdin', '--fix-dry-run'], { stdin: STORY });
    expect(r.stdout).toContain('+The council met on Tuesday. Between 400 and 600 jobs');
    expect(claimlint(['--stdin', '--fix'], { stdin: STORY }).code).toBe(2);
  });
});

/** Every difference between before and after lies at one of the ranges (offsets into before). */
function expectOnlyChangedAt(before: string, after: string, ranges: { start: number; end: number }[]): void {
  let a = 0;
  let b = 0;
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  for (const range of sorted) {
    expect(after.slice(b, b + (range.start - a))).toBe(before.slice(a, range.start));
    b += range.start - a;
    a = range.start;
    const resume = before.slice(range.end, range.end + 20);
    const at = after.indexOf(resume, b);
    expect(at).toBeGreaterThanOrEqual(b);
    b = at;
    a = range.end;
  }
  expect(after.slice(b)).toBe(before.slice(a));
}
