/**
 * `npm run eval`: lints every article of the accuracy set's dev part and prints precision and recall per rule,
 * claim detection, and speaker accuracy, against the hand annotations. `--verbose` lists every miss and false alarm.
 * `--sealed` scores the sealed test part and prints totals only: no sentence, no file name, no per-item list.
 * `--dir=PATH` scores another folder of labelled drafts laid out the same way (`articles/`, `annotations/`).
 */
import { lint } from '../../server/src/core/lint';
import type { Claim, Finding, Span } from '../../server/src/core/types';
import { LineIndex } from '../../server/src/core/text/lines';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { accuracyDir, loadAccuracySet, sealedDir, type AnnotatedArticle } from './annotations';
import { sameSource } from './match';

export { sameSource };

/** Counts for one measured thing. */
export interface Score {
  name: string;
  expected: number;
  predicted: number;
  /** Expected items found. */
  found: number;
  /** Predicted items that were expected. */
  correct: number;
  misses: string[];
  falseAlarms: string[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function newScore(name: string): Score {
  return { name, expected: 0, predicted: 0, found: 0, correct: 0, misses: [], falseAlarms: [] };
}

/** Compares expected spans with predicted spans; a match is an overlap (or the same line, when lenient). */
function compare(score: Score, article: AnnotatedArticle, expected: Span[], predicted: Span[], sameLine: boolean): void {
  const lines = new LineIndex(article.text);
  const match = (a: Span, b: Span): boolean => overlaps(a, b) || (sameLine && lines.lineAt(a.start) === lines.lineAt(b.start));
  const show = (s: Span): string => {
    const line = lines.lineAt(s.start);
    const lineText = lines.lineText(article.text, line);
    const col = s.start - lines.starts[line];
    const context = lineText.slice(Math.max(0, col - 30), col + (s.end - s.start) + 30).replace(/\s+/g, ' ');
    return `${article.name}:${line + 1}: «${article.text.slice(s.start, s.end).slice(0, 80)}» … ${context}`;
  };
  score.expected += expected.length;
  score.predicted += predicted.length;
  for (const e of expected) {
    if (predicted.some((p) => match(e, p))) score.found++;
    else score.misses.push(show(e));
  }
  for (const p of predicted) {
    if (expected.some((e) => match(e, p))) score.correct++;
    else score.falseAlarms.push(show(p));
  }
}

const LENIENT_RULES = new Set(['ambiguous-pronoun', 'late-attribution', 'anonymous-source-reason']);
const FINDING_RULES = ['vague-attribution', 'anonymous-source-reason', 'ambiguous-pronoun', 'late-attribution', 'range-style', 'false-precision', 'unbalanced-quotes'];

/** Runs the evaluation over the accuracy set. */
export function evaluate(articles = loadAccuracySet()): { scores: Score[]; speakers: Score; problems: string[] } {
  const scores = new Map<string, Score>();
  const get = (name: string): Score => {
    let s = scores.get(name);
    if (!s) scores.set(name, (s = newScore(name)));
    return s;
  };
  const speakers = newScore('speaker of attributed quotes');
  const problems: string[] = [];
  for (const article of articles) {
    problems.push(...article.problems.map((p) => `${article.name}: ${p}`));
    const result = lint(article.text);
    const byRule = (id: string): Finding[] => result.findings.filter((f) => f.ruleId === id);
    const bodyClaims = (kind: Claim['kind']): Claim[] => result.claims.filter((c) => c.kind === kind && !c.inHeading && !c.inQuote);

    const numbers = article.claims.filter((c) => c.item.kind === 'number');
    const quotes = article.claims.filter((c) => c.item.kind === 'quote');
    compare(get('unattributed-number'), article, numbers.filter((c) => c.item.source === null), byRule('unattributed-number').map((f) => f.range), false);
    compare(get('unattributed-quote'), article, quotes.filter((c) => c.item.source === null), byRule('unattributed-quote').map((f) => f.range), false);
    for (const rule of FINDING_RULES) {
      compare(get(rule), article, article.findings.filter((f) => f.item.rule === rule), byRule(rule).map((f) => f.range), LENIENT_RULES.has(rule));
    }
    compare(get('number detection'), article, numbers, bodyClaims('number').map((c) => c.range), false);
    compare(get('quote detection'), article, quotes, bodyClaims('quote').map((c) => c.range), false);

    for (const q of quotes) {
      if (q.item.source === null || q.item.vague) continue;
      const claim = result.claims.find((c) => c.kind === 'quote' && overlaps(c.range, q));
      if (!claim) continue;
      speakers.expected++;
      speakers.predicted++;
      const lines = new LineIndex(article.text);
      const where = `${article.name}:${lines.lineAt(q.start) + 1}: «${q.item.text}»`;
      if (claim.attribution && sameSource(q.item.source, claim.attribution.source)) {
        speakers.found++;
        speakers.correct++;
      } else {
        speakers.misses.push(`${where} expected ${q.item.source}, got ${claim.attribution ? `${claim.attribution.source} (${claim.attribution.kind})` : 'none'}`);
      }
    }
  }
  return { scores: [...scores.values()], speakers, problems };
}

const ratio = (a: number, b: number): string => (b === 0 ? '   —' : (a / b).toFixed(2));

function printTable(scores: Score[], speakers: Score): void {
  // The counts behind each ratio: "right" of those predicted, "found" of those expected.
  const rows = [['measure', 'expected', 'predicted', 'right', 'found', 'precision', 'recall']];
  for (const s of scores) rows.push([s.name, String(s.expected), String(s.predicted), String(s.correct), String(s.found), ratio(s.correct, s.predicted), ratio(s.found, s.expected)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log(`\nspeaker accuracy on attributed quotes: ${ratio(speakers.correct, speakers.expected)} (${speakers.correct}/${speakers.expected})`);
}

/** Strata of split.json, grouped the way the figures are reported. */
const GROUPS: Record<string, string[]> = {
  'news (Wikinews, White House, polls, obituaries, partial quotes)': ['tuned', 'wikinews-news', 'whitehouse', 'own-poll', 'own-obituary', 'own-partial'],
  'transcripts and tables (interviews, Q&A, data stories)': ['wikinews-interview', 'own-qa', 'own-data'],
};

/** The stratum of each article, as the split recorded it. */
function strata(): Record<string, string> {
  const split = JSON.parse(readFileSync(join(accuracyDir, 'split.json'), 'utf8')) as { stratumOf: Record<string, string> };
  return split.stratumOf;
}

function printGroups(articles: AnnotatedArticle[]): void {
  const stratumOf = strata();
  console.log('\nby genre              articles  unattributed-number P / R  speaker accuracy');
  for (const [group, members] of Object.entries(GROUPS)) {
    const part = articles.filter((a) => members.includes(stratumOf[a.name] ?? 'tuned'));
    if (part.length === 0) continue;
    const { scores, speakers } = evaluate(part);
    const n = scores.find((x) => x.name === 'unattributed-number') as Score;
    console.log(`${group}\n                      ${String(part.length).padStart(8)}  ${ratio(n.correct, n.predicted)} / ${ratio(n.found, n.expected)} (${n.expected} expected, ${n.predicted} found)  ${ratio(speakers.correct, speakers.expected)} (${speakers.correct}/${speakers.expected})`);
  }
  // Totals per stratum (as split.json draws them): where a genre's figures come from, without naming an article.
  console.log('\nby stratum            articles  unattributed-number P / R  speaker accuracy');
  const names = [...new Set(articles.map((a) => stratumOf[a.name] ?? 'tuned'))].sort();
  for (const name of names) {
    const part = articles.filter((a) => (stratumOf[a.name] ?? 'tuned') === name);
    const { scores, speakers } = evaluate(part);
    const n = scores.find((x) => x.name === 'unattributed-number') as Score;
    console.log(`  ${name.padEnd(20)}${String(part.length).padStart(8)}  ${ratio(n.correct, n.predicted)} / ${ratio(n.found, n.expected)} (${n.expected} expected, ${n.predicted} found)  ${ratio(speakers.correct, speakers.expected)} (${speakers.correct}/${speakers.expected})`);
  }
}

if (require.main === module) {
  const verbose = process.argv.includes('--verbose');
  const sealed = process.argv.includes('--sealed');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice(6);
  if (dir && resolve(dir) === resolve(sealedDir)) {
    console.error('eval: the sealed part is scored with --sealed only (totals, no list).');
    process.exit(2);
  }
  if (sealed && (verbose || only)) {
    console.error('eval: the sealed part prints totals only (no sentences, no file names); drop --verbose / --only.');
    process.exit(2);
  }
  if (sealed && dir) {
    console.error('eval: --sealed and --dir name two different sets; give one.');
    process.exit(2);
  }
  const articles = loadAccuracySet(dir ? resolve(dir) : sealed ? sealedDir : accuracyDir);
  if (dir && articles.length === 0) {
    console.error(`eval: no annotations in ${join(resolve(dir), 'annotations')} (the folder needs articles/ and annotations/)`);
    process.exit(2);
  }
  const { scores, speakers, problems } = evaluate(articles);
  const label = dir ? resolve(dir) : sealed ? 'sealed test part' : 'dev part';
  console.log(`accuracy set, ${label}: ${articles.length} annotated articles\n`);
  printTable(scores, speakers);
  if (!dir) printGroups(articles);
  if (problems.length > 0) {
    console.log(`\n${problems.length} annotation problem(s)${sealed ? ' (run npm run eval:check)' : ':'}`);
    if (!sealed) for (const p of problems) console.log(`  ${p}`);
  }
  if (verbose) {
    for (const s of [...scores, speakers]) {
      if (only && s.name !== only) continue;
      if (s.misses.length === 0 && s.falseAlarms.length === 0) continue;
      console.log(`\n## ${s.name}`);
      for (const m of s.misses) console.log(`  miss   ${m}`);
      for (const f of s.falseAlarms) console.log(`  extra  ${f}`);
    }
  }
}
