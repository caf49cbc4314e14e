/** The TextMate injection grammar: injected into Markdown, and its patterns mark what they should. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './client';

const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'claimlint.injection.tmLanguage.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Oniguruma's scoped case-insensitive group, rewritten for JavaScript's RegExp. */
const js = (re: string): RegExp => new RegExp(re.replace('(?i:source)', '[Ss][Oo][Uu][Rr][Cc][Ee]'), 'g');

describe('injection grammar', () => {
  it('is contributed as an injection into Markdown', () => {
    expect(manifest.contributes.grammars).toContainEqual(expect.objectContaining({ scopeName: grammar.scopeName, injectTo: ['text.html.markdown'] }));
    expect(grammar.injectionSelector).toMatch(/^L:text\.html\.markdown /);
  });

  it('marks TK placeholders but not words that contain TK', () => {
    const tk = js(grammar.repository.placeholder.match);
    expect('Police said TK people, according to TK.'.match(tk)).toEqual(['TK', 'TK']);
    expect('TKO and ATKINS and TK1'.match(tk)).toBeNull();
  });

  it('marks claimlint control comments and source notes', () => {
    const control = js(grammar.repository['control-comment'].begin);
    for (const c of ['<!-- claimlint-disable-line range-style -->', '<!--claimlint-enable-->', '<!-- claimlint-disable-next-line x -->']) expect(c).toMatch(control);
    expect('<!-- a note -->').not.toMatch(control);
    const note = js(grammar.repository['source-note'].begin);
    expect('<!-- source: BLS, Jan 2024 -->').toMatch(note);
    expect('<!-- Source : census -->').toMatch(note);
    expect('<!-- sources are thin -->').not.toMatch(note);
  });
});
