/** unbalanced-quotes: quotation marks that do not pair up under the multi-paragraph convention. */
import type { Rule } from '../rule';
import { formatMessage } from '../rule';
import { sourceSpan } from '../markdown';
import { beforeLineBreak, blockEnd, insertAt } from '../edits';
import type { BlockAnalysis } from '../records';
import type { Span, TextEdit } from '../types';
import { findQuoteMarks } from '../text/quotes';

/** `, she said` / `, Jones told`: where a quote that forgot its closing mark plainly ends. */
const ATTRIBUTION_AFTER = /,(?=\s+(?:he|she|they|[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})\s+(?:said|says|told|added|asked|wrote|explained|noted|continued|tweeted)\b)/gu;

const rule: Rule = {
  id: 'unbalanced-quotes',
  description: 'Quotation marks that do not pair up (a paragraph that continues a quote without closing it is fine when the next paragraph reopens it).',
  defaultSeverity: 'error',
  fixable: true,
  hasSuggestions: true,
  messages: {
    unclosed: 'Opening quotation mark is never closed, and the next paragraph does not continue the quote.',
    stray: 'Closing quotation mark has no opening mark.',
    strayOpen: 'Opening quotation mark inside another quote is never closed.',
    close: 'Insert the missing closing mark {{where}}',
  },
  check(context) {
    for (const ba of context.analysis.blocks) {
      const prose = ba.block.prose;
      if (ba.unclosed) {
        const open = Math.max(ba.unclosed.span.open, 0);
        const mark = prose[open] === '\u201c' ? '\u201d' : '"';
        const certain = certainClose(ba, open, mark);
        // A mark at the paragraph's end is offered only when it closes this quote: with other stray marks about,
        // it could pair with one of them instead.
        const closesAtEnd = !certain && findQuoteMarks(prose + mark).quotes.every((q) => q.close !== -1);
        // The range runs from the mark over the words it leaves open to the end of its line, as an editor marks an
        // unterminated string: the reader sees the quote that runs unclosed, not only its mark.
        context.report({
          messageId: 'unclosed',
          range: toLineEnd(context.text, sourceSpan(ba.block, open, prose.trimEnd().length)),
          fix: certain,
          suggestions: certain
            ? [{ title: formatMessage(rule.messages.close, { where: 'before the attribution' }), edits: [certain] }]
            : closesAtEnd
              ? [{ title: formatMessage(rule.messages.close, { where: 'at the end of the paragraph' }), edits: [insertAt(blockEnd(ba), mark)] }]
              : [],
        });
      }
      // Adjacent stray marks of one kind are one problem.
      for (let i = 0; i < ba.strays.length; i++) {
        const first = ba.strays[i];
        while (i + 1 < ba.strays.length && ba.strays[i + 1].kind === first.kind && ba.strays[i + 1].offset === ba.strays[i].offset + 1) i++;
        context.report({ messageId: first.kind === 'close' ? 'stray' : 'strayOpen', range: sourceSpan(ba.block, first.offset, ba.strays[i].offset + 1) });
      }
    }
  },
};

/** A span cut before the first line break inside it (see beforeLineBreak). */
function toLineEnd(text: string, span: Span): Span {
  const cut = beforeLineBreak(text, span.start, span.end);
  return cut === -1 ? span : { start: span.start, end: cut };
}

/** The one place the closing mark belongs, when the text leaves no doubt: `"We will fight, she said.`. */
function certainClose(ba: BlockAnalysis, open: number, mark: string): TextEdit | null {
  const prose = ba.block.prose;
  const rest = prose.slice(open + 1);
  if (/["“”]/.test(rest)) return null;
  const matches = [...rest.matchAll(ATTRIBUTION_AFTER)];
  if (matches.length !== 1) return null;
  const comma = open + 1 + (matches[0].index ?? 0);
  return insertAt(sourceSpan(ba.block, comma, comma + 1).end, mark);
}

export default rule;
