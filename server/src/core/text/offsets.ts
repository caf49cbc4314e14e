/**
 * A piecewise map from positions in a derived text (prose, or markdown-it's content) to offsets in the source:
 * runs copied unchanged map linearly; single characters that stand for more or other source text (an entity, an
 * escape, a line break) carry their own source range. Pieces, not per-character arrays, keep memory and time
 * proportional to the markup rather than to the text.
 */
export class OffsetMap {
  /** Derived position where each piece starts (increasing). */
  private readonly at: number[] = [];
  /** Source offset of each piece's first character. */
  private readonly source: number[] = [];
  /** For a single-character piece, the source offset where that character ends; -1 for a linear run. */
  private readonly sourceEnd: number[] = [];

  /** Starts a run at derived position `at` that maps linearly from source offset `source`. */
  run(at: number, source: number): void {
    const n = this.at.length;
    if (n > 0 && this.sourceEnd[n - 1] === -1 && this.source[n - 1] + (at - this.at[n - 1]) === source) return;
    if (n > 0 && this.at[n - 1] === at) {
      this.source[n - 1] = source;
      this.sourceEnd[n - 1] = -1;
      return;
    }
    this.at.push(at);
    this.source.push(source);
    this.sourceEnd.push(-1);
  }

  /** Maps the one character at derived position `at` to the source range [source, sourceEnd). */
  char(at: number, source: number, sourceEnd: number): void {
    const n = this.at.length;
    if (n > 0 && this.at[n - 1] === at) {
      this.source[n - 1] = source;
      this.sourceEnd[n - 1] = sourceEnd;
      return;
    }
    this.at.push(at);
    this.source.push(source);
    this.sourceEnd.push(sourceEnd);
  }

  private piece(i: number): number {
    const at = this.at;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset where the derived character at i starts. */
  start(i: number): number {
    if (this.at.length === 0) return 0;
    const k = this.piece(i);
    return this.sourceEnd[k] === -1 ? this.source[k] + (i - this.at[k]) : this.source[k];
  }

  /** Source offset where the derived character at i ends. */
  end(i: number): number {
    if (this.at.length === 0) return 0;
    const k = this.piece(i);
    return this.sourceEnd[k] === -1 ? this.source[k] + (i - this.at[k]) + 1 : this.sourceEnd[k];
  }

  /** Is [i, j) inside one linear run, so that it can be copied as a run? */
  linear(i: number, j: number): boolean {
    if (this.at.length === 0) return false;
    const k = this.piece(i);
    return this.sourceEnd[k] === -1 && (k + 1 >= this.at.length || this.at[k + 1] >= j);
  }
}
