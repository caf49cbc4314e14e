/** Protocol tests: LSP over stdio against the built dist/server.js, on the reference draft. */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, TextDocument } from 'vscode-languageserver-protocol';
import { ClaimsRequest, FactCheckSheetRequest } from '../../server/src/protocol';
import { REFERENCE_DRAFT, ROOT, TestClient, fileUri } from './client';

const at = (doc: TextDocument, d: { range: Diagnostic['range'] }): string => doc.getText(d.range);
const find = (doc: TextDocument, diagnostics: Diagnostic[], code: string, text: string): Diagnostic | undefined =>
  diagnostics.find((d) => d.code === code && at(doc, d) === text);

describe('language server over stdio, on the reference draft', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  let doc: TextDocument;
  let first: Diagnostic[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimlint-lsp-'));
    copyFileSync(REFERENCE_DRAFT, join(dir, 'isis-returnees.md'));
    uri = fileUri(join(dir, 'isis-returnees.md'));
    client = new TestClient();
    await client.initialize(dir);
    doc = await client.open(uri);
    first = await client.diagnostics(uri, 1);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the expected diagnostics on open', () => {
    const numbers = first.filter((d) => d.code === 'unattributed-number').map((d) => at(doc, d));
    expect(numbers).toEqual(['Between 4,000 to 6,000', 'roughly 10%']);
    expect(find(doc, first, 'range-style', 'Between 4,000 to 6,000')).toBeDefined();
    const vague = first.filter((d) => d.code === 'vague-attribution').map((d) => at(doc, d));
    for (const phrase of ['Experts and government officials say', 'officials say', 'officials told BuzzFeed News', 'are believed', 'experts said']) {
      expect(vague).toContain(phrase);
    }
    expect(first.filter((d) => d.code === 'unattributed-quote')).toEqual([]);
  });

  it('gives every diagnostic its source, rule id, severity and rule doc', () => {
    for (const d of first) {
      expect(d.source).toBe('claimlint');
      expect(typeof d.code).toBe('string');
      expect(d.severity).toBeGreaterThanOrEqual(1);
      const doc = join(ROOT, 'server', 'src', 'core', 'rules', `${d.code}.md`);
      // A link to the rule's doc when the doc exists, and never a dangling one.
      expect(d.codeDescription?.href).toBe(existsSync(doc) ? pathToFileURL(doc).href : undefined);
    }
    expect(find(doc, first, 'unattributed-number', 'roughly 10%')?.severity).toBe(2);
    expect(find(doc, first, 'range-style', 'Between 4,000 to 6,000')?.severity).toBe(3);
    const pronoun = first.find((d) => d.code === 'ambiguous-pronoun');
    if (pronoun) expect(pronoun.relatedInformation?.[0]?.location.uri).toBe(uri);
  });

  it('hovers a quote with its speaker and cue, and a number without a source', async () => {
    const quote = doc.getText().indexOf('"Those people');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(quote + 5) })) as Hover;
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('Nathalie Goulet');
    expect(text).toContain('"told"');
    const number = doc.getText().indexOf('roughly 10%');
    const bare = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(number + 3) })) as Hover;
    expect((bare.contents as { value: string }).value).toContain('no source found');
  });

  it('answers the Claims request: unattributed first, then vague sources, then each speaker', async () => {
    const result = await client.connection.sendRequest(ClaimsRequest, { textDocument: { uri } });
    const labels = result!.groups.map((g) => g.label);
    expect(labels[0]).toBe('Unattributed');
    expect(result!.groups[0].claims.map((c) => c.text)).toEqual(expect.arrayContaining(['Between 4,000 to 6,000', 'roughly 10%']));
    const firstSourced = result!.groups.findIndex((g) => g.status === 'attributed');
    expect(result!.groups.slice(1, firstSourced).every((g) => g.status === 'vague')).toBe(true);
    const quotes = result!.groups.flatMap((g) => g.claims).filter((c) => c.kind === 'quote');
    // Fourteen quoted passages of three words or more; "operatives" is a scare quote.
    expect(quotes).toHaveLength(14);
    expect(new Set(quotes.map((q) => q.attribution?.source))).toEqual(new Set(['Nathalie Goulet', 'Malcolm Nance', 'Seth Jones']));
    // The counts sent after each lint (the status bar's) agree with the claims the editor can review.
    const linted = await client.until(() => client.linted.find((l) => l.uri === uri && l.version === 1));
    const all = result!.groups.flatMap((g) => g.claims);
    expect({ claims: linted.claims, unattributed: linted.unattributed, vague: linted.vague }).toEqual({
      claims: all.length,
      unattributed: all.filter((c) => c.flagged).length,
      vague: all.filter((c) => c.status === 'vague').length,
    });
    expect(linted.unattributed).toBe(2);
    expect(linted.vague).toBeGreaterThan(0);
    const sheet = await client.connection.sendRequest(FactCheckSheetRequest, { textDocument: { uri } });
    expect(sheet!.markdown).toContain('# Fact-check sheet: isis-returnees.md');
    expect(sheet!.markdown).toContain('| 9 | number | Between 4,000 to 6,000 | none | [ ] |');
  });

  it('offers quick fixes, applies one and re-publishes', async () => {
    const range = find(doc, first, 'range-style', 'Between 4,000 to 6,000')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: range.range, context: { diagnostics: [range] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Replace "to" with "and"', 'Disable range-style for this line', 'Fix all range-style problems',
      'Disable unattributed-number for this line',
    ]));
    expect(titles.some((t) => t.includes('according to TK'))).toBe(true);
    const fix = actions.find((a) => a.title === 'Replace "to" with "and"')!;
    expect(fix.isPreferred).toBe(true);
    const edits = fix.edit!.changes![uri];
    doc = await client.change(uri, edits);
    expect(doc.getText()).toContain('Between 4,000 and 6,000 people');
    const after = await client.diagnostics(uri, doc.version);
    expect(after.filter((d) => d.code === 'range-style')).toEqual([]);
    expect(find(doc, after, 'unattributed-number', 'Between 4,000 and 6,000')).toBeDefined();
  });

  it('disables a rule for one line with a comment at the end of that line', async () => {
    const diagnostics = await client.diagnostics(uri, doc.version);
    const target = find(doc, diagnostics, 'unattributed-number', 'roughly 10%')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: target.range, context: { diagnostics: [target] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title === 'Disable unattributed-number for this line')!;
    doc = await client.change(uri, disable.edit!.changes![uri]);
    const line = doc.getText().split('\n')[target.range.start.line];
    expect(line.endsWith('borders. <!-- claimlint-disable-line unattributed-number -->')).toBe(true);
    const after = await client.diagnostics(uri, doc.version);
    expect(after.filter((d) => d.code === 'unattributed-number')).toEqual([]);
    expect(after.filter((d) => d.code === 'vague-attribution').length).toBeGreaterThan(0);
  });

  it('updates as you type: deleting an attribution makes both quotes unattributed, undo restores from the cache', async () => {
    const cut = ' French Senator Nathalie Goulet, who co-heads a commission to track jihadis, told BuzzFeed News';
    const start = doc.getText().indexOf(cut);
    expect(start).toBeGreaterThan(0);
    const range = { start: doc.positionAt(start), end: doc.positionAt(start + cut.length) };
    doc = await client.change(uri, [{ range, newText: '' }]);
    const cutVersion = doc.version;
    const without = await client.diagnostics(uri, cutVersion);
    const quotes = without.filter((d) => d.code === 'unattributed-quote').map((d) => at(doc, d));
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatch(/^"Those people/);
    expect(quotes[1]).toBe('"For us, it\'s a new threat."');
    doc = await client.change(uri, [{ range: { start: range.start, end: range.start }, newText: cut }]);
    const back = await client.diagnostics(uri, doc.version);
    expect(back.filter((d) => d.code === 'unattributed-quote')).toEqual([]);
    const linted = await client.until(() => client.linted.find((l) => l.uri === uri && l.version === doc.version));
    expect(linted.cached).toBe(true);
  });

  it('lints only the last of a burst of changes (debounced, stale runs dropped)', async () => {
    const from = doc.version;
    const end = doc.positionAt(doc.getText().length);
    for (let i = 0; i < 5; i++) doc = await client.change(uri, [{ range: { start: end, end }, newText: '' + i }]);
    await client.diagnostics(uri, doc.version);
    const versions = client.published.filter((p) => p.uri === uri && (p.version ?? 0) > from).map((p) => p.version);
    expect(versions).toEqual([doc.version]);
  });

  it('offers source.fixAll.claimlint', async () => {
    const text = 'Between 40 to 60 people came, police said.\n\nFrom 10-20 left, police said.\n';
    const other = fileUri(join(dir, 'ranges.md'));
    await client.open(other, text);
    await client.diagnostics(other, 1);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: other }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.claimlint']);
    const fixed = await client.change(other, actions[0].edit!.changes![other]);
    expect(fixed.getText()).toBe('Between 40 and 60 people came, police said.\n\nFrom 10 to 20 left, police said.\n');
    expect((await client.diagnostics(other, fixed.version)).filter((d) => d.code === 'range-style')).toEqual([]);
  });

  it('lints untitled drafts', async () => {
    await client.open('untitled:Untitled-1', 'About 4,000 people marched.\n');
    const diagnostics = await client.diagnostics('untitled:Untitled-1', 1);
    expect(diagnostics.map((d) => d.code)).toContain('unattributed-number');
  });
});

