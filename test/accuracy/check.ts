/** Checks that every annotation of the accuracy set can be located in its article. */
import { loadAccuracySet } from './annotations';

let bad = 0;
let claims = 0;
for (const article of loadAccuracySet()) {
  claims += article.claims.length;
  for (const problem of article.problems) {
    bad++;
    console.log(`${article.name}: ${problem}`);
  }
}
console.log(bad === 0 ? `ok: ${claims} claims located` : `${bad} problem(s)`);
process.exitCode = bad === 0 ? 0 : 1;
