/**
 * Sentence boundaries that survive abbreviations ("U.S.", "Dr.", "Jan."), initials ("J.R.R."), decimals,
 * currency, ellipses and quotes that end with the sentence (`...fight," she said.`).
 */
import type { Span } from '../types';
import { ABBREVIATIONS, COMMON_SENTENCE_OPENERS, MONTHS, SENTENCE_FINAL_ABBREVIATIONS, WEEKDAYS } from './lexicon';
import { isInvisible } from './words';

const CLOSERS = new Set(['"', '\u201d', "'", '\u2019', ')', ']', '\u00bb', '*', '_']);
const OPENERS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '\u00ab', '\u2014', '-', '*', '_', '\u2026']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

/**
 * isUpperStart of prose[i], by character code for ASCII (a character outside Latin-1 read as a string is a new
 * string each time).
 */
function upperStartAt(prose: string, i: number): boolean {
  const c = prose.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isUpperStart(prose[i]);
}

/** A space, tab, line break or no-break space at prose[i], by character code (NaN past the end is none). */
function spaceAt(prose: string, i: number): boolean {
  const c = prose.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 0xa0;
}

/** The character codes of CLOSERS and OPENERS, asked of each possible sentence end. */
const CLOSER_CODES = new Set([...CLOSERS].map((ch) => ch.charCodeAt(0)));
const OPENER_CODES = new Set([...OPENERS].map((ch) => ch.charCodeAt(0)));

/** The word that ends just before a period at i, and the word after the boundary candidate. */
function wordBefore(prose: string, i: number): string {
  let s = i;
  while (s > 0 && !spaceAt(prose, s - 1) && !OPENER_CODES.has(prose.charCodeAt(s - 1))) s--;
  return prose.slice(s, i);
}

/** Made once, not at each call (a pattern written in a function is a new object each time it is reached). */
const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;
const TRAILING_PERIOD = /\.$/;

function wordAt(prose: string, i: number): string {
  let e = i;
  while (e < prose.length && WORD_CHAR.test(prose[e])) e++;
  return prose.slice(i, e).replace(TRAILING_PERIOD, '');
}

/**
 * Patterns of periodEnds, made once: the bundle for Node turns a pattern with a Unicode property written inside a
 * function into a new RegExp on every call (a CPU profile of the engine over the White House corpus had that
 * construction at 0.6% of the time).
 */
const CAPITAL = /\p{Lu}/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** Words before a time of day that make it a modifier: "the 10 a.m. briefing". */
const TIME_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'each', 'every']);
/** Words that open a sentence after a time of day, beyond the common openers: "until 10 p.m. About 1,300 people came". */
const CLOCK_SENTENCE_OPENERS = new Set(['about', 'more', 'nearly', 'almost', 'roughly', 'only', 'fewer', 'less', 'over', 'just', 'no', 'none', 'each', 'every', 'all', 'both', 'several', 'by', 'until', 'during', 'before', 'once', 'later', 'earlier']);

/** The word before the figure of a time of day whose "a.m"/"p.m" starts at `at` ("the" in "the 10 a.m."). */
function wordBeforeClock(prose: string, at: number): string {
  let k = at;
  while (k > 0 && spaceAt(prose, k - 1)) k--;
  while (k > 0 && /[0-9:.]/.test(prose[k - 1])) k--;
  while (k > 0 && spaceAt(prose, k - 1)) k--;
  return wordBefore(prose, k).toLowerCase();
}

