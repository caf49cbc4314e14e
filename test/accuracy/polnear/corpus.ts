/**
 * Reading PolNeAR (Political News Attribution Relations corpus) from the folder POLNEAR_DIR names. Its articles are
 * copyrighted news: they are read at run time and never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../../server/src/core/types';

/** One gold attribution: who (source), by which words (cue), what (content). Spans are offsets into the text. */
export interface GoldAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
  sourceText: string;
  cueText: string;
}

/** One article with its gold attributions. */
export interface GoldArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** The splits the harness may read: `test` is reserved for independent checks. */
export type PolnearSplit = 'train' | 'dev';

/** How to get the corpus, printed when it is absent. */
export const HOW_TO_GET = [
  'PolNeAR is not here. It is copyrighted news and never ships with Claimlint; to measure on it:',
  '  git clone https://github.com/networkdynamics/PolNeAR',
  '  POLNEAR_DIR=$PWD/PolNeAR npm run eval:polnear',
  '(POLNEAR_DIR is the clone, or its data/ folder.)',
].join('\n');

/** The corpus's data folder, from POLNEAR_DIR, or null when it is not set or not there. */
export function polnearDataDir(env = process.env): string | null {
  const dir = env.POLNEAR_DIR;
  if (!dir) return null;
  for (const candidate of [join(dir, 'data'), dir]) {
    if (existsSync(join(candidate, 'train', 'text')) && existsSync(join(candidate, 'train', 'attributions'))) return candidate;
  }
  return null;
}

function spans(field: string): Span[] {
  // "Source 89 106" or a discontinuous "Content 2103 2168;2170 2425"
  const ranges = field.slice(field.indexOf(' ') + 1);
  return ranges.split(';').map((r) => {
    const [start, end] = r.trim().split(' ').map(Number);
    return { start, end };
  });
}

/** Parses one brat standoff file into attributions. */
export function parseAnnotation(ann: string, text: string): GoldAttribution[] {
  const bySpanId = new Map<string, { type: string; spans: Span[] }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cells = line.split('\t');
    if (/^T\d+$/.test(cells[0]) && cells.length >= 2) {
      bySpanId.set(cells[0], { type: cells[1].split(' ')[0], spans: spans(cells[1]) });
    } else if (/^E\d+$/.test(cells[0]) && cells.length >= 2) {
      events.push(cells[1].trim().split(/\s+/));
    }
  }
  const textOf = (list: Span[]): string => list.map((s) => text.slice(s.start, s.end)).join(' ');
  const attributions: GoldAttribution[] = [];
  for (const roles of events) {
    const a: GoldAttribution = { source: [], cue: [], content: [], sourceText: '', cueText: '' };
    for (const role of roles.slice(1)) {
      const [name, id] = role.split(':');
      const target = bySpanId.get(id);
      if (!target) continue;
      if (name.startsWith('Source')) a.source.push(...target.spans);
      else if (name.startsWith('Cue')) a.cue.push(...target.spans);
      else if (name.startsWith('Content')) a.content.push(...target.spans);
    }
    a.sourceText = textOf(a.source);
    a.cueText = textOf(a.cue);
    attributions.push(a);
  }
  return attributions;
}

/**
 * Some articles (the New York Times') spell quotation marks as two apostrophes (''…''), as their plain-text export
 * did. They become a double mark and a zero-width space, so that every offset of the gold labels stays where it was.
 */
export function withQuotationMarks(text: string): string {
  // Three apostrophes are a double mark and a single one nested in it: the double opens first and closes last
  // ("'''old-school,'''" reads “'old-school,'”).
  return text.replace(/'''|''/g, (marks: string, at: number) => {
    const opens = at === 0 || /[\s(\[\u2014-]/.test(text[at - 1]);
    if (marks.length === 3) return opens ? '"\u200b\'' : '\'\u200b"';
    return opens ? '"\u200b' : '\u200b"';
  });
}

/**
 * Every article of a split with one annotator's attributions (the first listed in metadata.tsv whose file exists;
 * some articles were annotated twice for agreement studies).
 */
export function readSplit(dataDir: string, split: PolnearSplit): GoldArticle[] {
  const annotators = new Map<string, string[]>();
  for (const line of readFileSync(join(dataDir, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const cells = line.split('\t');
    if (cells[0] === split) annotators.set(cells[1], cells[3].split('|'));
  }
  const annDir = join(dataDir, split, 'attributions');
  const annFiles = new Set(readdirSync(annDir));
  const articles: GoldArticle[] = [];
  for (const file of readdirSync(join(dataDir, split, 'text')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const ids = annotators.get(name) ?? [];
    const chosen = [...ids, ...[...annFiles].filter((f) => f.startsWith(`${name}_`)).map((f) => f.slice(name.length + 1, -4))]
      .map((id) => `${name}_${id}.ann`)
      .find((f) => annFiles.has(f));
    if (!chosen) continue;
    const text = withQuotationMarks(readFileSync(join(dataDir, split, 'text', file), 'utf8'));
    articles.push({ name, text, attributions: parseAnnotation(readFileSync(join(annDir, chosen), 'utf8'), text) });
  }
  return articles;
}
