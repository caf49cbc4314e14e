/** The lint command: inputs → configuration → tasks across workers → one streamed report, and the exit code. */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ConfigError, effectiveConfig, resolveConfig, type ResolvedConfig } from '../config/index';
import type { RuleSetting } from '../core/types';
import type { CliOptions } from './args';
import { Baseline, BaselineWriter } from './baseline';
import { expandInputs, posixRelative } from './files';
import { CLAIMS_FORMATS, FORMATS, zeroCounts, type Formatter, type Summary } from './formats/index';
import { defaultJobs } from './jobs';
import { runTasks, threadsFor } from './pool';
import { Progress } from './progress';
import type { FileTask, Mode } from './task';

/**
 * Standard output as the command uses it. A stream that takes no more for now (a pipe whose reader is slower) says so
 * by returning false from write() and emits 'drain' when it can take more, as Node's streams do; the command then
 * waits before it lints on, instead of queueing the whole report in memory.
 */
export interface OutputStream {
  write(s: string): unknown;
  isTTY?: boolean;
  once?(event: 'drain' | 'close', listener: () => void): unknown;
  off?(event: 'drain' | 'close', listener: () => void): unknown;
  destroyed?: boolean;
}

/** Where the command reads and writes, so tests can run it in process. */
export interface CliIO {
  stdout: OutputStream;
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin(): Uint8Array;
  version: string;
  /** Where Claimlint is documented (package.json's homepage), or empty. */
  homepage: string;
}

