/** unbalanced-quotes: the end-of-paragraph suggestion is offered only where it closes the quote it names. */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/core/edits';
import { lint } from '../../server/src/core/lint';

const unclosed = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'unbalanced-quotes' && f.message.startsWith('Opening quotation mark is never closed'));

describe('unbalanced-quotes suggestions', () => {
  it('offers a closing mark at the end of a paragraph with one unclosed quote, and it closes it', () => {
    const text = '“The budget is not finished, and we will keep working on it until it is\n\nThe council meets on Monday.\n';
    const [finding] = unclosed(text);
    expect(finding.suggestions.map((s) => s.title)).toEqual(['Insert the missing closing mark at the end of the paragraph']);
    expect(unclosed(applyEdits(text, finding.suggestions[0].edits))).toEqual([]);
  });

  it('offers nothing when other stray marks in the paragraph would take the closing mark', () => {
    const text = '“That funding is going a long way. [#Budget2023 “](https://example.com/budget)“ [Post](https://example.com/p/1)\n';
    const [finding] = unclosed(text);
    expect(finding.range.start).toBe(0);
    expect(finding.suggestions).toEqual([]);
    expect(finding.fix).toBeNull();
  });

  it('marks the quote it leaves open from its mark to the end of the line, never past it', () => {
    const text = 'Price spoke. "We will vote on Thursday, and we will win\nthe vote, Mayor Ellen Price said.\n\nThe motion passed.\n';
    const [finding] = unclosed(text);
    expect(text.slice(finding.range.start, finding.range.end)).toBe('"We will vote on Thursday, and we will win');
    const crlf = text.replace(/\n/g, '\r\n');
    const [again] = unclosed(crlf);
    expect(crlf.slice(again.range.start, again.range.end)).toBe('"We will vote on Thursday, and we will win');
  });
});
