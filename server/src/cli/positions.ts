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

/** Converts offsets of one text to 1-based lines and columns (the text's lines are found at the first question). */
export class Positions {
  private index: LineIndex | null = null;

  constructor(private readonly text: string) {}

  at(offset: number): LineColumn {
    this.index ??= new LineIndex(this.text);
    const p = this.index.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }

  range(span: Span): LineColumnRange {
    return { start: this.at(span.start), end: this.at(span.end) };
  }
}
