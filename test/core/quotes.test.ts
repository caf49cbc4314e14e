import { describe, expect, it } from 'vitest';
import { findQuoteMarks, isDirectQuote } from '../../server/src/core/text/quotes';

const quotes = (text: string): { quote: string; direct: boolean }[] =>
  findQuoteMarks(text).quotes.map((q) => ({ quote: text.slice(q.contentStart, q.contentEnd), direct: isDirectQuote(text, q, 3) }));

describe('quotes', () => {
  it.each([
    ['"We are ready," she said.', [{ quote: 'We are ready,', direct: true }]],
    ['“We are ready,” she said.', [{ quote: 'We are ready,', direct: true }]],
    ['Most were not "operatives" of ISIS.', [{ quote: 'operatives', direct: false }]],
    ['He called it "a terrible thing to do" yesterday.', [{ quote: 'a terrible thing to do', direct: true }]],
    ['He called it "crushing" and "appalling" in turn.', [{ quote: 'crushing', direct: false }, { quote: 'appalling', direct: false }]],
    // After "called", words in the first person singular are someone's words; a name with "we" stays a name.
    ['with what Kilbride called "a tight hamstring, nothing more, I hope," and Rees', [{ quote: 'a tight hamstring, nothing more, I hope,', direct: true }]],
    ['The group, called "we the people," has members.', [{ quote: 'we the people,', direct: false }]],
    ['Thousands marched under the slogan "my body, my choice" through the capital.', [{ quote: 'my body, my choice', direct: false }]],
    // "what it called "…"": the subject's own words.
    ['fined the company for what it called "systematic and deliberate" misleading', [{ quote: 'systematic and deliberate', direct: true }]],
    // So "which he called "…"", the period outside the marks; a name of two words after it stays a name.
    ['offered a 6 percent rise, which he called "the most we have ever offered".', [{ quote: 'the most we have ever offered', direct: true }]],
    ['offered a rise, which he called "the Offer".', [{ quote: 'the Offer', direct: false }]],
    ['They said the victims were "joyful girls starting out in life".', [{ quote: 'joyful girls starting out in life', direct: true }]],
    ['"Yes," he said.', [{ quote: 'Yes,', direct: true }]],
    ['the film "Star Wars: A New Hope" opened', [{ quote: 'Star Wars: A New Hope', direct: false }]],
    ['a banner saying "united in diversity" hung', [{ quote: 'united in diversity', direct: false }]],
    ['conservatives, which used the terms "same-sex family relationship" instead', [{ quote: 'same-sex family relationship', direct: false }]],
    ['the "one country, two systems" model', [{ quote: 'one country, two systems', direct: false }]],
    ['according to the "Medicare for all" document he released', [{ quote: 'Medicare for all', direct: false }]],
    ['"Turkey said \'no\' to us," she said.', [{ quote: "Turkey said 'no' to us,", direct: true }]],
    ['He is 5\'10" tall and in the \'90s rock \'n\' roll.', []],
    ['Rep. Craig Goldman:” For years, we waited.”', [{ quote: ' For years, we waited.', direct: true }]],
    // Zero-width characters pasted from the web do not decide a mark's direction: the mark before a space closes.
    ['"\u200bIt drew a backlash, "\u200b Ms. Ferriss noted. "\u200bA big one.\u200b"', [
      { quote: '\u200bIt drew a backlash, ', direct: true },
      { quote: '\u200bA big one.\u200b', direct: true },
    ]],
  ])('%j', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it('leaves an unclosed quote open to the end of the paragraph', () => {
    const { quotes: found, strays } = findQuoteMarks('"We will fight. We must.');
    expect(found).toEqual([{ open: 0, close: -1, contentStart: 1, contentEnd: 24 }]);
    expect(strays).toEqual([]);
  });

  it('reports a closing mark with no opening mark', () => {
    expect(findQuoteMarks('The motion passed." Then').strays).toEqual([{ offset: 18, kind: 'close' }]);
  });
});

describe('a short passage in dialogue form with a verb of speech other than "said"', () => {
  it('is a quote ("That\'s fair," he conceded; "Quiet," he demanded)', () => {
    const prose = '"That\'s fair," he conceded.';
    const { quotes } = findQuoteMarks(prose);
    expect(isDirectQuote(prose, quotes[0], 3)).toBe(true);
    const prose2 = '"Quiet," he demanded, as Bush continued to interject.';
    expect(isDirectQuote(prose2, findQuoteMarks(prose2).quotes[0], 3)).toBe(true);
  });
  it('not a label before a verb of another clause (`ICE "reckless," suggested`)', () => {
    const prose = 'The governor called ICE "reckless," suggested the state was at risk.';
    expect(isDirectQuote(prose, findQuoteMarks(prose).quotes[0], 3)).toBe(false);
  });
});

describe('a partial quote after a verb that is also the noun of a work', () => {
  it('is a quote after "to" or a modal ("ready to talk "…""); a title after the noun is not', () => {
    const prose = 'Daventry said the union was ready to talk "at any hour of the day or night" but accused managers of stalling.';
    expect(isDirectQuote(prose, findQuoteMarks(prose).quotes[0], 3)).toBe(true);
    const prose2 = 'She will give a talk "The Future of Rail in the North" next week.';
    expect(isDirectQuote(prose2, findQuoteMarks(prose2).quotes[0], 3)).toBe(false);
  });
});

describe('a quoted predicate after its subject, the subject a noun of a work', () => {
  it('is a quote (\'the panel "appears not to have read" it\'); a title after the noun is not', () => {
    const prose = 'She said that the panel "appears not to have read" the statement at all.';
    expect(isDirectQuote(prose, findQuoteMarks(prose).quotes[0], 3)).toBe(true);
    const prose2 = 'She chaired the panel "the press after the printing press" in May.';
    expect(isDirectQuote(prose2, findQuoteMarks(prose2).quotes[0], 3)).toBe(false);
  });
});
