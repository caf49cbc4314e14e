/** Running the built CLI as a user would, in scratch folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';

/** The repository root. */
export const ROOT = resolve(__dirname, '..', '..');
/** The bundled CLI, as `npm test` builds it before running the tests. */
export const BIN = join(ROOT, 'bin', 'claimlint.js');
/** The fixture newsroom: drafts, a root config, and a desk config that overrides it. */
export const NEWSROOM = join(__dirname, 'fixtures', 'newsroom');

/** What one run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `claimlint args…` in `cwd` with a clean environment (CI unset unless given). */
export function claimlint(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string | Buffer } = {}): CliRun {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...(options.env ?? {}) };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, input: options.stdin ?? '', encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Scratch folders made by this test file, removed when its tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new scratch folder holding the given files (path → content). */
export function scratch(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-test-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A scratch copy of the fixture newsroom. */
export function newsroomCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-newsroom-'));
  made.push(dir);
  cpSync(NEWSROOM, dir, { recursive: true });
  return dir;
}

/** Compares text with a golden file in test/cli/golden/; `UPDATE_GOLDEN=1` rewrites the golden instead. */
export function golden(name: string, actual: string): { actual: string; expected: string } {
  const path = join(__dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  return { actual, expected: readFileSync(path, 'utf8') };
}
