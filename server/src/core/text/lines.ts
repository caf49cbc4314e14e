/** Line starts of a text, for turning offsets into lines and columns and back. */
export class LineIndex {
  /** Offset where each line starts; a line ends before its terminator (\r\n, \r or \n). */
  readonly starts: number[];
  /** Offset of each line's terminator (or the text's end for the last line). */
  readonly endings: number[];

  constructor(text: string) {
    if (text.indexOf('\r') === -1) {
      // The common case, found by indexOf rather than a character loop; the lines are counted first, so that the
      // arrays are made at their length (grown from empty, they left copies behind: 12.7 MB of 868 MB in a heap
      // profile of the engine over 2,500 White House files).
      let count = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
      const lineStarts: number[] = new Array(count);
      const lineEndings: number[] = new Array(count);
      lineStarts[0] = 0;
      let n = 0;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        lineEndings[n++] = i;
        lineStarts[n] = i + 1;
      }
      lineEndings[n] = text.length;
      this.starts = lineStarts;
      this.endings = lineEndings;
      return;
    }
    const starts = [0];
    const endings: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        endings.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    endings.push(text.length);
    this.starts = starts;
    this.endings = endings;
  }

  /** How many lines the text has (a trailing newline opens one more, empty, line). */
  get count(): number {
    return this.starts.length;
  }

  /** The text of a zero-based line, without its terminator. */
  lineText(text: string, line: number): string {
    return text.slice(this.starts[line], this.endings[line]);
  }

  /** The zero-based line holding an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Zero-based line and UTF-16 character of an offset (LSP positions). */
  position(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line] };
  }

  /** The offset of a zero-based line and character, clamped to the line. */
  offset(line: number, character: number): number {
    if (line >= this.starts.length) return this.endings[this.endings.length - 1];
    if (line < 0) return 0;
    return Math.min(this.starts[line] + Math.max(character, 0), this.endings[line]);
  }

  /** The line terminator the text uses most ("\n" when it has none). */
  static eol(text: string): string {
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    return crlf > lf ? '\r\n' : '\n';
  }
}
