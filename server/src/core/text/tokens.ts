/** Word tokens of prose, with offsets, made by one pass over the characters. */
import { KeptLists, KeptObjects } from './kept';

/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'alnum' | 'punct';

const KINDS: readonly TokenKind[] = ['word', 'number', 'alnum', 'punct'];
const WORD = 0;
const NUMBER = 1;
const ALNUM = 2;
const PUNCT = 3;
const CAPITALIZED = 4;
/** The lower-case text holds a hyphen-minus (after its first character, where a word's always stands). */
const HYPHEN = 8;
/** Flags from this bit up to PAST_TEXT_SHIFT: the tags of the lower-case text, one bit each (see tagWords). */
const FIRST_TAG = 16;
const MAX_TAGS = 2;
/** Flags from this bit up to FLAG_BITS: how far the token's end lies past its text (see withText), at most 15. */
const PAST_TEXT_SHIFT = 6;
const PAST_TEXT_MAX = 15;
/** The flags' bits below a token's start, in the one number that holds both. */
const FLAG_BITS = 10;
const FLAG_SPAN = 1 << FLAG_BITS;
const FLAG_MASK = FLAG_SPAN - 1;

/**
 * A word, figure or punctuation mark of the prose: prose[start, end) is its text. Its start, end, kind and capital
 * are worked out from three fields, not kept in five: a draft has a token for every six bytes or so, and each field
 * of an object is 8 bytes in Node (a token of six fields was 72 bytes, 390 MB of the 2.1 GB the engine allocated over
 * the White House corpus in a heap profile; the start kept apart from the flags made it 56).
 */
export class Token {
  // Declared only: the constructor sets them (class field definitions made a token slower to build).
  declare text: string;
  declare lower: string;
  /**
   * The start times FLAG_SPAN, plus the flags: the kind's index in KINDS, plus CAPITALIZED when the token starts with
   * an upper-case letter, plus HYPHEN when its lower-case text holds a "-", plus its tags (see tagWords), plus
   * (shifted by PAST_TEXT_SHIFT) how far its end lies past its text, for a token given a shorter text by withText. It
   * is a small integer (no number object of its own) for every start below 2^21, far beyond any paragraph; a start
   * past that is still exact.
   */
  private declare at: number;

  constructor(start: number, text: string, lower: string, flags: number) {
    this.text = text;
    this.lower = lower;
    this.at = start * FLAG_SPAN + flags;
  }

  /** Makes a token of the pool (see REUSED) over again, as the constructor makes a new one. */
  private renew(start: number, text: string, lower: string, flags: number): Token {
    this.text = text;
    this.lower = lower;
    this.at = start * FLAG_SPAN + flags;
    return this;
  }

  /** A token from the pool when `reuse` is set and one is left, else a new one (see REUSED). */
  static make(start: number, text: string, lower: string, flags: number, reuse: boolean): Token {
    if (!reuse) return new Token(start, text, lower, flags);
    return reused.take()?.renew(start, text, lower, flags) ?? reused.keep(new Token(start, text, lower, flags));
  }

  /** Where the token starts in its prose. */
  get start(): number {
    const at = this.at;
    // A shift while the number fits 32 bits, as it does for every start below 2^21 (the compiler, knowing the field
    // holds small integers, drops the test; division in its place made the engine about 4% slower); exact arithmetic
    // past that.
    return at <= 0x7fffffff ? at >> FLAG_BITS : (at - (at & FLAG_MASK)) / FLAG_SPAN;
  }

  get end(): number {
    return this.start + this.text.length + ((this.at & FLAG_MASK) >> PAST_TEXT_SHIFT);
  }

  /** The same token over the same range with another, shorter text ("Smith" for "Smith's"); at most 15 shorter. */
  withText(text: string, lower: string): Token {
    const start = this.start;
    const past = this.end - start - text.length;
    if (past < 0 || past > PAST_TEXT_MAX) throw new RangeError(`withText: "${text}" is not a text up to ${PAST_TEXT_MAX} characters shorter`);
    const flags = (this.at & (3 | CAPITALIZED)) | (lower.indexOf('-') > 0 ? HYPHEN : 0) | tagsOf(lower);
    return new Token(start, text, lower, flags | (past << PAST_TEXT_SHIFT));
  }

