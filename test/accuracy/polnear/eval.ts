/**
 * `npm run eval:polnear`: Claimlint measured against PolNeAR's gold attributions (third-party labels).
 *
 * `--split dev` (default) prints totals only: dev is for measuring, and nobody reads its errors. `--split train`
 * with `--verbose` lists every error (train is where errors are read and learned from). The `test` split is reserved
 * for independent checks and is refused.
 *
 * How the gold labels are read (see the README's accuracy section):
 * - An article is linted as Markdown with its first line (the headline) made a heading.
 * - A gold direct quote is a passage in double quotation marks of three or more words inside the content of a gold
 *   attribution that names a source.
 * - A flagged number is a false alarm when it lies inside the content of a gold attribution with a source. (A number
 *   in a source, "74 percent said", is the claim itself, not attributed by it.) A number judged attributed has a
 *   wrong source/cue pair when it lies outside every gold attribution with a source: its content, source and cue
 *   (claims-spec attributes a number in the speaker's own description, "Peter Hart, 25, said", by its sentence).
 * - PolNeAR labels actions, intentions and states of mind ("plans to", "ordered", "wants", "is worried") as
 *   attributions too. The strict figures count every gold attribution with a source; the adjusted figures count only
 *   those whose cue is a statement, a report or a document (STATEMENT_CUE), as claims-spec's attribution does.
 */
import { lint } from '../../../server/src/core/lint';
import type { Claim, LintResult, Span } from '../../../server/src/core/types';
import { sameSource } from '../match';
import { HOW_TO_GET, polnearDataDir, readSplit, type GoldArticle, type GoldAttribution, type PolnearSplit } from './corpus';

