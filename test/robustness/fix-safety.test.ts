/**
 * Fix safety on real text: every fix and suggestion the engine offers on the corpus changes only its own range,
 * removes its finding, and applying all fixes twice equals applying them once. npm test uses all Wikinews
 * articles and every 40th White House page; CLAIMLINT_FULL_CORPUS=1 runs every page. Without the shared corpus
 * (a fresh clone), the drafts that ship in the repository are checked and the corpus suite is skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/core/edits';
import { lint } from '../../server/src/core/lint';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { corpusDir as corpus, corpusSuite, hasCorpus, markdownFiles } from '../helpers/corpus';

const full = process.env.CLAIMLINT_FULL_CORPUS === '1';


const rules = { 'loaded-attribution-verb': 'information' as const };

/** Applies every automatic fix until none is left (at most a few rounds). */
function fixAll(text: string): string {
  let current = text;
  for (let round = 0; round < 5; round++) {
    const fixes = lint(current, { rules }).findings.map((f) => f.fix).filter((f): f is TextEdit => f !== null);
    if (fixes.length === 0) return current;
    current = applyEdits(current, fixes);
  }
  return current;
}

function check(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const problems: string[] = [];
  const { findings } = lint(text, { rules });
  const count = (list: Finding[], id: string): number => list.filter((f) => f.ruleId === id).length;
  for (const f of findings) {
    const choices = [...(f.fix ? [{ title: 'fix', edits: [f.fix] }] : []), ...f.suggestions];
    for (const choice of choices) {
      const edited = applyEdits(text, choice.edits);
      const first = Math.min(...choice.edits.map((e) => e.range.start));
      const last = Math.max(...choice.edits.map((e) => e.range.end));
      if (!edited.startsWith(text.slice(0, first)) || !edited.endsWith(text.slice(last))) {
        problems.push(`${file}: "${choice.title}" changed text outside its range`);
        continue;
      }
      if (count(lint(edited, { rules }).findings, f.ruleId) >= count(findings, f.ruleId)) {
        problems.push(`${file}: "${choice.title}" left ${f.ruleId} at ${f.range.start} ("${text.slice(f.range.start, f.range.end).slice(0, 40)}")`);
      }
    }
  }
  const once = fixAll(text);
  if (fixAll(once) !== once) problems.push(`${file}: fixing twice differs from fixing once`);
  return problems;
}

describe.skipIf(!hasCorpus)(corpusSuite('fixes and suggestions on the corpus'), () => {
  const wikinews = hasCorpus ? markdownFiles(join(corpus, 'wikinews')) : [];
  const whitehouse = hasCorpus ? markdownFiles(join(corpus, 'whitehouse')).filter((_, i) => full || i % 40 === 0) : [];
  for (const [name, files] of [['wikinews', wikinews], ['whitehouse', whitehouse]] as const) {
    it(`${name}: ${files.length} files`, () => {
      const problems = files.flatMap(check);
      expect(problems).toEqual([]);
    }, 600_000);
  }
});

describe('fixes and suggestions on the drafts in the repository (run on every clone)', () => {
  const root = join(__dirname, '..', '..');
  const files = [join(root, 'examples', 'isis-returnees.md'), ...markdownFiles(join(root, 'test', 'accuracy', 'articles'))];
  it(`the reference draft and the accuracy set's articles: ${files.length} files`, () => {
    expect(files.flatMap(check)).toEqual([]);
  });
});
