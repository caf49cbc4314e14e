import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/src/core/text/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['The U.S. military spends more. It grew.', ['The U.S. military spends more.', 'It grew.']],
    ['He moved to the U.S. The move was hard.', ['He moved to the U.S.', 'The move was hard.']],
    ['Dr. Smith and Sen. Jones met in Jan. 2019.', ['Dr. Smith and Sen. Jones met in Jan. 2019.']],
    ['It was No. 3 on the list. Then it fell.', ['It was No. 3 on the list.', 'Then it fell.']],
    ['J.R.R. Tolkien wrote it. J. Smith read it.', ['J.R.R. Tolkien wrote it.', 'J. Smith read it.']],
    ['Prices rose 3.5% and $1.2 billion was spent. Next.', ['Prices rose 3.5% and $1.2 billion was spent.', 'Next.']],
    ['"They are ready to fight," she said. "For us, it is new."', ['"They are ready to fight," she said.', '"For us, it is new."']],
    ['"Why?" she asked. "Because."', ['"Why?" she asked.', '"Because."']],
    ['He paused... and went on. The end.', ['He paused... and went on.', 'The end.']],
    ['It ended… Then it began.', ['It ended…', 'Then it began.']],
    ['Acme Inc. said so. Acme Inc. Ltd. is big.', ['Acme Inc. said so.', 'Acme Inc. Ltd. is big.']],
    ['At 10 a.m. The crowd came.', ['At 10 a.m.', 'The crowd came.']],
    // A time of day ends its sentence before a capital that does not go on with the time.
    ['It stayed open until 10 p.m. About 1,300 people came.', ['It stayed open until 10 p.m.', 'About 1,300 people came.']],
    // So before a word with a verb of being or having after it.
    ['Two men were detained shortly after 4 a.m. Turnout was 44.6 percent.', ['Two men were detained shortly after 4 a.m.', 'Turnout was 44.6 percent.']],
    ['It closes at 10 p.m. Monday and at 9 a.m. EST on Friday.', ['It closes at 10 p.m. Monday and at 9 a.m. EST on Friday.']],
    ['Aides said the 10 a.m. White House briefing drew 40 reporters.', ['Aides said the 10 a.m. White House briefing drew 40 reporters.']],
    ['We had 40 people at the 9 a.m. Sunday service and 60 at the 11 a.m. Mass.', ['We had 40 people at the 9 a.m. Sunday service and 60 at the 11 a.m. Mass.']],
    ['It ended after 3:40 p.m. Pruitt, 34, showed no reaction.', ['It ended after 3:40 p.m.', 'Pruitt, 34, showed no reaction.']],
    ['He said (it was late.) Then left.', ['He said (it was late.)', 'Then left.']],
    // Zero-width spaces pasted from the web beside the quotation marks do not hide the boundary.
    ['"\u200bWe are refugees.\u200b" Ms. Alawee said.', ['"\u200bWe are refugees.\u200b"', 'Ms. Alawee said.']],
    ['He left.\u200b \u200bThen it rained.', ['He left.\u200b', '\u200bThen it rained.']],
    ['no final punctuation', ['no final punctuation']],
    ['', []],
  ])('%j', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });
});
