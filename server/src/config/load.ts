/** Reading configuration files (JSON with comments, or package.json's "claimlint" key), cached by path and mtime. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
// The ES module build: the package's default (UMD) build loads its parts dynamically, which a bundle cannot follow.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main';
import { ConfigError } from './errors';
import { validateConfig, type ParsedConfig } from './validate';

/** The configuration file names looked for in each folder, in order of precedence. */
export const CONFIG_FILE = '.claimlintrc.json';

interface CacheEntry {
  mtimeMs: number;
  size: number;
  config: ParsedConfig | null;
}

const cache = new Map<string, CacheEntry>();

/**
 * Reads and validates one configuration file; null for a package.json without a "claimlint" key.
 * Throws ConfigError for unreadable files, syntax errors and invalid content.
 */
export function loadConfigFile(path: string): ParsedConfig | null {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ConfigError(path, '', 'a readable configuration file', 'no such file');
  }
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.config;
  const config = parseConfigText(readText(path), path);
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, config });
  return config;
}

/** Forgets every cached configuration file (for long-running hosts that watch the file system). */
export function clearConfigCache(): void {
  cache.clear();
}

/** Parses a configuration file's text; package.json contributes only its "claimlint" key. */
export function parseConfigText(text: string, path: string): ParsedConfig | null {
  const isPackage = basename(path) === 'package.json';
  if (isPackage && !text.includes('"claimlint"')) return null;
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: isPackage });
  if (errors.length > 0) {
    const { line, column } = lineColumn(text, errors[0].offset);
    const what = isPackage ? 'valid JSON' : 'valid JSON (comments and trailing commas allowed)';
    throw new ConfigError(`${path}:${line}:${column}`, '', what, printParseErrorCode(errors[0].error));
  }
  if (!isPackage) return validateConfig(data, path);
  const section = (data as Record<string, unknown> | null)?.claimlint;
  return section === undefined ? null : validateConfig(section, path, 'claimlint');
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ConfigError(path, '', 'a readable configuration file', (e as NodeJS.ErrnoException).code ?? String(e));
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  return { line, column: offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) };
}
