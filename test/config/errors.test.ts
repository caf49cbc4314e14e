/** Every way a configuration can be wrong gives an error naming the file, the key and the expected value. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../../server/src/config/index';
import { claimlint, scratch } from '../cli/helpers';

function errorFor(config: string, name = '.claimlintrc.json'): ConfigError {
  const dir = scratch({ [name]: config });
  try {
    resolveConfig(join(dir, 'story.md'));
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const error = e as ConfigError;
    expect(error.file.startsWith(join(dir, name))).toBe(true);
    return error;
  }
  throw new Error('no ConfigError');
}

const SEVERITIES = 'one of "off", "hint", "info", "information", "warning", "error"';

describe('configuration errors', () => {
  it.each([
    ['an unknown top-level key', '{ "rulez": {} }', 'rulez', 'one of the known keys ($schema, root, rules, settings)'],
    ['an unknown rule id', '{ "rules": { "no-such-rule": "error" } }', 'rules.no-such-rule', 'one of the known keys (unattributed-quote,'],
    ['a misspelt level', '{ "rules": { "range-style": "eror" } }', 'rules.range-style', `${SEVERITIES}, or [level, { options }]`],
    ['a level of the wrong type', '{ "rules": { "range-style": 2 } }', 'rules.range-style', `${SEVERITIES}, or [level, { options }]`],
    ['a misspelt level in [level, options]', '{ "rules": { "range-style": ["warn", {}] } }', 'rules.range-style[0]', SEVERITIES],
    ['options that are not an object', '{ "rules": { "range-style": ["warning", 5] } }', 'rules.range-style[1]', 'an object'],
    ['too many items in [level, options]', '{ "rules": { "range-style": ["warning", {}, 1] } }', 'rules.range-style', `${SEVERITIES}, or [level, { options }]`],
    ['rules that are not an object', '{ "rules": ["range-style"] }', 'rules', 'an object'],
    ['cues that are not a list', '{ "settings": { "cues": "recounted" } }', 'settings.cues', 'a list of non-empty strings'],
    ['a cue that is not a string', '{ "settings": { "cues": ["recounted", 3] } }', 'settings.cues[1]', 'a non-empty string'],
    ['an empty vague source', '{ "settings": { "vagueSources": [""] } }', 'settings.vagueSources[0]', 'a non-empty string'],
    ['known sources that are not a list', '{ "settings": { "knownSources": {} } }', 'settings.knownSources', 'a list of non-empty strings'],
    ['ignoreHeadings that is not a boolean', '{ "settings": { "ignoreHeadings": "yes" } }', 'settings.ignoreHeadings', 'true or false'],
    ['minQuoteWords below 1', '{ "settings": { "minQuoteWords": 0 } }', 'settings.minQuoteWords', 'a whole number of at least 1'],
    ['minQuoteWords that is not whole', '{ "settings": { "minQuoteWords": 2.5 } }', 'settings.minQuoteWords', 'a whole number of at least 1'],
    ['an empty placeholder', '{ "settings": { "placeholder": "" } }', 'settings.placeholder', 'a non-empty string'],
    ['an unknown setting', '{ "settings": { "placeholders": "TK" } }', 'settings.placeholders', 'one of the known keys (cues,'],
    ['root that is not a boolean', '{ "root": "yes" }', 'root', 'true or false'],
    ['a configuration that is not an object', '[]', '', 'an object'],
  ])('%s', (_, config, key, expected) => {
    const error = errorFor(config);
    expect(error.key).toBe(key);
    expect(error.expected.startsWith(expected)).toBe(true);
    expect(error.message).toContain(expected);
  });

  it('a syntax error names the file, line and column', () => {
    const error = errorFor('{\n  "rules": {\n    "range-style": "error"\n    "false-precision": "off"\n  }\n}');
    expect(error.file).toMatch(/\.claimlintrc\.json:4:5$/);
    expect(error.expected).toBe('valid JSON (comments and trailing commas allowed)');
    expect(error.message).toContain('CommaExpected');
  });

  it('a bad "claimlint" key in package.json is named as such', () => {
    const error = errorFor('{ "name": "x", "claimlint": { "rules": { "range-style": "loud" } } }', 'package.json');
    expect(error.key).toBe('claimlint.rules.range-style');
  });

  it('package.json does not allow comments', () => {
    expect(errorFor('{ /* no */ "claimlint": {} }', 'package.json').expected).toBe('valid JSON');
  });

  it('--config naming a missing file, or a package.json without the key', () => {
    const dir = scratch({ 'package.json': '{ "name": "x" }' });
    expect(() => resolveConfig(join(dir, 'a.md'), { configPath: 'missing.json', cwd: dir })).toThrow(/missing\.json: expected a readable configuration file/);
    expect(() => resolveConfig(join(dir, 'a.md'), { configPath: 'package.json', cwd: dir })).toThrow(/package\.json: claimlint: expected a "claimlint" key/);
  });

  it('--rule with an unknown rule or level', () => {
    const dir = scratch({});
    expect(() => resolveConfig(join(dir, 'a.md'), { ruleOverrides: { 'range-style': 'loud' as 'error' } })).toThrow(ConfigError);
    expect(() => resolveConfig(join(dir, 'a.md'), { ruleOverrides: { nope: 'error' } })).toThrow(/--rule: rules\.nope: expected one of the known keys/);
  });

  it('the CLI exits 2 and prints the file, key and expected value, and lints nothing', () => {
    const dir = scratch({ '.claimlintrc.json': '{ "root": true, "rules": { "range-style": "eror" } }', 'a.md': 'Between 4 to 6 people came.\n' });
    const r = claimlint(['a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`configuration error: ${join(dir, '.claimlintrc.json')}: rules.range-style: expected one of "off"`);
    expect(r.stderr).toContain('got "eror"');
    const flag = claimlint(['a.md', '--config', '.claimlintrc.json', '--rule', 'range-style'], { cwd: dir });
    expect(flag.code).toBe(2);
    const bad = claimlint(['a.md', '--rule', 'range-style:loud'], { cwd: scratch({ 'a.md': 'x\n' }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rule: rules.range-style: expected one of "off"');
  });
});
