/** Inputs: files, folders, globs, ! negations, ignore files and standard input. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../server/src/cli/files';
import { spawnSync } from 'node:child_process';
import { BIN, claimlint, scratch } from './helpers';

const DRAFT = 'Between 4 to 6 people came.\n';

function expand(dir: string, inputs: string[], useIgnoreFiles = true) {
  const errors: string[] = [];
  const ignored: string[] = [];
  const files = expandInputs(inputs, { cwd: dir, useIgnoreFiles }, { error: (i, m) => errors.push(`${i}: ${m}`), ignored: (p, by) => ignored.push(`${p} by ${by}`) });
  return { files: files.map((f) => f.split('\\').join('/')), errors, ignored };
}

describe('inputs', () => {
  const tree = () =>
    scratch({
      'drafts/a.md': DRAFT,
      'drafts/b.markdown': DRAFT,
      'drafts/notes.txt': DRAFT,
      'drafts/old/c.md': DRAFT,
      'drafts/node_modules/d.md': DRAFT,
      'drafts/wip/e.md': DRAFT,
      'drafts/wip/keep.md': DRAFT,
    });

  it('expands folders to their Markdown files, sorted, skipping node_modules', () => {
    expect(expand(tree(), ['drafts']).files).toEqual(['drafts/a.md', 'drafts/b.markdown', 'drafts/old/c.md', 'drafts/wip/e.md', 'drafts/wip/keep.md']);
  });

  it('expands globs and removes what ! patterns match, without duplicates', () => {
    const dir = tree();
    expect(expand(dir, ['drafts/**/*.md', '!drafts/old/**', 'drafts/a.md']).files).toEqual(['drafts/a.md', 'drafts/wip/e.md', 'drafts/wip/keep.md']);
    expect(expand(dir, ['drafts', '!**/wip/*.md']).files).toEqual(['drafts/a.md', 'drafts/b.markdown', 'drafts/old/c.md']);
  });

  it('reports missing files and patterns that match nothing', () => {
    expect(expand(tree(), ['nope.md', 'drafts/**/*.rst']).errors).toEqual(['nope.md: no such file or directory', 'drafts/**/*.rst: no files match this pattern']);
  });

  it('honours .claimlintignore anywhere, with negation, and says when a named file is skipped', () => {
    const dir = tree();
    const ignoreFile = join(dir, 'drafts', 'wip', '.claimlintignore');
    scratchWrite(dir, '.claimlintignore', 'old/\n');
    scratchWrite(dir, 'drafts/wip/.claimlintignore', '*.md\n!keep.md\n');
    const r = expand(dir, ['drafts', 'drafts/wip/e.md']);
    expect(r.files).toEqual(['drafts/a.md', 'drafts/b.markdown', 'drafts/wip/keep.md']);
    expect(r.ignored).toEqual([`drafts/wip/e.md by ${ignoreFile}`]);
    expect(expand(dir, ['drafts/**/*.md']).files).toEqual(['drafts/a.md', 'drafts/wip/keep.md']);
    expect(expand(dir, ['drafts'], false).files).toHaveLength(5);
  });

  it('honours .gitignore only inside a git work tree', () => {
    const dir = tree();
    scratchWrite(dir, '.gitignore', 'drafts/old\n');
    expect(expand(dir, ['drafts']).files).toContain('drafts/old/c.md');
    mkdirSync(join(dir, '.git'));
    expect(expand(dir, ['drafts']).files).not.toContain('drafts/old/c.md');
  });

  it('lints standard input, resolving configuration from --stdin-filename', () => {
    const dir = scratch({ 'desk/.claimlintrc.json': '{ "root": true, "rules": { "range-style": "error" } }' });
    const plain = claimlint(['--stdin', '--format', 'text'], { cwd: dir, stdin: DRAFT });
    expect(plain.stdout).toContain('<stdin>:1:1  information  Range "Between 4 to 6"');
    expect(plain.code).toBe(0);
    const named = claimlint(['--stdin', '--stdin-filename', 'desk/story.md', '--format', 'text'], { cwd: dir, stdin: DRAFT });
    expect(named.stdout).toContain('desk/story.md:1:1  error  Range "Between 4 to 6"');
    expect(named.code).toBe(1);
  });

  it('exits 2 for a missing input but still lints the others', () => {
    const dir = tree();
    const r = claimlint(['drafts/a.md', 'missing.md', '--format', 'text'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimlint: missing.md: no such file or directory\n');
    expect(r.stdout).toContain('drafts/a.md:1:1  information  Range');
  });

  it('refuses binary and invalid text with a reason, and exits 2', () => {
    // A NUL far past the start is found too: the whole file is searched.
    const late = Buffer.concat([Buffer.from('About 4,000 people came. '.repeat(1000)), Buffer.from([0]), Buffer.from('More.\n')]);
    const dir = scratch({ 'bin.md': Buffer.from([0x89, 0x50, 0x00, 0x01]), 'late-nul.md': late, 'latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'ok.md': DRAFT });
    const r = claimlint(['.', '--format', 'text'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bin.md: looks like a binary file');
    expect(r.stderr).toContain('late-nul.md: looks like a binary file');
    expect(r.stdout).not.toContain('late-nul.md:');
    expect(r.stderr).toContain('latin1.md: is not valid UTF-8 text');
    expect(r.stdout).toContain('ok.md:1:1  information  Range');
  });
});

describe('what a CI log shows when an input is missing or ignored', () => {
  const CLEAN = 'The mayor opened the bridge on Tuesday.\n';
  const tick = /✔|No problems/;

  it('a missing path: one line on stderr, exit 2, and no green tick in the summary, also beside a clean draft', () => {
    const dir = scratch({ 'clean.md': CLEAN });
    const alone = claimlint(['missing.md'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('claimlint: missing.md: no such file or directory\n');
    expect(alone.stdout).toBe('✖ 1 input failed (see standard error); nothing was linted.\n');
    const beside = claimlint(['missing.md', 'clean.md'], { cwd: dir });
    expect(beside.code).toBe(2);
    expect(beside.stderr).toBe('claimlint: missing.md: no such file or directory\n');
    expect(beside.stdout).not.toMatch(tick);
    expect(beside.stdout).toBe('✖ 1 input failed (see standard error); 1 file linted without findings.\n');
    const glob = claimlint(['drafts/*.md'], { cwd: dir });
    expect(glob.code).toBe(2);
    expect(glob.stdout).not.toMatch(tick);
  });

  it('a missing path fails the run in the CI formats too', () => {
    const dir = scratch({ 'clean.md': CLEAN });
    const github = claimlint(['missing.md', 'clean.md', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(2);
    expect(github.stdout).toBe('::error title=claimlint::missing.md: no such file or directory\n');
    const sarif = JSON.parse(claimlint(['missing.md', 'clean.md', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('missing.md: no such file or directory');
    const junit = claimlint(['missing.md', 'clean.md', '--format', 'junit'], { cwd: dir }).stdout;
    expect(junit).toContain('<error message="no such file or directory" type="claimlint"/>');
  });

  it('an explicitly named file that an ignore file excludes: one line on stderr, exit 0, and no green tick', () => {
    const dir = scratch({ '.claimlintignore': 'archive/\n', 'archive/old.md': 'About 300 people marched.\n', 'clean.md': CLEAN });
    const alone = claimlint(['archive/old.md'], { cwd: dir });
    expect(alone.code).toBe(0);
    expect(alone.stderr).toBe('claimlint: archive/old.md: not linted: .claimlintignore excludes it (use --no-ignore to lint it)\n');
    expect(alone.stdout).toBe('1 named file skipped: an ignore file excludes it (--no-ignore lints it); nothing was linted.\n');
    const beside = claimlint(['archive/old.md', 'clean.md'], { cwd: dir });
    expect(beside.code).toBe(0);
    expect(beside.stdout).not.toMatch(tick);
    const unignored = claimlint(['archive/old.md', '--no-ignore'], { cwd: dir });
    expect(unignored.stderr).toBe('');
    expect(unignored.stdout).toContain('archive/old.md\n');
  });

  it('an empty folder lints nothing and says so, without a green tick', () => {
    const dir = scratch({ 'empty/notes.txt': 'not a draft\n' });
    const r = claimlint(['empty'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Nothing was linted: no drafts found.\n');
  });
});

function scratchWrite(dir: string, path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
}

describe('a reader that stops early', () => {
  it('leaves quietly when the pipe closes ("claimlint drafts | head -1")', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Officials said ${i + 10} people were hurt, and ${i + 20} fled.`).join('\n\n');
    const dir = scratch(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`d${i}.md`, `# Draft ${i}\n\n${lines}\n`])));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" . | head -1`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|internal error/);
  });
});
