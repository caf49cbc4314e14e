/**
 * The markdownlint-cli2 and textlint adapters, run through the real tools on the reference draft, in a scratch
 * project whose node_modules/claimlint is this package (so both resolve `claimlint/…` through package.json's
 * `exports`, as in a newsroom's repository). The adapters are the built bundles in dist/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A scratch project holding the reference draft, `files`, and node_modules/claimlint linked to this package. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-adapters-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'claimlint'), 'dir');
  copyFileSync(join(ROOT, 'examples', 'isis-returnees.md'), join(dir, 'isis-returnees.md'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function run(tool: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(join(BIN, tool), args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('markdownlint-cli2 with customRules: ["claimlint/markdownlint"]', () => {
  const config = (extra = {}) => JSON.stringify({ customRules: ['claimlint/markdownlint'], ...extra });

  it('reports the reference draft\'s two unattributed numbers beside markdownlint\'s own rules', () => {
    const dir = project({ '.markdownlint-cli2.jsonc': config() });
    const r = run('markdownlint-cli2', ['isis-returnees.md'], dir);
    expect(r.code).toBe(1);
    const ours = r.out.split('\n').filter((l) => l.includes(' claimlint-'));
    expect(ours).toEqual([
      expect.stringMatching(/^isis-returnees\.md:9:1 error claimlint-unattributed-number .*\[Numeric claim "Between 4,000 to 6,000" has no source in this sentence or paragraph\.\] \[Context: "Between 4,000 to 6,000"\]$/),
      expect.stringMatching(/^isis-returnees\.md:9:109 error claimlint-unattributed-number .*\[Numeric claim "roughly 10%" has no source/),
    ]);
  });

  it('follows .claimlintrc.json, keeps line numbers right after front matter, and applies fixes with --fix', () => {
    const draft = '---\ntitle: March\n---\n\n# March\n\nAbout 300 people marched, police said.\n\nBetween 40 to 60 were arrested, police said.\n';
    const dir = project({
      '.markdownlint-cli2.jsonc': config({ config: { default: false, claimlint: true } }),
      '.claimlintrc.json': '{ "root": true, "rules": { "unattributed-number": "off", "range-style": "error" } }',
      'march.md': draft,
    });
    const r = run('markdownlint-cli2', ['isis-returnees.md', 'march.md'], dir);
    const ours = r.out.split('\n').filter((l) => l.includes(' claimlint-'));
    expect(ours).toEqual([
      expect.stringMatching(/^isis-returnees\.md:9:1 error claimlint-range-style .*\[Range "Between 4,000 to 6,000"/),
      expect.stringMatching(/^march\.md:9:1 error claimlint-range-style .*\[Range "Between 40 to 60"/),
    ]);
    expect(run('markdownlint-cli2', ['--fix', 'march.md'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'march.md'), 'utf8')).toBe(draft.replace('40 to 60', '40 and 60'));
  });
});

describe('textlint with "claimlint/textlint" in .textlintrc.json', () => {
  it('reports the reference draft\'s two unattributed numbers', () => {
    const dir = project({ '.textlintrc.json': '{ "rules": { "claimlint/textlint": true } }' });
    // textlint resolves rule packages from its own folder; NODE_PATH adds the scratch project's node_modules, where
    // a newsroom's install would have put claimlint beside textlint.
    const r = run('textlint', ['--format', 'unix', 'isis-returnees.md'], dir, { NODE_PATH: join(dir, 'node_modules') });
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => l.includes('claimlint/textlint'))).toEqual([
      `${join(dir, 'isis-returnees.md')}:9:1: Numeric claim "Between 4,000 to 6,000" has no source in this sentence or paragraph. (unattributed-number) [Error/claimlint/textlint]`,
      `${join(dir, 'isis-returnees.md')}:9:109: Numeric claim "roughly 10%" has no source in this sentence or paragraph. (unattributed-number) [Error/claimlint/textlint]`,
    ]);
  });
});
