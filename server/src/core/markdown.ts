/**
 * Markdown → prose blocks with exact source offsets.
 *
 * markdown-it finds the block structure (its block parser alone runs far faster than a full parse); the inline
 * markup of each block is then read here, so that every prose character keeps the source range it came from.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Nesting } from 'markdown-it/lib/token.mjs';
import type { Span } from './types';
import { LineIndex } from './text/lines';
import { OffsetMap } from './text/offsets';
import { KeptObjects } from './text/kept';
import { firstPiece } from './text/words';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]{1,100})\]:[ \t]*/;
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BYTE_ORDER_MARK = /^\uFEFF/;

/** A link in a block: its text (prose offsets) and destination. */
export interface InlineLink {
  start: number;
  end: number;
  href: string;
}

/** An HTML comment: a source note, an inline control, or anything else. */
export interface HtmlComment {
  range: Span;
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
  /** The block (by index) the comment stands inside, or -1 for a comment on lines of its own. */
  block: number;
  /** Zero-based line on which the comment ends. */
  endLine: number;
}

/** A unit of prose: a heading, a paragraph (in a list or blockquote or not), or a table cell. */
export interface Block {
  index: number;
  kind: 'heading' | 'paragraph' | 'cell';
  inList: boolean;
  blockquoteDepth: number;
  /** A footnote definition (`[^1]: …`): a citation, not a claim. */
  footnoteDefinition: boolean;
  /** The prose, inline markup removed, soft line breaks as spaces. */
  prose: string;
  /** Where each prose character came from in the source. */
  map: OffsetMap;
  links: InlineLink[];
  /** Footnote references (`[^1]`): where they stand (prose offset), their label and source range. */
  footnotes: { offset: number; label: string; range: Span }[];
  /** For a table cell, which table of the document it belongs to; -1 otherwise. */
  table: number;
  /** A cell of a table's header row: a label, not a claim. */
  header: boolean;
  /** For a footnote definition, its label. */
  footnoteLabel: string | null;
  /** Zero-based first line and line after the last. */
  startLine: number;
  endLine: number;
}

/** A parsed draft. */
export interface MarkdownDocument {
  text: string;
  lines: LineIndex;
  blocks: Block[];
  comments: HtmlComment[];
}

const parser = new MarkdownIt({ html: true });
parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
// markdown-it's own normalisation rewrites the whole text with two regular expressions on every parse; most drafts
// have neither CR nor NUL, and a search for them is far cheaper.
parser.core.ruler.at('normalize', (state) => {
  rewritten = false;
  if (state.src.indexOf('\r') !== -1) {
    state.src = state.src.replace(/\r\n?/g, '\n');
    rewritten = true;
  }
  if (state.src.indexOf('\0') !== -1) {
    state.src = state.src.replace(/\0/g, '\uFFFD');
    rewritten = true;
  }
});

/** Whether the last parse's normalisation rewrote the text it was given (it had CR or NUL). */
let rewritten = false;

type BlockState = InstanceType<typeof parser.block.State>;

/** The mark of the setext underline scanParagraph stopped at ("=" or "-" as a character code), 0 for none. */
let underlineMark = 0;

/**
 * The line after a paragraph that starts at startLine, as markdown-it's paragraph rule (14.3) finds it; with
 * `underline`, a line of "=" or "-" ends it as a setext heading, as markdown-it's lheading rule finds it (see
 * underlineMark). The rules' state is the paragraph's while the terminating rules are asked.
 */
function scanParagraph(state: BlockState, startLine: number, endLine: number, underline: boolean): number {
  const terminatorRules = parser.block.ruler.getRules('paragraph');
  let nextLine = startLine + 1;
  underlineMark = 0;
  // Line by line until an empty one or the end.
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // Would be a code block, but after a paragraph it is a lazy continuation.
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (underline && state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        const mark = state.src.charCodeAt(pos);
        if (mark === 0x2d || mark === 0x3d) {
          pos = state.skipSpaces(state.skipChars(pos, mark));
          if (pos >= max) {
            underlineMark = mark;
            break;
          }
        }
      }
    }
    // Block quotes' quirk: that rule has checked this line already.
    if (state.sCount[nextLine] < 0) continue;
    // Some blocks end a paragraph without an empty line.
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
  }
  return nextLine;
}

/**
 * markdown-it's paragraph rule (14.3) without the paragraph_open and paragraph_close tokens and the inline token's
 * empty children, none of which the engine reads (the inline rule is off): two of the three tokens a paragraph made,
 * in the 21.5 MB markdown-it's paragraph rule allocated in a heap profile of the engine over 2,500 White House files.
 * Lists look for paragraph_open only to mark tight paragraphs hidden, which the engine does not read either.
 */
