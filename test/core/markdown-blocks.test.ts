/**
 * The engine's own paragraph and setext-heading rules (markdown.ts) find the blocks markdown-it's own rules find: same
 * kinds, same lines, same heading text, on the edge cases of setext underlines, lazy continuations and containers.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/core/markdown';

const stock = new MarkdownIt();

const cases = [
  'Title\n=====\n\nBody text.',
  'Sub\n---\n\nBody.',
  'Para line one\nline two\n---\nafter',
  'Para\n\n---\n\nafter',
  '- item\n---\n',
  '> quote\n---\n',
  '> quote\n> ===\n',
  '    code\n===\n',
  'Text\n    ===\n',
  'Text\n  ===  \nmore',
  'a\n=\n',
  '- list item\n  Title\n  ===\n',
  'Text\n# heading\n',
  'Line\n- - -\n',
  'Line\n***\n',
  '1. one\n   two\n   ---\n',
  'para\n> quote\n',
  '===\n',
  'x\n\n===\n',
  'Two lines\nof a title\n==\n\nThen 40 people said so.',
];

/** Kind, lines and text of each heading's and paragraph's content (its inline token: an underline is not content). */
function stockBlocks(text: string): string[] {
  const tokens = stock.parse(text, {});
  const blocks: string[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open' && t.type !== 'paragraph_open') return;
    const inline = tokens[i + 1];
    blocks.push(`${t.type === 'heading_open' ? 'heading' : 'paragraph'} ${inline.map?.[0]}-${inline.map?.[1]} ${inline.content.replace(/\n/g, ' ')}`);
  });
  return blocks;
}

describe('paragraphs and setext headings', () => {
  it.each(cases)('match markdown-it in %j', (text) => {
    const ours = parseMarkdown(text).blocks.filter((b) => b.kind !== 'cell').map((b) => `${b.kind} ${b.startLine}-${b.endLine} ${b.prose}`);
    expect(ours).toEqual(stockBlocks(text));
  });
});
