/**
 * VS Code itself: installs the packaged .vsix into code-server, opens the reference draft in Chromium, reads the
 * Problems panel, applies a quick fix through the light bulb, opens the Claims view. Screenshots go to artifacts/;
 * the first is also the README's (docs/images/vscode-problems.png).
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_DRAFT, ROOT } from '../lsp/client';

const CODE_SERVER = join(ROOT, 'test', 'e2e', '.code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const VSIX = join(ROOT, 'dist', 'claimlint.vsix');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');
/** The screenshot in the README's section on the extension (committed, unlike the artifacts). */
const README_SCREENSHOT = join(ROOT, 'docs', 'images', 'vscode-problems.png');

/** Text as the user sees it (Monaco renders spaces as no-break spaces). */
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHttp(url: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A code-server with the packaged extension installed, a workspace holding the reference draft, and a browser page. */
interface VsCode {
  page: Page;
  stop(): Promise<void>;
  log: string[];
}

/** Starts VS Code (code-server) in Chromium; with `trust`, Workspace Trust is on and the workspace is not trusted. */
async function startVsCode(untrusted: boolean): Promise<VsCode> {
  for (const [what, path] of [['code-server (npm run test:e2e installs it)', CODE_SERVER], ['the .vsix (npm run package)', VSIX], ['Chromium (apt-get install chromium)', CHROMIUM]]) {
    if (!existsSync(path)) throw new Error(`missing ${what}: ${path}`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const log: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-e2e-'));
  const data = join(dir, 'data');
  const extensions = join(dir, 'extensions');
  const workspace = join(dir, 'newsroom');
  mkdirSync(join(data, 'User'), { recursive: true });
  mkdirSync(workspace);
  copyFileSync(REFERENCE_DRAFT, join(workspace, 'isis-returnees.md'));
  writeFileSync(join(data, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': untrusted,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'workbench.tips.enabled': false,
    'editor.lightbulb.enabled': 'on',
  }));
  execFileSync(process.execPath, [CODE_SERVER, '--user-data-dir', data, '--extensions-dir', extensions, '--install-extension', VSIX], { stdio: 'pipe' });
  const port = await freePort();
  const server = spawn(process.execPath, [CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', data,
    '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']), workspace], { stdio: 'pipe' });
  server.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  server.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.getByRole('treeitem', { name: /isis-returnees\.md/ }).click({ timeout: 60_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  return {
    page,
    log,
    async stop() {
      await browser.close();
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const problemsOf = async (page: Page): Promise<string[]> =>
  (await page.locator('.markers-panel .monaco-tl-contents').allInnerTexts()).map((t) => plain(t).replace(/\s+/g, ' ').trim());

describe('the packaged extension in VS Code (code-server)', () => {
  let vscode: VsCode;
  let page: Page;

  beforeAll(async () => {
    vscode = await startVsCode(false);
    page = vscode.page;
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page) await page.screenshot({ path: join(ARTIFACTS, `failed-${context.task.name.replace(/\W+/g, '-')}.png`) });
  });

  afterAll(async () => {
    await vscode?.stop();
  });

  const problems = (): Promise<string[]> => problemsOf(page);

  it('shows the reference draft\'s findings in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(async () => (await problems()).join('\n'), { timeout: 60_000, interval: 500 }).toContain('roughly 10%');
    const rows = await problems();
    expect(rows.some((r) => r.includes('Numeric claim "Between 4,000 to 6,000" has no source') && r.includes('unattributed-number'))).toBe(true);
    expect(rows.some((r) => r.includes('Range "Between 4,000 to 6,000"') && r.includes('range-style'))).toBe(true);
    expect(rows.filter((r) => r.includes('vague-attribution')).length).toBeGreaterThanOrEqual(5);
    expect(rows.some((r) => r.includes('unattributed-quote'))).toBe(false);
    await expect.poll(async () => plain(await page.locator('.statusbar').innerText()), { timeout: 10_000 }).toContain('2 unattributed');
    await page.screenshot({ path: join(ARTIFACTS, '1-problems.png') });
    // The README shows this view of the extension; a real run refreshes the committed copy (commit it when it changes).
    mkdirSync(dirname(README_SCREENSHOT), { recursive: true });
    copyFileSync(join(ARTIFACTS, '1-problems.png'), README_SCREENSHOT);
  });

  it('applies a quick fix through the light bulb and the text changes', async () => {
    // Click the row's message, not its rule link (which opens the rule's doc). Back in the editor, with the cursor on
    // the problem, the light bulb shows beside the line. The editor may take the click's focus late, so the click and
    // the key are tried again, up to three times, before the bulb is waited for.
    const row = page.locator('.markers-panel .monaco-tl-contents', { hasText: 'range-style' }).first();
    const bulb = page.locator('.monaco-editor .lightBulbWidget');
    for (let attempt = 0; attempt < 3; attempt++) {
      await row.click({ position: { x: 60, y: 8 } });
      await page.keyboard.press('Control+1');
      if (await bulb.waitFor({ state: 'visible', timeout: 8_000 }).then(() => true, () => false)) break;
      await page.keyboard.press('Escape');
    }
    await bulb.waitFor({ state: 'visible', timeout: 10_000 });
    await bulb.click();
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace "to" with "and"' });
    await fix.waitFor({ state: 'visible', timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, '2-quick-fix.png') });
    // The preferred fix is listed first and focused; Enter applies it, as a click would.
    await expect.poll(async () => plain(await page.locator('.action-widget .monaco-list-row.focused').innerText()), { timeout: 5_000 }).toContain('Replace "to" with "and"');
    await page.keyboard.press('Enter');
    await expect.poll(async () => plain(await page.locator('.monaco-editor .view-lines').first().innerText()), { timeout: 10_000 }).toContain('Between 4,000 and 6,000 people');
    await expect.poll(async () => (await problems()).some((r) => r.includes('range-style')), { timeout: 30_000, interval: 500 }).toBe(false);
    expect((await problems()).some((r) => r.includes('Numeric claim "Between 4,000 and 6,000" has no source'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, '3-after-fix.png') });
  });

  it('lists the draft\'s claims by source in the Claims view', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('F1');
    await page.keyboard.type('Focus on Claims View');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Claims' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // Collapse the file tree so that the Claims view has the height to show every group.
    await page.locator('.pane-header', { hasText: 'newsroom' }).first().click();
    const tree = page.locator('[id="workbench.view.explorer"] .pane', { hasText: 'Claims' });
    await expect.poll(async () => plain(await tree.innerText()), { timeout: 30_000, interval: 500 }).toContain('Unattributed (2)');
    const text = plain(await tree.innerText());
    expect(text).toMatch(/Vague: /);
    expect(text).toContain('Nathalie Goulet (');
    expect(text.indexOf('Unattributed (2)')).toBeLessThan(text.indexOf('Nathalie Goulet ('));
    await page.screenshot({ path: join(ARTIFACTS, '4-claims-view.png') });
  });
});

describe('restricted mode: Workspace Trust on, the workspace not trusted', () => {
  let vscode: VsCode;

  beforeAll(async () => {
    vscode = await startVsCode(true);
  });

  afterAll(async () => {
    await vscode?.stop();
  });

  it('still lints the draft (the extension declares limited support and its configuration is data)', async () => {
    const { page } = vscode;
    await expect.poll(async () => plain(await page.locator('.statusbar').innerText()), { timeout: 30_000 }).toMatch(/Restricted Mode/i);
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(async () => (await problemsOf(page)).join('\n'), { timeout: 60_000, interval: 500 }).toContain('roughly 10%');
    await page.screenshot({ path: join(ARTIFACTS, '5-restricted-mode.png') });
  });
});
