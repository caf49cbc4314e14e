/** Baselines and fingerprints: old findings accepted, new ones reported, unrelated edits above and below ignored. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprints } from '../../server/src/cli/fingerprint';
import { lint } from '../../server/src/core/lint';
import { claimlint, scratch } from './helpers';

const OLD = ['# Archive story', '', 'About 300 people marched. Officials say the march was peaceful.', '', 'The budget is TK.', ''].join('\n');

function printsOf(text: string): string[] {
  return fingerprints(text, lint(text).findings);
}

describe('fingerprints', () => {
  it('survive edits above and below, on other lines and in other sentences of the same line', () => {
    const edited = ['# Archive story, updated', '', 'A new opening paragraph.', '', 'About 300 people marched. Officials say the march was peaceful. A new sentence follows.', '', 'The budget is TK.', '', 'A closing line.', ''].join('\n');
    expect(printsOf(edited)).toEqual(printsOf(OLD));
  });

  it('change when the flagged sentence changes', () => {
    const reworded = OLD.replace('About 300 people marched.', 'About 300 people marched on Friday.');
    const before = printsOf(OLD);
    const after = printsOf(reworded);
    expect(after[0]).not.toBe(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('tell identical findings apart by their order', () => {
    const text = 'The figure is TK.\n\nThe figure is TK.\n';
    const prints = printsOf(text);
    expect(prints).toHaveLength(2);
    expect(new Set(prints).size).toBe(2);
  });
});

describe('--baseline', () => {
  it('records today\'s findings, then reports and fails only on new ones', () => {
    const dir = scratch({ 'drafts/old.md': OLD, '.claimlintrc.json': '{ "root": true, "rules": { "tk-placeholder": "error" } }' });
    const write = claimlint(['drafts', '--baseline-write', 'ci/claimlint-baseline.json'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stdout).toBe('');
    expect(write.stderr).toBe('claimlint: wrote ci/claimlint-baseline.json: 3 findings in 1 file\n');
    const baseline = JSON.parse(readFileSync(join(dir, 'ci', 'claimlint-baseline.json'), 'utf8'));
    expect(Object.keys(baseline.files)).toEqual(['../drafts/old.md']);
    expect(baseline.files['../drafts/old.md'].map((f: { ruleId: string }) => f.ruleId)).toEqual(['unattributed-number', 'vague-attribution', 'tk-placeholder']);

    const clean = claimlint(['drafts', '--baseline', 'ci/claimlint-baseline.json', '--format', 'text'], { cwd: dir });
    expect(clean).toMatchObject({ code: 0, stdout: '' });

    writeFileSync(join(dir, 'drafts/old.md'), 'An editor\'s note on top.\n\n' + OLD + '\nThe deadline is TK.\n');
    const fresh = claimlint(['drafts', '--baseline', 'ci/claimlint-baseline.json', '--format', 'text'], { cwd: dir });
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toBe('drafts/old.md:9:17  error  Placeholder "TK" is still in the draft: fill it in before publication.  tk-placeholder\n');
  });

  it('exits 2 on a missing or malformed baseline', () => {
    const dir = scratch({ 'a.md': OLD, 'bad.json': '{"version": 7}' });
    expect(claimlint(['a.md', '--baseline', 'none.json'], { cwd: dir }).code).toBe(2);
    const bad = claimlint(['a.md', '--baseline', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json: not a Claimlint baseline');
  });
});
