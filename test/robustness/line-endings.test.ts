/**
 * Line endings: the same draft with LF, CRLF or CR line ends. Every finding and claim starts and ends on text (never
 * on a line break, never between the CR and LF of a pair); every fix and suggestion edits within one line (it never
 * replaces a line break, never lands between CR and LF), so that applying it keeps the draft's line structure.
 * Generated drafts always run; a sample of the shared corpus runs when ../shared/corpus is there.
 */
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/core/edits';
import { lint } from '../../server/src/core/lint';
import type { LintOptions, Span, TextEdit } from '../../server/src/core/types';
import { corpusDir, markdownFiles } from '../helpers/corpus';

/** Every rule on, so that every fix and suggestion builder is exercised. */
const options: LintOptions = { rules: { 'loaded-attribution-verb': 'information', 'late-attribution': 'information', 'ambiguous-pronoun': 'information' } };

const EOLS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

/** The draft with every line end (CRLF, CR or LF) replaced by `eol`. */
function withEol(text: string, eol: string): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}

const isBreak = (c: string | undefined): boolean => c === '\r' || c === '\n';

/** Problems with the ranges and edits a lint of `text` reports. */
function problems(text: string): string[] {
  const out: string[] = [];
  const show = (s: Span): string => JSON.stringify(text.slice(Math.max(0, s.start - 15), s.end + 15));
  const offPair = (o: number): boolean => !(text[o - 1] === '\r' && text[o] === '\n');
  const onText = (what: string, s: Span): void => {
    if (!offPair(s.start) || !offPair(s.end)) out.push(`${what} ${s.start}-${s.end} splits a CRLF: ${show(s)}`);
    else if (s.end > s.start && (isBreak(text[s.start]) || isBreak(text[s.end - 1]))) out.push(`${what} ${s.start}-${s.end} starts or ends on a line break: ${show(s)}`);
  };
  const inLine = (what: string, e: TextEdit): void => {
    if (!offPair(e.range.start) || !offPair(e.range.end)) out.push(`${what} edit ${e.range.start}-${e.range.end} splits a CRLF: ${show(e.range)}`);
    else if (/[\r\n]/.test(text.slice(e.range.start, e.range.end))) out.push(`${what} edit ${e.range.start}-${e.range.end} crosses a line break: ${show(e.range)}`);
    if (/[\r\n]/.test(e.text)) out.push(`${what} edit inserts a line break: ${JSON.stringify(e.text)}`);
  };
  const result = lint(text, options);
  for (const f of result.findings) {
    onText(f.ruleId, f.range);
    if (f.fix) inLine(`${f.ruleId} fix`, f.fix);
    for (const s of f.suggestions) {
      s.edits.forEach((e) => inLine(`${f.ruleId} "${s.title}"`, e));
      const after = applyEdits(text, s.edits);
      if (lineEnds(after) !== lineEnds(text)) out.push(`${f.ruleId} "${s.title}" changes the line ends: ${show(f.range)}`);
    }
  }
  for (const c of result.claims) {
    onText(`${c.kind} claim`, c.range);
    if (c.attribution) onText(`${c.kind} claim's source`, c.attribution.range);
  }
  return out;
}

/** The sequence of line ends of a text, as a string. */
function lineEnds(text: string): string {
  return (text.match(/\r\n|\r|\n/g) ?? []).join('|');
}

/** Lines drafts are made of: claims, quotes, ranges and markup at the places where line ends matter. */
const line = fc.oneof(
  fc.constantFrom(
    'Between 4-', '6 people came.', 'Between 4,000 to 6,000 people came', 'From 10-20 left.', 'About 4,000 people marched',
    'roughly 10% of them', '"We will fight', 'on the beaches," she said.', '"It is over.', 'We won."', 'Officials said',
    'it is believed', 'TK', 'T*K', '**4,000** people', 'a source who spoke on condition of anonymity', 'said.',
    '<https://example.org/report>', 'https://example.org/a', '<!-- source: Census -->', '[the report](https://x.org)',
    '"Those people are a threat.', 'He said the 3,000', 'police said.', '> "Quoted in a blockquote', '- 12 items',
    '# 500 dead', '| 1,000 | "x" |', '|---|---|', 'The senator, who asked not to be named, said', 'claimed', 'experts say',
    '  ', '', 'about 1,234.', '"Yes." "No."', 'she said, adding 40% had left.', '[^1]', '[^1]: Source, 2024',
  ),
  fc.string({ maxLength: 20 }),
);
const draft = fc.array(fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join(' ')), { minLength: 1, maxLength: 12 }).map((ls) => ls.join('\n'));