/** Cues of statements, reports and documents: the attributions claims-spec counts (the adjusted figures). */
export const STATEMENT_CUE =
  /^(?:[\w’']+ )*?(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|add(?:s|ed|ing)?|not(?:e|es|ed|ing)|estimat\w*|wr(?:ite|ites|ote|iting|itten)|according|report\w*|f(?:ind|inds|ound|inding)|show\w*|tweet\w*|warn\w*|expla\w*|argu\w*|ask\w*|testif\w*|stat(?:e|es|ed|ing|ement)|announc\w*|confirm\w*|claim\w*|insist\w*|declar\w*|acknowledg\w*|admit\w*|indicat\w*|suggest\w*|predict\w*|project\w*|revea\w*|deni\w*|deny\w*|respond\w*|repl\w*|recall\w*|conclud\w*|cit(?:e|es|ed|ing)|describ\w*|point\w*|put\w*|poll\w*|survey\w*|in|from|per|by|under|:)\b/i;

/** The Markdown Claimlint lints for an article: the headline as a heading. */
export const HEADING_PREFIX = '# ';

const inside = (x: Span, spans: Span[]): boolean => spans.some((s) => x.start >= s.start && x.end <= s.end);
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** Passages between double quotation marks, paragraph by paragraph (inner marks of the passage included). */
export function quotedPassages(text: string): Span[] {
  const passages: Span[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    const body = p[0];
    let open = -1;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      const opens = c === '“' || (c === '"' && open < 0 && (i === 0 || /[\s(\[—–-]/.test(body[i - 1])));
      const closes = c === '”' || (c === '"' && open >= 0);
      if (open < 0 && opens) open = i;
      else if (open >= 0 && closes) {
        const inner = body.slice(open + 1, i);
        if (inner.trim().split(/\s+/).length >= 3) passages.push({ start: p.index + open + 1, end: p.index + i });
        open = -1;
      } else if (open >= 0 && c === '“') open = i;
    }
  }
  return passages;
}

/** The paragraph (between blank lines) around an offset. */
export function paragraphOf(text: string, at: number): Span {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/**
 * The article with one attribution's source and cue deleted and the sentence mended to read on: `“…,” Smith said.`
 * becomes `“….”`, `Smith said, “…”` becomes `“…”`. Null when the two do not stand together beside the quote.
 */
export function withoutAttribution(text: string, gold: GoldAttribution, quote: Span): { text: string; quote: Span } | null {
  if (gold.source.length === 0 || gold.cue.length === 0) return null;
  const all = [...gold.source, ...gold.cue];
  let start = Math.min(...all.map((s) => s.start));
  let end = Math.max(...all.map((s) => s.end));
  if (end - start > 160 || overlaps({ start, end }, { start: quote.start - 1, end: quote.end + 1 })) return null;
  const para = paragraphOf(text, quote.start);
  if (start < para.start || end > para.end) return null;
  const gap = text.slice(start, end);
  if (/[“”"]/.test(gap)) return null;
  // Glue that only served the attribution.
  const after = text.slice(end, end + 3);
  const before = text.slice(Math.max(para.start, start - 3), start);
  let replacement = '';
  if (/^[,:]\s/.test(after) && (start === para.start || /[.!?]["”]?\s$/.test(before) || /^\s*$/.test(text.slice(para.start, start)))) {
    end += 2; // "Smith said, “…”" → "“…”"
  } else if (/^\s*[.!?]/.test(text.slice(end)) && /[,]["”]\s?$/.test(before)) {
    // "“…,” Smith said." → "“….”"
    const comma = start - (before.endsWith(' ') ? 3 : 2);
    const punct = text.slice(end).match(/^\s*([.!?])/) as RegExpMatchArray;
    const mark = text[comma + 1];
    start = comma;
    end += punct[0].length;
    replacement = `${punct[1]}${mark}`;
  } else if (/^\s*[.!?]/.test(text.slice(end)) && /\s$/.test(before)) {
    start -= 1; // "“…” Smith said." → "“…”."
  } else if (/^,\s/.test(after) && /,["”]?\s$/.test(before)) {
    end += 2; // "“A,” Smith said, “B”" → "“A,” “B”"
    start -= 1;
  }
  const mended = text.slice(0, start) + replacement + text.slice(end);
  const moved = quote.start >= end ? replacement.length - (end - start) : 0;
  const newQuote = shift(quote, moved);
  // The quote reads the same, but for a closing comma that became the sentence's full stop.
  const same = (a: string, b: string): boolean => a === b || (a.slice(0, -1) === b.slice(0, -1) && b.endsWith(','));
  if (!same(mended.slice(newQuote.start, newQuote.end), text.slice(quote.start, quote.end))) return null;
  return { text: mended, quote: newQuote };
}

/** Does something besides this attribution give the quote a source under claims-spec's scope rules? */
export function stillAttributed(text: string, passage: Span, gold: GoldAttribution, sourced: GoldAttribution[]): boolean {
  const para = paragraphOf(text, passage.start);
  const within = (s: Span, p: Span): boolean => s.start >= p.start && s.end <= p.end;
  if (sourced.some((a) => a !== gold && a.source.some((s) => within(s, para)))) return true;
  // The paragraph opens with the quote once this attribution is gone ("He added, “…”" becomes "“…”").
  let lead = text.slice(para.start, passage.start);
  for (const s of [...gold.source, ...gold.cue]) {
    if (s.start >= para.start && s.end <= passage.start) lead = lead.slice(0, s.start - para.start) + ' '.repeat(s.end - s.start) + lead.slice(s.end - para.start);
  }
  if (!/^[\s,:]*["“]/.test(lead)) return false;
  // The paragraph before: read from its last character (an offset on the blank line between would find no paragraph).
  let last = para.start - 1;
  while (last > 0 && text[last] === '\n') last--;
  const previous = last > 0 ? paragraphOf(text, last) : null;
  return previous !== null && sourced.some((a) => a.source.some((s) => within(s, previous)) && a.content.some((c) => within(c, previous) && /["”]/.test(text.slice(c.start, c.end))));
}

/** A count with its total. */
export interface Ratio {
  count: number;
  total: number;
}

/** Everything the harness measures on one split. */
export interface PolnearFigures {
  articles: number;
  quotes: { gold: number; found: Ratio; speakerRight: Ratio; flagged: Ratio };
  deleted: Ratio;
  numbers: {
    flagged: number;
    flaggedInsideStrict: Ratio;
    flaggedInsideAdjusted: Ratio;
    attributedOutsideStrict: Ratio;
    attributedOutsideAdjusted: Ratio;
  };
  errors: string[];
}

const ratio = (): Ratio => ({ count: 0, total: 0 });

function lintArticle(text: string): LintResult {
  return lint(HEADING_PREFIX + text);
}

/** Scores one split. */
export function evaluatePolnear(articles: GoldArticle[], collectErrors: boolean): PolnearFigures {
  const f: PolnearFigures = {
    articles: articles.length,
    quotes: { gold: 0, found: ratio(), speakerRight: ratio(), flagged: ratio() },
    deleted: ratio(),
    numbers: { flagged: 0, flaggedInsideStrict: ratio(), flaggedInsideAdjusted: ratio(), attributedOutsideStrict: ratio(), attributedOutsideAdjusted: ratio() },
    errors: [],
  };
  const by = HEADING_PREFIX.length;
  for (const article of articles) {
    const { text } = article;
    const note = (what: string, span: Span, extra = ''): void => {
      if (!collectErrors) return;
      const line = text.slice(Math.max(0, span.start - 60), span.end + 60).replace(/\s+/g, ' ');
      f.errors.push(`${article.name}@${span.start}: ${what}${extra ? ` (${extra})` : ''} … ${line}`);
    };
    const result = lintArticle(text);
    const claims = result.claims.filter((c) => !c.inHeading).map((c) => ({ ...c, range: shift(c.range, -by) }));
    const findings = result.findings.map((x) => ({ ...x, range: shift(x.range, -by) }));
    const sourced = article.attributions.filter((a) => a.source.length > 0);
    const adjusted = sourced.filter((a) => STATEMENT_CUE.test(a.cueText.trim()));

    // Direct quotes.
    const quoteClaims = claims.filter((c) => c.kind === 'quote');
    const unattributedQuotes = findings.filter((x) => x.ruleId === 'unattributed-quote').map((x) => x.range);
    for (const passage of quotedPassages(text)) {
      const gold = sourced.find((a) => inside(passage, a.content));
      if (!gold) continue;
      f.quotes.gold++;
      f.quotes.found.total++;
      f.quotes.flagged.total++;
      const claim = quoteClaims.find((c) => overlaps(c.range, passage));
      if (claim) {
        f.quotes.found.count++;
        f.quotes.speakerRight.total++;
        const a = claim.attribution;
        const right = a !== null && (gold.source.some((s) => overlaps(s, shift(a.range, -by))) || sameSource(gold.sourceText, a.source));
        if (right) f.quotes.speakerRight.count++;
        else note('speaker', passage, `gold ${gold.sourceText} / ${gold.cueText}; got ${a ? `${a.source} / ${a.cue}` : 'none'}`);
      } else note('quote not found', passage);
      if (unattributedQuotes.some((r) => overlaps(r, passage))) {
        f.quotes.flagged.count++;
        note('attributed quote flagged', passage, `gold ${gold.sourceText} / ${gold.cueText}`);
      }
      // The derived set: the same quote with its attribution deleted must be flagged — where nothing else in
      // claims-spec's scope still attributes it (another source in its paragraph, or a paragraph of quotes that
      // continues the speaker of the paragraph before).
      const derived = stillAttributed(text, passage, gold, sourced) ? null : withoutAttribution(text, gold, passage);
      if (derived) {
        f.deleted.total++;
        const result = lintArticle(derived.text);
        const again = result.findings.filter((x) => x.ruleId === 'unattributed-quote');
        if (again.some((x) => overlaps(shift(x.range, -by), derived.quote))) f.deleted.count++;
        else {
          // What still attributes it, so that a listing of errors shows the class.
          const still = result.claims.find((c) => c.kind === 'quote' && overlaps(shift(c.range, -by), derived.quote))?.attribution;
          note('deleted attribution not flagged', passage, `deleted ${gold.sourceText} / ${gold.cueText}; still ${still ? `${still.source} / ${still.cue ?? still.kind}` : 'not a quote'}`);
        }
      }
    }

    // Numbers.
    const numberClaims = claims.filter((c) => c.kind === 'number');
    const flagged = findings.filter((x) => x.ruleId === 'unattributed-number').map((x) => x.range);
    f.numbers.flagged += flagged.length;
    for (const r of flagged) {
      f.numbers.flaggedInsideStrict.total++;
      f.numbers.flaggedInsideAdjusted.total++;
      const strict = sourced.find((a) => inside(r, a.content));
      if (strict) {
        f.numbers.flaggedInsideStrict.count++;
        note('flagged number inside a gold attribution', r, `gold ${strict.sourceText} / ${strict.cueText}`);
      }
      if (adjusted.some((a) => inside(r, a.content))) f.numbers.flaggedInsideAdjusted.count++;
    }
    const whole = (a: GoldAttribution): Span[] => [...a.content, ...a.source, ...a.cue];
    for (const c of numberClaims.filter((x: Claim) => x.attribution !== null)) {
      f.numbers.attributedOutsideStrict.total++;
      f.numbers.attributedOutsideAdjusted.total++;
      if (!sourced.some((a) => inside(c.range, whole(a)))) {
        f.numbers.attributedOutsideStrict.count++;
        note('attributed number outside every gold attribution', c.range, `got ${c.attribution?.source} / ${c.attribution?.cue}`);
      }
      if (!adjusted.some((a) => inside(c.range, whole(a)))) f.numbers.attributedOutsideAdjusted.count++;
    }
  }
  return f;
}

const pct = (r: Ratio): string => (r.total === 0 ? '—' : `${((100 * r.count) / r.total).toFixed(1)}% (${r.count}/${r.total})`);

/** The figures as printed lines. */
export function formatFigures(split: PolnearSplit, f: PolnearFigures): string[] {
  return [
    `PolNeAR ${split}: ${f.articles} articles`,
    '',
    `direct quotes in gold attributions with a source: ${f.quotes.gold}`,
    `  found as quotes:                               ${pct(f.quotes.found)}`,
    `  speaker right (of those found):                ${pct(f.quotes.speakerRight)}`,
    `  flagged unattributed-quote (false alarms):     ${pct(f.quotes.flagged)}`,
    `quotes with their source and cue deleted, flagged: ${pct(f.deleted)}`,
    `numbers flagged unattributed-number: ${f.numbers.flagged}`,
    `  inside a gold attribution with a source, strict:   ${pct(f.numbers.flaggedInsideStrict)}`,
    `  the same, statement cues only (adjusted):          ${pct(f.numbers.flaggedInsideAdjusted)}`,
    `numbers judged attributed, outside every gold attribution with a source, strict: ${pct(f.numbers.attributedOutsideStrict)}`,
    `  the same, statement cues only (adjusted):                                   ${pct(f.numbers.attributedOutsideAdjusted)}`,
  ];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const splitArg = args.find((a) => a.startsWith('--split='))?.slice(8) ?? (args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev');
  if (splitArg === 'test') {
    console.error('eval:polnear: the test split is reserved for independent checks; use --split dev (measure) or train.');
    process.exit(2);
  }
  if (splitArg !== 'dev' && splitArg !== 'train') {
    console.error(`eval:polnear: unknown split ${JSON.stringify(splitArg)} (dev or train)`);
    process.exit(2);
  }
  const verbose = args.includes('--verbose');
  if (verbose && splitArg === 'dev') {
    console.error('eval:polnear: dev is for measuring and prints totals only; read errors with --split train --verbose.');
    process.exit(2);
  }
  const dataDir = polnearDataDir();
  if (!dataDir) {
    console.log(HOW_TO_GET);
    console.log('eval:polnear: skipped.');
    process.exit(0);
  }
  const split = splitArg as PolnearSplit;
  const figures = evaluatePolnear(readSplit(dataDir, split), verbose);
  for (const line of formatFigures(split, figures)) console.log(line);
  if (verbose) for (const e of figures.errors) console.log(e);
}
