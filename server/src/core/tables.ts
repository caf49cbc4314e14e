/**
 * Tables (claims-spec, "Tables"): a table is prose cell by cell, and a source line directly above or below it
 * ("Source: Zillow Observed Rent Index.", "Sources: …", "Data: …") attributes every cell.
 */
import { sourceSpan, type Block } from './markdown';
import type { BlockAnalysis } from './records';
import type { Attribution } from './types';

/** A line that names where a table's figures come from. */
const SOURCE_LINE = /^\s*(?:(?:data\s+)?sources?|data|figures)\s*:\s*(?=\S)/i;
/** The same label after a note or caption in the line: "Note: Weekday averages. Source: …", "Table 2 — Source: …". */
const SOURCE_LABEL_INSIDE = /(?:[.;]\s+|\s[\u2014\u2013]\s+)(?:(?:Data\s+)?Sources?|Data|Figures)\s*:\s*(?=\S)/;
/** A note under a table, which may stand between it and its source line. */
const NOTE_LINE = /^\s*notes?\s*:/i;
/** A caption's closing brackets that name the compiler: "Weekday riders by route (Lynmouth Transit Authority)". */
const CAPTION_SOURCE = /\(((?:[\p{Lu}][\p{L}\p{M}.'’&-]*|of|for|the|and)(?:\s+(?:[\p{Lu}][\p{L}\p{M}.'’&-]*|of|for|the|and)){1,8})\)\s*[.:]?\s*$/u;

/** The first and last cell of each table, by table id. */
function tableExtents(blocks: Block[]): Map<number, { first: Block; last: Block }> {
  const extents = new Map<number, { first: Block; last: Block }>();
  for (const b of blocks) {
    if (b.table < 0) continue;
    const e = extents.get(b.table);
    if (e) e.last = b;
    else extents.set(b.table, { first: b, last: b });
  }
  return extents;
}

/** Is block b directly above the table (at most one blank line between)? */
function directlyAbove(b: Block | undefined, first: Block): b is Block {
  return b !== undefined && b.table < 0 && b.kind !== 'heading' && b.endLine >= first.startLine - 1;
}

/** Is block b directly below the table? */
function directlyBelow(b: Block | undefined, last: Block): b is Block {
  return b !== undefined && b.table < 0 && b.kind !== 'heading' && b.startLine <= last.endLine + 1;
}

/** The source a "Source: …" line gives, as an attribution. */
function sourceLine(b: Block, above: boolean): Attribution | null {
  const m = SOURCE_LINE.exec(b.prose) ?? SOURCE_LABEL_INSIDE.exec(b.prose);
  if (m) {
    const at = m.index + m[0].length;
    const source = b.prose.slice(at).trim().replace(/[.;]$/, '');
    if (source === '') return null;
    const cue = m[0].replace(/^[.;\s\u2014\u2013]+/, '').trim();
    return { kind: 'document', source, cue, range: sourceSpan(b, at, b.prose.trimEnd().length) };
  }
  // A caption above the table that names its compiler in closing brackets.
  const c = above ? CAPTION_SOURCE.exec(b.prose) : null;
  if (!c || !/\p{Lu}\S*\s+\S*\p{Lu}/u.test(c[1])) return null;
  const start = c.index + 1;
  return { kind: 'document', source: c[1], cue: '()', range: sourceSpan(b, start, start + c[1].length) };
}

/** Source lines of tables: the attribution of each table's cells, which blocks are source lines (no claims), and each table's first and last cell. */
export interface TableSources {
  byTable: Map<number, Attribution>;
  lines: Set<number>;
  extents: Map<number, { first: Block; last: Block }>;
}

/** Finds the tables that have a source line directly above or below them. */
export function tableSourceLines(blocks: Block[]): TableSources {
  const found: TableSources = { byTable: new Map(), lines: new Set(), extents: tableExtents(blocks) };
  for (const [table, { first, last }] of found.extents) {
    const above = blocks[first.index - 1];
    let below = directlyBelow(blocks[last.index + 1], last) ? blocks[last.index + 1] : undefined;
    // "Note: …" under the table, then the source line (one blank line between at most).
    const afterNote = blocks[last.index + 2];
    if (below && NOTE_LINE.test(below.prose) && !SOURCE_LABEL_INSIDE.test(below.prose) && directlyBelow(afterNote, below)) below = afterNote;
    for (const [b, isAbove] of [[below, false], [directlyAbove(above, first) ? above : undefined, true]] as const) {
      const source = b ? sourceLine(b, isAbove) : null;
      if (!b || !source) continue;
      found.byTable.set(table, source);
      found.lines.add(b.index);
      break;
    }
  }
  return found;
}

/** Words of a sentence that point to the table after it ("the figures below", "the following table"). */
const POINTS_TO_TABLE = /\b(?:(?:figures|numbers|data|estimates|table|chart)\s+below|the\s+following\s+(?:figures|numbers|data|estimates|table|chart)|this\s+table)\b/i;

/**
 * A caption that introduces the table right below it and names who compiled it, with a colon ("The estimates below
 * were prepared by the district's finance committee:") or by pointing to it with the agent of its making ("The figures
 * below, compiled by the authority's finance office, were presented to the council on Tuesday."): its source covers
 * the cells.
 */
export function captionOf(previous: BlockAnalysis | null, first: Block | undefined): Attribution | null {
  if (!previous || !first || !directlyAbove(previous.block, first)) return null;
  const last = previous.sentences.length - 1;
  const prose = previous.block.prose.trimEnd();
  const colon = prose.endsWith(':');
  if (!colon && (last < 0 || !POINTS_TO_TABLE.test(prose.slice(previous.sentences[last].start)))) return null;
  // (Without the colon, only who made the figures: not "Analysts said the table below understates losses.")
  const mention = previous.mentions.filter((m) => m.sentence === last && !m.mention.sourceless && (colon || / by$/.test(m.mention.cue))).pop();
  return mention?.attribution ?? null;
}
