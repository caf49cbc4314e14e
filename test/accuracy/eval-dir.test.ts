import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lsp/client';

const EVAL = join(ROOT, 'dist', 'eval.js');
const run = (...args: string[]) => spawnSync(process.execPath, [EVAL, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run eval -- --dir=PATH', () => {
  it('scores a folder of labelled drafts laid out as the accuracy set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-eval-'));
    try {
      mkdirSync(join(dir, 'articles'));
      mkdirSync(join(dir, 'annotations'));
      writeFileSync(join(dir, 'articles', 'one.md'), '# Fire\n\nThe fire destroyed 40 homes, the fire service said. It burned 300 acres.\n');
      const annotation = { article: 'one.md', claims: [{ kind: 'number', text: '40', source: 'the fire service' }, { kind: 'number', text: '300', source: null }], findings: [] };
      writeFileSync(join(dir, 'annotations', 'one.json'), JSON.stringify(annotation));
      const r = run(`--dir=${dir}`);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('1 annotated articles');
      // One unattributed figure expected, and found.
      expect(r.stdout).toMatch(/unattributed-number\s+1\s+1\s+1\s+1\s+1\.00\s+1\.00/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses the sealed part, which is scored as totals only', () => {
    const r = run(`--dir=${join(ROOT, 'test', 'accuracy', 'sealed')}`, '--verbose');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--sealed');
    expect(r.stdout).toBe('');
  });

  it('says what is missing when the folder has no annotations', () => {
    const r = run(`--dir=${join(tmpdir(), 'claimlint-no-such-folder')}`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('articles/ and annotations/');
  });
});