function pushParagraph(state: BlockState, startLine: number, nextLine: number): void {
  const lines = state.getLines(startLine, nextLine, state.blkIndent, false);
  const sliced = slicedFrom;
  const trimmed = asciiTrimStart(lines);
  const content = asciiTrim(lines);
  state.line = nextLine;
  const token = state.push('inline', '', 0);
  token.content = content;
  token.map = [startLine, state.line];
  // Where the content starts in the source markdown-it read, when it is a piece of it as it stands (see alignContent).
  if (sliced !== -1) token.meta = sliced + trimmed;
}

parser.block.ruler.at('paragraph', (state, startLine, endLine) => {
  const oldParentType = state.parentType;
  state.parentType = 'paragraph';
  pushParagraph(state, startLine, scanParagraph(state, startLine, endLine, false));
  state.parentType = oldParentType;
  return true;
});

/**
 * markdown-it's lheading rule (14.3), which runs just before the paragraph rule at the same line and scans the same
 * lines: when no underline ends them, it makes the paragraph itself, which the paragraph rule would make after the
 * same scan (the terminating rules asked of every line of every paragraph twice were 0.8% of the engine's time in a
 * CPU profile over the White House corpus).
 */
parser.block.ruler.at('lheading', (state, startLine, endLine) => {
  // Indented as a code block: no heading, and the paragraph rule decides.
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = 'paragraph';
  const nextLine = scanParagraph(state, startLine, endLine, true);
  if (underlineMark === 0) {
    pushParagraph(state, startLine, nextLine);
    state.parentType = oldParentType;
    return true;
  }
  const level = underlineMark === 0x3d ? 1 : 2;
  const markup = String.fromCharCode(underlineMark);
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const open = state.push('heading_open', `h${level}`, 1);
  open.markup = markup;
  open.map = [startLine, state.line];
  const inline = state.push('inline', '', 0);
  inline.content = content;
  inline.map = [startLine, state.line - 1];
  inline.children = [];
  const close = state.push('heading_close', `h${level}`, -1);
  close.markup = markup;
  state.parentType = oldParentType;
  return true;
});

const trimmable = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** How many characters asciiTrim takes off the start of str. */
function asciiTrimStart(str: string): number {
  let start = 0;
  while (start < str.length && trimmable(str.charCodeAt(start))) start++;
  return start;
}

/** markdown-it's trim of block content: ASCII spaces, tabs and line ends only. */
function asciiTrim(str: string): string {
  const start = asciiTrimStart(str);
  let end = str.length - 1;
  while (end >= start && trimmable(str.charCodeAt(end))) end--;
  return str.slice(start, end + 1);
}

/**
 * markdown-it's block state with one shortcut: lines that follow one another in the source with no indentation to
 * take off (a paragraph outside lists and block quotes, say) are one slice of the source, where markdown-it slices
 * each line and joins them (about 2 bytes allocated per input byte in a heap profile over the White House corpus,
 * whose drafts are hard-wrapped). Anything else is markdown-it's own getLines. Only this parser uses it.
 */
const BaseState = parser.block.State;
class SlicingState extends BaseState {
  getLines(begin: number, end: number, indent: number, keepLastLF: boolean): string {
    slicedFrom = -1;
    if (indent !== 0 || begin >= end) return super.getLines(begin, end, indent, keepLastLF);
    const { bMarks, eMarks } = this;
    for (let line = begin + 1; line < end; line++) if (bMarks[line] !== eMarks[line - 1] + 1) return super.getLines(begin, end, indent, keepLastLF);
    slicedFrom = bMarks[begin];
    return this.src.slice(bMarks[begin], keepLastLF ? eMarks[end - 1] + 1 : eMarks[end - 1]);
  }

