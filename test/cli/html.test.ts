/**
 * The review page (`--format html`): the data it carries for each draft (prose, claim statuses, places), the escaping
 * that keeps draft text inert, its Content-Security-Policy, and the built CLI writing it. What a reader sees and can
 * do in a browser is tested in html-browser.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMATS, zeroCounts, type ReportedFile, type Summary } from '../../server/src/cli/formats/index';
import { html, pageDraft, REVIEW_POLICY, REVIEW_SCRIPT, scriptJson } from '../../server/src/cli/formats/html';
import type { PageDraft, PageIndex } from '../../server/src/cli/formats/review-page';
import { REVIEW_STYLE } from '../../server/src/cli/formats/review-style';
import { reviewDraft } from '../../server/src/cli/review';
import { runTask } from '../../server/src/cli/task';
import { resolveConfig } from '../../server/src/config/index';
import { lint } from '../../server/src/core/lint';
import type { LintOptions, Severity } from '../../server/src/core/types';
import { claimlint, NEWSROOM, ROOT, scratch } from './helpers';
import { HOSTILE_DRAFT, HOSTILE_NAME } from './hostile';

const REFERENCE = join(ROOT, 'examples', 'isis-returnees.md');
const CONTEXT = { cwd: '/newsroom', color: false, version: '1.2.3', homepage: 'https://example.org/claimlint#readme' };

/** A draft as the CLI reports it to the html format. */
function reported(path: string, text: string, options: LintOptions = {}): ReportedFile {
  const dir = scratch({ 'draft.md': text });
  const o = runTask({ path, absPath: join(dir, 'draft.md'), options, mode: 'check', claims: true, fingerprints: false, review: true });
  return { path, findings: o.findings, claims: o.claims, review: o.review };
}

function render(files: ReportedFile[], problems: Summary['problems'] = []): string {
  const counts = zeroCounts();
  for (const f of files.flatMap((x) => x.findings)) counts[f.severity as Severity]++;
  const formatter = html(CONTEXT);
  return formatter.begin() + files.map((f) => formatter.file(f)).join('') + formatter.end({ files: files.length, counts, fixable: 0, problems, ignored: [] });
}

/** The JSON blocks of a page, by id. */
function dataBlocks(page: string): Map<string, unknown> {
  const blocks = new Map<string, unknown>();
  for (const m of page.matchAll(/<script type="application\/json" id="([^"]+)">([^]*?)<\/script>/g)) blocks.set(m[1], JSON.parse(m[2]));
  return blocks;
}

/** A claim's text as the page shows it: the prose at its place. */
function shown(draft: PageDraft, i: number): string {
  const at = draft.claims[i][2];
  return at ? draft.blocks[at[0]][5].slice(at[1], at[2]) : (draft.claims[i][5] ?? '');
}

describe('the review data of the reference draft', () => {
  const file = reported('examples/isis-returnees.md', readFileSync(REFERENCE, 'utf8'));
  const draft = pageDraft(file);

  it('marks each claim by status: 2 unattributed numbers, 2 vague, the rest named', () => {
    const by = (status: string) => draft.claims.flatMap((c, i) => (c[1] === status ? [shown(draft, i)] : []));
    expect(by('unattributed')).toEqual(['Between 4,000 to 6,000', 'roughly 10%']);
    expect(by('vague')).toEqual(['hundreds', 'Hundreds']);
    expect(by('named')).toHaveLength(17);
    expect(by('unflagged')).toEqual([]);
    const sources = new Set(draft.claims.map((c) => c[6]));
    for (const name of ['Nathalie Goulet', 'Malcolm Nance', 'Seth Jones']) expect(sources).toContain(name);
  });

  it('places every claim and finding exactly on its words in the prose', () => {
    for (const [i, c] of file.claims.entries()) expect(shown(draft, i)).toBe(c.text);
    for (const f of draft.findings) expect(f[5]).not.toBeNull();
    const range = draft.findings.find((f) => f[0] === 'range-style')!;
    expect(draft.blocks[range[5]![0]][5].slice(range[5]![1], range[5]![2])).toBe('Between 4,000 to 6,000');
  });

  it('renders the title as a heading and paragraphs with their source lines', () => {
    expect(draft.blocks[0].slice(0, 2)).toEqual(['h1', 1]);
    expect(draft.blocks[0][5]).toBe('European Authorities Overwhelmed As Hundreds Of ISIS Fighters Return Home');
    expect(draft.blocks[1].slice(0, 2)).toEqual(['p', 3]);
  });

  it('counts statuses and findings by severity in the index', () => {
    const index = dataBlocks(render([file])).get('claimlint-index') as PageIndex;
    expect(index.drafts).toEqual([['examples/isis-returnees.md', 2, 2, 17, 0, 0, 2, 7, 0]]);
  });
});

