/** The shared resolver: discovery, precedence, merging and caching. */
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, resolveConfig } from '../../server/src/config/index';
import { scratch } from '../cli/helpers';

describe('resolveConfig', () => {
  it('merges every .claimlintrc.json from the root down, the nearest winning per rule and per setting', () => {
    const dir = scratch({
      '.claimlintrc.json': '{ "rules": { "range-style": "error", "false-precision": "off" }, "settings": { "cues": ["recounted"], "placeholder": "XX" } }',
      'news/.claimlintrc.json': '// desk settings\n{ "rules": { "range-style": "warning" }, "settings": { "placeholder": "TKTK" }, }',
      'news/story.md': '',
    });
    const r = resolveConfig(join(dir, 'news', 'story.md'));
    expect(r.options.rules).toEqual({ 'range-style': 'warning', 'false-precision': 'off' });
    expect(r.options.settings).toEqual({ cues: ['recounted'], placeholder: 'TKTK' });
    expect(r.sources).toEqual([join(dir, '.claimlintrc.json'), join(dir, 'news', '.claimlintrc.json')]);
  });

  it('stops at a file marked "root": true', () => {
    const dir = scratch({
      '.claimlintrc.json': '{ "rules": { "range-style": "error" } }',
      'a/.claimlintrc.json': '{ "root": true, "rules": { "false-precision": "warning" } }',
    });
    const r = resolveConfig(join(dir, 'a', 'x.md'));
    expect(r.options.rules).toEqual({ 'false-precision': 'warning' });
    expect(r.sources).toEqual([join(dir, 'a', '.claimlintrc.json')]);
  });

  it('reads the "claimlint" key of package.json, and prefers .claimlintrc.json in the same folder', () => {
    const dir = scratch({
      'package.json': JSON.stringify({ name: 'site', claimlint: { root: true, rules: { 'tk-placeholder': 'error' } } }),
      'both/package.json': JSON.stringify({ claimlint: { rules: { 'range-style': 'error' } } }),
      'both/.claimlintrc.json': '{ "rules": { "range-style": "hint" } }',
      'plain/package.json': '{ "name": "no config here" }',
    });
    expect(resolveConfig(join(dir, 'x.md')).options.rules).toEqual({ 'tk-placeholder': 'error' });
    expect(resolveConfig(join(dir, 'both', 'x.md')).options.rules).toEqual({ 'tk-placeholder': 'error', 'range-style': 'hint' });
    expect(resolveConfig(join(dir, 'plain', 'x.md')).sources).toEqual([join(dir, 'package.json')]);
  });

  it('uses only the file named by configPath, then the rule overrides', () => {
    const dir = scratch({
      '.claimlintrc.json': '{ "root": true, "rules": { "range-style": "error" } }',
      'ci.json': '{ "rules": { "false-precision": "warning" } }',
    });
    const r = resolveConfig(join(dir, 'x.md'), { configPath: 'ci.json', cwd: dir, ruleOverrides: { 'late-attribution': 'info' } });
    expect(r.options.rules).toEqual({ 'false-precision': 'warning', 'late-attribution': 'information' });
    expect(r.sources).toEqual([join(dir, 'ci.json')]);
  });

  it('maps "info" to the engine\'s "information", alone and in [level, options]', () => {
    const dir = scratch({ '.claimlintrc.json': '{ "root": true, "rules": { "range-style": "info", "false-precision": ["info", { }] } }' });
    expect(resolveConfig(join(dir, 'x.md')).options.rules).toEqual({ 'range-style': 'information', 'false-precision': ['information', {}] });
  });

  it('caches a parsed file until its mtime or size changes', () => {
    const dir = scratch({ '.claimlintrc.json': '{ "root": true, "rules": { "range-style": "error" } }' });
    const file = join(dir, '.claimlintrc.json');
    const first = loadConfigFile(file);
    expect(loadConfigFile(file)).toBe(first);
    writeFileSync(file, '{ "root": true, "rules": { "range-style": "hint"  } }');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = loadConfigFile(file);
    expect(second).not.toBe(first);
    expect(second?.rules).toEqual({ 'range-style': 'hint' });
  });
});
