/**
 * The review page in a real browser (Debian's Chromium driven by playwright-core): pages written by the built CLI
 * are opened from disk; highlights, counts, the sources panel, keyboard navigation, filters and the index are used as
 * an editor would, and a draft made of markup must run nothing. Screenshots go to test/e2e/artifacts/.
 * Skipped, with the reason, where /usr/bin/chromium is missing (`.ci/run` installs it and runs this file again).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimlint, NEWSROOM, ROOT, scratch } from './helpers';
import { HOSTILE_DRAFT, HOSTILE_NAME } from './hostile';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');
const REFERENCE = join(ROOT, 'examples', 'isis-returnees.md');
const installed = existsSync(CHROMIUM);
if (!installed) console.warn(`skipped: the review page's browser tests need Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** What a page did that it must not: dialogs, requests other than its own file, errors (CSP refusals among them). */
interface Watch {
  dialogs: string[];
  requests: string[];
  errors: string[];
}

describe.skipIf(!installed)('the review page in Chromium', () => {
  let browser: Browser;
  const dir = scratch();
  const reference = join(dir, 'reference.html');
  const newsroom = join(dir, 'newsroom.html');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    expect(claimlint(['examples/isis-returnees.md', '--format', 'html', '--output-file', reference]).stderr).toBe('');
    const drafts = join(dir, 'drafts');
    mkdirSync(drafts);
    copyFileSync(REFERENCE, join(drafts, 'isis-returnees.md'));
    copyFileSync(join(NEWSROOM, 'drafts', 'budget.md'), join(drafts, 'budget.md'));
    copyFileSync(join(NEWSROOM, 'drafts', 'desk', 'clean.md'), join(drafts, 'clean.md'));
    writeFileSync(join(drafts, HOSTILE_NAME), HOSTILE_DRAFT);
    claimlint(['drafts', '--format', 'html', '--output-file', newsroom], { cwd: dir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(file: string, hash = ''): Promise<{ page: Page; watch: Watch }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch: Watch = { dialogs: [], requests: [], errors: [] };
    page.on('dialog', (d) => {
      watch.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (r.url().split('#')[0] !== pathToFileURL(file).href) watch.requests.push(r.url());
    });
    page.on('pageerror', (e) => watch.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href + hash);
    await page.waitForSelector('article.prose, table.index');
    return { page, watch };
  }
  const status = (page: Page) => page.locator('.status-line').innerText();
  const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

  it('shows the reference draft with its claims highlighted by status and counted', async () => {
    const { page, watch } = await open(reference);
    expect(await page.locator('h1.path').innerText()).toBe('examples/isis-returnees.md');
    expect(await texts(page, '.prose .claim.st-unattributed')).toEqual(['Between 4,000 to 6,000', 'roughly 10%']);
    expect(await texts(page, '.prose .claim.st-vague')).toEqual(['hundreds', 'Hundreds']);
    const named = (await texts(page, '.prose .claim.st-named')).join(' ');
    for (const words of ['Those people that have been traveling', 'between 400 and 600', 'around 70', 'We\'ll probably see more of this']) expect(named).toContain(words);
    const count = (key: string) => page.locator(`label.chip.${key} .count`).innerText();
    expect([await count('st-unattributed'), await count('st-vague'), await count('st-named'), await count('st-unflagged'), await count('findings')]).toEqual(['2', '2', '17', '0', '7']);
    // Findings other than the claims' own: wavy underlines on their words, and listed with a link to the rule's doc.
    expect(await texts(page, '.prose .finding.sev-information')).toContain('are believed');
    expect(await page.locator('.findings li').count()).toBe(9);
    const rule = page.locator('.findings li', { hasText: 'roughly 10%' }).locator('a.rule');
    expect(await rule.innerText()).toBe('unattributed-number');
    expect(await rule.getAttribute('href')).toBe(pathToFileURL(join(ROOT, 'server', 'src', 'core', 'rules', 'unattributed-number.md')).href);
    expect(await page.locator('.prose .claim.st-unattributed').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(251, 211, 208)');
    expect(watch).toEqual({ dialogs: [], requests: [], errors: [] });
    await page.close();
  });

  it('lists sources with their claims; choosing one highlights them and jumps to each', async () => {
    const { page } = await open(reference);
    const sources = await texts(page, '.sources .source-name .name');
    expect(sources.slice(0, 3)).toEqual(['No source (unattributed)', 'Experts and government officials', 'officials']);
    for (const name of ['Nathalie Goulet', 'Malcolm Nance', 'Seth Jones']) expect(sources).toContain(name);
    const goulet = page.locator('.sources').getByRole('button', { name: /Nathalie Goulet/ });
    await goulet.click();
    expect(await goulet.getAttribute('aria-expanded')).toBe('true');
    const entries = page.locator('.source.picked .source-claims li');
    expect(await entries.count()).toBe(9);
    const picked = (await texts(page, '.prose .picked')).join(' ');
    expect(picked).toContain('Those people that have been traveling');
    expect(picked).toContain('between 400 and 600');
    expect(picked).not.toContain('around 70');
    await entries.filter({ hasText: 'between 400 and 600' }).getByRole('button').click();
    expect(await status(page)).toContain('Number “between 400 and 600” at 13:135 · Named source · Nathalie Goulet');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('between 400 and 600');
    await page.screenshot({ path: join(ARTIFACTS, 'review-page.png') });
    await page.keyboard.press('Escape');
    expect(await page.locator('.prose .picked').count()).toBe(0);
    await page.close();
  });

  it('steps through claims and findings with j/k/n/p and u, with a visible focus', async () => {
    const { page } = await open(reference);
    await page.keyboard.press('j');
    expect(await status(page)).toMatch(/^1 of 28 · Vague-attribution|^1 of 28 · information at 3:1/);
    await page.keyboard.press('u');
    expect(await status(page)).toContain('Number “Between 4,000 to 6,000” at 9:1 · Unattributed · no source · Numeric claim "Between 4,000 to 6,000" has no source');
    const focused = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      return { text: e.textContent, current: e.classList.contains('current'), outline: getComputedStyle(e).outlineStyle, width: getComputedStyle(e).outlineWidth };
    });
    expect(focused).toEqual({ text: 'Between 4,000 to 6,000', current: true, outline: 'solid', width: '3px' });
    await page.keyboard.press('u');
    expect(await status(page)).toContain('Number “roughly 10%” at 9:109 · Unattributed');
    await page.keyboard.press('n');
    expect(await status(page)).toContain('at 9:121: Source-less passive "are believed"');
    await page.keyboard.press('k');
    await page.keyboard.press('p');
    expect(await status(page)).toContain('at 9:1: Range "Between 4,000 to 6,000"');
    expect(await page.locator('.prose .current').allInnerTexts()).toEqual(['Between 4,000 to 6,000']);
    await page.close();
  });

  it('filters claims by status, by checkbox or key, and navigation skips what is hidden', async () => {
    const { page } = await open(reference);
    await page.keyboard.press('3');
    expect(await page.getByRole('checkbox', { name: /Named source/ }).isChecked()).toBe(false);
    expect(await page.locator('article.prose').getAttribute('class')).toContain('hide-named');
    expect(await page.locator('.prose .claim.st-named').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('checkbox', { name: /Other findings/ }).uncheck();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('j');
      seen.push(await status(page));
    }
    expect(seen.map((s) => s.split(' · ')[0])).toEqual(['1 of 4', '2 of 4', '3 of 4', '4 of 4', '1 of 4']);
    expect(seen.every((s) => /Unattributed|Vague source/.test(s))).toBe(true);
    await page.keyboard.press('3');
    await page.keyboard.press('5');
    await page.keyboard.press('j');
    expect((await status(page)).split(' · ')[0]).toMatch(/ of 28$/);
    await page.close();
  });

  it('indexes many drafts with counts, sorts by column and opens each draft', async () => {
    const { page, watch } = await open(newsroom);
    const rows = page.locator('table.index tbody tr');
    expect(await rows.count()).toBe(4);
    await page.getByRole('button', { name: 'Unattributed' }).click();
    expect(await page.locator('th[aria-sort=descending]').innerText()).toBe('Unattributed');
    const unattributed = (await page.locator('table.index tbody td:nth-child(2)').allInnerTexts()).map(Number);
    expect(unattributed).toEqual([...unattributed].sort((a, b) => b - a));
    expect(unattributed[0]).toBeGreaterThan(unattributed[3]);
    const isis = await rows.filter({ hasText: 'isis-returnees' }).locator('th, td').allInnerTexts();
    expect(isis).toEqual(['drafts/isis-returnees.md', '2', '2', '17', '0', '0', '2', '7', '0']);
    await page.getByRole('button', { name: 'Draft' }).click();
    expect(await rows.allInnerTexts().then((r) => r.map((t) => t.split('\t')[0]))).toEqual(['drafts/"><img src=x onerror=alert(9)>.md', 'drafts/budget.md', 'drafts/clean.md', 'drafts/isis-returnees.md']);
    await page.screenshot({ path: join(ARTIFACTS, 'review-index.png') });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForSelector('article.prose');
    expect(await page.locator('h1.path').innerText()).toBe('drafts/budget.md');
    await page.keyboard.press(']');
    await expect.poll(() => page.locator('h1.path').innerText()).toBe('drafts/clean.md');
    await page.keyboard.press('i');
    await page.waitForSelector('table.index');
    await page.locator('#draft-filter').fill('isis');
    expect(await rows.count()).toBe(1);
    await rows.first().getByRole('link').click();
    // The draft renders after the click: wait for it rather than count what is on screen at once.
    await expect.poll(() => page.locator('h1.path').innerText()).toBe('drafts/isis-returnees.md');
    await expect.poll(() => page.locator('.prose .claim.st-unattributed').count()).toBe(2);
    expect(watch).toEqual({ dialogs: [], requests: [], errors: [] });
    await page.close();
  });

  it('runs nothing from a draft made of markup, and shows that markup as text', async () => {
    const { page, watch } = await open(newsroom, '#/draft/0');
    expect(await page.locator('h1.path').innerText()).toBe(`drafts/${HOSTILE_NAME}`);
    const prose = await page.locator('article.prose').innerText();
    expect(prose).toContain('<script>alert(12)</script>');
    expect(prose).toContain('Between 4,000 to 6,000 people came. <!--');
    for (let i = 0; i < 30; i++) await page.keyboard.press('j');
    await page.getByRole('button', { name: /No source \(unattributed\)/ }).click();
    await page.locator('.prose .claim').first().hover();
    const dom = await page.evaluate(() => ({
      scripts: Array.from(document.scripts).filter((s) => !s.type).length,
      styles: document.querySelectorAll('style').length,
      foreign: document.querySelectorAll('img, svg, iframe, object, embed, b, link, base, form, body style, body meta').length,
      handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      links: Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).protocol),
    }));
    expect(dom).toEqual({ scripts: 1, styles: 1, foreign: 0, handlers: [], links: expect.any(Array) });
    expect(new Set(dom.links)).toEqual(new Set(['file:', 'https:']));
    expect(await page.locator('.prose a').allInnerTexts()).toEqual(['safe']);
    expect(await page.locator('.prose span.link').allInnerTexts()).toEqual(['click me', 'again', 'data']);
    await page.screenshot({ path: join(ARTIFACTS, 'review-hostile.png'), fullPage: true });
    expect(watch).toEqual({ dialogs: [], requests: [], errors: [] });
    await page.close();
  });
});
