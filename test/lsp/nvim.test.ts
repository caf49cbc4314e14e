/** Neovim's built-in LSP client, headless, as an independent client of the built server. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REFERENCE_DRAFT, SERVER_JS } from './client';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const installed = nvim.status === 0;
if (!installed) console.warn('skipped: nvim not installed (apt-get install neovim)');

describe.skipIf(!installed)('Neovim headless', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-nvim-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('receives the reference draft\'s diagnostics and code actions over stdio', () => {
    const draft = join(dir, 'isis-returnees.md');
    copyFileSync(REFERENCE_DRAFT, draft);
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', 'set ft=markdown', '-c', `luafile ${join(__dirname, 'nvim.lua')}`], {
      encoding: 'utf8',
      env: { ...process.env, CLAIMLINT_SERVER: SERVER_JS, CLAIMLINT_DRAFT: draft },
      timeout: 30_000,
    });
    const lines = run.stdout.split('\n');
    const diagnostics = lines.filter((l) => l.startsWith('diagnostic '));
    expect(diagnostics).toContain('diagnostic 9:1 unattributed-number Numeric claim "Between 4,000 to 6,000" has no source in this sentence or paragraph.');
    expect(diagnostics.some((l) => /^diagnostic 9:\d+ unattributed-number .*roughly 10%/.test(l))).toBe(true);
    expect(diagnostics.some((l) => l.startsWith('diagnostic 9:1 range-style '))).toBe(true);
    expect(diagnostics.filter((l) => l.includes(' vague-attribution ')).length).toBeGreaterThanOrEqual(5);
    expect(diagnostics.some((l) => l.includes(' unattributed-quote '))).toBe(false);
    const actions = lines.filter((l) => l.startsWith('action '));
    expect(actions).toContain('action Disable vague-attribution for this line');
  });
});
