/** Reading rule fixtures: Markdown drafts whose expected findings are written in them as comments. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LintOptions } from '../../server/src/core/types';

/** Where the rule fixtures live: one folder per rule id. */
export const fixturesDir = join(__dirname, '..', 'fixtures');

/** An expectation: a finding of this rule starting on this (zero-based) line whose text contains `text`. */
export interface Expectation {
  ruleId: string;
  line: number;
  text: string;
}

/** A fixture draft with its expectations and configuration. */
export interface Fixture {
  rule: string;
  name: string;
  text: string;
  expectations: Expectation[];
  options: LintOptions;
}

const MARKER = /<!-- expect ([a-z-]+) ("(?:[^"\\]|\\.)*") -->/g;
const CONFIG = /<!-- fixture-config (\{.*\}) -->/;

/** Reads one fixture file. */
export function readFixture(rule: string, name: string): Fixture {
  const text = readFileSync(join(fixturesDir, rule, name), 'utf8');
  const expectations: Expectation[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(MARKER)) expectations.push({ ruleId: m[1], line: i, text: JSON.parse(m[2]) as string });
  });
  const config = CONFIG.exec(text);
  return { rule, name, text, expectations, options: config ? (JSON.parse(config[1]) as LintOptions) : {} };
}

/** Every fixture of every rule folder. */
export function allFixtures(): Fixture[] {
  if (!existsSync(fixturesDir)) return [];
  return readdirSync(fixturesDir).flatMap((rule) =>
    readdirSync(join(fixturesDir, rule))
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFixture(rule, f)),
  );
}
