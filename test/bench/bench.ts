/**
 * `npm run bench`: throughput, allocation and latency, each beside a baseline measured in the same run (targets in
 * shared/docs/performance.md and issue 12). Prints one table; `--quick` uses only the fact sheets (353 files).
 *
 * - engine in process over the White House corpus (warm), beside markdown-it's `md.parse` of the same texts;
 * - bytes the engine allocates per input byte (the inspector's sampling heap profiler, objects collected by either
 *   garbage collector included), beside markdown-it's;
 * - the CLI as a whole process with 1 thread, the default number (as many as pay) and 2 threads, over the same corpus,
 *   beside a Node process that reads the same files and parses each with markdown-it (dist/bench-markdown-it.js);
 * - write-good (installed for the benchmark only, in test/bench/.tools) on the same files, as the baseline;
 * - a 5 MB single file through the CLI, and single drafts of 4.5, 9 and 18 MB: time and peak memory beside a
 *   markdown-it parse of each in a process of its own;
 * - the language server: typing latency, cold start, memory and replies under a flood of edits (the bench:lsp script).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { lint } from '../../server/src/core/lint';
import { markdownFiles, requireCorpus } from '../helpers/corpus';

const ROOT = join(__dirname, '..');
const CORPUS = requireCorpus(join(ROOT, '..', 'shared', 'corpus', 'whitehouse'));
const TOOLS = join(ROOT, 'test', 'bench', '.tools');
const quick = process.argv.includes('--quick');


const megabytes = (files: string[]): number => files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;

/** Exit codes of a CLI run that linted everything (0: clean, 1: findings). */
const linted = (status: number | null): boolean => status === 0 || status === 1;

/** Runs a command and returns its wall time in seconds (output discarded); throws when `ok` rejects its exit code. */
function timed(command: string, args: string[], ok: (status: number | null) => boolean = () => true): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (result.error) throw result.error;
  if (!ok(result.status)) throw new Error(`${[command, ...args].slice(0, 4).join(' ')} … exited with ${result.status}: ${result.stderr}`);
  return (performance.now() - start) / 1000;
}

/** Runs several commands side by side and returns the wall time until the last one ends, in seconds (exit code: the highest). */
function timedTogether(commands: string[][], ok: (status: number | null) => boolean = () => true): number {
  const script =
    "const { spawn } = require('node:child_process'); let left = 0, worst = 0;" +
    "for (const [c, ...a] of JSON.parse(process.argv[1])) { left++; spawn(c, a, { stdio: 'ignore' }).on('exit', (code) => { worst = Math.max(worst, code ?? 99); if (--left === 0) process.exit(worst); }); }";
  return timed(process.execPath, ['-e', script, JSON.stringify(commands)], ok);
}

/** The month folders under `root`, split in two halves of about the same size. */
function halves(root: string): [string[], string[]] {
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name), { withFileTypes: true }).filter((m) => m.isDirectory()).map((m) => join(root, d.name, m.name)));
  const sized = folders.map((f) => ({ f, mb: megabytes(markdownFiles(f)) })).sort((a, b) => b.mb - a.mb);
  const parts: [string[], string[]] = [[], []];
  const sizes = [0, 0];
  for (const { f, mb } of sized) {
    const i = sizes[0] <= sizes[1] ? 0 : 1;
    parts[i].push(f);
    sizes[i] += mb;
  }
  return parts;
}

/** The best of n runs (machines here are noisy: the minimum is the least disturbed). */
function best(n: number, run: () => number): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) min = Math.min(min, run());
  return min;
}

/**
 * Bytes allocated while `run` runs, collected or not: the inspector's sampling heap profiler with objects collected
 * by the major and minor garbage collectors included, its samples scaled to estimates as V8 reports them.
 */
