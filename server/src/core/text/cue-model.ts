/**
 * Is a reporting word a reporting cue where it stands? "The county added 14 firefighters", "a national state of
 * emergency" and "Claims jumped 25%" hold cue words that report nothing. A linear model over the word and its
 * neighbours decides; its weights were learned from news with hand-labelled attributions by `npm run train`
 * (test/train/cues.ts) and are data (cue-weights.json), not corpus text.
 */
import type { Token } from './tokens';
import { ALWAYS_VAGUE_NOUNS, CUE_FORMS, DOCUMENT_NOUNS, ORG_NOUNS, PRONOUNS, ROLE_NOUNS, VAGUE_NOUNS } from './lexicon';
import model from './cue-weights.json';

/** Function words kept as themselves in features; every other word is reduced to its shape. */
const CLOSED = new Set(
  `the a an this that these those its his her their our my your some any no every each all both another other
  who whom which what there here
  to of in on at by for with from as than into over under about after before since during against between
  and or but if so not also then just still only even
  is are was were be been being has have had do does did will would could should can may might must
  told said says say according statement`.split(/\s+/),
);

const QUOTE = /^["\u201c\u201d]$/;

/** The class of the token at i as a feature value. */
function shape(tokens: Token[], i: number, from: number, to: number): string {
  if (i < from) return '^';
  if (i >= to) return '$';
  const t = tokens[i];
  if (t.kind === 'number' || t.kind === 'alnum') return '#num';
  if (t.kind === 'punct') return QUOTE.test(t.text) ? '#quote' : t.text;
  if (PRONOUNS.has(t.lower)) return '#pronoun';
  if (CLOSED.has(t.lower)) return t.lower;
  // What kind of source a noun can be: the engine's own lists of source words.
  const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
  if (DOCUMENT_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(singular)) return '#document';
  if (ORG_NOUNS.has(t.lower) || ORG_NOUNS.has(singular) || t.lower === 'police') return '#organisation';
  if (ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(singular)) return '#role';
  if (VAGUE_NOUNS.has(t.lower) || ALWAYS_VAGUE_NOUNS.has(t.lower)) return '#vague';
  if (t.lower.endsWith('ly')) return '#adv';
  return t.capitalized ? '#Cap' : '#low';
}

/** The features of the cue word at i in the sentence tokens[from, to). */
export function cueFeatures(tokens: Token[], i: number, from: number, to: number, lemma: string): string[] {
  const c = context(tokens, i, from, to);
  return featuresOf(tokens[i], lemma, c.p1, c.p2, c.n1, c.n2, c.quoteNear);
}

/** What the features read around the cue word at i: the neighbours' shapes and whether a quotation mark is near. */
function context(tokens: Token[], i: number, from: number, to: number): { p1: string; p2: string; n1: string; n2: string; quoteNear: boolean } {
  let quoteNear = false;
  for (let k = Math.max(from, i - 4); k < Math.min(to, i + 5) && !quoteNear; k++) quoteNear = QUOTE.test(tokens[k].text);
  return { p1: shape(tokens, i - 1, from, to), p2: shape(tokens, i - 2, from, to), n1: shape(tokens, i + 1, from, to), n2: shape(tokens, i + 2, from, to), quoteNear };
}

/** The kinds of feature, in the order featuresOf lists them (the scores add their weights in that order). */
const W = 0;
const LEMMA = 1;
const P1 = 2;
const P2 = 3;
const N1 = 4;
const N2 = 5;
const P1N1 = 6;
const W_N1 = 7;
const W_P1 = 8;
const LEMMA_N1N2 = 9;
const LEMMA_P2P1 = 10;
/** Every cue word has these; a capitalised one has the next two, one with a quotation mark near the last two. */
const EVERY_WORD = [W, LEMMA, P1, P2, N1, N2, P1N1, W_N1, W_P1, LEMMA_N1N2, LEMMA_P2P1];
const CAPITALIZED = 11;
const CAPITALIZED_N1 = 12;
const QUOTE_NEAR = 13;
const QUOTE_NEAR_W = 14;

/** The feature of a kind for the word t (lower-case form `w`) with this lemma and these neighbours' shapes. */
function feature(kind: number, w: string, lemma: string, p1: string, p2: string, n1: string, n2: string): string {
  switch (kind) {
    case W: return `w=${w}`;
    case LEMMA: return `lemma=${lemma}`;
    case P1: return `p1=${p1}`;
    case P2: return `p2=${p2}`;
    case N1: return `n1=${n1}`;
    case N2: return `n2=${n2}`;
    case P1N1: return `p1n1=${p1}|${n1}`;
    case W_N1: return `w|n1=${w}|${n1}`;
    case W_P1: return `w|p1=${w}|${p1}`;
    case LEMMA_N1N2: return `lemma|n1n2=${lemma}|${n1}|${n2}`;
    case LEMMA_P2P1: return `lemma|p2p1=${lemma}|${p2}|${p1}`;
    case CAPITALIZED: return 'capitalized';
    case CAPITALIZED_N1: return `capitalized|n1=${n1}`;
    case QUOTE_NEAR: return 'quote-near';
    default: return `quote-near|w=${w}`;
  }
}

function featuresOf(t: Token, lemma: string, p1: string, p2: string, n1: string, n2: string, quoteNear: boolean): string[] {
  const features = EVERY_WORD.map((kind) => feature(kind, t.lower, lemma, p1, p2, n1, n2));
  if (t.capitalized) features.push(feature(CAPITALIZED, t.lower, lemma, p1, p2, n1, n2), feature(CAPITALIZED_N1, t.lower, lemma, p1, p2, n1, n2));
  if (quoteNear) features.push(feature(QUOTE_NEAR, t.lower, lemma, p1, p2, n1, n2), feature(QUOTE_NEAR_W, t.lower, lemma, p1, p2, n1, n2));
  return features;
}

/** Learned weights: a bias and one weight per feature, and the fingerprint of the word lists they were learned with. */
export interface CueWeights {
  bias: number;
  weights: Record<string, number>;
  fingerprint?: string;
}

/**
 * A fingerprint of every word list the features read (FNV-1a over the sorted words). Weights learned with other
 * lists read different features: a test compares it with the one `npm run train` stored beside the weights.
 */
export function featureFingerprint(): string {
  const words = [...CUE_FORMS.keys(), ...CLOSED, ...PRONOUNS.keys(), ...DOCUMENT_NOUNS, ...ORG_NOUNS, ...ROLE_NOUNS, ...VAGUE_NOUNS, ...ALWAYS_VAGUE_NOUNS].sort();
  let h = 0x811c9dc5;
  for (const w of words) {
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 10, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const learned = model as CueWeights;

/**
 * Scores of the learned model by everything its features read (word, lemma, neighbours' shapes, capital, quotation
 * mark near): the same few hundred contexts recur all through a corpus, and building a dozen feature strings for
 * each cue word cost more than the rest of the cue search. Kept per word, under a number made of the shapes' small
 * ids, so that a look-up builds no string.
 */
const scores = new Map<string, WordScores>();

interface WordScores {
  lemma: string;
  byContext: Map<number, number>;
  /** The learned weight of each feature of the word's, by featureKey (features of the word or its lemma). */
  weights: Map<number, number>;
}

/**
 * The learned weight of each feature that reads neither the word nor its lemma (the neighbours' shapes, the capital,
 * the quotation mark), by featureKey. With the word's own (WordScores.weights), a context the scores have not met
 * is scored without building its feature strings, save the first time each feature is met: the strings were most
 * of the cue model's time and 28 MB, 1.7% of the bytes the engine allocated, in profiles over the White House corpus.
 */
const sharedWeights = new Map<number, number>();

/**
 * The learned weight of the feature of a kind for a word (lower-case form `w`, its scores `word`) whose neighbours'
 * shapes are p2 p1 _ n1 n2, with ids packed in `ids` as cueScore packs them (a | b << 7 | c << 14 | d << 21).
 */
function learnedWeight(word: WordScores, kind: number, ids: number, w: string, lemma: string, p1: string, p2: string, n1: string, n2: string): number {
  const cache = OF_THE_WORD.has(kind) ? word.weights : sharedWeights;
  const key = featureKey(kind, ids & 127, (ids >> 7) & 127, (ids >> 14) & 127, ids >> 21);
  let weight = cache.get(key);
  if (weight === undefined) {
    weight = weightsOf(learned).get(feature(kind, w, lemma, p1, p2, n1, n2)) ?? 0;
    cache.set(key, weight);
  }
  return weight;
}

/** A feature of a kind as a number: the kind, and the ids (7 bits each) of the shapes it reads. */
function featureKey(kind: number, a: number, b: number, c: number, d: number): number {
  switch (kind) {
    case P1: case W_P1: return kind | (a << 4);
    case P2: return kind | (b << 4);
    case N1: case W_N1: case CAPITALIZED_N1: return kind | (c << 4);
    case N2: return kind | (d << 4);
    case P1N1: return kind | (a << 4) | (c << 11);
    case LEMMA_N1N2: return kind | (c << 4) | (d << 11);
    case LEMMA_P2P1: return kind | (b << 4) | (a << 11);
    default: return kind;
  }
}

/** Features of these kinds read the word or its lemma: their weights are kept with the word. */
const OF_THE_WORD = new Set([W, LEMMA, W_N1, W_P1, LEMMA_N1N2, LEMMA_P2P1, QUOTE_NEAR_W]);
const shapeIds = new Map<string, number>();
/** Ids fit in 7 bits each: four shapes, the capital and the quotation mark make a small integer. */
const MAX_SHAPES = 127;

function shapeId(shape: string): number {
  let id = shapeIds.get(shape);
  if (id === undefined) {
    if (shapeIds.size >= MAX_SHAPES) return -1;
    id = shapeIds.size;
    shapeIds.set(shape, id);
  }
  return id;
}

/**
 * Each set of weights as a map, made on first use: the feature strings are built afresh for every look-up, and a
 * look-up by such a string in an object of 4,000 keys cost more than the rest of the cue search in a CPU profile of
 * the engine over the White House corpus (the sum below was 2.4% of the time).
 */
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();

function weightsOf(w: CueWeights): Map<string, number> {
  let weights = weightMaps.get(w.weights);
  if (weights === undefined) {
    weights = new Map(Object.entries(w.weights));
    weightMaps.set(w.weights, weights);
  }
  return weights;
}

function sum(features: string[], w: CueWeights): number {
  const weights = weightsOf(w);
  let score = w.bias;
  for (const f of features) score += weights.get(f) ?? 0;
  return score;
}

/** The model's score for the cue word at i: above 0, a reporting cue. */
export function cueScore(tokens: Token[], i: number, from: number, to: number, lemma: string, w: CueWeights = learned): number {
  const t = tokens[i];
  const { p1, p2, n1, n2, quoteNear } = context(tokens, i, from, to);
  const a = shapeId(p1);
  const b = shapeId(p2);
  const c = shapeId(n1);
  const d = shapeId(n2);
  let word = scores.get(t.lower);
  if (w !== learned || a < 0 || b < 0 || c < 0 || d < 0 || (word !== undefined && word.lemma !== lemma)) return sum(featuresOf(t, lemma, p1, p2, n1, n2, quoteNear), w);
  if (word === undefined) {
    if (scores.size >= 20_000) scores.clear();
    word = { lemma, byContext: new Map(), weights: new Map() };
    scores.set(t.lower, word);
  }
  const key = a | (b << 7) | (c << 14) | (d << 21) | (t.capitalized ? 1 << 28 : 0) | (quoteNear ? 1 << 29 : 0);
  let score = word.byContext.get(key);
  if (score === undefined) {
    // sum(featuresOf(…)): the same weights added in the same order, each found by its number.
    const ids = a | (b << 7) | (c << 14) | (d << 21);
    score = learned.bias;
    for (const kind of EVERY_WORD) score += learnedWeight(word, kind, ids, t.lower, lemma, p1, p2, n1, n2);
    if (t.capitalized) score = score + learnedWeight(word, CAPITALIZED, ids, t.lower, lemma, p1, p2, n1, n2) + learnedWeight(word, CAPITALIZED_N1, ids, t.lower, lemma, p1, p2, n1, n2);
    if (quoteNear) score = score + learnedWeight(word, QUOTE_NEAR, ids, t.lower, lemma, p1, p2, n1, n2) + learnedWeight(word, QUOTE_NEAR_W, ids, t.lower, lemma, p1, p2, n1, n2);
    word.byContext.set(key, score);
  }
  return score;
}
