/** false-precision: an approximation in front of an exact-looking figure ("about 1,234"). */
import type { Rule } from '../rule';
import { afterLastSpace } from '../text/words';
import { formatMessage, quoted } from '../rule';
import { proseIn, sourceSpan } from '../markdown';
import { APPROXIMATORS, SCALE_WORDS } from '../text/lexicon';

/** Significant digits of a figure written with digits ("1,234" → 4, "4,000" → 1, "10.5" → 3). */
export function significantDigits(figure: string): number {
  const plain = figure.replace(/,/g, '');
  if (plain.includes('.')) return plain.replace('.', '').replace(/^0+/, '').length;
  return plain.replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Rounds a figure to what an approximation can honestly claim: two significant digits, or a whole number; a figure
 * before a scale word ("31.6" of "$31.6 million") to two significant digits, decimals kept ("1.64" to "1.6").
 */
export function roundFigure(figure: string, scaled = false): string {
  const plain = figure.replace(/,/g, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) return figure;
  if (scaled && plain.includes('.')) return String(Number(value.toPrecision(2)));
  let rounded: number;
  if (plain.includes('.') && Math.abs(value) < 100) rounded = Math.round(value);
  else {
    const digits = Math.floor(Math.log10(Math.abs(value))) + 1;
    const unit = 10 ** Math.max(digits - 2, 0);
    rounded = Math.round(value / unit) * unit;
  }
  return figure.includes(',') || rounded >= 10000 ? rounded.toLocaleString('en-US') : String(rounded);
}

/** A figure with a scale's letters written against it: "52.75m", "4.35bn", "3.25k". */
const ATTACHED_SCALE = /^(\d[\d,]*(?:\.\d+)?)(?:m|bn|k|mn|tn)$/i;

const rule: Rule = {
  id: 'false-precision',
  description: '"about", "roughly", "nearly" before a figure with four or more significant digits, or with decimals.',
  defaultSeverity: 'hint',
  hasSuggestions: true,
  messages: {
    precise: '"{{text}}" is an approximation of an exact-looking figure: round it, or drop "{{qualifier}}".',
    round: 'Round to {{rounded}}',
  },
  check(context) {
    for (const n of context.analysis.numbers) {
      const e = n.expression;
      const qualifier = afterLastSpace(e.qualifier);
      if (!APPROXIMATORS.has(qualifier)) continue;
      const token = n.tokens[e.figure];
      // (A scale's letters may be written against the figure: "about £52.75m", "roughly $4.35bn".)
      const attached = token.kind === 'alnum' ? ATTACHED_SCALE.exec(token.text) : null;
      if (attached === null && (token.kind !== 'number' || !/^\d[\d,]*(?:\.\d+)?$/.test(token.text))) continue;
      const figure = attached === null ? token : { text: attached[1], start: token.start, end: token.start + attached[1].length };
      const scaled = attached !== null || SCALE_WORDS.has(n.tokens[e.figure + 1]?.lower ?? '');
      const decimals = figure.text.includes('.');
      const digits = significantDigits(figure.text);
      // (A scaled figure with decimals claims as many digits as it has: "about $31.6 million" three, "about 1.3 million"
      // an honest two.)
      if (digits < 4 && !(decimals && (!scaled || digits >= 3))) continue;
      const rounded = roundFigure(figure.text, scaled);
      if (rounded === figure.text) continue;
      context.report({
        messageId: 'precise',
        data: { text: quoted(proseIn(n.block, n.range)), qualifier },
        range: n.range,
        claim: context.claimOf(n),
        suggestions: [{ title: formatMessage(rule.messages.round, { rounded }), edits: [{ range: sourceSpan(n.block, figure.start, figure.end), text: rounded }] }],
      });
    }
  },
};

export default rule;
