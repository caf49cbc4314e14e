/** .gitignore and .claimlintignore, with git's semantics: each file's patterns apply below its own folder. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The ignore file only Claimlint reads (same syntax as .gitignore). */
export const IGNORE_FILE = '.claimlintignore';

interface FolderRules {
  /** The folder the patterns are relative to. */
  dir: string;
  /** Which file they came from, for messages. */
  file: string;
  rules: Ignore;
}

/**
 * Answers "is this path ignored?" from every .claimlintignore between the filesystem root and the path, and
 * every .gitignore inside the path's git work tree (outside a work tree, git ignores .gitignore and so do we).
 */
export class IgnoreFiles {
  private readonly folders = new Map<string, FolderRules[]>();
  private readonly repoRoots = new Map<string, string | null>();

  /** The ignore file that excludes an absolute path, or null when it is not ignored. */
  ignoredBy(absPath: string, isDir: boolean): string | null {
    const chain = this.chain(dirname(absPath));
    for (let i = chain.length - 1; i >= 0; i--) {
      const { dir, file, rules } = chain[i];
      const rel = relative(dir, absPath).split(sep).join('/');
      if (rel === '' || rel.startsWith('..')) continue;
      const result = rules.test(isDir ? rel + '/' : rel);
      if (result.ignored) return file;
      if (result.unignored) return null;
    }
    return null;
  }

  /** The pattern sets that apply in a folder, outermost first. */
  private chain(dir: string): FolderRules[] {
    const cached = this.folders.get(dir);
    if (cached) return cached;
    const parent = dirname(dir);
    const inherited = parent === dir ? [] : this.chain(parent);
    const own: FolderRules[] = [];
    const repo = this.repoRoot(dir);
    for (const name of repo ? ['.gitignore', IGNORE_FILE] : [IGNORE_FILE]) {
      const file = join(dir, name);
      const text = readIfFile(file);
      if (text !== null) own.push({ dir, file, rules: ignore().add(text) });
    }
    const chain = own.length ? [...inherited, ...own] : inherited;
    this.folders.set(dir, chain);
    return chain;
  }

  /** The nearest folder at or above `dir` holding `.git`, or null. */
  private repoRoot(dir: string): string | null {
    const cached = this.repoRoots.get(dir);
    if (cached !== undefined) return cached;
    const parent = dirname(dir);
    const root = existsSync(join(dir, '.git')) ? dir : parent === dir ? null : this.repoRoot(parent);
    this.repoRoots.set(dir, root);
    return root;
  }
}

function readIfFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