function allocated(run: () => void): number {
  const session = new Session();
  session.connect();
  // A session on the main thread answers synchronously.
  const post = (method: string, params?: object): unknown => {
    let reply: unknown;
    let failure: Error | null = null;
    session.post(method, params, (error, result) => {
      failure = error;
      reply = result;
    });
    if (failure) throw failure;
    return reply;
  };
  post('HeapProfiler.enable');
  post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run();
  const { profile } = post('HeapProfiler.stopSampling') as { profile: { head: SampledNode } };
  session.disconnect();
  const sum = (n: SampledNode): number => n.selfSize + n.children.reduce((t, c) => t + sum(c), 0);
  return sum(profile.head);
}
interface SampledNode {
  selfSize: number;
  children: SampledNode[];
}

/** Runs a Node script with its peak resident memory reported; returns wall time (s) and peak memory (MB). */
function timedWithPeak(args: string[], ok: (status: number | null) => boolean): { s: number; mb: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', PEAK, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const s = (performance.now() - start) / 1000;
  if (!ok(result.status)) throw new Error(`${args.slice(0, 3).join(' ')} … exited with ${result.status}: ${result.stderr}`);
  const peak = /peak rss (\d+)/.exec(result.stderr);
  if (!peak) throw new Error(`no peak memory reported by ${args[0]}`);
  return { s, mb: Number(peak[1]) / 1e6 };
}

/** write-good's CLI, installed outside the project's dependencies on first use. */
function writeGood(): string | null {
  const bin = join(TOOLS, 'node_modules', 'write-good', 'bin', 'write-good.js');
  if (!existsSync(bin)) {
    mkdirSync(TOOLS, { recursive: true });
    writeFileSync(join(TOOLS, 'package.json'), '{"private":true}\n');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', TOOLS, 'write-good@1'], { stdio: 'inherit' });
    if (install.status !== 0 || !existsSync(bin)) return null;
  }
  return bin;
}

const rows: string[][] = [['measure', 'result', 'baseline (same run)', 'target']];
const row = (...cells: string[]): void => {
  rows.push(cells);
};

const all = markdownFiles(CORPUS);
const target = quick ? join(CORPUS, 'fact-sheets') : CORPUS;
const files = markdownFiles(target);
const mb = megabytes(files);
const cli = join(ROOT, 'bin', 'claimlint.js');
const markdownIt = join(ROOT, 'dist', 'bench-markdown-it.js');
/** Preloaded into a process to print its peak resident memory as it exits. */
const PEAK = join(tmpdir(), `claimlint-bench-peak-${process.pid}.js`);
writeFileSync(PEAK, "process.on('exit', () => process.stderr.write(`peak rss ${process.resourceUsage().maxRSS * 1024}\\n`));\n");
const ratio = (x: number): string => `${x.toFixed(2)}x`;

// Engine in process (warm), beside markdown-it's parse of the same texts, taking turns; the best of 3 of each.
{
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const md = new MarkdownIt();
  for (const t of texts.slice(0, 200)) {
    lint(t);
    md.parse(t, {});
  }
  const pass = (each: (t: string) => unknown): number => {
    const start = performance.now();
    for (const t of texts) each(t);
    return (performance.now() - start) / 1000;
  };
  let engine = Infinity;
  let parse = Infinity;
  for (let i = 0; i < 3; i++) {
    parse = Math.min(parse, pass((t) => md.parse(t, {})));
    engine = Math.min(engine, pass((t) => lint(t)));
  }
  row('engine in process, White House corpus', `${(mb / engine).toFixed(1)} MB/s (${files.length} files, ${mb.toFixed(1)} MB)`, `markdown-it parse ${(mb / parse).toFixed(1)} MB/s`, `≥ 0.6x: ${ratio(parse / engine)}`);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const ours = allocated(() => pass((t) => lint(t)));
  const theirs = allocated(() => pass((t) => md.parse(t, {})));
  row('bytes allocated per input byte, engine in process (heap sampling, collected objects included)', `${(ours / bytes).toFixed(1)} (${(ours / 1e6).toFixed(0)} MB)`, `markdown-it parse ${(theirs / bytes).toFixed(1)}`, `≤ 20`);
}

