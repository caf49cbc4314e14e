/** unattributed-quote: a direct quote with no source in scope. */
import type { Rule } from '../rule';
import { excerpt, formatMessage } from '../rule';
import type { Analysis } from '../analyze';
import type { QuoteRecord } from '../records';
import { proseIn, sourceSpan } from '../markdown';
import { appendToSentence, bridge, insertAt } from '../edits';
import type { TextEdit } from '../types';
import { firstEndingAfter, spanEnd, spanStart } from '../text/spans';

const rule: Rule = {
  id: 'unattributed-quote',
  description: 'A direct quote with no source in its sentence, its speaker\'s turn, or its paragraph (headings are exempt by default).',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  messages: {
    unattributed: 'Quote "{{text}}" has no source: no one is named as saying it in this sentence or paragraph.',
    insertSaid: 'Insert ", {{placeholder}} said" after the quote\'s first sentence',
  },
  check(context) {
    for (const q of context.analysis.quotes) {
      if (q.run !== q || q.parts.some((p) => p.attribution)) continue;
      // A headline's quote is the story's to attribute, as its figures are (house setting ignoreHeadings).
      if (q.block.kind === 'heading' && context.settings.ignoreHeadings) continue;
      const lastPart = q.parts[q.parts.length - 1];
      // A quote that never closes is an unbalanced-quotes error first: its attribution may be inside it.
      if (context.analysis.blocks[lastPart.block.index]?.unclosed === lastPart) continue;
      const range = { start: q.range.start, end: lastPart.range.end };
      const suggestion = insertSaid(context.analysis, q, context.settings.placeholder);
      context.report({
        messageId: 'unattributed',
        data: { text: excerpt(q.parts.map((p) => proseIn(p.block, p.range)).join(' ').trim().replace(/^["“]|["”]$/g, '')) },
        range,
        claim: context.claimOf(q),
        suggestions: suggestion ? [{ title: formatMessage(rule.messages.insertSaid, { placeholder: context.settings.placeholder }), edits: suggestion }] : [],
      });
    }
  },
};

/** Edits that attribute a quote to the placeholder after its first sentence: `"A," TK said. "B."`. */
export function insertSaid(analysis: Analysis, q: QuoteRecord, placeholder: string): TextEdit[] | null {
  const ba = analysis.blocks[q.block.index];
  if (!ba) return null;
  const prose = q.block.prose;
  const close = q.span.close === -1 ? prose.length : q.span.close;
  const openMark = q.span.open >= 0 ? prose[q.span.open] : '"';
  const closeMark = openMark === '\u201c' ? '\u201d' : '"';
  const reopen = openMark;
  const index = firstEndingAfter(ba.sentences, q.span.contentStart, spanStart, spanEnd);
  const first = ba.sentences[index];
  if (!first) return null;
  const said = ` ${placeholder} said`;
  if (first.end < close) {
    // The quote goes on after its first sentence: close it there, attribute, reopen.
    let p = first.end - 1;
    while (p > first.start && /["”'’)\]]/.test(prose[p])) p--;
    const mark = prose[p];
    const next = ba.sentences[index + 1];
    const end = sourceSpan(q.block, first.end - 1, first.end).end;
    const nextStart = next ? sourceSpan(q.block, next.start, next.start + 1).start : end;
    const terminal = sourceSpan(q.block, p, p + 1);
    const text = analysis.doc.text;
    if (mark === '.') return bridge(text, terminal.start, nextStart, `,${closeMark}${said}.`, reopen);
    if (mark === '?' || mark === '!') return bridge(text, terminal.end, nextStart, `${closeMark}${said}.`, reopen);
    return null;
  }
  if (q.span.close !== -1) {
    const inner = prose[q.span.close - 1];
    const closeEnd = sourceSpan(q.block, q.span.close, q.span.close + 1).end;
    const rest = prose.slice(q.span.close + 1, first.end).trim();
    if (rest === '' && (inner === '.' || inner === '?' || inner === '!')) {
      const terminal = sourceSpan(q.block, q.span.close - 1, q.span.close);
      if (inner === '.') return [{ range: { start: terminal.start, end: closeEnd }, text: `,${closeMark}${said}.` }];
      return [insertAt(closeEnd, `${said}.`)];
    }
  }
  return appendToSentence(ba, first, `,${said}`);
}

export default rule;