/** Runs the lint command with checked options; returns the exit code (0, 1 or 2). */
export async function lintCommand(o: CliOptions, io: CliIO): Promise<number> {
  const started = process.hrtime.bigint();
  const err = (s: string): unknown => io.stderr.write(`claimlint: ${s}\n`);
  const cwd = io.cwd;
  const configs = new Map<string, ResolvedConfig>();
  /** The configuration for a draft, given by its absolute path (resolved once per folder). */
  let configFor: (absPath: string) => ResolvedConfig;
  try {
    const ruleOverrides = parseRuleFlags(o.rules);
    configFor = (absPath) => {
      const dir = dirname(absPath);
      let config = configs.get(dir);
      if (!config) configs.set(dir, (config = resolveConfig(absPath, { configPath: o.configPath, ruleOverrides, cwd })));
      return config;
    };
    if (o.printConfig) {
      const { options, sources } = configFor(resolve(cwd, o.printConfig));
      io.stdout.write(JSON.stringify({ ...effectiveConfig({ ...options, ci: o.ci }), sources }, null, 2) + '\n');
      return 0;
    }
  } catch (e) {
    return configFailure(e, err);
  }

  let troubled = false;
  const summary: Summary = { files: 0, counts: zeroCounts(), fixable: 0, problems: [], ignored: [] };
  const mode: Mode = o.fix ? 'fix' : o.fixDryRun ? 'fix-dry-run' : 'check';
  const review = o.report === undefined && o.format === 'html';
  const claims = o.report === 'claims' || o.format === 'json' || review;
  const fingerprints = Boolean(o.baseline || o.baselineWrite) || (o.format === 'sarif' && o.report === undefined);
  const tasks: FileTask[] = [];
  try {
    if (o.stdin) {
      const path = o.stdinFilename ?? '<stdin>';
      const absPath = resolve(cwd, o.stdinFilename ?? 'stdin.md');
      tasks.push({ path, absPath, options: { ...configFor(absPath).options, ci: o.ci }, mode, claims, fingerprints, review, stdin: io.readStdin() });
    } else {
      const files = expandInputs(o.inputs, { cwd, useIgnoreFiles: o.useIgnoreFiles }, {
        error(input, message) {
          troubled = true;
          summary.problems.push({ path: input, message });
          err(`${input}: ${message}`);
        },
        ignored(path, by) {
          summary.ignored.push(path);
          err(`${path}: not linted: ${displayPath(cwd, by)} excludes it (use --no-ignore to lint it)`);
        },
      });
      for (const path of files) {
        const absPath = resolve(cwd, path);
        tasks.push({ path, absPath, options: { ...configFor(absPath).options, ci: o.ci }, mode, claims, fingerprints, review });
      }
    }
  } catch (e) {
    return configFailure(e, err);
  }

  let baseline: Baseline | null = null;
  try {
    baseline = o.baseline ? Baseline.read(o.baseline, cwd) : null;
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  const writer = o.baselineWrite ? new BaselineWriter(o.baselineWrite, cwd) : null;

  const toFile = o.outputFile !== undefined;
  const color = o.color ?? (!toFile && !o.fixDryRun && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
  const context = { cwd, color, version: io.version, homepage: io.homepage };
  const formatter: Formatter | null = writer ? null : o.report === 'claims' ? CLAIMS_FORMATS[o.reportFormat](context) : FORMATS[o.format](context);
  const fd = toFile ? openOutput(resolve(cwd, o.outputFile!)) : null;
  const progress = new Progress(tasks.length, io.stderr);
  // Set when standard output took a write it could not pass on at once; the command waits for it before it writes again.
  let full: Promise<void> | null = null;
  const toStdout = (s: string): void => {
    progress.clear();
    const accepted = io.stdout.write(s);
    full ??= whenWritable(io.stdout, accepted);
  };
  const drained = async (): Promise<void> => {
    await full;
    full = null;
  };
  const write = (s: string): void => {
    if (s === '') return;
    if (fd !== null) writeSync(fd, s);
    else if (!o.fixDryRun) toStdout(s);
  };

  let warnings = 0;
  let bytes = 0;
  let fixed = 0;
  write(formatter?.begin() ?? '');
  if (full) await drained();
  const jobs = o.jobs === 'auto' ? defaultJobs(tasks) : o.jobs;
  for await (const outcome of runTasks(tasks, jobs)) {
    progress.tick();
    bytes += outcome.bytes;
    fixed += outcome.fixed;
    if (outcome.error) {
      troubled = true;
      summary.problems.push({ path: outcome.path, message: outcome.error });
      progress.clear();
      err(`${outcome.path}: ${outcome.error}`);
      if (!outcome.linted) continue;
    }
    summary.files++;
    if (outcome.diff) toStdout(outcome.diff);
    writer?.add(outcome.path, outcome.findings);
    const fresh = baseline ? outcome.findings.filter((f) => !baseline.has(cwd, outcome.path, f.fingerprint)) : outcome.findings;
    warnings += fresh.filter((f) => f.severity === 'warning').length;
    const shown = o.quiet ? fresh.filter((f) => f.severity === 'error') : fresh;
    for (const f of shown) {
      summary.counts[f.severity]++;
      if (f.fix) summary.fixable++;
    }
    if (formatter) write(formatter.file({ path: outcome.path, findings: shown, claims: outcome.claims, review: outcome.review }));
    if (full) await drained();
  }
  progress.clear();
  write(formatter?.end(summary) ?? '');
  if (fd !== null) closeSync(fd);

  if (writer) {
    const { findings, files } = writer.write();
    err(`wrote ${o.baselineWrite}: ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  }
  if (o.fix && fixed) err(`fixed ${fixed} problem${fixed === 1 ? '' : 's'}`);
  if (o.stats) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const mb = bytes / 1e6;
    const rss = process.resourceUsage().maxRSS / 1024;
    const threads = threadsFor(tasks.length, jobs);
    err(
      `${tasks.length} files, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s: ${Math.round(tasks.length / seconds)} files/s, ` +
        `${(mb / seconds).toFixed(2)} MB/s with ${threads} job${threads === 1 ? '' : 's'}; peak RSS ${Math.round(rss)} MB`,
    );
  }
  if (troubled) return 2;
  if (writer) return 0;
  if (o.maxWarnings !== undefined && warnings > o.maxWarnings) {
    err(`${warnings} warning${warnings === 1 ? '' : 's'} found; --max-warnings allows ${o.maxWarnings}`);
    return 1;
  }
  return summary.counts.error > 0 ? 1 : 0;
}

/** `--rule id:level` flags as rule overrides (levels are checked by the configuration resolver). */
function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting | 'info'> {
  const overrides: Record<string, RuleSetting | 'info'> = {};
  for (const flag of flags) {
    const colon = flag.lastIndexOf(':');
    if (colon <= 0) throw new ConfigError('--rule', flag, 'ID:LEVEL, e.g. range-style:error', JSON.stringify(flag));
    overrides[flag.slice(0, colon).trim()] = flag.slice(colon + 1).trim() as RuleSetting;
  }
  return overrides;
}

/** Reports a configuration error (exit 2); anything else is a bug and propagates. */
function configFailure(e: unknown, err: (s: string) => unknown): number {
  if (!(e instanceof ConfigError)) throw e;
  err(`configuration error: ${e.message}`);
  return 2;
}

/**
 * After a write: null when the stream took it, else a promise that resolves once the stream can take more (or has
 * closed). Without the wait, a report written to a pipe faster than its reader reads was queued whole in memory
 * (the JSON report of the White House corpus piped into `cat`: 1 GB peak instead of 0.2 GB).
 */
function whenWritable(stream: OutputStream, accepted: unknown): Promise<void> | null {
  const { once, off } = stream;
  if (accepted !== false || !once || !off || stream.destroyed) return null;
  return new Promise((resolve) => {
    const done = (): void => {
      off.call(stream, 'drain', done);
      off.call(stream, 'close', done);
      resolve();
    };
    once.call(stream, 'drain', done);
    once.call(stream, 'close', done);
  });
}

function openOutput(path: string): number {
  mkdirSync(dirname(path), { recursive: true });
  return openSync(path, 'w');
}

/** A path as short as it can be said: relative to the working folder when it lies inside it. */
function displayPath(cwd: string, path: string): string {
  const rel = posixRelative(cwd, path);
  return rel === '' || rel.startsWith('../') || isAbsolute(rel) ? path : rel;
}