describe('line endings: generated drafts', () => {
  for (const [name, eol] of Object.entries(EOLS)) {
    it(`${name}: ranges stand on text and edits stay within their line`, () => {
      fc.assert(
        fc.property(draft, (text) => {
          expect(problems(withEol(text, eol))).toEqual([]);
        }),
        { numRuns: Number(process.env.CLAIMLINT_FC_RUNS ?? 400) },
      );
    });
  }

  it('the cases from issue 12', () => {
    for (const eol of Object.values(EOLS)) {
      for (const text of [
        'Between 4-\n6 people came.\n',
        'About 4,000 people came. <https://example.org/report>\n\nMore.\n',
        'About 4,000 people came.\n<https://example.org/report>\n\nMore.\n',
        '"We will fight on the beaches\n<https://example.org/report>\n\nMore.\n',
        '"We will fight on the beaches. <https://example.org/report>\n',
        '"It is over.\nWe won, we all won."\n',
      ]) {
        expect(problems(withEol(text, eol)), JSON.stringify(withEol(text, eol))).toEqual([]);
      }
    }
  });
});

describe('fixes and suggestions keep the line ends where they were', () => {
  /** What each fix and suggestion of a rule makes of the draft. */
  const outcomes = (text: string, ruleId: string): string[] =>
    lint(text, options).findings.filter((f) => f.ruleId === ruleId).flatMap((f) => [...(f.fix ? [[f.fix]] : []), ...f.suggestions.map((s) => s.edits)].map((edits) => applyEdits(text, edits)));

  for (const [name, eol] of Object.entries(EOLS)) {
    const t = (s: string): string => withEol(s, eol);
    it(`${name}: a range over a line break, notes and closing marks before a link on its own line, quotes continued on the next line`, () => {
      expect(outcomes(t('Between 4-\n6 people came, police said.\n'), 'range-style')).toEqual([t('Between 4 and\n6 people came, police said.\n')]);
      expect(outcomes(t('About 4,000 people came.\n<https://example.org/report>\n'), 'unattributed-number')).toEqual([
        t('About 4,000 people came, according to TK.\n<https://example.org/report>\n'),
        t('About 4,000 people came. <!-- source: TK -->\n<https://example.org/report>\n'),
      ]);
      expect(outcomes(t('"We will fight on the beaches\n<https://example.org/report>\n\nMore.\n'), 'unbalanced-quotes')).toEqual([
        t('"We will fight on the beaches"\n<https://example.org/report>\n\nMore.\n'),
      ]);
      expect(outcomes(t('"It is over.\nWe won, we all won."\n'), 'unattributed-quote')).toEqual([t('"It is over," TK said.\n"We won, we all won."\n')]);
      expect(outcomes(t('"It is over.\nWe won. We all won," said **Jane Smith**.\n'), 'late-attribution')).toEqual([
        t('"It is over," said **Jane Smith**.\n"We won. We all won."\n'),
      ]);
      // An attribution written over two lines is not moved: taking it out would join them.
      const twoLines = t('"It is over. We won. We all won," said Special Advisor Jane\nSmith.\n');
      expect(lint(twoLines, options).findings.map((f) => f.ruleId)).toContain('late-attribution');
      expect(outcomes(twoLines, 'late-attribution')).toEqual([]);
    });
  }
});

describe('line endings: the shared corpus', () => {
  const present = existsSync(corpusDir);
  // The corpus lives beside the project (../shared/corpus) and is not part of it; without it only generated drafts run.
  it.skipIf(!present)('wikinews and every 40th White House page, as LF, CRLF and CR', () => {
    const files = [...markdownFiles(join(corpusDir, 'wikinews')), ...markdownFiles(join(corpusDir, 'whitehouse')).filter((_, i) => i % 40 === 0)];
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [name, eol] of Object.entries(EOLS)) for (const p of problems(withEol(text, eol))) found.push(`${file} (${name}): ${p}`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  }, 600_000);
  if (!present) it.skip('../shared/corpus is absent: the corpus sample is skipped (generated drafts still run)', () => {});
});
