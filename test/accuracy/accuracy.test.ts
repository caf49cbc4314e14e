import { describe, expect, it } from 'vitest';
import { evaluate, sameSource, type Score } from './eval';
import { loadAccuracySet } from './annotations';

const articles = loadAccuracySet();
const { scores, speakers, problems } = evaluate(articles);
const score = (name: string): Score => scores.find((s) => s.name === name) as Score;
const precision = (s: Score): number => s.correct / s.predicted;
const recall = (s: Score): number => s.found / s.expected;

describe('accuracy set (npm run eval prints the full table)', () => {
  it('has at least 30 annotated articles, every annotation located', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(problems).toEqual([]);
  });

  it.each(['unattributed-number', 'unattributed-quote'])('%s: precision and recall at least 0.9', (rule) => {
    const s = score(rule);
    expect(precision(s)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s)).toBeGreaterThanOrEqual(0.9);
  });

  it('names the right speaker for at least 90% of attributed quotes', () => {
    expect(speakers.correct / speakers.expected).toBeGreaterThanOrEqual(0.9);
  });
});

describe('sameSource', () => {
  it.each([
    ['Nathalie Goulet', 'Nathalie Goulet', true],
    ['Nathalie Goulet', 'Goulet', true],
    ['Donald Trump', "Trump's statement", true],
    ['fire service spokesman', 'a fire service spokesman', true],
    ['Nathalie Goulet', 'Malcolm Nance', false],
    ['George Kimbrell', 'the Center for Food Safety', false],
  ])('%s ~ %s: %s', (expected, actual, same) => {
    expect(sameSource(expected, actual)).toBe(same);
  });
});
