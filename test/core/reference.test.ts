import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';
import type { Claim, Finding } from '../../server/src/core/types';
import { corpusDir, corpusSuite, hasCorpus } from '../helpers/corpus';

/** The reference draft, as it ships in examples/ (a copy of the shared corpus's seed draft). */
const draft = readFileSync(join(__dirname, '..', '..', 'examples', 'isis-returnees.md'), 'utf8');
const result = lint(draft);
const text = (x: { range: { start: number; end: number } }): string => draft.slice(x.range.start, x.range.end);
const of = (rule: string): string[] => result.findings.filter((f: Finding) => f.ruleId === rule).map(text);

describe.skipIf(!hasCorpus)(corpusSuite('the example draft'), () => {
  it('is an identical copy of the shared corpus\'s seed draft', () => {
    expect(readFileSync(join(corpusDir, 'seed', 'isis-returnees.md'), 'utf8')).toBe(draft);
  });
});

describe('the reference draft (claims-spec, "The reference draft")', () => {
  it('flags exactly the two unattributed numbers', () => {
    expect(of('unattributed-number')).toEqual(['Between 4,000 to 6,000', 'roughly 10%']);
  });

  it('flags the range and offers "between … and …" as the fix', () => {
    const [range] = result.findings.filter((f) => f.ruleId === 'range-style');
    expect(text(range)).toBe('Between 4,000 to 6,000');
    expect(range.fix?.text).toBe('and');
    expect(draft.slice(range.fix!.range.start, range.fix!.range.end)).toBe('to');
  });

  it('flags the vague sources', () => {
    expect(of('vague-attribution')).toEqual([
      'Experts and government officials say',
      'officials say',
      'officials told BuzzFeed News',
      'are believed',
      'experts said',
    ]);
  });

  it('attributes the other numbers', () => {
    const numbers = result.claims.filter((c) => c.kind === 'number' && !c.inHeading);
    const source = (t: string): string | undefined => numbers.find((c) => c.text === t)?.attribution?.source;
    expect(source('between 400 and 600')).toBe('Nathalie Goulet');
    expect(source('around 70')).toBe('Malcolm Nance');
    expect(source('20 or 30')).toBe('Malcolm Nance');
    expect(source('hundreds')).toBe('Experts and government officials');
    expect(numbers.find((c) => c.text === 'Hundreds')?.attribution?.kind).toBe('vague');
  });

  it('finds every direct quote attributed to the right speaker, and "operatives" is not a quote', () => {
    const quotes = result.claims.filter((c: Claim) => c.kind === 'quote');
    expect(of('unattributed-quote')).toEqual([]);
    expect(quotes.every((q) => q.attribution !== null)).toBe(true);
    expect(quotes.map((q) => q.attribution?.source)).toEqual([
      ...Array(2).fill('Nathalie Goulet'),
      ...Array(2).fill('Nathalie Goulet'),
      ...Array(2).fill('Malcolm Nance'),
      ...Array(2).fill('Nathalie Goulet'),
      ...Array(2).fill('Seth Jones'),
      ...Array(2).fill('Nathalie Goulet'),
      ...Array(2).fill('Seth Jones'),
    ]);
    expect(quotes.some((q) => q.text.includes('operatives'))).toBe(false);
  });

  it('records the cue and where the source stands ("she" for a pronoun)', () => {
    const quote = result.claims.find((c) => c.kind === 'quote' && c.text.startsWith('"Turkey said'));
    expect(quote?.attribution).toMatchObject({ kind: 'pronoun', source: 'Nathalie Goulet', cue: 'said' });
    expect(draft.slice(quote!.attribution!.range.start, quote!.attribution!.range.end)).toBe('she');
  });

  it('may flag the pronoun two paragraphs after Goulet was last named', () => {
    expect(of('ambiguous-pronoun')).toEqual(['she']);
    const finding = result.findings.find((f) => f.ruleId === 'ambiguous-pronoun');
    expect(draft.slice(finding!.range.start - 30, finding!.range.end)).toContain("I'm not confident at all");
  });

  it('makes both quotes of a paragraph unattributed when their attribution is deleted', () => {
    // The attribution goes, and the quote's comma becomes a full stop: `…ready to fight." "For us, …"`.
    const cut = '," French Senator Nathalie Goulet, who co-heads a commission to track jihadis, told BuzzFeed News.';
    expect(draft).toContain(cut);
    const editedText = draft.replace(cut, '."');
    const edited = lint(editedText);
    const unattributed = edited.findings.filter((f) => f.ruleId === 'unattributed-quote');
    expect(unattributed.map((f) => editedText.slice(f.range.start, f.range.end))).toEqual([
      '"Those people that have been traveling there two, three, four years ago, they are absolutely trained and ready to fight."',
      '"For us, it\'s a new threat."',
    ]);
  });
});
