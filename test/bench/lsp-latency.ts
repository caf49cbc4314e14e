/**
 * Language-server benchmark: didChange → diagnostics for one-character edits in a 10,000-word draft, cold start to
 * first diagnostics for the reference draft, resident memory with 50 drafts open, and reply times under a flood of
 * edits (lsp-flood.ts). Targets in performance.md and issue 12. `--flood` runs the flood alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { requireCorpus } from '../helpers/corpus';
import { REFERENCE_DRAFT, ROOT, TestClient, fileUri } from '../lsp/client';
import { describeFlood, flood, percentile } from './lsp-flood';

const CORPUS = requireCorpus(join(ROOT, '..', 'shared', 'corpus', 'wikinews'));
const EDITS = 300;

function articles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(CORPUS, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function coldStart(): Promise<number> {
  const start = performance.now();
  const client = new TestClient();
  await client.initialize(ROOT);
  const uri = fileUri(REFERENCE_DRAFT);
  await client.open(uri);
  await client.diagnostics(uri, 1);
  const elapsed = performance.now() - start;
  await client.stop();
  return elapsed;
}

/**
 * Typing in a fresh server: `pauseMs` after the draft's first diagnostics (0: at once, before the server's idle
 * warm-up can run; a few seconds: as a reporter reads before typing).
 */
async function typing(pauseMs: number, label: string): Promise<void> {
  const all = articles();
  let text = '';
  for (const a of all) {
    if (text.split(/\s+/).filter(Boolean).length >= 10_000) break;
    text += a.trim() + '\n\n';
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const client = new TestClient();
  client.settings = { debounce: 0 };
  await client.initialize(ROOT);
  const uri = 'untitled:bench-10k.md';
  let doc = await client.open(uri, text);
  await client.diagnostics(uri, 1);
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const roundTrip: number[] = [];
  const server: number[] = [];
  let cached = 0;
  for (let i = 0; i < EDITS; i++) {
    // A letter typed into a word, at spread-out places in the draft (never the same text twice).
    const at = doc.getText().indexOf(' ', Math.floor(((i * 7919) % EDITS) / EDITS * doc.getText().length)) + 1;
    const pos = doc.positionAt(at);
    const start = performance.now();
    doc = await client.change(uri, [{ range: { start: pos, end: pos }, newText: 'e' }]);
    await client.diagnostics(uri, doc.version);
    roundTrip.push(performance.now() - start);
    const linted = await client.until(() => client.linted.find((l) => l.uri === uri && l.version === doc.version));
    server.push(linted.elapsedMs);
    if (linted.cached) cached++;
  }
  console.log(`typing ${label}: ${EDITS} one-character edits in a ${words.toLocaleString('en')}-word draft (${text.length.toLocaleString('en')} characters), debounce 0`);
  console.log(`  didChange → diagnostics ready, in the server (${label}): p50 ${percentile(server, 50).toFixed(1)} ms, p95 ${percentile(server, 95).toFixed(1)} ms (target p95 ≤ 15 ms)`);
  console.log(`  didChange → diagnostics received, client round trip: p50 ${percentile(roundTrip, 50).toFixed(1)} ms, p95 ${percentile(roundTrip, 95).toFixed(1)} ms`);
  console.log(`  results from the cache: ${cached} of ${EDITS}`);
  await client.stop();
}

async function memory(): Promise<void> {
  const client = new TestClient();
  await client.initialize(ROOT);
  const before = rssMb(client.process.pid!);
  const drafts = articles().slice(0, 50);
  const uris = drafts.map((_, i) => `untitled:draft-${i}.md`);
  for (let i = 0; i < drafts.length; i++) await client.open(uris[i], drafts[i]);
  for (const uri of uris) await client.diagnostics(uri, 1, 30_000);
  const after = rssMb(client.process.pid!);
  console.log(`memory: server RSS ${before.toFixed(0)} MB after start, ${after.toFixed(0)} MB with ${drafts.length} drafts open (target ≤ 150 MB)`);
  await client.stop();
}

/** `count` drafts of at least `words` words each, made of consecutive articles (each draft starting elsewhere). */
function longDrafts(count: number, words: number): string[] {
  const all = articles();
  return Array.from({ length: count }, (_, d) => {
    let text = '';
    for (let k = d * 3; text.split(/\s+/).length < words; k++) text += all[k % all.length].trim() + '\n\n';
    return text;
  });
}

/**
 * 5,000 edits in 6 s over 50 drafts, with the default debounce and with none (every edit asks for a lint).
 * `--against <server.js>` runs each flood on that build too (an older dist/server.js), alternately, for figures
 * before and after a change from one run.
 */
async function floods(): Promise<void> {
  const words = Number(process.env.FLOOD_WORDS ?? 2000);
  const drafts = longDrafts(50, words);
  const against = process.argv.indexOf('--against');
  const baseline = against > 0 ? process.argv[against + 1] : undefined;
  console.log(`flood drafts: 50 of ${words.toLocaleString('en')} words or more`);
  for (const debounce of [150, 0]) {
    const label = debounce === 150 ? 'debounce 150 ms (default)' : 'debounce 0';
    if (baseline) console.log(describeFlood(`${label}, ${baseline}`, await flood(drafts, 5000, 6, debounce, baseline)));
    console.log(describeFlood(label, await flood(drafts, 5000, 6, debounce)));
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--flood')) return floods();
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) cold.push(await coldStart());
  console.log(`cold start: spawn → first diagnostics for the reference draft: median ${percentile(cold, 50).toFixed(0)} ms, worst ${Math.max(...cold).toFixed(0)} ms of 5 (target ≤ 500 ms)`);
  await typing(0, 'at once after opening');
  await typing(3000, 'after a 3 s pause');
  await memory();
  await floods();
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