/** Words that go on a time of day after its "a.m." or "p.m.": "10 p.m. Monday", "9 a.m. ET", "6 p.m. local time". */
const AFTER_CLOCK = new Set(['et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'bst', 'cet', 'cest', 'utc', 'eastern', 'central', 'mountain', 'pacific', 'local']);

/** A verb of being or having right after a word (" was ", " had "): the word is a sentence's subject. */
const AUXILIARY_AFTER = /^ (?:was|were|is|are|has|had|have|will|would) /;

/** Is the period at i the end of a sentence, given the word that follows (next) starts at j? */
function periodEnds(prose: string, i: number, j: number): boolean {
  const before = wordBefore(prose, i);
  const lower = before.toLowerCase();
  if (before.length === 1 && CAPITAL.test(before)) return false; // an initial: "J. Smith"
  // "… open until 10 p.m. About 1,300 people used the centers": a time of day ends a sentence before any capital
  // that does not go on with the time ("10 p.m. Monday", "9 a.m. EST").
  if (lower === 'a.m' || lower === 'p.m') {
    if (!upperStartAt(prose, j)) return false;
    const word = wordAt(prose, j);
    const next = word.toLowerCase();
    if (AFTER_CLOCK.has(next) || WEEKDAYS.has(next) || MONTHS.has(next)) return false;
    // ("the 10 a.m. White House briefing", "a 6 p.m. City Council vote": a time after an article describes what
    // follows it.)
    if (TIME_DETERMINERS.has(wordBeforeClock(prose, i - before.length))) return false;
    // A word that opens sentences ("About", "Police", "The"), or a name with an aside after it ("3:40 p.m. Pruitt,
    // 34, showed"); not a name that goes on ("the 2 a.m. Amtrak train").
    // (Or a word and a verb of being or having after it: "shortly after 4 a.m. Turnout was 44.6 percent.")
    return COMMON_SENTENCE_OPENERS.has(word) || CLOCK_SENTENCE_OPENERS.has(next) || prose[j + word.length] === ',' || AUXILIARY_AFTER.test(prose.slice(j + word.length, j + word.length + 8));
  }
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

/**
 * The sentences found so far, gathered in a list kept between calls and copied out at their number: a list of its
 * own grown from empty has room for 16 from the first sentence, and most paragraphs have one to three.
 */
let spanScratch: unknown[] = [];

/**
 * The sentences of prose as objects that `make` makes of their spans, in order, in a list that `list` gives (given
 * a list and a count, the list of its first `count` items; a copy unless given).
 */
export function sentenceSpans<T>(prose: string, make: (start: number, end: number) => T, list?: (from: T[], count: number) => T[]): T[] {
  const spans = spanScratch as T[];
  let count = 0;
  let start = 0;
  while (start < prose.length && spaceAt(prose, start)) start++;
  const n = prose.length;
  // The search jumps from one possible sentence end to the next; a candidate that is not one resumes the search
  // after the marks it looked at. Characters are read by code: as strings, those outside Latin-1 (curly quotes,
  // dashes, the ellipsis) were a new string each.
  let from = start;
  for (let i = nextTerminal(prose, from); i !== -1; i = nextTerminal(prose, from)) {
    const ch = prose.charCodeAt(i);
    let k = i + 1;
    for (let c = prose.charCodeAt(k); k < n && (c === 46 || c === 33 || c === 63 || c === 0x2026); c = prose.charCodeAt(k)) k++;
    while (k < n && (CLOSER_CODES.has(prose.charCodeAt(k)) || isInvisible(prose.charCodeAt(k)))) k++;
    if (k >= n) break;
    if (!spaceAt(prose, k)) {
      from = k;
      continue;
    }
    let j = k;
    while (j < n && spaceAt(prose, j)) j++;
    if (j >= n) break;
    let first = j;
    while (first < n - 1 && (OPENER_CODES.has(prose.charCodeAt(first)) || isInvisible(prose.charCodeAt(first)))) first++;
    if (!upperStartAt(prose, first) && !OPENER_CODES.has(prose.charCodeAt(j))) {
      from = k;
      continue;
    }
    const ellipsis = ch === 0x2026 || (ch === 46 && prose.charCodeAt(i + 1) === 46);
    if (ch === 46 && !ellipsis && !periodEnds(prose, i, first)) {
      from = k;
      continue;
    }
    if (ellipsis && !upperStartAt(prose, first)) {
      from = k;
      continue;
    }
    spans[count++] = make(start, k);
    start = j;
    from = j;
  }
  let end = n;
  while (end > start && spaceAt(prose, end - 1)) end--;
  if (end > start) spans[count++] = make(start, end);
  const out = list ? list(spans, count) : spans.slice(0, count);
  // A very long paragraph's list is not kept.
  if (spans.length > 10_000) spanScratch = [];
  return out;
}