// The CLI as a whole process: 1 job, the default (as many as pay) and 2 jobs, taking turns so that the machine's
// load falls on each alike; the best of 3 of each.
const cliRun = (jobs: string[]): number => timed(process.execPath, [cli, ...jobs, '-o', '/dev/null', target], linted);
const two = String(Math.min(2, cpus().length));
let jobs1 = Infinity;
let jobsDefault = Infinity;
let jobs2 = Infinity;
let parsed = Infinity;
const chosen: string[] = [];
for (let i = 0; i < 3; i++) {
  parsed = Math.min(parsed, timed(process.execPath, [markdownIt, target], (status) => status === 0));
  jobs1 = Math.min(jobs1, cliRun(['--jobs', '1']));
  // The default run also says how many threads it chose (--stats, on standard error).
  const start = performance.now();
  const stats = spawnSync(process.execPath, [cli, '--stats', '-o', '/dev/null', target], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (!linted(stats.status)) throw new Error(`the default run exited with ${stats.status}: ${stats.stderr}`);
  jobsDefault = Math.min(jobsDefault, (performance.now() - start) / 1000);
  chosen.push(/with (\d+) jobs?/.exec(stats.stderr)?.[1] ?? '?');
  jobs2 = Math.min(jobs2, cliRun(['--jobs', two]));
}
row('CLI whole process, 1 job', `${(mb / jobs1).toFixed(1)} MB/s (${jobs1.toFixed(1)} s)`, `read + markdown-it parse, whole process: ${parsed.toFixed(1)} s`, `≥ 0.5x: ${ratio(parsed / jobs1)}`);
row(`CLI whole process, default jobs (chose ${chosen.join(', ')})`, `${(mb / jobsDefault).toFixed(1)} MB/s (${jobsDefault.toFixed(1)} s)`, `1 job: ${(mb / jobs1).toFixed(1)} MB/s`, `≥ 1.0x: ${(jobs1 / jobsDefault).toFixed(2)}x`);
row(`CLI whole process, ${two} jobs`, `${(mb / jobs2).toFixed(1)} MB/s (${jobs2.toFixed(1)} s)`, `1 job: ${(mb / jobs1).toFixed(1)} MB/s`, `speed-up ${(jobs1 / jobs2).toFixed(2)}x (near-linear)`);

// What this machine allows: the same work as two independent one-job processes, one after the other and side by side.
// Their speed-up is the most any thread pool could reach here; gzip (compute-bound) shows the cores themselves.
if (!quick && cpus().length >= 2) {
  const [a, b] = halves(target);
  const args = (part: string[]): string[] => [cli, '--jobs', '1', '-o', '/dev/null', ...part];
  const apart = best(2, () => timed(process.execPath, args(a), linted) + timed(process.execPath, args(b), linted));
  const together = best(2, () => timedTogether([[process.execPath, ...args(a)], [process.execPath, ...args(b)]], linted));
  row('two one-job CLI processes on halves of the corpus, side by side', `${together.toFixed(1)} s`, `one after the other ${apart.toFixed(1)} s`, `machine ceiling ${(apart / together).toFixed(2)}x`);
  const sample = join(tmpdir(), `claimlint-bench-gzip-${process.pid}`);
  writeFileSync(sample, files.slice(0, 2000).map((f) => readFileSync(f, 'utf8')).join('\n'));
  const gzip = ['gzip', '-9', '-c', sample];
  const gzipApart = best(2, () => timed(gzip[0], gzip.slice(1)) + timed(gzip[0], gzip.slice(1)));
  const gzipTogether = best(2, () => timedTogether([gzip, gzip], (status) => status === 0));
  unlinkSync(sample);
  row('gzip -9, two copies side by side (compute-bound reference)', `${gzipTogether.toFixed(2)} s`, `one after the other ${gzipApart.toFixed(2)} s`, `${(gzipApart / gzipTogether).toFixed(2)}x`);
}

// write-good on the same files, as a whole process: the peer a newsroom would otherwise run.
{
  const bin = writeGood();
  if (bin) {
    const theirs = best(1, () => timed(process.execPath, [bin, ...files]));
    row('write-good on the same files, whole process', `claimlint ${jobs1.toFixed(1)} s`, `write-good ${theirs.toFixed(1)} s, ${(mb / theirs).toFixed(2)} MB/s`, `≥ 8x: ${(theirs / jobs1).toFixed(1)}x`);
  } else {
    row('write-good on the same files', 'skipped: write-good could not be installed', '—', '≥ 8x');
  }
}

/** One draft of about `megabytes` MB made of corpus statements (front matter left out), written to a temporary file. */
function draftOf(megabytes: number): string {
  const path = join(tmpdir(), `claimlint-bench-${megabytes}mb-${process.pid}.md`);
  const parts: string[] = [];
  let length = 0;
  for (const f of all) {
    if (length >= megabytes * 1024 * 1024) break;
    const part = readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') + '\n\n';
    parts.push(part);
    length += part.length;
  }
  writeFileSync(path, parts.join(''));
  return path;
}

// One 5 MB file.
{
  const big = draftOf(5);
  const s = best(2, () => timed(process.execPath, [cli, '--jobs', '1', '-o', '/dev/null', big], linted));
  unlinkSync(big);
  row('one 5 MB draft through the CLI', `${s.toFixed(2)} s`, '—', 'lints');
}

// Single drafts of 4.5, 9 and 18 MB: the CLI's time and peak memory beside a markdown-it parse of the same draft,
// each a whole process (best of 2; peak memory from the process itself as it exits).
for (const size of quick ? [4.5] : [4.5, 9, 18]) {
  const big = draftOf(size);
  const actual = statSync(big).size / 1e6;
  let ours = { s: Infinity, mb: Infinity };
  let theirs = { s: Infinity, mb: Infinity };
  for (let i = 0; i < 2; i++) {
    const p = timedWithPeak([markdownIt, big], (status) => status === 0);
    theirs = { s: Math.min(theirs.s, p.s), mb: Math.min(theirs.mb, p.mb) };
    const c = timedWithPeak([cli, '--jobs', '1', '-o', '/dev/null', big], linted);
    ours = { s: Math.min(ours.s, c.s), mb: Math.min(ours.mb, c.mb) };
  }
  unlinkSync(big);
  row(
    `one ${actual.toFixed(1)} MB draft through the CLI: time, peak memory`,
    `${ours.s.toFixed(2)} s (${(ours.s / actual).toFixed(2)} s/MB), ${ours.mb.toFixed(0)} MB`,
    `markdown-it parse ${theirs.s.toFixed(2)} s, ${theirs.mb.toFixed(0)} MB`,
    `≤ 3x / ≤ 1.5x: ${ratio(ours.s / theirs.s)} / ${ratio(ours.mb / theirs.mb)}`,
  );
}
unlinkSync(PEAK);

// The language server.
{
  const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'bench-lsp.js')], { encoding: 'utf8', cwd: ROOT });
  const typing = [...out.matchAll(/in the server \(([^)]+)\): p50 ([\d.]+) ms, p95 ([\d.]+) ms/g)];
  const cold = /median (\d+) ms/.exec(out);
  const rss = /(\d+) MB with 50 drafts open/.exec(out);
  const full = /full lint of the same draft: p50 ([\d.]+) ms/.exec(out);
  for (const [, label, p50, p95] of typing) row(`server: didChange → diagnostics, 10,000-word draft, typing ${label}`, `p50 ${p50} ms, p95 ${p95} ms`, full ? `full lint p50 ${full[1]} ms` : '—', 'p95 ≤ 10 ms');
  if (cold) row('server: cold start → first diagnostics', `${cold[1]} ms`, '—', '≤ 500 ms');
  if (rss) row('server: resident memory, 50 drafts open', `${rss[1]} MB`, '—', '≤ 150 MB');
  for (const [, label, p50, p95, lints] of out.matchAll(/flood ([^:]+): .*?reply p50 ([\d.]+) ms, p95 ([\d.]+) ms[^;]*; ([\d,]+) lints published/g)) {
    row(`server: replies while 5,000 edits arrive over 50 drafts in 6 s, ${label}`, `p50 ${p50} ms, p95 ${p95} ms`, `${lints} lints published`, 'p50 ≤ 50 ms');
  }
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nClaimlint benchmark — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}\n`);
console.log(line(rows[0]));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows.slice(1)) console.log(line(r));
