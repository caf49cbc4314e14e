import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';
import { Token, tokenize, tokenizeAt } from '../../server/src/core/text/tokens';

describe('tokens', () => {
  it('keep start, end, kind and flags', () => {
    const text = "Hello's world-wide 42, al-Assad";
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.start, t.end, t.text, t.kind, t.capitalized, t.hyphenated])).toEqual([
      [0, 7, "Hello's", 'word', true, false],
      [8, 18, 'world-wide', 'word', false, true],
      [19, 21, '42', 'number', false, false],
      [21, 22, ',', 'punct', false, false],
      [23, 31, 'al-Assad', 'word', true, true],
    ]);
    const name = tokens[0].withText('Hello', 'hello');
    expect([name.start, name.end, name.text, name.lower, name.kind, name.capitalized]).toEqual([0, 7, 'Hello', 'hello', 'word', true]);
  });

  it('hold a web address\'s last dot ("Factcheck.org", "pollwatch.com"), not a sentence\'s end before its next word', () => {
    expect(tokenize('according to Factcheck.org, and pollwatch.com tweeted.').map((t) => t.text)).toEqual(['according', 'to', 'Factcheck.org', ',', 'and', 'pollwatch.com', 'tweeted', '.']);
    expect(tokenize('the fishing net.Net income, the common.commonly').map((t) => t.text)).toEqual(['the', 'fishing', 'net', '.', 'Net', 'income', ',', 'the', 'common', '.', 'commonly']);
  });

  it('keep starts exact far past any paragraph', () => {
    for (const start of [2 ** 23 - 1, 2 ** 23, 2 ** 24 + 3, 2 ** 31, 2 ** 40 + 5]) {
      const t = new Token(start, "Smith's", "smith's", 4);
      expect([t.start, t.end, t.kind, t.capitalized]).toEqual([start, start + 7, 'word', true]);
      const s = t.withText('Smith', 'smith');
      expect([s.start, s.end, s.text]).toEqual([start, start + 7, 'Smith']);
    }
  });

  it('taken from the pool are made over as new ones', () => {
    const fresh = tokenize('Rep. Jane Doe said 12 percent, “mostly.”');
    const pooled: Token[] = [];
    tokenizeAt('Rep. Jane Doe said 12 percent, “mostly.”', 0, 40, pooled, 0, true);
    const view = (t: Token): unknown[] => [t.start, t.end, t.text, t.lower, t.kind, t.capitalized, t.hyphenated];
    expect(pooled.map(view)).toEqual(fresh.map(view));
  });

  it('reused between drafts leave each draft its own result', () => {
    const a = 'Jane Doe, a nurse, said 40 percent of beds were full.\n\n"We are at capacity," she said.\n';
    const b = 'The agency reported 3,000 cases. Officials said the figure would rise.\n';
    const first = JSON.stringify(lint(a));
    lint(b);
    expect(JSON.stringify(lint(a))).toBe(first);
  });
});

