/** A finished lint carried over to a newer text: what stands outside the edited middle, shifted; nothing from inside it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';
import { LineIndex } from '../../server/src/core/text/lines';
import { ResultCache } from '../../server/src/lsp/linted';
import { carryOver, TextShift } from '../../server/src/lsp/shift';
import { REFERENCE_DRAFT } from './client';

const draft = readFileSync(REFERENCE_DRAFT, 'utf8');

describe('TextShift', () => {
  it('keeps spans before the edit, shifts spans after it, and drops spans touching it', () => {
    const shift = new TextShift('one two three', 'one 2 two three');
    // The common prefix is "one " and the suffix "two three" ("2 " was typed between them).
    expect(shift.span({ start: 0, end: 3 })).toEqual({ start: 0, end: 3 });
    expect(shift.span({ start: 2, end: 4 })).toEqual({ start: 2, end: 4 });
    expect(shift.span({ start: 8, end: 13 })).toEqual({ start: 10, end: 15 });
    expect(shift.span({ start: 2, end: 6 })).toBeNull();
    expect(new TextShift('one two', 'one TWO').span({ start: 4, end: 7 })).toBeNull();
  });

  it('drops an insertion point at the edge of the edit, where it could go before or after what was typed', () => {
    const shift = new TextShift('ab', 'aXb');
    expect(shift.span({ start: 1, end: 1 })).toBeNull();
    expect(shift.span({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
    expect(shift.span({ start: 1, end: 2 })).toEqual({ start: 2, end: 3 });
    expect(shift.span({ start: 2, end: 2 })).toEqual({ start: 3, end: 3 });
  });
});

describe('carryOver', () => {
  const cache = new ResultCache();
  const { linted } = cache.lint('untitled:a.md', 1, draft, {});

  it('is the same result when nothing changed but the version', () => {
    const carried = carryOver(linted, draft, 2);
    expect(carried.version).toBe(2);
    expect(carried.result.findings.map((f) => f.range)).toEqual(linted.result.findings.map((f) => f.range));
  });

  it('keeps each finding and edit before the edit, shifts those after it, and drops those touching it', () => {
    // "Between 4,000" becomes "Reportedly, between 4,000": only the "B" differs, and 12 characters are added.
    const at = draft.indexOf('Between 4,000');
    const edited = draft.slice(0, at) + 'Reportedly, b' + draft.slice(at + 1);
    const moved = (s: { start: number; end: number }): { start: number; end: number } | null =>
      s.end < at || (s.end === at && s.start < s.end) ? s : s.start > at + 1 || (s.start === at + 1 && s.start < s.end) ? { start: s.start + 12, end: s.end + 12 } : null;
    const carried = carryOver(linted, edited, 2);
    expect(carried.lines.starts).toEqual(new LineIndex(edited).starts);
    const expected = linted.result.findings.filter((f) => moved(f.range)).map((f) => ({
      ruleId: f.ruleId,
      range: moved(f.range),
      fix: f.fix && moved(f.fix.range) ? { ...f.fix, range: moved(f.fix.range) } : null,
      suggestions: f.suggestions.filter((s) => s.edits.every((e) => moved(e.range))).map((s) => s.edits.map((e) => ({ ...e, range: moved(e.range) }))),
    }));
    expect(expected.length).toBeLessThan(linted.result.findings.length);
    expect(carried.result.findings.map((f) => ({ ruleId: f.ruleId, range: f.range, fix: f.fix, suggestions: f.suggestions.map((s) => s.edits) }))).toEqual(expected);
    expect(carried.result.findings.some((f) => f.ruleId === 'range-style')).toBe(false);
    // What is carried quotes the same words in the new text, and a fresh lint finds it there too.
    const fresh = new Set(lint(edited).findings.map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`));
    for (const f of carried.result.findings) expect(fresh.has(`${f.ruleId}@${f.range.start}-${f.range.end}`)).toBe(true);
    expect(carried.result.claims.every((c) => edited.slice(c.range.start, c.range.end) === c.text)).toBe(true);
  });
});
