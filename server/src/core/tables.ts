/**
 * Tables (claims-spec, "Tables"): a table is prose cell by cell, and a source line directly above or below it
 * ("Source: Zillow Observed Rent Index.", "Sources: …", "Data: …") attributes every cell.
 */
import { sourceSpan, type Block } from './markdown';
import type { BlockAnalysis } from './records';
import type { Attribution } from './types';

/** A line that names where a table's figures come from. */
const SOURCE_LINE = /^\s*(?:(?:data\s+)?sources?|data|figures)\s*:\s*(?=\S)/i;

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
function sourceLine(b: Block): Attribution | null {
  const m = SOURCE_LINE.exec(b.prose);
  if (!m) return null;
  const source = b.prose.slice(m[0].length).trim().replace(/[.;]$/, '');
  if (source === '') return null;
  const cue = m[0].trim();
  return { kind: 'document', source, cue, range: sourceSpan(b, m[0].length, b.prose.trimEnd().length) };
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
    const below = blocks[last.index + 1];
    for (const b of [directlyBelow(below, last) ? below : undefined, directlyAbove(above, first) ? above : undefined]) {
      const source = b ? sourceLine(b) : null;
      if (!b || !source) continue;
      found.byTable.set(table, source);
      found.lines.add(b.index);
      break;
    }
  }
  return found;
}

/**
 * A caption that introduces the table right below it with a colon and names who compiled it ("The estimates below
 * were prepared by the district's finance committee:"): its source covers the cells.
 */
export function captionOf(previous: BlockAnalysis | null, first: Block | undefined): Attribution | null {
  if (!previous || !first || !directlyAbove(previous.block, first) || !previous.block.prose.trimEnd().endsWith(':')) return null;
  const last = previous.sentences.length - 1;
  const mention = previous.mentions.filter((m) => m.sentence === last && !m.mention.sourceless).pop();
  return mention?.attribution ?? null;
}
