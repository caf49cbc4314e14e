/**
 * A piecewise map from positions in a derived text (prose, or markdown-it's content) to offsets in the source:
 * runs copied unchanged map linearly; single characters that stand for more or other source text (an entity, an
 * escape, a line break) carry their own source range. Pieces, not per-character arrays, keep memory and time
 * proportional to the markup rather than to the text.
 */
export class OffsetMap {
  /**
   * The pieces, three numbers each: the derived position where the piece starts (increasing), the source offset of
   * its first character, and for a single-character piece the source offset where that character ends (-1 for a
   * linear run). One array, made with its first piece, rather than three grown from empty: a block's two maps (its
   * raw text's and its prose's) cost about 1.2 kB that way, some 3 bytes per input byte in a heap profile of the
   * engine over the White House corpus.
   */
  private p: number[] | null = null;
  /** How many numbers of `p` are the map's: a map being built may write into a longer list (see `building`). */
  private n = 0;

  /**
   * A map written into `pieces` from the start, over whatever stands there: a list kept between blocks, where a list
   * made and grown for each block's map cost about 1 byte per input byte in a heap profile of the engine over the
   * White House corpus. A map that outlives the next one written there is sealed first.
   */
  static building(pieces: number[]): OffsetMap {
    const map = new OffsetMap();
    map.p = pieces;
    return map;
  }

  /** Copies the map out of the list it was built in (see `building`) into a list of its own, of its exact size. */
  seal(): void {
    if (this.p !== null) this.p = this.n === 0 ? null : this.p.slice(0, this.n);
  }

  private add(at: number, source: number, sourceEnd: number): void {
    const p = this.p;
    if (p === null) this.p = [at, source, sourceEnd];
    else {
      const n = this.n;
      p[n] = at;
      p[n + 1] = source;
      p[n + 2] = sourceEnd;
    }
    this.n += 3;
  }

  /** Starts a run at derived position `at` that maps linearly from source offset `source`. */
  run(at: number, source: number): void {
    const p = this.p;
    if (this.n !== 0 && p !== null) {
      const n = this.n;
      if (p[n - 1] === -1 && p[n - 2] + (at - p[n - 3]) === source) return;
      if (p[n - 3] === at) {
        p[n - 2] = source;
        p[n - 1] = -1;
        return;
      }
    }
    this.add(at, source, -1);
  }

  /** Maps the one character at derived position `at` to the source range [source, sourceEnd). */
  char(at: number, source: number, sourceEnd: number): void {
    // A character that stands for exactly one source character maps as a run does: a line break between two lines
    // with nothing before the second joins them into one run (two pieces a line otherwise, in drafts wrapped at 72
    // columns). Every position of a map is given, in order, so the piece ends where the next begins either way.
    if (sourceEnd === source + 1) {
      this.run(at, source);
      return;
    }
    const p = this.p;
    if (this.n !== 0 && p !== null) {
      const n = this.n;
      if (p[n - 3] === at) {
        p[n - 2] = source;
        p[n - 1] = sourceEnd;
        return;
      }
    }
    this.add(at, source, sourceEnd);
  }

  /** Index in `p` of the piece holding derived position i (p is not empty). */
  private piece(p: number[], i: number): number {
    let lo = 0;
    let hi = this.n / 3 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p[mid * 3] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo * 3;
  }

  /** Source offset where the derived character at i starts. */
  start(i: number): number {
    const p = this.p;
    if (this.n === 0 || p === null) return 0;
    const k = this.piece(p, i);
    return p[k + 2] === -1 ? p[k + 1] + (i - p[k]) : p[k + 1];
  }

  /** Source offset where the derived character at i ends. */
  end(i: number): number {
    const p = this.p;
    if (this.n === 0 || p === null) return 0;
    const k = this.piece(p, i);
    return p[k + 2] === -1 ? p[k + 1] + (i - p[k]) + 1 : p[k + 2];
  }

  /** Is [i, j) inside one linear run, so that it can be copied as a run? */
  linear(i: number, j: number): boolean {
    const p = this.p;
    if (this.n === 0 || p === null) return false;
    const k = this.piece(p, i);
    return p[k + 2] === -1 && (k + 3 >= this.n || p[k + 3] >= j);
  }
}
