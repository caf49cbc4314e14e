/** Turning command-line inputs (files, folders, globs, `!` negations) into the drafts to lint, honouring ignore files. */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
// Loaded with require so that the bundle takes tinyglobby's (and fdir's) CommonJS build, not the ESM one.
import tinyglobby = require('tinyglobby');
import { decodeDraft, type Decoded } from './encoding';
import { IgnoreFiles } from './ignore';

const SKIP_DIRS = new Set(['node_modules', '.git']);
const DRAFT = /\.(?:md|markdown)$/i;

/** Where expansion looks and what it honours. */
export interface ExpandOptions {
  cwd: string;
  /** Honour .gitignore and .claimlintignore (off with --no-ignore). */
  useIgnoreFiles: boolean;
}

/** What expansion tells the user about: inputs in error, and named files skipped because an ignore file says so. */
export interface ExpandReporter {
  error(input: string, message: string): void;
  ignored(path: string, ignoreFile: string): void;
}

/**
 * Expands inputs into draft paths, in the order given, without duplicates: a file as named, a folder as every
 * `*.md` / `*.markdown` below it (skipping node_modules, .git and ignored folders), a glob as its matches; an input
 * starting with `!` removes the files it matches from the whole result.
 */
export function expandInputs(inputs: readonly string[], options: ExpandOptions, reporter: ExpandReporter): string[] {
  const { cwd } = options;
  const ignores = options.useIgnoreFiles ? new IgnoreFiles() : null;
  const ignoredBy = (abs: string, isDir: boolean): string | null => ignores?.ignoredBy(abs, isDir) ?? null;
  const negations = inputs.filter((i) => i.startsWith('!')).map((i) => i.slice(1));
  const excluded = negations.length ? picomatch(negations, { dot: true }) : () => false;
  const seen = new Set<string>();
  const files: string[] = [];
  /** Adds a draft by its path as shown and its absolute path (resolve(cwd, path)). */
  const add = (path: string, abs = resolve(cwd, path)): void => {
    if (seen.has(abs) || (negations.length && excluded(posixRelative(cwd, abs)))) return;
    seen.add(abs);
    files.push(path);
  };
  /** Walks a folder given by its path as shown and its absolute path (resolve(cwd, dir)). */
  const walk = (dir: string, absDir = resolve(cwd, dir)): void => {
    let entries;
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch (e) {
      reporter.error(dir, describeError(e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // An entry's name is one plain segment (never '.', '..' or holding a separator), so its absolute path is the
    // folder's and the name: what resolve(cwd, join(dir, name)) gives, without normalising the whole path again.
    const under = absDir.endsWith(sep) ? absDir : absDir + sep;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const abs = under + entry.name;
      if (entry.isSymbolicLink()) {
        // A linked draft is linted; a broken or looping link is reported; linked folders are not followed (no cycles).
        if (!DRAFT.test(entry.name)) continue;
        try {
          if (!statSync(abs).isFile() || ignoredBy(abs, false)) continue;
        } catch (e) {
          reporter.error(path, describeError(e));
          continue;
        }
        add(path, abs);
        continue;
      }
      const isDir = entry.isDirectory();
      if (isDir ? SKIP_DIRS.has(entry.name) : !(entry.isFile() && DRAFT.test(entry.name))) continue;
      if (ignoredBy(abs, isDir)) continue;
      if (isDir) walk(path, abs);
      else add(path, abs);
    }
  };
  for (const input of inputs) {
    if (input.startsWith('!')) continue;
    let stat;
    try {
      stat = statSync(resolve(cwd, input), { throwIfNoEntry: false });
    } catch (e) {
      reporter.error(input, describeError(e));
      continue;
    }
    if (!stat && tinyglobby.isDynamicPattern(input)) {
      const matches = tinyglobby.globSync(input, { cwd, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) reporter.error(input, 'no files match this pattern');
      const paths = matches.map((m) => (isAbsolute(m) ? m : m.split('/').join(sep))).sort();
      for (const path of paths) if (!ignoredBy(resolve(cwd, path), false)) add(path);
    } else if (!stat) {
      reporter.error(input, 'no such file or directory');
    } else if (stat.isDirectory()) {
      if (!ignoredBy(resolve(cwd, input), true)) walk(input);
    } else {
      const by = ignoredBy(resolve(cwd, input), false);
      if (by) reporter.ignored(input, by);
      else add(input);
    }
  }
  return files;
}

/** A path relative to a folder, with forward slashes (as globs and ignore files expect). */
export function posixRelative(from: string, abs: string): string {
  return relative(from, abs).split(sep).join('/');
}

/** A read draft: its raw bytes (to detect changes before writing a fix) and decoded text, or why it cannot be read. */
export type ReadResult = (Extract<Decoded, { ok: true }> & { bytes: Buffer }) | { ok: false; message: string };

/** Reads a draft; directories, binary files and invalid text are refused with a reason. */
export function readDraft(path: string): ReadResult {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // One open and a stat of the open file: no separate look-up of the path, and a pipe or device named *.md is
    // refused rather than waited on (non-blocking open).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
    if (!stats.isFile()) return { ok: false, message: 'is not a regular file' };
    bytes = readFileSync(fd);
  } catch (e) {
    return { ok: false, message: describeError(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const decoded = decodeDraft(bytes);
  return decoded.ok ? { ...decoded, bytes } : decoded;
}

/** A short, human reason for a file-system error. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return err?.message ?? String(e);
  }
}