describe('claim status and places', () => {
  const statuses = (text: string, options: LintOptions = {}) => {
    const result = lint(text, options);
    return reviewDraft(text, result).claims.map((c, i) => [result.claims[i].text, c.status]);
  };

  it('a source-less number the rules do not flag (heading, or rule off) is "unflagged"', () => {
    expect(statuses('# 40 jobs cut\n\nNothing else.\n')).toEqual([['40', 'unflagged']]);
    expect(statuses('Some 40 jobs went.\n', { rules: { 'unattributed-number': 'off' } })).toEqual([['Some 40', 'unflagged']]);
    expect(statuses('Some 40 jobs went.\n')).toEqual([['Some 40', 'unattributed']]);
  });

  it('a vague source makes a claim vague; a named one, named', () => {
    expect(statuses('Officials say 40 jobs went.\n')).toEqual([['40', 'vague']]);
    expect(statuses('Mayor Ana Ruiz said 40 jobs went.\n')).toEqual([['40', 'named']]);
  });

  it('keeps places exact through inline markup, CRLF line ends, a BOM and front matter', () => {
    const text = '\uFEFF---\r\ntitle: x\r\n---\r\n\r\nThe *mayor* said **40 jobs** went, and [the report](https://example.org) said 12% more.\r\n\r\n> Officials say 7 more.\r\n';
    const result = lint(text);
    const review = reviewDraft(text, result);
    const draft = pageDraft({ path: 'x.md', findings: [], claims: result.claims.map((c) => ({ kind: c.kind, text: c.text, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, attribution: null })), review });
    expect(draft.claims.map((_, i) => shown(draft, i))).toEqual(['40', '12%', '7']);
    expect(draft.blocks.map((b) => [b[0], b[1], b[3]])).toEqual([['p', 5], ['p', 7, 1]].map(([t, l, q]) => [t, l, q ?? 0]));
    expect(draft.blocks[0][6]).toEqual([[33, 43, 'https://example.org']]);
  });

  it('gives headings their level, tables their cells', () => {
    const text = '## Two\n\nSetext\n======\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    const review = reviewDraft(text, lint(text));
    expect(review.blocks.map((b) => [b.tag, b.text, b.table])).toEqual([['h2', 'Two', -1], ['h1', 'Setext', -1], ['td', 'a', 0], ['td', 'b', 0], ['td', '1', 0], ['td', '2', 0]]);
  });

  it('judges status from the findings when the review data is missing', () => {
    const r = (line: number, column: number, endColumn: number) => ({ start: { line, column }, end: { line, column: endColumn } });
    const draft = pageDraft({
      path: 'a.md',
      findings: [{ ruleId: 'unattributed-number', severity: 'warning', message: 'm', range: r(1, 1, 3), fix: null, suggestions: [], fingerprint: '' }],
      claims: [
        { kind: 'number', text: '40', range: r(1, 1, 3), attribution: null },
        { kind: 'number', text: '12', range: r(2, 1, 3), attribution: null },
        { kind: 'number', text: '7', range: r(3, 1, 2), attribution: { kind: 'vague', source: 'officials', cue: 'say', range: r(3, 3, 12) } },
      ],
    });
    expect(draft.claims.map((c) => [c[1], c[2], c[5]])).toEqual([['unattributed', null, '40'], ['unflagged', null, '12'], ['vague', null, '7']]);
  });
});

