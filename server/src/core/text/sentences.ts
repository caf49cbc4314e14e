/**
 * Sentence boundaries that survive abbreviations ("U.S.", "Dr.", "Jan."), initials ("J.R.R."), decimals,
 * currency, ellipses and quotes that end with the sentence (`...fight," she said.`).
 */
import type { Span } from '../types';
import { ABBREVIATIONS, COMMON_SENTENCE_OPENERS, SENTENCE_FINAL_ABBREVIATIONS } from './lexicon';

const CLOSERS = new Set(['"', '\u201d', "'", '\u2019', ')', ']', '\u00bb', '*', '_']);
const OPENERS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '\u00ab', '\u2014', '-', '*', '_', '\u2026']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';
}

/** The word that ends just before a period at i, and the word after the boundary candidate. */
function wordBefore(prose: string, i: number): string {
  let s = i;
  while (s > 0 && !isSpace(prose[s - 1]) && !OPENERS.has(prose[s - 1])) s--;
  return prose.slice(s, i);
}

function wordAt(prose: string, i: number): string {
  let e = i;
  while (e < prose.length && /[\p{L}\p{N}.'’-]/u.test(prose[e])) e++;
  return prose.slice(i, e).replace(/\.$/, '');
}

/**
 * Patterns of periodEnds, made once: the bundle for Node turns a pattern with a Unicode property written inside a
 * function into a new RegExp on every call (a CPU profile of the engine over the White House corpus had that
 * construction at 0.6% of the time).
 */
const CAPITAL = /\p{Lu}/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/** Is the period at i the end of a sentence, given the word that follows (next) starts at j? */
function periodEnds(prose: string, i: number, j: number): boolean {
  const before = wordBefore(prose, i);
  const lower = before.toLowerCase();
  if (before.length === 1 && CAPITAL.test(before)) return false; // an initial: "J. Smith"
  if (INITIALISM.test(before)) {
    // An initialism such as "U.S": a boundary only before a word that usually opens a sentence.
    return COMMON_SENTENCE_OPENERS.has(wordAt(prose, j));
  }
  if (ABBREVIATIONS.has(lower)) {
    if (lower === 'no' && /\d/.test(prose[j] ?? '')) return false;
    return SENTENCE_FINAL_ABBREVIATIONS.has(lower) && COMMON_SENTENCE_OPENERS.has(wordAt(prose, j));
  }
  return true;
}

const TERMINAL = /[.!?\u2026]/g;

/**
 * Where the next possible sentence end (. ! ? …) stands at or after `from`, or -1. The pattern's search is quicker
 * than a loop over the characters; it is tested rather than executed, so that no match object is made for each mark
 * (1% of the bytes the engine allocated in a heap profile over the White House corpus). A mark is one character: the
 * search stops just after it.
 */
function nextTerminal(prose: string, from: number): number {
  TERMINAL.lastIndex = from;
  return TERMINAL.test(prose) ? TERMINAL.lastIndex - 1 : -1;
}

/** Splits prose into sentence spans (whitespace between sentences belongs to neither). */
export function splitSentences(prose: string): Span[] {
  return sentenceSpans(prose, (start, end) => ({ start, end }));
}

/** The sentences of prose as objects that `make` makes of their spans, in order. */
export function sentenceSpans<T>(prose: string, make: (start: number, end: number) => T): T[] {
  const spans: T[] = [];
  let start = 0;
  while (start < prose.length && isSpace(prose[start])) start++;
  const n = prose.length;
  // The search jumps from one possible sentence end to the next; a candidate that is not one resumes the search
  // after the marks it looked at.
  let from = start;
  for (let i = nextTerminal(prose, from); i !== -1; i = nextTerminal(prose, from)) {
    const ch = prose[i];
    let k = i + 1;
    while (k < n && (prose[k] === '.' || prose[k] === '!' || prose[k] === '?' || prose[k] === '\u2026')) k++;
    while (k < n && CLOSERS.has(prose[k])) k++;
    if (k >= n) break;
    if (!isSpace(prose[k])) {
      from = k;
      continue;
    }
    let j = k;
    while (j < n && isSpace(prose[j])) j++;
    if (j >= n) break;
    let first = j;
    while (first < n - 1 && OPENERS.has(prose[first])) first++;
    if (!isUpperStart(prose[first]) && !OPENERS.has(prose[j])) {
      from = k;
      continue;
    }
    const ellipsis = ch === '\u2026' || (ch === '.' && prose[i + 1] === '.');
    if (ch === '.' && !ellipsis && !periodEnds(prose, i, first)) {
      from = k;
      continue;
    }
    if (ellipsis && !isUpperStart(prose[first])) {
      from = k;
      continue;
    }
    spans.push(make(start, k));
    start = j;
    from = j;
  }
  let end = n;
  while (end > start && isSpace(prose[end - 1])) end--;
  if (end > start) spans.push(make(start, end));
  return spans;
}