  /** This token and the one right after it as one token over both ("Workers" and "'" as "Workers'"). */
  joinedWith(next: Token): Token {
    const lower = this.lower + next.lower;
    const flags = (this.at & (3 | CAPITALIZED)) | (lower.indexOf('-') > 0 ? HYPHEN : 0) | tagsOf(lower);
    return new Token(this.start, this.text + next.text, lower, flags);
  }

  /** What the token is made of. */
  get kind(): TokenKind {
    return KINDS[this.at & 3];
  }

  /** Starts with an upper-case letter. */
  get capitalized(): boolean {
    return (this.at & CAPITALIZED) !== 0;
  }

  /** `lower.indexOf('-') > 0`, known from the reading of the characters. */
  get hyphenated(): boolean {
    return (this.at & HYPHEN) !== 0;
  }

  /** Is the lower-case text one of the words given the tag (see tagWords)? Known without reading the text. */
  hasTag(tag: number): boolean {
    return (this.at & tag) !== 0;
  }
}

/**
 * Token objects kept from one draft to the next for the paragraphs' own tokens, when a draft is read without a cache
 * of readings (see reuseTokens): at 48 bytes each, one for every eight bytes or so of prose, new tokens were about 5.6
 * of the 30 bytes per input byte the engine allocated over the White House corpus. At most REUSED are kept (12 MB):
 * the tokens of a longer draft past that are new.
 */
const REUSED = 1 << 18;
const reused = new KeptObjects<Token>(REUSED);

/**
 * Lets the pool's tokens be written over: called as a draft's reading starts, when nothing made from the draft before
 * (lint's result holds no token) reads them any more. Only tokenizeAt with `reuse` set takes tokens from the pool.
 */
export function reuseTokens(): void {
  reused.reset();
  tokenLists.reset();
}

/**
 * Lists of tokens kept from one draft to the next, with the pooled tokens: a paragraph's tokens are copied out of a
 * list kept between paragraphs into a list of their number, and such copies were about 1.0 of the 25 bytes per input
 * byte the engine allocated over the White House corpus. Lists of up to 1,024 tokens, 2^19 tokens in all, are kept.
 */
const tokenLists = new KeptLists<Token>(1024, 1 << 19);

/**
 * The first `count` tokens of `from`, in a list of their own: one of the kept lists when `reuse` is set (see
 * reuseTokens and tokenizeAt), else a new one.
 */
export function tokenList(from: Token[], count: number, reuse: boolean): Token[] {
  return reuse ? tokenLists.copy(from, count) : from.slice(0, count);
}

/**
 * The word lists whose words a token is tagged with as it is made (see tagWords), by tag: the few words a pass over
 * every token stops at, so that it can pass the others by their tag without reading their text (findSources read
 * each word's text to compare it with the dozen words and the look-up it starts at: that first read was a third of
 * its own time in a CPU profile of the engine over the White House corpus). Looked up once for each word that enters
 * the shared table, not at every token.
 */
const taggedWords: ReadonlySet<string>[] = [];

/**
 * A new tag for the given words (of letters or digits: a mark is never tagged), to be asked of a token by hasTag; made
 * at load, before any text is read. There are MAX_TAGS.
 */
export function tagWords(words: Iterable<string>): number {
  if (taggedWords.length === MAX_TAGS) throw new RangeError(`tagWords: no more than ${MAX_TAGS} tags`);
  taggedWords.push(new Set(words));
  // Slots filled before would lack the new tag: empty them.
  sharedLength.fill(0);
  sharedHash.fill(0);
  return FIRST_TAG << (taggedWords.length - 1);
}

