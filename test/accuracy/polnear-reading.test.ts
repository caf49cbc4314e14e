import { describe, expect, it } from 'vitest';
import { withQuotationMarks } from './polnear/corpus';
import { quotedPassages } from './polnear/eval';

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
