/**
 * The draft as the review page (`--format html`) shows it: prose blocks, each claim's status, and where every claim
 * and finding stands in that prose. Worked out beside the lint, where the parsed draft and the engine's links
 * between findings and claims are at hand.
 */
import { parseMarkdown, type Block } from '../core/markdown';
import type { Claim, LintResult, Span } from '../core/types';
import { Positions, type LineColumnRange } from './positions';

/**
 * What the review page says of a claim: flagged as unattributed, attributed vaguely, attributed to an identifiable
 * source, or without a source but not flagged (a heading's number, or the rule is off).
 */
export type ClaimStatus = 'unattributed' | 'vague' | 'named' | 'unflagged';

/** A place in the prose: block number, start and end (UTF-16 offsets into the block's prose). */
export type Anchor = [block: number, start: number, end: number];

/** One block of prose as the page renders it. */
export interface ProseBlock {
  /** `h1`…`h6` for headings, `p` for paragraphs, `td` for table cells. */
  tag: string;
  /** 1-based line where the block starts. */
  line: number;
  inList: boolean;
  blockquoteDepth: number;
  /** For table cells, the table's number in the draft; -1 otherwise. */
  table: number;
  /** The prose, inline markup removed. */
  text: string;
  /** Links: prose start, end and destination as written. */
  links: [start: number, end: number, href: string][];
}

/** A draft's review data. */
export interface DraftReview {
  blocks: ProseBlock[];
  /** One entry per claim, in the order of the lint result's claims. */
  claims: { status: ClaimStatus; at: Anchor | null }[];
  /** Where each finding stands, by its range's key (see rangeKey); findings outside the prose have none. */
  places: Record<string, Anchor>;
}

const UNATTRIBUTED_RULES = new Set(['unattributed-number', 'unattributed-quote']);

/** The key under which a range's place is kept: findings are matched to places after --quiet and --baseline. */
export function rangeKey(range: LineColumnRange): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** Describes a linted draft for the review page. */
export function reviewDraft(text: string, result: LintResult): DraftReview {
  const doc = parseMarkdown(text);
  const positions = new Positions(text);
  const locate = placeFinder(doc.blocks);
  // A setext heading's underline is the line after its text (markdown-it's map of the heading's text ends before it).
  const line = (n: number): string => (n < doc.lines.count ? doc.lines.lineText(text, n) : '');
  const blocks = doc.blocks.map((b) => proseBlock(b, line(b.startLine), line(b.endLine)));
  const places: Record<string, Anchor> = {};
  for (const f of result.findings) {
    const at = locate(f.range);
    if (at) places[rangeKey(positions.range(f.range))] = at;
  }
  return { blocks, claims: result.claims.map((c) => ({ status: claimStatus(c, result), at: locate(c.range) })), places };
}

/** A claim's status: an unattributed-* finding about it wins, then a vague source, then any source. */
export function claimStatus(claim: Claim, result: LintResult): ClaimStatus {
  if (result.findings.some((f) => f.claim === claim && UNATTRIBUTED_RULES.has(f.ruleId))) return 'unattributed';
  const a = claim.attribution;
  if (!a) return 'unflagged';
  if (a.kind === 'vague') return 'vague';
  if (result.findings.some((f) => f.ruleId === 'vague-attribution' && overlaps(f.range, a.range))) return 'vague';
  return 'named';
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function proseBlock(block: Block, firstLine: string, nextLine: string): ProseBlock {
  return {
    tag: block.kind === 'heading' ? `h${headingLevel(firstLine, nextLine)}` : block.kind === 'cell' ? 'td' : 'p',
    line: block.startLine + 1,
    inList: block.inList,
    blockquoteDepth: block.blockquoteDepth,
    table: block.table,
    text: block.prose,
    links: block.links.map((l) => [l.start, l.end, l.href]),
  };
}

/** An ATX heading's level from its `#`s (after any blockquote or list markers); a setext heading's from its underline. */
function headingLevel(firstLine: string, underline: string): number {
  const atx = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(#{1,6})(?:\s|$)/.exec(firstLine);
  if (atx) return atx[1].length;
  return /^[\s>]*=+\s*$/.test(underline) ? 1 : 2;
}

/** Finds where a source span stands in the prose: the block holding its start, clipped to that block. */
function placeFinder(blocks: readonly Block[]): (span: Span) => Anchor | null {
  const extents = blocks
    .filter((b) => b.prose.length > 0)
    .map((b) => ({ block: b, start: b.map.start(0), end: b.map.end(b.prose.length - 1) }))
    .sort((a, b) => a.start - b.start);
  return (span) => {
    let lo = 0;
    let hi = extents.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (extents[mid].start <= span.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // A span that starts in markup just before a block's prose (an opening `*`) belongs to that block.
    const candidates = [found, found + 1].filter((i) => i >= 0 && i < extents.length);
    const hit = candidates.map((i) => extents[i]).find((e) => span.start < e.end && e.start < Math.max(span.end, span.start + 1));
    if (!hit) return null;
    const { block } = hit;
    const n = block.prose.length;
    // First prose character that ends after the span starts; last one that starts before the span ends.
    const start = firstIndex(n, (i) => block.map.end(i) > span.start);
    const last = firstIndex(n, (i) => block.map.start(i) >= Math.max(span.end, span.start + 1)) - 1;
    return [block.index, start, Math.min(n, Math.max(last + 1, start + 1))];
  };
}

/** The first index in [0, n) for which a monotone test holds, or n. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
