/**
 * Settings pulled per draft from the client, merged with .claimlintrc.json through the shared resolver (the
 * one the CLI uses). A broken configuration is reported once and the folder is linted with the defaults.
 */
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, WorkspaceFolder } from 'vscode-languageserver';
import { ConfigError, clearConfigCache, resolveConfig } from '../config/index';
import type { LintOptions } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../protocol';

/** What a draft is linted with. */
export interface DraftConfig {
  settings: Settings;
  options: LintOptions;
  /** `options` serialised, for the result cache. */
  optionsKey: string;
}

/** Per-draft settings and configuration, refreshed when either changes. */
export class ConfigStore {
  private readonly settingsByUri = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  private globalSettings: Partial<Settings> = {};
  /** Set from the client's capabilities: can settings be pulled per resource? */
  pullSettings = false;
  folders: WorkspaceFolder[] = [];

  constructor(private readonly connection: Connection) {}

  /** Settings pushed with `workspace/didChangeConfiguration` (clients that cannot be asked per resource). */
  setGlobalSettings(value: unknown): void {
    const section = value && typeof value === 'object' && 'claimlint' in value ? (value as { claimlint: unknown }).claimlint : undefined;
    this.globalSettings = section && typeof section === 'object' ? (section as Partial<Settings>) : {};
  }

  /** Forgets pulled settings and read configuration files, so the next lint sees the current ones. */
  invalidate(): void {
    this.settingsByUri.clear();
    this.reported.clear();
    clearConfigCache();
  }

  /** A draft's settings, pulled once and kept until they change. */
  async settingsFor(uri: string): Promise<Settings> {
    let pending = this.settingsByUri.get(uri);
    if (!pending) {
      pending = this.pull(uri);
      this.settingsByUri.set(uri, pending);
    }
    return pending;
  }

  /** Forgets a closed draft's settings. */
  forget(uri: string): void {
    this.settingsByUri.delete(uri);
  }

  /** Settings and lint options for a draft. */
  async configFor(uri: string): Promise<DraftConfig> {
    const settings = await this.settingsFor(uri);
    const { file, folder } = this.locate(uri);
    let options: LintOptions;
    try {
      options = resolveConfig(file, {
        configPath: settings.configPath || undefined,
        ruleOverrides: settings.rules,
        cwd: folder,
      }).options;
    } catch (error) {
      this.report(error, folder);
      options = {};
    }
    if (typeof settings.ignoreHeadings === 'boolean') options = { ...options, settings: { ...options.settings, ignoreHeadings: settings.ignoreHeadings } };
    return { settings, options, optionsKey: JSON.stringify(options) };
  }

  private async pull(uri: string): Promise<Settings> {
    let pulled: unknown = this.globalSettings;
    if (this.pullSettings) {
      try {
        pulled = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'claimlint' });
      } catch (error) {
        this.connection.console.warn(`Could not read the claimlint settings: ${String(error)}`);
      }
    }
    return normalize(pulled);
  }

  /** The draft's path (a stand-in inside the workspace for untitled drafts) and the folder it belongs to. */
  private locate(uri: string): { file: string; folder: string } {
    const roots = this.folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    if (uri.startsWith('file:')) {
      const file = fileURLToPath(uri);
      const folder = roots.filter((r) => file.startsWith(r + sep)).sort((a, b) => b.length - a.length)[0] ?? dirname(file);
      return { file, folder };
    }
    const folder = roots[0] ?? process.cwd();
    return { file: join(folder, 'untitled.md'), folder };
  }

  private report(error: unknown, folder: string): void {
    const what = error instanceof ConfigError
      ? error.file === '--rule' ? `the claimlint.rules setting: ${error.message.replace(/^--rule: /, '')}` : error.message
      : String(error);
    const message = `Claimlint configuration error in ${what}. Drafts in ${folder} are linted with the default rules until it is fixed.`;
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.connection.console.error(message);
    void this.connection.window.showErrorMessage(message);
  }
}

/** Settings from whatever the client sent, each value checked and defaulted. */
function normalize(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const pick = <K extends keyof Settings>(key: K, ok: (x: unknown) => boolean): Settings[K] => (ok(v[key]) ? (v[key] as Settings[K]) : DEFAULT_SETTINGS[key]);
  const isNumber = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  return {
    enable: pick('enable', (x) => typeof x === 'boolean'),
    run: pick('run', (x) => x === 'onType' || x === 'onSave'),
    rules: pick('rules', (x) => !!x && typeof x === 'object' && !Array.isArray(x)),
    ignoreHeadings: pick('ignoreHeadings', (x) => typeof x === 'boolean' || x === null),
    maxFileSize: pick('maxFileSize', isNumber),
    configPath: pick('configPath', (x) => typeof x === 'string'),
    debounce: pick('debounce', isNumber),
  };
}
