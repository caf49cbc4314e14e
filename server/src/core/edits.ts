/** Where fixes and suggestions put their text: sentence ends, paragraph ends, line ends. */
import type { BlockAnalysis, Sentence } from './analyze';
import { sourceSpan } from './markdown';
import type { LineIndex } from './text/lines';
import type { TextEdit } from './types';

/** An insertion at an offset. */
export function insertAt(offset: number, text: string): TextEdit {
  return { range: { start: offset, end: offset }, text };
}

const TRAILING = new Set([' ', '\t', '\n', '.', '!', '?', '…', '"', '”', "'", '’', ')', ']']);

/** The source offset just before a sentence's closing punctuation (where ", according to TK" goes). */
export function beforeSentenceEnd(ba: BlockAnalysis, sentence: Sentence): number {
  const prose = ba.block.prose;
  let cut = sentence.end;
  while (cut > sentence.start && TRAILING.has(prose[cut - 1])) cut--;
  if (cut <= sentence.start) cut = sentence.end;
  return sourceSpan(ba.block, sentence.start, cut).end;
}

/** The source offset right after a block's last character. */
export function blockEnd(ba: BlockAnalysis): number {
  return sourceSpan(ba.block, 0, ba.block.prose.length).end;
}

/** The end of the source line holding an offset (before its terminator). */
export function lineEnd(lines: LineIndex, offset: number): number {
  return lines.endings[lines.lineAt(offset)];
}

/** Applies non-overlapping edits to a text (later edits first, so offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.range.end > floor) continue;
    out = out.slice(0, e.range.start) + e.text + out.slice(e.range.end);
    floor = e.range.start;
  }
  return out;
}