  /** markdown-it's push, with its token one of those kept between parses (see keptBlockToken). */
  push(type: string, tag: string, nesting: Nesting): Token {
    const token = keptBlockToken(this.Token, type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}

/**
 * markdown-it's block tokens, kept from one parse to the next and made over as its Token constructor makes a new one:
 * parseMarkdown reads them before the next parse starts, and keeps none (a new token for each, 13 fields, was about
 * 0.3 bytes per input byte the engine allocated over the White House corpus). At most MAX_KEPT_BLOCK_TOKENS are kept.
 */
const MAX_KEPT_BLOCK_TOKENS = 1 << 14;
const keptBlockTokens = new KeptObjects<Token>(MAX_KEPT_BLOCK_TOKENS);

function keptBlockToken(Made: typeof Token, type: string, tag: string, nesting: Nesting): Token {
  const token = keptBlockTokens.take();
  if (token !== undefined) {
    token.type = type;
    token.tag = tag;
    token.attrs = null;
    token.map = null;
    token.nesting = nesting;
    token.level = 0;
    token.children = null;
    token.content = '';
    token.markup = '';
    token.info = '';
    token.meta = null;
    token.block = false;
    token.hidden = false;
    return token;
  }
  return keptBlockTokens.keep(new Made(type, tag, nesting));
}

/** Where the lines SlicingState's getLines gave last start in the source it reads, when one slice of it; else -1. */
let slicedFrom = -1;

/**
 * markdown-it's block state made as its constructor makes it, but with the line markers found by searching for line
 * ends rather than by a loop over every character, and kept in arrays made at the number of lines (grown from empty,
 * they left copies behind: the constructor was 2.2% of the engine's time and 30 MB of 868 MB allocated in profiles of
 * the engine over 2,500 White House files). A line's indentation is read as markdown-it reads it; a last line of
 * nothing but spaces and tabs, with no line end, is no line, as in markdown-it.
 */
function MarkedState(this: InstanceType<typeof BaseState>, src: string, md: MarkdownIt, env: unknown, tokens: Token[]): void {
  this.src = src;
  this.md = md;
  this.env = env;
  this.tokens = tokens;
  const len = src.length;
  let lines = 1;
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) lines++;
  const kept = !checkingState && lines + 1 <= keptMarks[0].length;
  const bMarks: number[] = kept ? keptMarks[0] : new Array(lines + 1);
  const eMarks: number[] = kept ? keptMarks[1] : new Array(lines + 1);
  const tShift: number[] = kept ? keptMarks[2] : new Array(lines + 1);
  const sCount: number[] = kept ? keptMarks[3] : new Array(lines + 1);
  const bsCount: number[] = kept ? keptMarks[4] : new Array(lines + 1);
  if (!kept && !checkingState && lines + 1 <= MAX_KEPT_LINES) keptMarks = [bMarks, eMarks, tShift, sCount, bsCount];
  this.bMarks = bMarks;
  this.eMarks = eMarks;
  this.tShift = tShift;
  this.sCount = sCount;
  this.bsCount = bsCount;
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.ddIndent = -1;
  this.listIndent = -1;
  this.parentType = 'root';
  this.level = 0;
  let n = 0;
  for (let start = 0; start < len; ) {
    let pos = start;
    let indent = 0;
    let offset = 0;
    for (; pos < len; pos++) {
      const ch = src.charCodeAt(pos);
      if (ch === 0x20) offset++;
      else if (ch === 0x09) offset += 4 - (offset % 4);
      else break;
      indent++;
    }
    if (pos >= len) break;
    const newline = src.indexOf('\n', pos);
    const end = newline === -1 ? len : newline;
    bMarks[n] = start;
    eMarks[n] = end;
    tShift[n] = indent;
    sCount[n] = offset;
    bsCount[n] = 0;
    n++;
    start = end + 1;
  }
  // The fake entry markdown-it adds to simplify bounds checks.
  bMarks[n] = len;
  eMarks[n] = len;
  tShift[n] = 0;
  sCount[n] = 0;
  bsCount[n] = 0;
  // Kept lists are left at their length (markdown-it reads no marker past lineMax, nor the lists' length).
  if (!kept) bMarks.length = eMarks.length = tShift.length = sCount.length = bsCount.length = n + 1;
  this.lineMax = n;
}
MarkedState.prototype = SlicingState.prototype;

/**
 * The five lists of line markers, kept from one parse to the next and written over (a parse is over before the next
 * one starts, and nothing keeps its state): made at each draft's number of lines, they were about 0.8 bytes per input
 * byte the engine allocated over the White House corpus. Lists longer than a draft needs are left at their length,
 * their markers past its last line unread; they are kept only up to MAX_KEPT_LINES lines.
 */
let keptMarks: number[][] = [[], [], [], [], []];
const MAX_KEPT_LINES = 1 << 16;
/** While the state is checked against markdown-it's own at load: its lists are made at their length. */
let checkingState = false;

/** Does MarkedState make what markdown-it's constructor makes (the same fields, the same markers) for this text? */
function sameState(src: string): boolean {
  const theirs = new BaseState(src, parser, {}, []) as unknown as Record<string, unknown>;
  const ours = new (MarkedState as unknown as typeof BaseState)(src, parser, {}, []) as unknown as Record<string, unknown>;
  const keys = Object.keys(theirs);
  return keys.join() === Object.keys(ours).join() && keys.every((k) => (Array.isArray(theirs[k]) ? String(theirs[k]) === String(ours[k]) : theirs[k] === ours[k] || k === 'env' || k === 'tokens'));
}

// Checked once against markdown-it's own constructor (should a later markdown-it make its state otherwise, its own
// constructor is used).
checkingState = true;
parser.block.State = ['', 'a', ' ', 'a\n', ' \t x\n\n  \n\t\ty', '> q\n>   r\n- l\n  m   '].every(sameState) ? (MarkedState as unknown as typeof BaseState) : SlicingState;
checkingState = false;

/** Maps a prose span of a block to its source span. */
export function sourceSpan(block: Block, start: number, end: number): Span {
  if (block.prose.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), block.prose.length - 1);
  const e = Math.min(Math.max(end, s + 1), block.prose.length);
  return { start: block.map.start(s), end: block.map.end(e - 1) };
}

