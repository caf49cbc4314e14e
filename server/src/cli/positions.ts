/** Offsets → 1-based lines and UTF-16 columns, for everything the CLI prints. */
import { LineIndex } from '../core/text/lines';
import type { Span } from '../core/types';

/** A 1-based position. */
export interface LineColumn {
  line: number;
  column: number;
}

/** A 1-based range. */
export interface LineColumnRange {
  start: LineColumn;
  end: LineColumn;
}

/** Converts offsets of one text to 1-based lines and columns. */
export class Positions {
  private readonly index: LineIndex;

  constructor(text: string) {
    this.index = new LineIndex(text);
  }

  at(offset: number): LineColumn {
    const p = this.index.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }

  range(span: Span): LineColumnRange {
    return { start: this.at(span.start), end: this.at(span.end) };
  }
}
