/** The one error a configuration can raise: which file, which key, and what was expected there. */

/** An invalid or unreadable configuration: names the file, the key and the expected value. */
export class ConfigError extends Error {
  /** The configuration file (or "--rule" for a command-line override). */
  readonly file: string;
  /** The offending key as a dotted path ("rules.range-style"), or "" for the file as a whole. */
  readonly key: string;
  /** What would have been accepted there. */
  readonly expected: string;

  constructor(file: string, key: string, expected: string, actual?: string) {
    const where = key === '' ? file : `${file}: ${key}`;
    super(`${where}: expected ${expected}${actual === undefined ? '' : `, got ${actual}`}`);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
    this.expected = expected;
  }
}

/** A short rendering of a JSON value for error messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? json.slice(0, 59) + '…' : json;
}