/** The flags of the tags of a lower-case text. */
function tagsOf(lower: string): number {
  let tags = 0;
  for (let k = 0; k < taggedWords.length; k++) if (taggedWords[k].has(lower)) tags |= FIRST_TAG << k;
  return tags;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const LETTER = /[\p{L}\p{M}]/u;

/**
 * What LETTER says of each character code from 0xc0 on, filled in as codes are met: 0 not asked yet, 1 a letter, 2
 * not. Curly quotes, apostrophes and dashes are read at every word they touch, and the pattern's test of a new
 * one-character string for each (Latin-1 characters alone have ready strings) was most of the bytes isLetter cost.
 */
const LETTER_CODES = new Uint8Array(0x10000);

/** Letters of any script (and combining marks), by character code; fast path for ASCII. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  let known = LETTER_CODES[c];
  if (known === 0) LETTER_CODES[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** The generic top-level domains a news draft names sites by, in lower case. */
const TOP_LEVEL_DOMAINS = ['com', 'org', 'net', 'gov', 'edu'];

/** Whether prose at `at` is a top-level domain of TOP_LEVEL_DOMAINS, ending before `end` or a character no word holds. */
function topLevelDomainAt(prose: string, at: number, end: number): boolean {
  const after = at + 3;
  if (after > end) return false;
  if (after < end) {
    const c = prose.charCodeAt(after);
    if (isDigit(c) || isLetter(c) || c === 45) return false;
  }
  for (let d = 0; d < TOP_LEVEL_DOMAINS.length; d++) if (prose.startsWith(TOP_LEVEL_DOMAINS[d], at)) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** What a character is to a word, by code: none (0), a digit, a lower-case or upper-case ASCII letter, another letter. */
const DIGIT_CHAR = 1;
const LOWER_ASCII = 2;
const UPPER_ASCII = 3;
const OTHER_LETTER = 4;
/** The same for each ASCII character, by a look-up in place of the range tests. */
const ASCII_KIND = (() => {
  const kinds = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) kinds[c] = DIGIT_CHAR;
  for (let c = 97; c <= 122; c++) kinds[c] = LOWER_ASCII;
  for (let c = 65; c <= 90; c++) kinds[c] = UPPER_ASCII;
  return kinds;
})();

/** Splits prose[start, end) into tokens, appended to `tokens` (a new array unless one is given). */
export function tokenize(prose: string, start = 0, limit = prose.length, tokens: Token[] = []): Token[] {
  tokenizeAt(prose, start, limit, tokens, tokens.length);
  return tokens;
}

/**
 * Splits prose[start, end) into tokens written into `tokens` from index `at` on (over whatever stands there: a
 * list kept for reuse), and gives the index after the last. With `reuse`, the tokens are taken from the pool (see
 * reuseTokens): only for tokens nothing reads once the next draft's reading starts.
 */
export function tokenizeAt(prose: string, start: number, limit: number, tokens: Token[], at: number, reuse = false): number {
  let n = at;
  let i = start;
  const end = limit;
  while (i < end) {
    const c = prose.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c) || isLetter(c)) {
      const s = i;
      let hasDigit = false;
      let hasLetter = false;
      // Lower-casing is skipped for the many words that are plain lower-case ASCII already.
      let plainLower = true;
      let hyphen = false;
      let segment = 0;
      // The hash the shared table looks words up by, worked out as the characters are read (FNV-1a, as in shared).
      let h = FNV_OFFSET;
      while (i < end) {
        const k = prose.charCodeAt(i);
        const kind = k < 128 ? ASCII_KIND[k] : isLetter(k) ? OTHER_LETTER : 0;
        if (kind !== 0) {
          if (kind === DIGIT_CHAR) hasDigit = true;
          else {
            hasLetter = true;
            if (kind !== LOWER_ASCII) plainLower = false;
          }
          h = Math.imul(h ^ k, FNV_PRIME);
          segment++;
          i++;
          continue;
        }
        if (i + 1 >= end) break;
        const n = prose.charCodeAt(i + 1);
        const prev = prose.charCodeAt(i - 1);
        if ((k === 44 || k === 46) && isDigit(prev) && isDigit(n) && (k === 46 || isThousands(prose, i + 1, end))) {
          h = Math.imul(h ^ k, FNV_PRIME);
          segment++;
          i++;
          continue;
        }
        if (k === 46 && segment === 1 && isLetter(prev) && isLetter(n) && prose.charCodeAt(i + 2) === 46) {
          h = Math.imul(h ^ k, FNV_PRIME);
          segment = 0;
          i++;
          continue;
        }
        if (k === 46 && segment === 1 && isLetter(prev) && isLetter(n) && s < i - 1 && prose.charCodeAt(i - 2) === 46) {
          h = Math.imul(h ^ k, FNV_PRIME);
          segment = 0;
          i++;
          continue;
        }
        // A web address's last dot ("fivethirtyeight.com", "HealthCare.gov"): one word with the name before it.
        if (k === 46 && n >= 99 && n <= 111 && isLetter(prev) && topLevelDomainAt(prose, i + 1, end)) {
          h = Math.imul(h ^ k, FNV_PRIME);
          segment = 0;
          i++;
          continue;
        }
        if ((k === 45 || k === 39 || k === 0x2019 || k === 0x2011) && (isDigit(n) || isLetter(n))) {
          if (k === 0x2019 || k === 0x2011) plainLower = false;
          else if (k === 45) hyphen = true;
          h = Math.imul(h ^ k, FNV_PRIME);
          segment = 0;
          i++;
          continue;
        }
        break;
      }
      const slot = i - s > SHARED_MAX_LENGTH ? -1 : sharedSlot(prose, s, i, plainLower, h);
      const text = slot === -1 ? prose.slice(s, i) : sharedText[slot];
      const lower = slot !== -1 ? sharedLower[slot] : plainLower ? text : lowerCase(text);
      const capitalized = (!hasDigit || hasLetter) && (isUpperAscii(c) || (c > 127 && text[0] !== text[0].toLowerCase()) || (hyphen && particleName(text, c)));
      const tags = slot !== -1 ? sharedTags[slot] : tagsOf(lower);
      tokens[n++] = Token.make(s, text, lower, (hasDigit ? (hasLetter ? ALNUM : NUMBER) : WORD) | (capitalized ? CAPITALIZED : 0) | (hyphen ? HYPHEN : 0) | tags, reuse);
      continue;
    }
    const cp = prose.codePointAt(i) ?? c;
    const len = cp > 0xffff ? 2 : 1;
    // A run of the same mark is one token ("...", "--", a wall of quotation marks).
    let stop = i + len;
    if (len === 1) while (stop < limit && prose.charCodeAt(stop) === c) stop++;
    else {
      const mark = prose.slice(i, i + 2);
      while (stop + len <= limit && prose.startsWith(mark, stop)) stop += len;
    }
    // Marks outside Latin-1 (curly quotes, dashes) would be a new string each: V8 keeps a ready string only for each
    // Latin-1 character. (A run too long to share is a slice of its own.)
    const slot = shared(prose, i, stop, true);
    const text = slot !== -1 ? sharedText[slot] : prose.slice(i, stop);
    tokens[n++] = Token.make(i, text, text, PUNCT, reuse);
    i = stop;
  }
  return n;
}

