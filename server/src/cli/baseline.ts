/**
 * Baselines: today's findings recorded by fingerprint, so that an archive can adopt Claimlint and CI fails only on
 * findings that are new. Paths are stored relative to the baseline file, with forward slashes, so it can be committed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { posixRelative } from './files';

/** The baseline file's content. */
export interface BaselineFile {
  version: 1;
  files: Record<string, { ruleId: string; fingerprint: string; message: string }[]>;
}

/** Known findings, looked up by draft and fingerprint. */
export class Baseline {
  private constructor(
    private readonly base: string,
    private readonly known: Map<string, Set<string>>,
  ) {}

  /** Reads a baseline file; throws an Error with a clear message when it is missing or malformed. */
  static read(file: string, cwd: string): Baseline {
    const path = resolve(cwd, file);
    let data: BaselineFile;
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
    } catch (e) {
      throw new Error(`${file}: cannot read the baseline (${(e as Error).message})`);
    }
    if (data?.version !== 1 || typeof data.files !== 'object' || data.files === null) {
      throw new Error(`${file}: not a Claimlint baseline (expected { "version": 1, "files": { … } })`);
    }
    const known = new Map<string, Set<string>>();
    for (const [draft, entries] of Object.entries(data.files)) {
      if (!Array.isArray(entries)) throw new Error(`${file}: files.${draft}: expected a list of findings`);
      known.set(draft, new Set(entries.map((e) => e.fingerprint)));
    }
    return new Baseline(dirname(path), known);
  }

  /** True when the finding was recorded in the baseline. */
  has(cwd: string, draftPath: string, fingerprint: string): boolean {
    return this.known.get(posixRelative(this.base, resolve(cwd, draftPath)))?.has(fingerprint) ?? false;
  }
}

/** Collects findings for a new baseline and writes it atomically. */
export class BaselineWriter {
  private readonly files: BaselineFile['files'] = {};
  private count = 0;

  constructor(
    private readonly path: string,
    private readonly cwd: string,
  ) {}

  /** Records a draft's findings. */
  add(draftPath: string, findings: readonly { ruleId: string; fingerprint: string; message: string }[]): void {
    if (findings.length === 0) return;
    const key = posixRelative(dirname(resolve(this.cwd, this.path)), resolve(this.cwd, draftPath));
    this.files[key] = findings.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint, message: f.message }));
    this.count += findings.length;
  }

  /** Writes the file (drafts sorted, so that baselines diff well); returns the number of findings recorded. */
  write(): { findings: number; files: number } {
    const abs = resolve(this.cwd, this.path);
    const sorted: BaselineFile = { version: 1, files: {} };
    for (const key of Object.keys(this.files).sort()) sorted.files[key] = this.files[key];
    mkdirSync(dirname(abs), { recursive: true });
    const temp = `${abs}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(sorted, null, 2) + '\n');
    renameSync(temp, abs);
    return { findings: this.count, files: Object.keys(sorted.files).length };
  }
}
