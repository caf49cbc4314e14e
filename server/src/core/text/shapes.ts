/** A quick test that a word is in none of a list's words, before the list's set or map is asked. */

/**
 * For lower-case ASCII words of 2 to 31 letters: one bit per length under each pair of first two letters that some
 * listed word has. Most words of prose ("the", "that") share no first two letters and length with a listed word, and
 * the test spares them the look-up (and the hash of the word's string that a first look-up works out).
 */
export class WordShapes {
  private readonly bits = new Uint32Array(26 * 26);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const a = w.charCodeAt(0) - 97;
      const b = w.charCodeAt(1) - 97;
      if (w.length >= 2 && w.length <= 31 && a >= 0 && a < 26 && b >= 0 && b < 26) this.bits[a * 26 + b] |= 1 << w.length;
    }
  }

  /** Can the word be one of the listed words? (False only when it cannot: a word of another shape is always "may".) */
  mayHave(w: string): boolean {
    const n = w.length;
    if (n < 2 || n > 31) return true;
    const a = w.charCodeAt(0) - 97;
    const b = w.charCodeAt(1) - 97;
    if (a < 0 || a >= 26 || b < 0 || b >= 26) return true;
    return (this.bits[a * 26 + b] & (1 << n)) !== 0;
  }
}