/** Where prose offset `at` of a block stands in the draft: sourceSpan's start, with no span made. */
export function sourceOffset(block: Block, at: number): number {
  return block.prose.length === 0 ? 0 : block.map.start(Math.min(Math.max(at, 0), block.prose.length - 1));
}

/** The prose of a block that a source span covers, its markup left out: what a reader reads there. */
export function proseIn(block: Block, span: Span): string {
  return block.prose.slice(proseAtOrAfter(block, span.start), proseAtOrAfter(block, span.end));
}

/**
 * The first prose position of a block whose source offset is at or after `offset` (source offsets grow with prose
 * positions). A function of its own, not one made at each call of proseIn.
 */
function proseAtOrAfter(block: Block, offset: number): number {
  const map = block.map;
  let lo = 0;
  let hi = block.prose.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lines of YAML front matter at the top of the document, or 0. */
function frontMatterLines(text: string, lines: LineIndex): number {
  const first = lines.lineText(text, 0).replace(BYTE_ORDER_MARK, '');
  if (first.trimEnd() !== '---') return 0;
  for (let l = 1; l < lines.count; l++) {
    const t = lines.lineText(text, l).trimEnd();
    if (t === '---' || t === '...') return l + 1;
  }
  return 0;
}

/** Parses a Markdown draft into prose blocks and comments. */
export function parseMarkdown(text: string): MarkdownDocument {
  const lines = new LineIndex(text);
  const fm = frontMatterLines(text, lines);
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // markdown-it reads what follows the front matter, and its line numbers are moved down past it: blank lines in the
  // front matter's place made a second copy of the whole draft (joined, then flattened for the search of line ends),
  // at about 1 byte allocated per input byte in a heap profile over the White House corpus.
  if (fm > 0) src = fm < lines.count ? text.slice(lines.starts[fm]) : '';
  const env: { references?: Record<string, unknown> } = {};
  // The block tokens of the parse before are read no more.
  keptBlockTokens.reset();
  const tokens = parser.parse(src, env);
  // Where src starts in the text (it is the text's end), when markdown-it's normalisation left it as it is.
  const srcStart = rewritten ? -1 : text.length - src.length;
  // markdown-it's line numbers count from the end of the front matter: they are moved down past it where they are
  // read (moving each token's range in place, each once, took a set of them all: 0.5% of the bytes the engine
  // allocated in a heap profile over the White House corpus, whose drafts all have front matter).
  const references = new Set(Object.keys(env.references ?? {}));
  const doc: MarkdownDocument = { text, lines, blocks: [], comments: [] };
  const reader = new InlineReader(doc, references);

  let listDepth = 0;
  let quoteDepth = 0;
  let heading = false;
  let tableHead = false;
  // A loop by index: one call reads the whole draft, unoptimised at first, where each step of a for…of made an
  // iterator result.
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'inline':
        if (token.map) {
          const at = srcStart !== -1 && typeof token.meta === 'number' ? srcStart + token.meta : -1;
          reader.readBlock(token.content, at, fm + token.map[0], fm + token.map[1], heading ? 'heading' : 'paragraph', listDepth > 0, quoteDepth);
        }
        break;
      case 'table_open':
        reader.openTable();
        break;
      case 'thead_open':
        tableHead = true;
        break;
      case 'thead_close':
        tableHead = false;
        break;
      case 'tr_open':
        if (token.map) reader.readTableRow(fm + token.map[0], listDepth > 0, quoteDepth, tableHead);
        break;
      case 'html_block':
        if (token.map) reader.readHtmlBlock(fm + token.map[0], fm + token.map[1]);
        break;
      default:
        break;
    }
  }
  return doc;
}

