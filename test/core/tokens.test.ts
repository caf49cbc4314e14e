import { describe, expect, it } from 'vitest';
import { Token, tokenize } from '../../server/src/core/text/tokens';

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

  it('keep starts exact far past any paragraph', () => {
    for (const start of [2 ** 23 - 1, 2 ** 23, 2 ** 24 + 3, 2 ** 31, 2 ** 40 + 5]) {
      const t = new Token(start, "Smith's", "smith's", 4);
      expect([t.start, t.end, t.kind, t.capitalized]).toEqual([start, start + 7, 'word', true]);
      const s = t.withText('Smith', 'smith');
      expect([s.start, s.end, s.text]).toEqual([start, start + 7, 'Smith']);
    }
  });
});
