#!/usr/bin/env node
/**
 * Draws, once, the accuracy set's split into a dev part and a sealed test part, and records it in split.json.
 *
 * Strata: the 60 articles of the first set (all dev: the rules were tuned on them), the remaining 2019 Wikinews
 * news articles, the Wikinews interviews, White House statements and fact sheets dense with figures, and each genre
 * of drafts written for the set. Within each new stratum a seeded shuffle puts SEALED_SHARE of the articles in the
 * sealed part. Running it again reproduces the same split; `--copy` also copies the corpus articles into place
 * (articles/ for dev, sealed/articles/ for sealed). Needs ../shared/corpus beside the project.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../helpers/random.mjs';

const SEED = 20261130;
const SEALED_SHARE = 0.45;
const WHITE_HOUSE = { factSheets: 12, statements: 12 };
const GENRES = ['poll', 'obituary', 'data', 'qa', 'partial'];
const DRAFTS_PER_GENRE = 10;

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', '..', '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  console.error(`split.mjs needs the shared corpus at ${corpus}`);
  process.exit(2);
}

const random = generator(SEED);

/** Fisher–Yates over a sorted copy, so the order of the input never matters. */
function shuffled(items) {
  const a = [...items].sort();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function markdownFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (entry.endsWith('.md')) out.push(path);
  }
  return out;
}

/** Figures in the body that are not years, outside front matter and link targets. */
function figureCount(text) {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\]\([^)]*\)/g, ']').replace(/https?:\S+/g, '');
  return (body.match(/(?<![\w-])(?!(?:19|20)\d\d\b)\d[\d,.]*%?/g) ?? []).length;
}

// The first set: read from the record once it exists (articles/ then also holds the new dev articles).
const record = join(here, 'split.json');
const tunedSet = existsSync(record)
  ? JSON.parse(readFileSync(record, 'utf8')).tuned
  : readdirSync(join(here, 'articles')).filter((f) => f.endsWith('.md')).sort();
const tuned = tunedSet.map((f) => f.replace(/^draft-/, ''));
const wikinewsDir = join(corpus, 'wikinews');
const remaining = readdirSync(wikinewsDir)
  .filter((f) => f.startsWith('2019-') && f.endsWith('.md') && !tuned.includes(f))
  .sort();
const isInterview = (f) => /interview/i.test(f) || /^\(\((?:Wikinews|WN)\)\)|^\*\*[^*\n]{1,40}:?\*\*:?\s/m.test(readFileSync(join(wikinewsDir, f), 'utf8'));

/** Pages made from one template (numbered missions, re-issues) count once: their slug without numbers and suffixes. */
const sameTemplate = (path) =>
  path
    .split('/')
    .pop()
    .replace(/^\d{4}-\d\d-\d\d-/, '')
    .replace(/-(?:[0-9a-f]{4}|\d+)\.md$|\.md$/, '')
    .replace(/\b(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth)\b/g, '');

/** White House pages of a readable size that are dense with figures, drawn from the densest candidates. */
function whiteHouse(folder, count) {
  const candidates = markdownFiles(join(corpus, 'whitehouse', folder))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
    .filter(({ text, path }) => text.length >= 2500 && text.length <= 7000 && !/readout|notice|letter|memorandum|message-to/.test(path))
    .map(({ path, text }) => ({ path, density: figureCount(text) / text.length }))
    .filter(({ density }) => density > 0)
    .sort((a, b) => b.density - a.density || a.path.localeCompare(b.path))
    .filter(({ path }, i, all) => all.findIndex((other) => sameTemplate(other.path) === sameTemplate(path)) === i)
    .slice(0, count * 5)
    .map(({ path }) => relative(join(corpus, 'whitehouse'), path));
  return shuffled(candidates).slice(0, count);
}

const strata = {
  'wikinews-news': remaining.filter((f) => !isInterview(f)).map((f) => `wikinews/${f}`),
  'wikinews-interview': remaining.filter(isInterview).map((f) => `wikinews/${f}`),
  'whitehouse': [...whiteHouse('fact-sheets', WHITE_HOUSE.factSheets), ...whiteHouse('statements-releases', WHITE_HOUSE.statements)].map(
    (p) => `whitehouse/${p}`,
  ),
};
for (const genre of GENRES) {
  strata[`own-${genre}`] = Array.from({ length: DRAFTS_PER_GENRE }, (_, i) => `own/own-${genre}-${String(i + 1).padStart(2, '0')}.md`);
}

/** The file name an article has in the accuracy set. */
const setName = (item) => (item.startsWith('whitehouse/') ? `wh-${item.split('/').pop()}` : item.split('/').pop());

const split = { seed: SEED, sealedShare: SEALED_SHARE, drawn: '2026-11-30', tuned: tunedSet, strata: {}, dev: [...tunedSet], sealed: [], stratumOf: {} };
split.strata.tuned = { dev: tunedSet.length, sealed: 0 };
for (const name of tunedSet) split.stratumOf[name] = 'tuned';
for (const [name, items] of Object.entries(strata)) {
  const order = shuffled(items);
  const sealedCount = Math.round(order.length * SEALED_SHARE);
  const sealed = order.slice(0, sealedCount);
  const dev = order.slice(sealedCount);
  split.strata[name] = { dev: dev.length, sealed: sealed.length };
  for (const item of items) split.stratumOf[setName(item)] = name;
  for (const item of dev) split.dev.push(setName(item));
  for (const item of sealed) split.sealed.push(setName(item));
  if (process.argv.includes('--copy')) {
    for (const item of items) {
      if (item.startsWith('own/')) continue;
      const target = sealed.includes(item) ? join(here, 'sealed', 'articles') : join(here, 'articles');
      mkdirSync(target, { recursive: true });
      copyFileSync(join(corpus, item), join(target, setName(item)));
    }
  }
}
split.dev.sort();
split.sealed.sort();
split.stratumOf = Object.fromEntries(Object.entries(split.stratumOf).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(here, 'split.json'), `${JSON.stringify(split, null, 2)}\n`);
const total = split.dev.length + split.sealed.length;
console.log(`dev ${split.dev.length}, sealed ${split.sealed.length} of ${total} (${((100 * split.sealed.length) / total).toFixed(0)}%)`);
for (const [name, counts] of Object.entries(split.strata)) console.log(`  ${name}: dev ${counts.dev}, sealed ${counts.sealed}`);