/** The raw text of a block (markdown-it's content, or a table cell) and where its characters came from. */
interface Raw {
  text: string;
  map: OffsetMap;
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '\u201c', rdquo: '\u201d',
  lsquo: '\u2018', rsquo: '\u2019', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', shy: '',
  eacute: 'é', euro: '€', pound: '£', cent: '¢', copy: '©', reg: '®', deg: '°', frac12: '½', frac14: '¼', frac34: '¾',
};
/** Farthest a bracket or code span is looked for: keeps the reader linear on hostile input. */
const MAX_LOOKAHEAD = 2000;

/** A bare URL, matched where a run of prose stops at "h" or "w". */
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>]*/y;

/**
 * Characters that may start inline markup, and the starts of bare URLs; everything else is copied to the prose in
 * runs. "h" and "w" stop a run only where a URL starts ("http", "www." not inside a word): most are letters of words.
 */
const RUN_STOP = /[\\`<&*_~![\n]|http|www\./g;

/**
 * Where the ordinary run from j stops: the first character at or after j (before `to`) that may start markup. The
 * pattern's search is about twice as quick as the loop over the characters it replaces (2.2% of the engine's time in
 * a CPU profile over the White House corpus); it is tested rather than executed, so that no match object is made.
 */
function runEnd(s: string, j: number, to: number): number {
  for (;;) {
    RUN_STOP.lastIndex = j;
    if (!RUN_STOP.test(s)) return to;
    const last = s.charCodeAt(RUN_STOP.lastIndex - 1);
    // "http" ends with "p" and "www." with ".": four characters; any other stop is one.
    const at = RUN_STOP.lastIndex - (last === 112 || last === 46 ? 4 : 1);
    if (at >= to) return to;
    const k = s.charCodeAt(at);
    if ((k === 104 || k === 119) && isWordChar(s[at - 1])) {
      j = at + 1;
      continue;
    }
    return at;
  }
}

/**
 * The lists the maps of a block's raw text and of its prose are written into (see OffsetMap.building), kept between
 * blocks and drafts; dropped after a block of more pieces than MAX_KEPT_PIECES, so that one odd block does not keep
 * its size alive.
 */
let rawPieces: number[] = [];
let prosePieces: number[] = [];
const MAX_KEPT_PIECES = 30000;

/** Reads inline Markdown into prose, one block at a time. */
class InlineReader {
  /**
   * The prose's pieces, parts[0, partCount): one list for all the draft's blocks, written over from the start for
   * each, rather than a list grown from empty for every block (in a test of 20,000 blocks of one to thirty lines,
   * their prose and pieces cost 45 MB that way and 40 MB this way).
   */
  private parts: string[] = [];
  private partCount = 0;
  private length = 0;
  private map = new OffsetMap();
  /** For each `[` and `(` of the block's raw text that has a partner, the partner's index (computed on first need). */
  private partner: Map<number, number> | null = null;
  private partnerOf = '';
  private links: InlineLink[] = [];
  private footnotes: { offset: number; label: string; range: Span }[] = [];
  private tables = 0;
  private table = -1;
  private headerRow = false;
  private blockIndex = 0;

  constructor(
    private readonly doc: MarkdownDocument,
    private readonly references: Set<string>,
  ) {}

  /**
   * Reads a paragraph or heading whose content markdown-it gives line by line: lines [startLine, endLine) of the
   * draft; `at` is where the content stands in the draft as it is, or -1 (see alignContent).
   */
  readBlock(content: string, at: number, startLine: number, endLine: number, kind: 'heading' | 'paragraph', inList: boolean, quoteDepth: number): void {
    const raw = this.alignContent(content, at, startLine);
    this.emitBlock(raw, kind, inList, quoteDepth, startLine, endLine);
  }

  /** Starts a new table: its cells share an id. */
  openTable(): void {
    this.table = this.tables++;
  }

  /** Reads one table row from its source line, a block per cell. */
  readTableRow(line: number, inList: boolean, quoteDepth: number, header: boolean): void {
    const { text, lines } = this.doc;
    this.headerRow = header;
    const lineStart = lines.starts[line];
    const lineText = lines.lineText(text, line);
    let i = 0;
    // Leading container markers and the row's opening pipe.
    while (i < lineText.length && (lineText[i] === ' ' || lineText[i] === '>' || lineText[i] === '\t')) i++;
    if (lineText[i] === '|') i++;
    let cellStart = i;
    for (; i <= lineText.length; i++) {
      const c = lineText[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (i === lineText.length || c === '|') {
        let s = cellStart;
        let e = i;
        while (s < e && /\s/.test(lineText[s])) s++;
        while (e > s && /\s/.test(lineText[e - 1])) e--;
        if (e > s) {
          const map = new OffsetMap();
          map.run(0, lineStart + s);
          this.emitBlock({ text: lineText.slice(s, e), map }, 'cell', inList, quoteDepth, line, line + 1);
        }
        cellStart = i + 1;
      }
    }
  }

  /** Records the comments of an HTML block. */
  readHtmlBlock(firstLine: number, endLine: number): void {
    const { text, lines } = this.doc;
    const from = lines.starts[firstLine];
    const to = endLine < lines.count ? lines.starts[endLine] : text.length;
    let i = text.indexOf('<!--', from);
    while (i !== -1 && i < to) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) break;
      const end = close + 3;
      this.doc.comments.push({
        range: { start: i, end },
        body: text.slice(i + 4, close).trim(),
        block: -1,
        endLine: lines.lineAt(end - 1),
      });
      i = text.indexOf('<!--', end);
    }
  }

  /**
   * Maps markdown-it's content (container prefixes removed, lines joined by \n) back onto source lines. `whole` is
   * where the content stands in the text as it is, when known (a paragraph outside lists, read from one slice of the
   * source), else -1: then a content line that ends where its source line does is the end of that line, with no
   * reading of its every character by endsLine (2.4% of the engine's time in a CPU profile over the White House
   * corpus). Any other line is still compared.
   */
  private alignContent(content: string, whole: number, firstLine: number): Raw {
    const { text, lines } = this.doc;
    // Read only while its block is read: written into the list kept for it.
    const map = OffsetMap.building(rawPieces);
    let pos = 0;
    let line = firstLine;
    // Content lines are read in place, not split into an array of lines: most are the end of their source line as it
    // stands, found by comparing that end, and only the others are copied to be aligned. In a profile of the engine
    // over the White House corpus the split and its copies cost 2.4% of the time and 1 byte per input byte.
    for (;;) {
      const newline = content.indexOf('\n', pos);
      const partEnd = newline === -1 ? content.length : newline;
      const l = Math.min(line, lines.count - 1);
      const lineStart = lines.starts[l];
      const lineLength = lines.endings[l] - lineStart;
      if ((whole !== -1 && whole + partEnd === lineStart + lineLength) || endsLine(text, lineStart, lineLength, content, pos, partEnd)) map.run(pos, lineStart + lineLength - (partEnd - pos));
      else {
        const part = content.slice(pos, partEnd);
        const raw = lines.lineText(text, l);
        const lineText = raw.indexOf('\0') === -1 ? raw : raw.replace(/\0/g, '\uFFFD');
        let offset = -1;
        const trimmed = lineText.trimEnd();
        if (trimmed.endsWith(part)) offset = trimmed.length - part.length;
        else offset = lineText.indexOf(part);
        if (offset >= 0) map.run(pos, lineStart + offset);
        else alignLoosely(part, lineText, lineStart, map, pos);
      }
      pos = partEnd;
      if (pos >= content.length) break;
      // The line break stands for the whole line end (\r\n is one), so no span can end between CR and LF.
      const lineEnd = lineStart + lineLength;
      const next = l + 1;
      map.char(pos, lineEnd, next < lines.count ? lines.starts[next] : lineEnd + 1);
      pos++;
      line++;
    }
    if (rawPieces.length > MAX_KEPT_PIECES) rawPieces = [];
    return { text: content, map };
  }

  private emitBlock(raw: Raw, kind: Block['kind'], inList: boolean, quoteDepth: number, startLine: number, endLine: number): void {
    this.partCount = 0;
    this.length = 0;
    this.map = OffsetMap.building(prosePieces);
    this.partnerOf = raw.text;
    this.partner = null;
    this.links = [];
    this.footnotes = [];
    this.blockIndex = this.doc.blocks.length;
    let from = 0;
    let footnoteLabel: string | null = null;
    const definition = FOOTNOTE_DEFINITION.exec(raw.text);
    if (definition) {
      footnoteLabel = definition[1];
      from = definition[0].length;
    }
    this.read(raw, from, raw.text.length);
    this.parts.length = this.partCount;
    const prose = this.parts.join('');
    if (prose.trim().length === 0) return;
    this.map.seal();
    if (prosePieces.length > MAX_KEPT_PIECES) prosePieces = [];
    this.doc.blocks.push({
      index: this.blockIndex,
      kind,
      inList,
      blockquoteDepth: quoteDepth,
      footnoteDefinition: footnoteLabel !== null,
      footnoteLabel,
      prose,
      map: this.map,
      links: this.links,
      footnotes: this.footnotes,
      table: kind === 'cell' ? this.table : -1,
      header: kind === 'cell' && this.headerRow,
      startLine,
      endLine,
    });
  }

  private emit(ch: string, start: number, end: number): void {
    this.parts[this.partCount++] = ch;
    this.map.char(this.length, start, end);
    this.length++;
  }

  /** Copies raw[i, j) to the prose unchanged. */
  private emitRun(raw: Raw, i: number, j: number): void {
    if (raw.map.linear(i, j)) {
      this.parts[this.partCount++] = raw.text.slice(i, j);
      this.map.run(this.length, raw.map.start(i));
      this.length += j - i;
      return;
    }
    for (let k = i; k < j; k++) this.emit(raw.text[k], raw.map.start(k), raw.map.end(k));
  }

  /** The partner of the bracket or parenthesis at open, if it closes before `to` and within reach. */
  private closing(open: number, to: number): number {
    this.partner ??= pairBrackets(this.partnerOf);
    const close = this.partner.get(open) ?? -1;
    return close !== -1 && close < to && close - open < MAX_LOOKAHEAD ? close : -1;
  }

  /** The prose length so far (where the next character goes). */
  private get here(): number {
    return this.length;
  }

  /** Emits the prose of raw[from, to). */
  private read(raw: Raw, from: number, to: number): void {
    const s = raw.text;
    const map = raw.map;
    let i = from;
    while (i < to) {
      const c = s[i];
      switch (c) {
        case '\\': {
          const next = s[i + 1];
          if (next !== undefined && i + 1 < to && ASCII_PUNCT.test(next)) {
            this.emit(next, map.start(i), map.end(i + 1));
            i += 2;
            continue;
          }
          if (next === '\n') {
            this.emit(' ', map.start(i), map.end(i + 1));
            i += 2;
            continue;
          }
          break;
        }
        case '`': {
          let n = 1;
          while (s[i + n] === '`') n++;
          const fence = '`'.repeat(n);
          let close = s.indexOf(fence, i + n);
          while (close !== -1 && s[close + n] === '`' && close < i + MAX_LOOKAHEAD) {
            let k = close;
            while (s[k] === '`') k++;
            close = s.indexOf(fence, k);
          }
          if (close !== -1 && close + n <= to && close - i < MAX_LOOKAHEAD) {
            i = close + n;
            continue;
          }
          this.emitRun(raw, i, i + n);
          i += n;
          continue;
        }
        case '<': {
          if (s.startsWith('<!--', i)) {
            const close = s.indexOf('-->', i + 4);
            if (close !== -1 && close + 3 <= to) {
              const startOff = map.start(i);
              const endOff = map.end(close + 2);
              this.doc.comments.push({
                range: { start: startOff, end: endOff },
                body: s.slice(i + 4, close).trim(),
                block: this.blockIndex,
                endLine: this.doc.lines.lineAt(endOff - 1),
              });
              i = close + 3;
              continue;
            }
          }
          AUTOLINK.lastIndex = i;
          HTML_TAG.lastIndex = i;
          const m = AUTOLINK.exec(s) ?? HTML_TAG.exec(s);
          if (m && i + m[0].length <= to) {
            i += m[0].length;
            continue;
          }
          break;
        }
        case '&': {
          ENTITY.lastIndex = i;
          const m = ENTITY.exec(s);
          if (m && i + m[0].length <= to) {
            const decoded = m[1] ? codePoint(Number(m[1])) : m[2] ? codePoint(parseInt(m[2], 16)) : Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, m[3]) ? NAMED_ENTITIES[m[3]] : undefined;
            if (decoded !== undefined) {
              const start = map.start(i);
              const end = map.end(i + m[0].length - 1);
              for (const ch of decoded) for (let k = 0; k < ch.length; k++) this.emit(ch[k], start, end);
              i += m[0].length;
              continue;
            }
          }
          break;
        }
        case '*':
        case '_':
        case '~': {
          let n = 1;
          while (s[i + n] === c) n++;
          const before = i > from ? s[i - 1] : ' ';
          const after = i + n < to ? s[i + n] : ' ';
          const intraword = c === '_' && isWordChar(before) && isWordChar(after);
          const lone = SPACE.test(before) && SPACE.test(after);
          if (!intraword && !lone && (c !== '~' || n >= 2)) {
            i += n;
            continue;
          }
          this.emitRun(raw, i, i + n);
          i += n;
          continue;
        }
        case '!':
          if (s[i + 1] === '[') {
            const close = this.closing(i + 1, to);
            if (close !== -1 && s[close + 1] === '(') {
              const paren = this.closing(close + 1, to);
              if (paren !== -1) {
                i = paren + 1;
                continue;
              }
            }
          }
          break;
        case '[': {
          if (s[i + 1] === '^') {
            const close = s.indexOf(']', i + 2);
            if (close !== -1 && close <= to && close - i < 100 && !/\s/.test(s.slice(i + 2, close))) {
              this.footnotes.push({ offset: this.here, label: s.slice(i + 2, close), range: { start: map.start(i), end: map.end(close) } });
              i = close + 1;
              continue;
            }
          }
          const close = this.closing(i, to);
          if (close !== -1) {
            let after = -1;
            let href = '';
            if (s[close + 1] === '(') {
              const paren = this.closing(close + 1, to);
              if (paren !== -1) {
                after = paren + 1;
                // The destination before any title: firstPiece reads the characters, where a split made a list of
                // the pieces (0.12 bytes per input byte in a heap profile over the White House corpus).
                href = firstPiece(s.slice(close + 2, paren).trim());
              }
            } else if (s[close + 1] === '[') {
              const refClose = s.indexOf(']', close + 2);
              if (refClose !== -1 && refClose < to && refClose - close < 1000) {
                const label = normalizeLabel(s.slice(close + 2, refClose) || s.slice(i + 1, close));
                if (this.references.has(label)) {
                  after = refClose + 1;
                  href = label;
                }
              }
            } else if (this.references.has(normalizeLabel(s.slice(i + 1, close)))) {
              after = close + 1;
              href = normalizeLabel(s.slice(i + 1, close));
            }
            if (after !== -1) {
              const start = this.here;
              this.read(raw, i + 1, close);
              this.links.push({ start, end: this.here, href });
              i = after;
              continue;
            }
          }
          break;
        }
        case 'h':
        case 'w': {
          if (i === from || !isWordChar(s[i - 1])) {
            BARE_URL.lastIndex = i;
            const m = BARE_URL.exec(s);
            if (m && i + m[0].length <= to) {
              let len = m[0].length;
              while (len > 0 && /[.,;:!?)"'\u201d\u2019]/.test(m[0][len - 1])) len--;
              if (len > 4) {
                i += len;
                continue;
              }
            }
          }
          break;
        }
        case '\n':
          this.emit(' ', map.start(i), map.end(i));
          i++;
          continue;
        default:
          break;
      }
      // An ordinary run: copy up to the next character that may start markup.
      const j = runEnd(s, i + 1, to);
      this.emitRun(raw, i, j);
      i = j;
    }
  }
}

