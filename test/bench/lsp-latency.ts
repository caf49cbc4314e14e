/**
 * Language-server benchmark: didChange → diagnostics for one-character edits in a 10,000-word draft, cold start to
 * first diagnostics for the reference draft, resident memory with 50 drafts open, and reply times under a flood of
 * edits (lsp-flood.ts). Targets in performance.md and issue 12. `--flood` runs the flood alone; `--typing` the typing
 * figures alone, `--runs N` times, each time also with the build `--against <server.js>` names if given.
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

/** A draft of at least 10,000 words, made of consecutive articles. */
function typingDraft(): string {
  let text = '';
  for (const a of articles()) {
    if (text.split(/\s+/).filter(Boolean).length >= 10_000) break;
    text += a.trim() + '\n\n';
  }
  return text;
}

interface Typing {
  /** didChange → diagnostics ready, as the server measured it. */
  server: number[];
  /** didChange sent → diagnostics received, in the client. */
  roundTrip: number[];
  cached: number;
}

/**
 * Typing in a fresh server (the built one unless `serverJs` names another): `pauseMs` after the draft's first
 * diagnostics (0: at once, before the server's warm-up has done much; a few seconds: as a reporter reads before
 * typing).
 */
async function typing(text: string, pauseMs: number, serverJs?: string): Promise<Typing> {
  const client = new TestClient(undefined, serverJs);
  client.settings = { debounce: 0 };
  await client.initialize(ROOT);
  const uri = 'untitled:bench-10k.md';
  let doc = await client.open(uri, text);
  await client.diagnostics(uri, 1);
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const result: Typing = { server: [], roundTrip: [], cached: 0 };
  for (let i = 0; i < EDITS; i++) {
    // A letter typed into a word, at spread-out places in the draft (never the same text twice).
    const at = doc.getText().indexOf(' ', Math.floor(((i * 7919) % EDITS) / EDITS * doc.getText().length)) + 1;
    const pos = doc.positionAt(at);
    const start = performance.now();
    doc = await client.change(uri, [{ range: { start: pos, end: pos }, newText: 'e' }]);
    await client.diagnostics(uri, doc.version);
    result.roundTrip.push(performance.now() - start);
    const linted = await client.until(() => client.linted.find((l) => l.uri === uri && l.version === doc.version));
    result.server.push(linted.elapsedMs);
    if (linted.cached) result.cached++;
  }
  await client.stop();
  return result;
}

const TYPING_CASES = [
  { pauseMs: 0, label: 'at once after opening' },
  { pauseMs: 3000, label: 'after a 3 s pause' },
];

function describeTyping(text: string, label: string, t: Typing): string {
  const words = text.split(/\s+/).filter(Boolean).length;
  return [
    `typing ${label}: ${EDITS} one-character edits in a ${words.toLocaleString('en')}-word draft (${text.length.toLocaleString('en')} characters), debounce 0`,
    `  didChange → diagnostics ready, in the server (${label}): p50 ${percentile(t.server, 50).toFixed(1)} ms, p95 ${percentile(t.server, 95).toFixed(1)} ms (target p95 ≤ 15 ms)`,
    `  didChange → diagnostics received, client round trip: p50 ${percentile(t.roundTrip, 50).toFixed(1)} ms, p95 ${percentile(t.roundTrip, 95).toFixed(1)} ms`,
    `  results from the cache: ${t.cached} of ${EDITS}`,
  ].join('\n');
}

/**
 * The typing figures `runs` times, alternating with the build `baseline` names if given (the machine's load moves
 * them by more than most changes do), then each build's medians of the runs' p50 and p95.
 */
async function typingRuns(runs: number, baseline: string | undefined): Promise<void> {
  const text = typingDraft();
  const builds: [string, string | undefined][] = baseline ? [[baseline, baseline], ['this build', undefined]] : [['this build', undefined]];
  for (const { pauseMs, label } of TYPING_CASES) {
    const figures = new Map<string, { p50: number[]; p95: number[] }>(builds.map(([name]) => [name, { p50: [], p95: [] }]));
    for (let run = 1; run <= runs; run++) {
      for (const [name, serverJs] of builds) {
        const t = await typing(text, pauseMs, serverJs);
        const f = figures.get(name)!;
        f.p50.push(percentile(t.server, 50));
        f.p95.push(percentile(t.server, 95));
        console.log(`typing ${label}, run ${run}, ${name}: in the server p50 ${f.p50[f.p50.length - 1].toFixed(1)} ms, p95 ${f.p95[f.p95.length - 1].toFixed(1)} ms`);
      }
    }
    for (const [name, f] of figures) {
      console.log(`typing ${label}, ${name}: medians of ${runs} runs p50 ${percentile(f.p50, 50).toFixed(1)} ms, p95 ${percentile(f.p95, 50).toFixed(1)} ms (target p95 ≤ 15 ms)`);
    }
  }
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
  const baseline = option('--against');
  console.log(`flood drafts: 50 of ${words.toLocaleString('en')} words or more`);
  for (const debounce of [150, 0]) {
    const label = debounce === 150 ? 'debounce 150 ms (default)' : 'debounce 0';
    if (baseline) console.log(describeFlood(`${label}, ${baseline}`, await flood(drafts, 5000, 6, debounce, baseline)));
    console.log(describeFlood(label, await flood(drafts, 5000, 6, debounce)));
  }
}

/** The value after a command-line option, if given. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  if (process.argv.includes('--flood')) return floods();
  if (process.argv.includes('--typing')) return typingRuns(Number(option('--runs') ?? 1), option('--against'));
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) cold.push(await coldStart());
  console.log(`cold start: spawn → first diagnostics for the reference draft: median ${percentile(cold, 50).toFixed(0)} ms, worst ${Math.max(...cold).toFixed(0)} ms of 5 (target ≤ 500 ms)`);
  const text = typingDraft();
  for (const { pauseMs, label } of TYPING_CASES) console.log(describeTyping(text, label, await typing(text, pauseMs)));
  await memory();
  await floods();
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