/**
 * Strings shared between tokens of the same short word: a table of 4,096 slots in pairs picked by a hash of the
 * word's characters, each holding one of the last two words seen with that pair and its lower-case form (a cache: a
 * collision only costs a new string). Most words of prose are common ones ("the", "said", "percent"), and a string
 * per token was about a quarter of the bytes tokenizeAt allocated in a heap profile of the engine over the White House
 * corpus. The table is kept small so that it stays in the processor's cache: with 16,384 slots it allocated a little
 * less but made the engine about 10% slower (and 8,192 slots in pairs about 4% slower, for 0.2 bytes per input byte
 * fewer than 4,096). Only words of up to 12 characters are kept: V8 copies such slices, where a longer slice would
 * keep its whole draft alive in the table.
 */
const SHARED_MAX_LENGTH = 12;
const SHARED_BITS = 12;
const sharedText: string[] = new Array<string>(1 << SHARED_BITS).fill('');
const sharedLower: string[] = new Array<string>(1 << SHARED_BITS).fill('');
/** The full hash of each slot's text: most slots that hold another text are told by it, without reading the text. */
const sharedHash = new Int32Array(1 << SHARED_BITS);
/**
 * Each slot's text again, as its length and its character codes (SHARED_MAX_LENGTH places a slot), compared in place
 * of the string: reading the string, somewhere in the heap, was most of the time sharing took in a CPU profile of the
 * engine over the White House corpus (the first read of its length alone 2.3% of the engine's time).
 */
const sharedLength = new Uint8Array(1 << SHARED_BITS);
/** The flags of the tags of each slot's lower-case text (see tagWords). */
const sharedTags = new Uint8Array(1 << SHARED_BITS);
const sharedCodes = new Uint16Array((1 << SHARED_BITS) * SHARED_MAX_LENGTH);

/**
 * The slot of the shared table that holds prose[start, end) and its lower-case form (`plain` when the text is
 * lower-case already), stored there if it was not; -1 for a text too long to share.
 */
function shared(prose: string, start: number, end: number, plain: boolean): number {
  if (end - start > SHARED_MAX_LENGTH) return -1;
  // FNV-1a over the character codes.
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ prose.charCodeAt(k), FNV_PRIME);
  return sharedSlot(prose, start, end, plain, h);
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Which slot of each pair was read or written last (see sharedSlot), by the pair's first slot: the other one is
 * where a new text goes.
 */