/**
 * Pairs `[`/`]` and `(`/`)` of a text in one pass (escapes honoured), so that links are found in linear time. The
 * pairs are kept by opening offset: a block holds few brackets, and an array over every character of it (filled
 * with -1 first) cost more than the pairing in a CPU profile over the White House corpus.
 */
function pairBrackets(s: string): Map<number, number> {
  const partner = new Map<number, number>();
  const squares: number[] = [];
  const rounds: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 91) squares.push(i);
    else if (c === 93 && squares.length > 0) partner.set(squares.pop() as number, i);
    else if (c === 40) rounds.push(i);
    else if (c === 41 && rounds.length > 0) partner.set(rounds.pop() as number, i);
    else if (c === 10 && s.charCodeAt(i + 1) === 10) rounds.length = 0;
  }
  return partner;
}

function codePoint(n: number): string | undefined {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * Does the source line text[lineStart, lineStart + lineLength) end with content[from, to), NUL read as U+FFFD as
 * markdown-it reads it?
 */
function endsLine(text: string, lineStart: number, lineLength: number, content: string, from: number, to: number): boolean {
  const n = to - from;
  if (n > lineLength) return false;
  // Compared character by character: the two slices per source line made to compare them as strings were 64 bytes
  // a line, and hard-wrapped drafts have many lines (210,000 in 2,500 White House files).
  const base = lineStart + lineLength - n - from;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(base + k);
    if (c !== content.charCodeAt(k) && !(c === 0 && content.charCodeAt(k) === 0xfffd)) return false;
  }
  return true;
}

/** Aligns a content line that is not a plain substring of its source line (tabs expanded), from the end. */
function alignLoosely(part: string, lineText: string, lineStart: number, map: OffsetMap, pos: number): void {
  const at = new Array<number>(part.length);
  let j = lineText.length - 1;
  for (let k = part.length - 1; k >= 0; k--) {
    while (j > 0 && lineText[j] !== part[k] && /\s/.test(lineText[j])) j--;
    at[k] = lineStart + Math.max(j, 0);
    if (lineText[j] === part[k]) j--;
  }
  for (let k = 0; k < part.length; k++) map.char(pos + k, at[k], at[k] + 1);
}
