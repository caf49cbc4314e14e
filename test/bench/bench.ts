/**
 * `npm run bench`: throughput and latency, each beside a baseline measured in the same run (targets in
 * shared/docs/performance.md). Prints one table; `--quick` uses only the fact sheets (353 files).
 *
 * - engine in process over the White House corpus (warm);
 * - the CLI as a whole process with 1 and 2 worker threads over the same corpus;
 * - write-good (installed for the benchmark only, in test/bench/.tools) on the same files, as the baseline;
 * - a 5 MB single file through the CLI;
 * - the language server: typing latency, cold start and memory (the bench:lsp script).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../../server/src/core/lint';
import { markdownFiles } from '../helpers/corpus';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'whitehouse');
const TOOLS = join(ROOT, 'test', 'bench', '.tools');
const quick = process.argv.includes('--quick');


const megabytes = (files: string[]): number => files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;

/** Runs a command and returns its wall time in seconds (output discarded). */
function timed(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (result.error) throw result.error;
  return (performance.now() - start) / 1000;
}

/** The best of n runs (machines here are noisy: the minimum is the least disturbed). */
function best(n: number, run: () => number): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) min = Math.min(min, run());
  return min;
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

// Engine in process (warm).
{
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  for (const t of texts.slice(0, 200)) lint(t);
  const start = performance.now();
  for (const t of texts) lint(t);
  const s = (performance.now() - start) / 1000;
  row('engine in process, White House corpus', `${(mb / s).toFixed(1)} MB/s (${files.length} files, ${mb.toFixed(1)} MB)`, '—', '—');
}

// The CLI as a whole process, 1 and 2 jobs.
const jobs1 = best(3, () => timed(process.execPath, [cli, '--jobs', '1', '-o', '/dev/null', target]));
const jobs2 = best(3, () => timed(process.execPath, [cli, '--jobs', String(Math.min(2, cpus().length)), '-o', '/dev/null', target]));
row('CLI whole process, 1 job', `${(mb / jobs1).toFixed(1)} MB/s (${jobs1.toFixed(1)} s)`, '—', '≥ 5 MB/s');
row(`CLI whole process, ${Math.min(2, cpus().length)} jobs`, `${(mb / jobs2).toFixed(1)} MB/s (${jobs2.toFixed(1)} s)`, `1 job: ${(mb / jobs1).toFixed(1)} MB/s`, `speed-up ${(jobs1 / jobs2).toFixed(2)}x (near-linear)`);

// write-good on the same files, as a whole process: the peer a newsroom would otherwise run.
{
  const bin = writeGood();
  if (bin) {
    const theirs = best(1, () => timed(process.execPath, [bin, ...files]));
    row('write-good on the same files, whole process', `claimlint ${jobs1.toFixed(1)} s`, `write-good ${theirs.toFixed(1)} s, ${(mb / theirs).toFixed(2)} MB/s`, `≥ 5x: ${(theirs / jobs1).toFixed(1)}x`);
  } else {
    row('write-good on the same files', 'skipped: write-good could not be installed', '—', '≥ 5x');
  }
}

// One 5 MB file.
{
  const big = join(tmpdir(), `claimlint-bench-5mb-${process.pid}.md`);
  let text = '';
  for (const f of all) {
    if (text.length >= 5 * 1024 * 1024) break;
    text += readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') + '\n\n';
  }
  writeFileSync(big, text);
  const s = best(2, () => timed(process.execPath, [cli, '--jobs', '1', '-o', '/dev/null', big]));
  row('one 5 MB draft through the CLI', `${s.toFixed(2)} s`, '—', 'lints');
}

// The language server.
{
  const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'bench-lsp.js')], { encoding: 'utf8', cwd: ROOT });
  const typing = /in the server: p50 ([\d.]+) ms, p95 ([\d.]+) ms/.exec(out);
  const cold = /median (\d+) ms/.exec(out);
  const rss = /(\d+) MB with 50 drafts open/.exec(out);
  const full = /full lint of the same draft: p50 ([\d.]+) ms/.exec(out);
  if (typing) row('server: didChange → diagnostics, 10,000-word draft', `p50 ${typing[1]} ms, p95 ${typing[2]} ms`, full ? `full lint p50 ${full[1]} ms` : '—', 'p95 ≤ 15 ms');
  if (cold) row('server: cold start → first diagnostics', `${cold[1]} ms`, '—', '≤ 500 ms');
  if (rss) row('server: resident memory, 50 drafts open', `${rss[1]} MB`, '—', '≤ 150 MB');
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nClaimlint benchmark — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}\n`);
console.log(line(rows[0]));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows.slice(1)) console.log(line(r));
