/** Where fixes and suggestions put their text: sentence ends, paragraph ends, line ends. */
import type { Sentence } from './reading';
import type { BlockAnalysis } from './records';
import { sourceSpan } from './markdown';
import { itemAt } from './text/spans';
import type { TextEdit } from './types';

/** An insertion at an offset. */
export function insertAt(offset: number, text: string): TextEdit {
  return { range: { start: offset, end: offset }, text };
}

const SPACE = new Set([' ', '\t', '\n', '\u00a0']);
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING_QUOTES = new Set(['"', '”', '’']);

/**
 * Edits that add a clause (", according to TK") at the end of a sentence, before its closing punctuation and never
 * inside a closing quotation: `…"cargo plane".` → `…"cargo plane", according to TK.`;
 * `…was "blunt trauma."` → `…was "blunt trauma," according to TK.`
 */
export function appendToSentence(ba: BlockAnalysis, sentence: Sentence, clause: string): TextEdit[] | null {
  const prose = ba.block.prose;
  let end = sentence.end;
  while (end > sentence.start && SPACE.has(prose[end - 1])) end--;
  if (end <= sentence.start) return [insertAt(endAt(ba, sentence, sentence.end), clause)];
  const last = prose[end - 1];
  if (TERMINAL.has(last)) {
    let p = end - 1;
    while (p > sentence.start && TERMINAL.has(prose[p - 1])) p--;
    return insideQuote(ba, p) ? null : [insertAt(endAt(ba, sentence, p), clause)];
  }
  if (CLOSING_QUOTES.has(last) && end - 2 > sentence.start && TERMINAL.has(prose[end - 2])) {
    // American punctuation: the full stop inside the quotation becomes a comma, and returns after the clause.
    const mark = sourceSpan(ba.block, end - 1, end);
    const after = insertAt(mark.end, `${clause.replace(/^,\s*/, ' ')}.`);
    return prose[end - 2] === '.' ? [{ range: sourceSpan(ba.block, end - 2, end - 1), text: ',' }, after] : [after];
  }
  return insideQuote(ba, end) ? null : [insertAt(endAt(ba, sentence, end), clause)];
}

/** The source offset where the sentence's prose up to i ends (a function of its own, not one made at each call). */
function endAt(ba: BlockAnalysis, sentence: Sentence, i: number): number {
  return sourceSpan(ba.block, sentence.start, i).end;
}

/** Does prose position p fall inside a quotation of the block (a place no clause of the reporter's may go)? */
function insideQuote(ba: BlockAnalysis, p: number): boolean {
  return itemAt(ba.quotes, p, quoteInside, quoteAfter) !== undefined || itemAt(ba.labels, p, labelInside, labelAfter) !== undefined;
}

// The accessors insideQuote searches by, made once rather than at each call (it runs for every suggested clause).
const after = (close: number): number => (close === -1 ? Infinity : close + 1);
const quoteInside = (q: BlockAnalysis['quotes'][number]): number => q.span.open + 1;
const quoteAfter = (q: BlockAnalysis['quotes'][number]): number => after(q.span.close);
const labelInside = (q: BlockAnalysis['labels'][number]): number => q.open + 1;
const labelAfter = (q: BlockAnalysis['labels'][number]): number => after(q.close);

/**
 * The source offset right after a block's last character of text: a last line that holds only markup (a link
 * `<https://…>`, a comment) leaves a line break at the end of the prose, and what is added at the end of the
 * paragraph goes before that break, on the line of the text it follows.
 */
export function blockEnd(ba: BlockAnalysis): number {
  const prose = ba.block.prose;
  let end = prose.length;
  while (end > 1 && SPACE.has(prose[end - 1])) end--;
  return sourceSpan(ba.block, 0, end).end;
}

/**
 * The edits that replace source [start, end), from the end of one sentence to the start of the next, by `head`, a
 * space and `tail`. Where a line break separates the sentences it stays where it is: `head` replaces what comes
 * before the break and `tail` goes right before the next sentence, so an edit never joins or splits lines.
 */
export function bridge(text: string, start: number, end: number, head: string, tail: string): TextEdit[] {
  const cut = beforeLineBreak(text, start, end);
  if (cut === -1) return [{ range: { start, end }, text: `${head} ${tail}` }];
  return [{ range: { start, end: cut }, text: head }, insertAt(end, tail)];
}

/** Does a source range hold a line break (an edit replacing it would join lines)? */
export function crossesLine(text: string, range: { start: number; end: number }): boolean {
  return firstLineBreak(text, range.start, range.end) !== -1;
}

/** The offset of the first line break (CR or LF) in source [start, end), or -1. */
function firstLineBreak(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * Where the text of source [start, end) stops before its first line break: the break's offset, less the spaces and
 * tabs before it (not before `start`); -1 when the range holds no break.
 */
export function beforeLineBreak(text: string, start: number, end: number): number {
  let cut = firstLineBreak(text, start, end);
  if (cut === -1) return -1;
  while (cut > start && (text.charCodeAt(cut - 1) === 32 || text.charCodeAt(cut - 1) === 9)) cut--;
  return cut;
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
