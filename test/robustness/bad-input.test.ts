import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';

const CLI = join(__dirname, '..', '..', 'bin', 'claimlint.js');
const isRoot = process.getuid?.() === 0;

/** Scratch folders made here, removed when the file's tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isFile()) out[name] = `${st.mtimeMs}:${st.size}`;
  }
  return out;
}

describe('bad files: a clear message each, the rest still linted, nothing written', () => {
  const dir = scratchDir('claimlint-bad-');
  writeFileSync(join(dir, 'good.md'), 'More than 4,000 homes lost power overnight.\n');
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
  writeFileSync(join(dir, 'latin1.md'), Buffer.from('Caf\xe9 "na\xefve" 12%', 'latin1'));
  writeFileSync(join(dir, 'empty.md'), '');
  mkdirSync(join(dir, 'folder.md'));
  symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
  symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
  writeFileSync(join(dir, 'locked.md'), 'Hundreds of people came.\n');
  chmodSync(join(dir, 'locked.md'), 0o000);
  const before = snapshot(dir);
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', '--fix', '--jobs', '1', dir], { encoding: 'utf8' });

  it('lints the good file and reports its finding', () => {
    const report = JSON.parse(run.stdout) as { files: { path: string; findings: unknown[] }[] };
    const good = report.files.find((f) => f.path.endsWith('good.md'));
    expect(good?.findings.length).toBeGreaterThan(0);
  });

  it('names every bad file with a reason on standard error, and exits 2', () => {
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/binary\.md.*(?:binary|NUL)/i);
    expect(run.stderr).toMatch(/latin1\.md.*UTF-8/i);
    expect(run.stderr).toMatch(/loop-a\.md.*(?:link|loop)/i);
  });

  it.skipIf(isRoot)('names an unreadable file (skipped as root, who can read anything)', () => {
    expect(run.stderr).toMatch(/locked\.md.*permission/i);
  });

  it('treats an empty file as an empty draft and a directory named x.md as a folder', () => {
    const report = JSON.parse(run.stdout) as { files: { path: string; findings: unknown[] }[] };
    expect(report.files.find((f) => f.path.endsWith('empty.md'))?.findings).toEqual([]);
    expect(run.stderr).not.toMatch(/folder\.md.*(?:TypeError|Error:)/);
  });

  it('writes nothing (no file of the folder changed, although --fix was given)', () => {
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a named pipe given by name instead of waiting for a writer', () => {
    const pipe = join(dir, 'pipe.md');
    execFileSync('mkfifo', [pipe]);
    const named = spawnSync(process.execPath, [CLI, '--jobs', '1', pipe, join(dir, 'good.md')], { encoding: 'utf8', timeout: 20_000 });
    expect(named.signal).toBeNull();
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/pipe\.md: is not a regular file/);
    expect(named.stdout).toMatch(/good\.md/);
  });
});

describe('hostile configuration is rejected clearly or accepted in a form that cannot hang', () => {
  it('treats cues and vague phrases as words, never as patterns', () => {
    const evil = ['(a+)+$', '(.*a){20}', '[', '\\', '(?<=x)'];
    const text = `${'a'.repeat(50_000)} said (a+)+$ that 12 people came.\n`;
    const start = performance.now();
    const result = lint(text, { settings: { cues: evil, vagueSources: evil, knownSources: evil } });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(result.claims.length).toBeGreaterThan(0);
  });

  it('rejects huge arrays and wrong types with the key named, and lints nothing', () => {
    const dir = scratchDir('claimlint-config-');
    writeFileSync(join(dir, 'draft.md'), 'Hundreds came.\n');
    const huge = { settings: { cues: Array.from({ length: 200_000 }, (_, i) => `cue${i}`) } };
    writeFileSync(join(dir, '.claimlintrc.json'), JSON.stringify(huge));
    const hugeRun = spawnSync(process.execPath, [CLI, dir], { encoding: 'utf8' });
    const wrong = { rules: { 'unattributed-number': 42 }, settings: { minQuoteWords: 'three' } };
    writeFileSync(join(dir, '.claimlintrc.json'), JSON.stringify(wrong));
    const wrongRun = spawnSync(process.execPath, [CLI, dir], { encoding: 'utf8' });
    expect(wrongRun.status).toBe(2);
    expect(wrongRun.stderr).toMatch(/\.claimlintrc\.json/);
    expect(wrongRun.stderr).toMatch(/unattributed-number|minQuoteWords/);
    // A huge list is either rejected with a message or accepted and linted promptly.
    expect([0, 1, 2]).toContain(hugeRun.status);
    if (hugeRun.status === 2) expect(hugeRun.stderr).toMatch(/cues/);
  });
});

describe('the CLI on a 5 MB draft', () => {
  it('lints it', () => {
    const dir = scratchDir('claimlint-big-');
    const paragraph = readFileSync(join(__dirname, '..', '..', 'examples', 'isis-returnees.md'), 'utf8');
    const big = join(dir, 'big.md');
    writeFileSync(big, paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length)));
    const out = execFileSync(process.execPath, [CLI, '--format', 'json', '--quiet', big], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(JSON.parse(out).files[0].path).toContain('big.md');
  }, 120_000);
});
