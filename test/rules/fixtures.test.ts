import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';
import { applyEdits } from '../../server/src/core/edits';
import { LineIndex } from '../../server/src/core/text/lines';
import type { Finding } from '../../server/src/core/types';
import { allFixtures, type Expectation } from '../helpers/fixtures';

const fixtures = allFixtures();

function describeFinding(text: string, lines: LineIndex, f: Finding): string {
  return `${f.ruleId} line ${lines.lineAt(f.range.start) + 1} ${JSON.stringify(text.slice(f.range.start, f.range.end))}`;
}

describe('rule fixtures: findings match the expectations written in each draft', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThan(20));
  for (const fixture of fixtures) {
    it(`${fixture.rule}/${fixture.name}`, () => {
      const { findings } = lint(fixture.text, fixture.options);
      const lines = new LineIndex(fixture.text);
      const unmatched = [...fixture.expectations];
      const unexpected: string[] = [];
      for (const f of findings) {
        const line = lines.lineAt(f.range.start);
        const found = fixture.text.slice(f.range.start, f.range.end);
        const i = unmatched.findIndex((e: Expectation) => e.ruleId === f.ruleId && e.line === line && found.includes(e.text));
        if (i >= 0) unmatched.splice(i, 1);
        else unexpected.push(describeFinding(fixture.text, lines, f));
      }
      expect({ unexpected, missing: unmatched.map((e) => `${e.ruleId} line ${e.line + 1} ${JSON.stringify(e.text)}`) }).toEqual({ unexpected: [], missing: [] });
    });
  }
});

describe('fixes and suggestions: each removes its finding and touches nothing else', () => {
  for (const fixture of fixtures) {
    const { findings } = lint(fixture.text, fixture.options);
    findings.forEach((f, n) => {
      const edits = [...(f.fix ? [{ title: 'fix', edits: [f.fix] }] : []), ...f.suggestions];
      edits.forEach((s) => {
        it(`${fixture.rule}/${fixture.name} #${n} ${f.ruleId}: ${s.title}`, () => {
          const fixed = applyEdits(fixture.text, s.edits);
          expect(fixed).not.toBe(fixture.text);
          const sorted = [...s.edits].sort((a, b) => a.range.start - b.range.start);
          // Text before the first edit and after the last is untouched.
          expect(fixed.startsWith(fixture.text.slice(0, sorted[0].range.start))).toBe(true);
          expect(fixed.endsWith(fixture.text.slice(sorted[sorted.length - 1].range.end))).toBe(true);
          const after = lint(fixed, fixture.options).findings;
          const count = (list: Finding[], id: string) => list.filter((x) => x.ruleId === id).length;
          expect(count(after, f.ruleId)).toBeLessThan(count(findings, f.ruleId));
          for (const other of new Set(after.map((x) => x.ruleId))) {
            if (other === f.ruleId || other === 'tk-placeholder') continue;
            expect(count(after, other), `${other} after applying "${s.title}"`).toBeLessThanOrEqual(count(findings, other));
          }
        });
      });
    });
  }
});
