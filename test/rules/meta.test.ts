import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../server/src/core/rules/index';
import { fixturesDir, readFixture } from '../helpers/fixtures';

const rulesDir = join(__dirname, '..', '..', 'server', 'src', 'core', 'rules');

describe('every rule has a module, a doc and fixtures', () => {
  it('lists every rule module in the catalogue, once', () => {
    const modules = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(rules.map((r) => r.id).sort()).toEqual(modules.sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a kebab-case id, a description and message templates', () => {
        expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(rule.description.length).toBeGreaterThan(20);
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      });
      it('has a doc with why, examples, options and fixes', () => {
        const doc = join(rulesDir, `${rule.id}.md`);
        expect(existsSync(doc), `${doc} is missing`).toBe(true);
        const text = readFileSync(doc, 'utf8');
        expect(text).toMatch(new RegExp(`^# ${rule.id}`));
        for (const heading of ['## Why', '## Flagged', '## Not flagged', '## Options', '## Fixes']) expect(text).toContain(heading);
      });
      it('has a flagged and a passing fixture', () => {
        const dir = join(fixturesDir, rule.id);
        expect(existsSync(dir), `${dir} is missing`).toBe(true);
        const flagged = readFixture(rule.id, 'flagged.md');
        const passing = readFixture(rule.id, 'passing.md');
        expect(flagged.expectations.some((e) => e.ruleId === rule.id)).toBe(true);
        expect(passing.expectations.filter((e) => e.ruleId === rule.id)).toEqual([]);
      });
    });
  }
});
