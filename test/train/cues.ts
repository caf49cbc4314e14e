/**
 * `npm run train`: learns the weights of the reporting-cue model (server/src/core/text/cue-model.ts) from PolNeAR's
 * `train` split, and prints its figures on `train` and on PolNeAR `dev`. Reproducible: a fixed seed, a fixed number
 * of passes, the articles in name order. It writes server/src/core/text/cue-weights.json (feature weights only: no
 * text of the corpus).
 *
 * Examples: every word of the engine's cue list in an article. Inside a gold cue span it is a cue (1); outside every
 * gold span it is not (0); inside another attribution's source or content it is left out, because PolNeAR gives each
 * word one label only, so a cue nested in someone else's content is never marked as a cue.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_FORMS } from '../../server/src/core/text/lexicon';
import { cueFeatures, featureFingerprint, type CueWeights } from '../../server/src/core/text/cue-model';
import { splitSentences } from '../../server/src/core/text/sentences';
import { tokenize } from '../../server/src/core/text/tokens';
import type { Span } from '../../server/src/core/types';
import { HOW_TO_GET, polnearDataDir, readSplit, type GoldArticle } from '../accuracy/polnear/corpus';
import { generator } from '../helpers/random.mjs';

const SEED = 20261130;
const PASSES = 12;
const RATE = 0.2;
const L2 = 1e-4;
const KEEP = 0.005;
/** Features seen fewer times than this in training are left out: they would only memorise. */
const MIN_COUNT = 3;

interface Example {
  features: string[];
  label: 0 | 1;
}

const inside = (at: number, spans: Span[]): boolean => spans.some((s) => at >= s.start && at < s.end);

/** The labelled cue words of the articles. */
export function examples(articles: GoldArticle[]): Example[] {
  const out: Example[] = [];
  for (const article of articles) {
    const cues = article.attributions.flatMap((a) => a.cue);
    const other = article.attributions.flatMap((a) => [...a.source, ...a.content]);
    const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
    for (let p = paragraph.exec(article.text); p; p = paragraph.exec(article.text)) {
      const tokens = tokenize(p[0]);
      for (const s of splitSentences(p[0])) {
        const from = tokens.findIndex((t) => t.start >= s.start);
        if (from < 0) continue;
        let to = from;
        while (to < tokens.length && tokens[to].start < s.end) to++;
        for (let i = from; i < to; i++) {
          const lemma = CUE_FORMS.get(tokens[i].lower);
          if (lemma === undefined) continue;
          const at = p.index + tokens[i].start;
          const label = inside(at, cues) ? 1 : inside(at, other) ? null : 0;
          if (label === null) continue;
          out.push({ features: cueFeatures(tokens, i, from, to, lemma), label });
        }
      }
    }
  }
  return out;
}

/** Logistic regression by stochastic gradient descent. */
export function train(all: Example[]): CueWeights {
  const random = generator(SEED);
  const counts = new Map<string, number>();
  for (const e of all) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const data = all.map((e) => ({ ...e, features: e.features.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT) }));
  const w = new Map<string, number>();
  let bias = 0;
  const order = data.map((_, i) => i);
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = RATE / (1 + pass);
    for (const k of order) {
      const { features, label } = data[k];
      let z = bias;
      for (const f of features) z += w.get(f) ?? 0;
      const g = label - 1 / (1 + Math.exp(-z));
      bias += rate * g;
      for (const f of features) {
        const old = w.get(f) ?? 0;
        w.set(f, old + rate * (g - L2 * old));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(v) >= KEEP) weights[f] = Math.round(v * 1000) / 1000;
  }
  return { bias: Math.round(bias * 1000) / 1000, weights, fingerprint: featureFingerprint() };
}

/** Accuracy, and precision and recall of "not a cue" (what the model adds to a word list). */
function figures(model: CueWeights, data: Example[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const e of data) {
    let z = model.bias;
    for (const f of e.features) z += model.weights[f] ?? 0;
    const cue = z > 0;
    if (cue === (e.label === 1)) right++;
    if (!cue && e.label === 0) tp++;
    if (!cue && e.label === 1) fp++;
    if (cue && e.label === 0) fn++;
  }
  const negatives = data.filter((e) => e.label === 0).length;
  return [
    `${data.length} cue words, ${negatives} not cues`,
    `accuracy ${(right / data.length).toFixed(3)} (a word list alone: ${(1 - negatives / data.length).toFixed(3)})`,
    `"not a cue": precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`,
  ].join('; ');
}

/**
 * Verbs that attribute the words of a quote in their clause ("Cruz mocked … as "…"", ""…," Trump joked"): of their
 * occurrences beside a double quotation mark (one within the next eight words, or just before them) outside other
 * attributions, those labelled as the cue of an attribution whose content holds a quotation mark at least
 * SPEECH_SHARE of the time, seen often enough. A list of verb forms, learned from the labels: no text of the corpus.
 */
export function speechVerbs(articles: GoldArticle[]): string[] {
  const asCue = new Map<string, number>();
  const seen = new Map<string, number>();
  const quoteMark = /["\u201c\u201d]/;
  for (const article of articles) {
    const quoted = article.attributions.filter((a) => a.content.some((c) => quoteMark.test(article.text.slice(c.start, c.end))));
    const cues = quoted.flatMap((a) => a.cue);
    const content = article.attributions.flatMap((a) => [...a.source, ...a.content]);
    const tokens = tokenize(article.text);
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' || t.capitalized || t.lower.length < 3 || !/(?:ed|s)$/.test(t.lower)) return;
      const beside = tokens.slice(i + 1, i + 9).some((n) => quoteMark.test(n.text)) || tokens.slice(Math.max(0, i - 3), i).some((p) => quoteMark.test(p.text));
      if (!beside) return;
      const cue = inside(t.start, cues);
      if (!cue && inside(t.start, content)) return;
      seen.set(t.lower, (seen.get(t.lower) ?? 0) + 1);
      if (cue) asCue.set(t.lower, (asCue.get(t.lower) ?? 0) + 1);
    });
  }
  return [...asCue.entries()]
    .filter(([w, n]) => n >= MIN_SPEECH && n / (seen.get(w) ?? n) >= SPEECH_SHARE && !FUNCTION_WORDS.has(w))
    .map(([w]) => w)
    .sort();
}

/** How often a verb beside a quote must be its cue. */
const SPEECH_SHARE = 0.6;
/** A verb must be a cue this often to be learned as one. */
const MIN_SPEECH = 2;
const FUNCTION_WORDS = new Set(['has', 'was', 'his', 'its', 'this', 'does', 'is', 'as', 'us', 'yes', 'plus', 'has', 'needs']);

if (require.main === module) {
  const dataDir = polnearDataDir();
  if (!dataDir) {
    console.error(HOW_TO_GET);
    process.exit(2);
  }
  const trainSet = examples(readSplit(dataDir, 'train'));
  const devSet = examples(readSplit(dataDir, 'dev'));
  const model = train(trainSet);
  const out = join(__dirname, '..', 'server', 'src', 'core', 'text', 'cue-weights.json');
  writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`cue model: ${Object.keys(model.weights).length} weights → ${out}`);
  console.log(`train: ${figures(model, trainSet)}`);
  console.log(`dev:   ${figures(model, devSet)}`);
  const verbs = speechVerbs(readSplit(dataDir, 'train'));
  const verbsOut = join(__dirname, '..', 'server', 'src', 'core', 'text', 'speech-verbs.json');
  writeFileSync(verbsOut, `${JSON.stringify(verbs, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`speech verbs: ${verbs.length} → ${verbsOut}`);
}
