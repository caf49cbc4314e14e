/** SARIF output: valid against the official 2.1.0 schema and by Microsoft's SARIF Multitool, with stable fingerprints. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { claimlint, newsroomCopy, ROOT, scratch } from './helpers';

/** The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (installed with @microsoft/sarif-multitool). */
const SCHEMA = join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');

describe('sarif', () => {
  const sarifOf = (args: string[], cwd: string) => claimlint([...args, '--format', 'sarif'], { cwd }).stdout;

  it('validates against the SARIF 2.1.0 JSON schema, also with fixes, unreadable files and files outside the folder', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    expect(schema.title).toMatch(/SARIF.*2\.1\.0/);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const dir = newsroomCopy();
    writeFileSync(join(dir, 'drafts', 'broken.md'), Buffer.from([0, 1, 2]));
    for (const log of [sarifOf(['drafts'], dir), sarifOf(['drafts/desk/clean.md'], dir), sarifOf(['../' + dir.split('/').pop() + '/drafts'], join(dir, 'drafts'))]) {
      const valid = validate(JSON.parse(log));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
    const broken = JSON.parse(sarifOf(['drafts'], dir));
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('passes the SARIF Multitool\'s validation', () => {
    const dir = newsroomCopy();
    const out = join(dir, 'claimlint.sarif');
    claimlint(['drafts', '--format', 'sarif', '--output-file', out], { cwd: dir });
    expect(existsSync(out)).toBe(true);
    const tool = join(ROOT, 'node_modules', '.bin', 'sarif-multitool');
    const report = join(dir, 'validation.sarif');
    const r = spawnSync(tool, ['validate', out, '--output', report], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results as { level?: string; message: { text?: string; id?: string } }[];
    expect(results.filter((x) => x.level === 'error')).toEqual([]);
  }, 120_000);

  it('keeps partialFingerprints when unrelated text is added above and below', () => {
    const story = 'About 300 people marched.\n\nThe figure is TK.\n';
    const dir = scratch({ 'a.md': story });
    const before = JSON.parse(sarifOf(['a.md'], dir)).runs[0].results;
    writeFileSync(join(dir, 'a.md'), '# New headline\n\nA new first paragraph.\n\n' + story + '\nA new last paragraph.\n');
    const after = JSON.parse(sarifOf(['a.md'], dir)).runs[0].results;
    expect(after.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(before.map((r: { partialFingerprints: object }) => r.partialFingerprints));
    expect(after[0].locations[0].physicalLocation.region.startLine).toBe(before[0].locations[0].physicalLocation.region.startLine + 4);
  });
});
