/**
 * Fingerprints that identify a finding without its line number, so that a baseline or a code-scanning service still
 * recognises it after unrelated edits above or below: the rule, the flagged text and the sentence around it
 * (whitespace collapsed), and how many identical findings came before it in the file.
 */
import { createHash } from 'node:crypto';
import type { Span } from '../core/types';

const BEFORE = /[.!?]["”’)\]]*\s+/g;
const AFTER = /[.!?]["”’)\]]*(?=\s|$)/;

/** One fingerprint per finding, in the order given (the findings of one file, in document order). */
export function fingerprints(text: string, findings: readonly { ruleId: string; range: Span }[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\u0000${collapse(text.slice(f.range.start, f.range.end))}\u0000${collapse(sentenceAround(text, f.range))}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}

/** How far around a finding its sentence is looked for (long paragraphs are often a single line). */
const REACH = 400;

/** The sentence-like stretch of the finding's line(s) that holds it: from the last sentence end before to the next. */
function sentenceAround(text: string, range: Span): string {
  const floor = Math.max(0, range.start - REACH);
  const lineStart = Math.max(text.lastIndexOf('\n', range.start - 1), text.lastIndexOf('\r', range.start - 1), floor - 1) + 1;
  const ceiling = Math.min(text.length, range.end + REACH);
  const ends = [text.indexOf('\n', range.end), text.indexOf('\r', range.end)].filter((i) => i >= 0 && i < ceiling);
  const lineEnd = ends.length ? Math.min(...ends) : ceiling;
  const before = text.slice(lineStart, range.start);
  let from = 0;
  for (const m of before.matchAll(BEFORE)) from = (m.index ?? 0) + m[0].length;
  const after = text.slice(range.end, lineEnd);
  const stop = AFTER.exec(after);
  return before.slice(from) + text.slice(range.start, range.end) + (stop ? after.slice(0, (stop.index ?? 0) + stop[0].length) : after);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
