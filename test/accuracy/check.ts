/**
 * `npm run eval:check`: checks that every annotation of the accuracy set (dev and sealed) can be located in its
 * article, and names articles that have no annotation yet. It never lints: annotating comes before Claimlint.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { accuracyDir, loadAccuracySet, sealedDir } from './annotations';

let bad = 0;
let claims = 0;
const split = JSON.parse(readFileSync(join(accuracyDir, 'split.json'), 'utf8')) as { dev: string[]; sealed: string[] };
for (const [part, dir] of [['dev', accuracyDir], ['sealed', sealedDir]] as const) {
  for (const name of split[part]) {
    if (!existsSync(join(dir, 'articles', name))) {
      bad++;
      console.log(`${join(dir, 'articles', name)}: in split.json (${part}) but not written yet`);
    }
  }
}
for (const dir of [accuracyDir, sealedDir]) {
  if (!existsSync(join(dir, 'articles'))) continue;
  const annotated = new Set(existsSync(join(dir, 'annotations')) ? readdirSync(join(dir, 'annotations')) : []);
  for (const article of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.md'))) {
    if (!annotated.has(article.replace(/\.md$/, '.json'))) {
      bad++;
      console.log(`${join(dir, 'articles', article)}: no annotation yet`);
    }
  }
  for (const article of loadAccuracySet(dir)) {
    claims += article.claims.length;
    for (const problem of article.problems) {
      bad++;
      console.log(`${article.name}: ${problem}`);
    }
  }
}
console.log(bad === 0 ? `ok: ${claims} claims located` : `${bad} problem(s)`);
process.exitCode = bad === 0 ? 0 : 1;