describe('draft text stays inert', () => {
  const page = render([reported(HOSTILE_NAME, HOSTILE_DRAFT), reported('examples/isis-returnees.md', readFileSync(REFERENCE, 'utf8'))], [{ path: '</script><script>alert(20)</script>', message: 'could not be read <img src=x onerror=alert(21)>' }]);

  it('escapes <, >, & and U+2028/9 in JSON blocks, reversibly', () => {
    const value = { s: '</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted" \\ \ud800' };
    const out = scriptJson(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('has exactly its own elements: one script, one style, data blocks; the data holds no <, > or &', () => {
    expect(page.match(/<script\b/gi)).toHaveLength(4);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<\/script>/gi)).toHaveLength(4);
    expect(page.match(/<style\b/gi)).toHaveLength(1);
    const data = [...page.matchAll(/<script type="application\/json" id="[^"]+">([^]*?)<\/script>/g)].map((m) => m[1]);
    expect(data).toHaveLength(3);
    for (const d of data) expect(d).not.toMatch(/[<>&\u2028\u2029]/);
    const shell = page.replace(/(<script type="application\/json" id="[^"]+">)[^]*?<\/script>/g, '$1</script>');
    for (const bad of ['alert(', 'onerror', 'javascript:', 'example.org']) expect(shell).not.toContain(bad);
  });

  it('carries the draft\'s text and name unchanged inside the data', () => {
    const blocks = dataBlocks(page);
    const draft = blocks.get('claimlint-draft-0') as PageDraft;
    expect(draft.path).toBe(HOSTILE_NAME);
    const prose = draft.blocks.map((b) => b[5]).join('\n');
    expect(prose).toContain('"> About 40 percent of people agreed');
    expect(prose).toContain('Between 4,000 to 6,000 people came. <!--');
    expect(prose).toContain('& & <script>alert(12)</script> and 3 bold claims.');
    expect(prose).toContain("{{constructor.constructor('alert(16)')()}}");
    expect(draft.blocks.flatMap((b) => b[6].map((l) => l[2]))).toEqual(['javascript:alert(5)', 'JaVaScRiPt:alert(6)', 'data:text/html,<script>alert(7)</script>', 'https://example.org/a?b=1&c=2']);
    const index = blocks.get('claimlint-index') as PageIndex;
    expect(index.drafts[0][0]).toBe(HOSTILE_NAME);
    expect(index.problems).toEqual([['</script><script>alert(20)</script>', 'could not be read <img src=x onerror=alert(21)>']]);
  });

  it('allows only its own script and style, by hash, and no requests', () => {
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(page).toContain(`<script>${REVIEW_SCRIPT}</script>`);
    expect(page).toContain(`<style>${REVIEW_STYLE}</style>`);
    expect(REVIEW_POLICY).toBe(`default-src 'none'; script-src ${sha(REVIEW_SCRIPT)}; style-src ${sha(REVIEW_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${REVIEW_POLICY}">`);
    expect(() => new Function(REVIEW_SCRIPT)).not.toThrow();
  });
});

describe('the built CLI writes the review page', () => {
  const paths = ['drafts/budget.md', 'drafts/desk/clean.md'];
  const expected = (version: string) => {
    const files = paths.map((path) => {
      const o = runTask({ path, absPath: join(NEWSROOM, path), options: { ...resolveConfig(join(NEWSROOM, path)).options, ci: false }, mode: 'check', claims: true, fingerprints: false, review: true });
      return { path: o.path, findings: o.findings, claims: o.claims, review: o.review };
    });
    const counts = zeroCounts();
    for (const f of files.flatMap((x) => x.findings)) counts[f.severity]++;
    const formatter = FORMATS.html({ cwd: NEWSROOM, color: false, version, homepage: '' });
    return formatter.begin() + files.map((f) => formatter.file(f)).join('') + formatter.end({ files: files.length, counts, fixable: 0, problems: [], ignored: [] });
  };
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

  it('to standard output, and the same to --output-file', () => {
    const out = claimlint(['drafts', '--format', 'html'], { cwd: NEWSROOM });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    // The bundled script is the same function, but esbuild may rename its local names: compare all but the script.
    const withoutScript = (page: string) => page.replace(/<script>[^]*?<\/script>/, '<script></script>').replace(/script-src '[^']+'/, "script-src ''");
    expect(withoutScript(out.stdout)).toBe(withoutScript(expected(version)));
    const script = /<script>([^]*?)<\/script>/.exec(out.stdout)![1];
    expect(out.stdout).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    const dir = scratch();
    const file = join(dir, 'review', 'page.html');
    const written = claimlint(['drafts', '-f', 'html', '--output-file', file], { cwd: NEWSROOM });
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
  });

  it('links each finding\'s rule to the doc the language server links to', () => {
    const out = claimlint(['drafts', '--format', 'html'], { cwd: NEWSROOM });
    const index = dataBlocks(out.stdout).get('claimlint-index') as PageIndex;
    expect(Object.keys(index.rules)).toEqual(['range-style', 'tk-placeholder', 'unattributed-number', 'unbalanced-quotes', 'vague-attribution']);
    expect(index.rules['unattributed-number']).toBe(pathToFileURL(join(ROOT, 'server', 'src', 'core', 'rules', 'unattributed-number.md')).href);
  });

  it('honours --quiet in the findings it lists, not in the claims\' status', () => {
    const out = claimlint(['drafts/budget.md', '-f', 'html', '--quiet'], { cwd: NEWSROOM });
    const draft = dataBlocks(out.stdout).get('claimlint-draft-0') as PageDraft;
    expect(draft.findings.every((f) => f[1] === 'error')).toBe(true);
    expect(draft.claims.filter((c) => c[1] === 'unattributed').length).toBeGreaterThan(0);
  });
});
