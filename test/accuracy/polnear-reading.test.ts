import { describe, expect, it } from 'vitest';
import { withQuotationMarks } from './polnear/corpus';
import { paragraphOf, quotedPassages, stillAttributed } from './polnear/eval';

/** How the PolNeAR harness reads an article's text (no corpus needed: the texts here are made up). */
describe('PolNeAR texts: quotation marks spelt as apostrophes', () => {
  it('keeps every offset and makes a double mark of two apostrophes', () => {
    const text = "He said ''we will win'' on Monday.";
    const read = withQuotationMarks(text);
    expect(read.length).toBe(text.length);
    expect(read.replace(/\u200b/g, '')).toBe('He said "we will win" on Monday.');
  });
  it('nests a single mark inside the double one where three apostrophes stand together', () => {
    const text = "''I would use the word 'old-school,''' said Jane Roe. '''Enough,' she said,'' he recalled.";
    const read = withQuotationMarks(text);
    expect(read.length).toBe(text.length);
    expect(read.replace(/\u200b/g, '')).toBe(`"I would use the word 'old-school,'" said Jane Roe. "'Enough,' she said," he recalled.`);
    expect(quotedPassages(read).map((p) => read.slice(p.start, p.end).replace(/\u200b/g, ''))).toEqual(["I would use the word 'old-school,'", "'Enough,' she said,"]);
  });
});

describe('PolNeAR harness: what still attributes a quote whose attribution is deleted', () => {
  const text = '"We were looking for signs of support," said Jane Roe, a former director.\n\n"I am quite concerned about this," Roe said. "This is a test."';
  const span = (part: string, from = 0): { start: number; end: number } => {
    const start = text.indexOf(part, from);
    return { start, end: start + part.length };
  };
  const first = { source: [span('Jane Roe, a former director')], cue: [span('said')], content: [span('"We were looking for signs of support,"')], sourceText: 'Jane Roe, a former director', cueText: 'said' };
  const second = { source: [span('Roe', text.indexOf('\n\n'))], cue: [span('said', text.indexOf('\n\n'))], content: [span('"I am quite concerned about this,"')], sourceText: 'Roe', cueText: 'said' };
  it('reads the paragraph before from its last character', () => {
    expect(paragraphOf(text, text.indexOf('\n\n') - 1)).toEqual({ start: 0, end: text.indexOf('\n\n') });
  });
  it('counts a paragraph of quotes as continuing the speaker of the paragraph before', () => {
    const passage = span('I am quite concerned about this,');
    expect(stillAttributed(text, passage, second, [first, second])).toBe(true);
    expect(stillAttributed(text, passage, second, [second])).toBe(false);
  });
  it('reads the paragraph as it opens once the deleted attribution is gone ("He added, “…”" becomes "“…”")', () => {
    const added = '"We were looking for signs of support," said Jane Roe.\n\nShe added, "I am quite concerned about this."';
    const at = (part: string): { start: number; end: number } => ({ start: added.indexOf(part), end: added.indexOf(part) + part.length });
    const before = { source: [at('Jane Roe')], cue: [at('said')], content: [at('"We were looking for signs of support,"')], sourceText: 'Jane Roe', cueText: 'said' };
    const gold = { source: [at('She')], cue: [at('added')], content: [at('"I am quite concerned about this."')], sourceText: 'She', cueText: 'added' };
    expect(stillAttributed(added, at('I am quite concerned about this.'), gold, [before, gold])).toBe(true);
  });
});