describe('settings and configuration', () => {
  let client: TestClient;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimlint-lsp-config-'));
    client = new TestClient();
    await client.initialize(dir);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const draft = 'Between 4,000 to 6,000 people marched.\n';

  it('takes severities from .claimlintrc.json and lets claimlint.rules override them', async () => {
    writeFileSync(join(dir, '.claimlintrc.json'), JSON.stringify({ rules: { 'unattributed-number': 'error' } }));
    client.settings = { rules: { 'range-style': 'off' } };
    const uri = fileUri(join(dir, 'a.md'));
    await client.open(uri, draft);
    const diagnostics = await client.diagnostics(uri, 1);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['unattributed-number', 1]]);
  });

  it('reports a broken configuration once and lints that folder with the defaults', async () => {
    writeFileSync(join(dir, '.claimlintrc.json'), '{ "rules": { "range-style": "loud" } }');
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.claimlintrc.json')), type: 2 }] });
    const b = fileUri(join(dir, 'b.md'));
    const c = fileUri(join(dir, 'c.md'));
    await client.open(b, draft);
    await client.open(c, draft);
    for (const uri of [b, c]) {
      const diagnostics = await client.diagnostics(uri, 1);
      expect(diagnostics.map((d) => [d.code, d.severity]).sort()).toEqual([['range-style', 3], ['unattributed-number', 2]]);
    }
    const shown = client.messages.filter((m) => m.type === 1 && m.message.includes('.claimlintrc.json'));
    expect(shown.length).toBe(2); // shown to the user once, and the same line in the log
    expect(shown[0].message).toContain('rules.range-style');
    expect(shown[0].message).toContain('default rules');
  });

  it('waits for a save when claimlint.run is onSave, and stays quiet when disabled', async () => {
    rmSync(join(dir, '.claimlintrc.json'));
    client.settings = { run: 'onSave' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = fileUri(join(dir, 'd.md'));
    await client.open(uri, draft);
    await client.diagnostics(uri, 1);
    const end = { line: 1, character: 0 };
    await client.change(uri, [{ range: { start: end, end }, newText: 'About 70 more came.\n' }]);
    await new Promise((r) => setTimeout(r, 400));
    expect(client.published.filter((p) => p.uri === uri && p.version === 2)).toEqual([]);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect((await client.diagnostics(uri, 2)).filter((d) => d.code === 'unattributed-number')).toHaveLength(2);

    client.settings = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.published.find((p) => p.uri === uri && p.diagnostics.length === 0));
  });

  it('skips drafts over claimlint.maxFileSize with a notice', async () => {
    client.settings = { maxFileSize: 20 };
    const uri = fileUri(join(dir, 'big.md'));
    await client.open(uri, draft);
    expect(await client.diagnostics(uri, 1)).toEqual([]);
    const notice = await client.until(() => client.messages.find((m) => m.message.includes('claimlint.maxFileSize')));
    expect(notice.message).toContain('big.md');
  });
});
