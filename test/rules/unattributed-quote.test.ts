import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';

const flagged = (text: string, ignoreHeadings?: boolean): string[] =>
  lint(text, ignoreHeadings === undefined ? {} : { settings: { ignoreHeadings } }).findings.filter((f) => f.ruleId === 'unattributed-quote').map((f) => f.message);

describe('unattributed-quote in a heading', () => {
  const draft = '# "Families need names": an interview with Nadia Kahn\n\n### "Where are the spending cuts?"\n\nKahn has led the talks since May.\n';

  it('is exempt by default, as a heading\'s figures are: the story attributes a headline\'s quote', () => {
    expect(flagged(draft)).toEqual([]);
  });

  it('is reported when the house setting ignoreHeadings is false', () => {
    expect(flagged(draft, false)).toHaveLength(2);
  });

  it('leaves quotes in the body reported', () => {
    expect(flagged('# Talks\n\nThe talks resumed on Monday. "We are still waiting for answers."\n')).toHaveLength(1);
  });
});
