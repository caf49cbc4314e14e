/** The published schema: valid, complete, and registered for editors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { schemaRuleIds, validateConfig } from '../../server/src/config/index';
import { rules } from '../../server/src/core/rules/index';
import { ROOT } from '../cli/helpers';

const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('configuration schema', () => {
  it('compiles under strict mode', () => {
    expect(() => new Ajv({ strict: true, strictTuples: false }).compile(read('schemas/claimlintrc.schema.json'))).not.toThrow();
  });

  it('names every rule of the catalogue, in order, and no other', () => {
    expect(schemaRuleIds()).toEqual(rules.map((r) => r.id));
  });

  it('is registered for .claimlintrc.json and package.json through contributes.jsonValidation', () => {
    const pkg = read('package.json');
    expect(pkg.contributes.jsonValidation).toEqual(
      expect.arrayContaining([
        { fileMatch: '.claimlintrc.json', url: './schemas/claimlintrc.schema.json' },
        { fileMatch: 'package.json', url: './schemas/package.schema.json' },
      ]),
    );
    expect(read('schemas/package.schema.json').properties.claimlint.$ref).toBe('./claimlintrc.schema.json');
  });

  it('accepts a complete configuration and keeps every house setting', () => {
    const settings = { cues: ['recounted'], vagueSources: ['insiders'], knownSources: ['Reuters'], ignoreHeadings: false, minQuoteWords: 4, placeholder: 'XX' };
    const parsed = validateConfig({ $schema: './x.json', root: true, rules: { 'range-style': ['error', {}], 'tk-placeholder': 'off' }, settings }, 'c.json');
    expect(parsed).toEqual({ root: true, rules: { 'range-style': ['error', {}], 'tk-placeholder': 'off' }, settings });
  });
});
