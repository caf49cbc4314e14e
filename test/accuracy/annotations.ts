/** Loading and locating the hand annotations of the accuracy set (see GUIDELINES.md). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One annotated claim, as written in an annotation file. */
export interface AnnotatedClaim {
  kind: 'number' | 'quote';
  text: string;
  context?: string;
  source: string | null;
  vague?: boolean;
}

/** One annotated finding of a rule other than the unattributed-* pair. */
export interface AnnotatedFinding {
  rule: string;
  text: string;
  context?: string;
}

/** An annotation file. */
export interface Annotation {
  article: string;
  claims: AnnotatedClaim[];
  findings: AnnotatedFinding[];
  notes?: string;
}

/** An annotated item placed in its article. */
export interface Located<T> {
  item: T;
  start: number;
  end: number;
}

/** An article with its annotation, every item located; problems lists what could not be located. */
export interface AnnotatedArticle {
  name: string;
  text: string;
  annotation: Annotation;
  claims: Located<AnnotatedClaim>[];
  findings: Located<AnnotatedFinding>[];
  problems: string[];
}

const here = basename(__dirname) === 'accuracy' ? __dirname : join(process.cwd(), 'test', 'accuracy');

/** Where the accuracy set's dev part lives. */
export const accuracyDir = here;

/** Where the sealed test part lives (same layout: articles/ and annotations/). */
export const sealedDir = join(here, 'sealed');

function countOccurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  if (needle.length === 0) return at;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Finds the one place an item's text (inside its context, when given) stands in the article. */
export function locate(text: string, item: { text: string; context?: string }): { start: number; end: number } | string {
  const anchor = item.context ?? item.text;
  const places = countOccurrences(text, anchor);
  if (places.length === 0) return `not found: ${JSON.stringify(anchor)}`;
  if (places.length > 1) {
    return `found ${places.length} times, add a longer "context": ${JSON.stringify(anchor)}`;
  }
  const offset = item.context === undefined ? 0 : item.context.indexOf(item.text);
  if (offset < 0) return `"text" ${JSON.stringify(item.text)} is not inside its "context"`;
  const start = places[0] + offset;
  return { start, end: start + item.text.length };
}

function locateAll<T extends { text: string; context?: string }>(
  text: string,
  items: T[],
  label: string,
  problems: string[],
): Located<T>[] {
  const located: Located<T>[] = [];
  items.forEach((item, i) => {
    const place = locate(text, item);
    if (typeof place === 'string') problems.push(`${label}[${i}] ${place}`);
    else located.push({ item, ...place });
  });
  return located;
}

/** Reads every annotated article of the accuracy set. */
export function loadAccuracySet(dir = accuracyDir): AnnotatedArticle[] {
  const annotationDir = join(dir, 'annotations');
  const articles: AnnotatedArticle[] = [];
  if (!existsSync(annotationDir)) return articles;
  for (const file of readdirSync(annotationDir).filter((f) => f.endsWith('.json')).sort()) {
    const annotation = JSON.parse(readFileSync(join(annotationDir, file), 'utf8')) as Annotation;
    const name = file.replace(/\.json$/, '.md');
    const text = readFileSync(join(dir, 'articles', name), 'utf8');
    const problems: string[] = [];
    if (annotation.article !== name) problems.push(`"article" should be ${JSON.stringify(name)}`);
    const claims = locateAll(text, annotation.claims ?? [], 'claims', problems);
    const findings = locateAll(text, annotation.findings ?? [], 'findings', problems);
    for (const c of annotation.claims ?? []) {
      if (c.kind !== 'number' && c.kind !== 'quote') problems.push(`bad kind ${JSON.stringify(c.kind)}`);
      if (c.source !== null && typeof c.source !== 'string') problems.push(`bad source ${JSON.stringify(c.source)}`);
    }
    articles.push({ name, text, annotation, claims, findings, problems });
  }
  return articles;
}
