/** Finds the configuration files that apply to a draft and merges them, nearest last. */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LintOptions, RuleSetting } from '../core/types';
import { ConfigError } from './errors';
import { CONFIG_FILE, loadConfigFile } from './load';
import { validateRuleSetting, type ParsedConfig } from './validate';

/** The configuration that applies to one draft. */
export interface ResolvedConfig {
  /** What to pass to lint() (the caller adds `ci`). */
  options: LintOptions;
  /** Configuration files that contributed, nearest last. */
  sources: string[];
}

/** How to resolve: an explicit file instead of the search, command-line rule overrides, the base folder. */
export interface ResolveOptions {
  /** Use only this file (a .claimlintrc.json or a package.json with a "claimlint" key); no search. */
  configPath?: string;
  /** Rule levels that win over every file (`--rule id:level`); "info" is accepted. */
  ruleOverrides?: Record<string, RuleSetting | 'info'>;
  /** Folder that relative paths are resolved against (default: the process's). */
  cwd?: string;
}

/**
 * The configuration for a draft: .claimlintrc.json or package.json's "claimlint" key, found walking up from the
 * draft's folder (the nearer file overrides, per rule and per setting; `"root": true` stops the walk), or the
 * one file named by `configPath`; then `ruleOverrides`. Throws ConfigError.
 */
export function resolveConfig(filePath: string, opts: ResolveOptions = {}): ResolvedConfig {
  const cwd = opts.cwd ?? process.cwd();
  const layers = opts.configPath ? [explicitFile(resolve(cwd, opts.configPath))] : searchFrom(dirname(resolve(cwd, filePath)));
  const rules: Record<string, RuleSetting> = {};
  const settings: NonNullable<LintOptions['settings']> = {};
  for (const { config } of layers) {
    Object.assign(rules, config.rules);
    Object.assign(settings, config.settings);
  }
  for (const [id, setting] of Object.entries(opts.ruleOverrides ?? {})) rules[id] = validateRuleSetting(id, setting, '--rule');
  return { options: { rules, settings }, sources: layers.map((l) => l.file) };
}

interface Layer {
  file: string;
  config: ParsedConfig;
}

function explicitFile(file: string): Layer {
  const config = loadConfigFile(file);
  if (!config) throw new ConfigError(file, 'claimlint', 'a "claimlint" key holding the configuration', 'no such key');
  return { file, config };
}

/** Configuration layers from the filesystem root (or the nearest `root: true`) down to `dir`. */
function searchFrom(dir: string): Layer[] {
  const layers: Layer[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const layer = configIn(d);
    if (layer) {
      layers.push(layer);
      if (layer.config.root) break;
    }
    if (dirname(d) === d) break;
  }
  return layers.reverse();
}

/** The configuration a folder holds: .claimlintrc.json, else package.json's "claimlint" key. */
function configIn(dir: string): Layer | null {
  for (const name of [CONFIG_FILE, 'package.json']) {
    const file = join(dir, name);
    if (!isFile(file)) continue;
    const config = loadConfigFile(file);
    if (config) return { file, config };
  }
  return null;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