const sharedRecent = new Uint8Array(1 << SHARED_BITS);

/**
 * shared, with the text's hash already worked out. A text may stand in either slot of the pair its hash picks, and a
 * new one takes the place of the one used less recently: in a simulation over 3,000 White House files, 14% of
 * look-ups found no text where one slot per hash missed 18%.
 */
function sharedSlot(prose: string, start: number, end: number, plain: boolean, h: number): number {
  const pair = ((h ^ (h >>> SHARED_BITS)) & ((1 << (SHARED_BITS - 1)) - 1)) << 1;
  if (sharedHash[pair] === h && holds(pair, prose, start, end)) {
    sharedRecent[pair] = 0;
    return pair;
  }
  if (sharedHash[pair + 1] === h && holds(pair + 1, prose, start, end)) {
    sharedRecent[pair] = 1;
    return pair + 1;
  }
  const way = sharedRecent[pair] ^ 1;
  sharedRecent[pair] = way;
  const slot = pair + way;
  const text = prose.slice(start, end);
  sharedHash[slot] = h;
  sharedLength[slot] = end - start;
  for (let k = start, at = slot * SHARED_MAX_LENGTH; k < end; k++, at++) sharedCodes[at] = prose.charCodeAt(k);
  const lower = plain ? text : lowerCase(text);
  sharedText[slot] = text;
  sharedLower[slot] = lower;
  sharedTags[slot] = tagsOf(lower);
  return slot;
}

/**
 * Does the slot hold the text prose[start, end)? (Compared by character codes: prose.startsWith was most of the time
 * spent sharing strings in a CPU profile.) An empty slot has length 0, which no text has.
 */
function holds(slot: number, prose: string, start: number, end: number): boolean {
  if (sharedLength[slot] !== end - start) return false;
  for (let k = start, at = slot * SHARED_MAX_LENGTH; k < end; k++, at++) if (sharedCodes[at] !== prose.charCodeAt(k)) return false;
  return true;
}

/**
 * A word's lower-case form, the form the word lists are matched by. The World Health Organization keeps its capitals:
 * as "who" it was read as the pronoun, and "according to WHO figures", "the WHO said" named no source.
 */
function lowerCase(text: string): string {
  return text === 'WHO' ? text : text.toLowerCase();
}

/** True when the digits at i form a thousands group (exactly three digits, then no digit). */
function isThousands(s: string, i: number, end: number): boolean {
  return i + 2 < end + 1 && isDigit(s.charCodeAt(i)) && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && !isDigit(s.charCodeAt(i + 3));
}

/** A surname led by a lower-case particle and a hyphen ("el-Sisi", "al-Assad", "bin-Laden"): part of a name. */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben|de|da|di|du|van|von|le|la)-\p{Lu}/u;

/** For a word with a hyphen in it (the tokenizer knows, without a search of the text). */
function particleName(text: string, c: number): boolean {
  return c >= 97 && c <= 122 && text.length > 3 && PARTICLE_NAME.test(text);
}

/** Dashes that set words off: the em and en dash, and two hyphens typed for one. */
export const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '--']);

/** Is the token a figure: a number, or a figure with its unit or scale joined on ("559m", "9mm", "2bn")? */
export function isFigure(t: Token): boolean {
  return t.kind === 'number' || (t.kind === 'alnum' && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57);
}

/** Could a figure's text be a person's age in years: one to three digits, at most 120 ("Smith, 42,")? */
export function ageInYears(text: string): boolean {
  return AGE_DIGITS.test(text) && Number(text) <= 120;
}
const AGE_DIGITS = /^\d{1,3}$/;

/** The closing bracket of a party tag whose opening bracket is at `open` ("(D-Md.)", "(R-Ohio)", "(D-N.Y.)"), before `limit`, or -1. */
export function partyTagEnd(tokens: readonly Token[], open: number, limit: number): number {
  if (tokens[open]?.text !== '(' || !/^[DRI]-[A-Z]/.test(tokens[open + 1]?.text ?? '')) return -1;
  for (let k = open + 2; k < limit && k <= open + 6; k++) if (tokens[k].text === ')') return k;
  return -1;
}
