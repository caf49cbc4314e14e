/** Checks configuration data against the published JSON Schema and turns it into engine options. */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schemas/claimlintrc.schema.json';
import type { EngineSettings, RuleLevel, RuleSetting } from '../core/types';
import { ConfigError, showValue } from './errors';

/** One configuration file's content, checked and normalised ("info" → "information"). */
export interface ParsedConfig {
  /** Stop looking for configuration in parent folders. */
  root: boolean;
  rules: Record<string, RuleSetting>;
  settings: Partial<EngineSettings>;
}

/** A node of the JSON Schema. */
type SchemaNode = Record<string, unknown>;

let compiled: ValidateFunction | null = null;

/** The schema's validator, compiled on first use (most runs never read a configuration file). */
function check(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, verbose: true, strictTuples: false }).compile(schema);
  return compiled;
}

/** Validates parsed JSON from a configuration file; throws ConfigError naming the file, key and expected value. */
export function validateConfig(data: unknown, file: string, keyPrefix = ''): ParsedConfig {
  const validate = check();
  if (!validate(data)) throw toConfigError(validate.errors ?? [], data, file, keyPrefix);
  const raw = data as { root?: boolean; rules?: Record<string, unknown>; settings?: Partial<EngineSettings> };
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(raw.rules ?? {})) rules[id] = normaliseSetting(setting as RuleSetting | 'info');
  return { root: raw.root ?? false, rules, settings: { ...(raw.settings ?? {}) } };
}

/** Validates one rule's setting given outside a file (`--rule id:level`); throws ConfigError. */
export function validateRuleSetting(ruleId: string, setting: unknown, file: string): RuleSetting {
  return validateConfig({ rules: { [ruleId]: setting } }, file).rules[ruleId];
}

/** The rule ids the schema knows, in catalogue order. */
export function schemaRuleIds(): string[] {
  return Object.keys((schema.properties.rules as { properties: object }).properties);
}

function normaliseLevel(level: RuleLevel | 'info'): RuleLevel {
  return level === 'info' ? 'information' : level;
}

function normaliseSetting(setting: RuleSetting | 'info' | ['info', Record<string, unknown>]): RuleSetting {
  if (Array.isArray(setting)) return [normaliseLevel(setting[0]), { ...(setting[1] ?? {}) }];
  return normaliseLevel(setting);
}

/** Picks the most telling schema error and phrases it for a person. */
function toConfigError(errors: ErrorObject[], data: unknown, file: string, keyPrefix: string): ConfigError {
  const depth = (e: ErrorObject): number => pathOf(e).length + (e.keyword === 'additionalProperties' ? 1 : 0);
  const deepest = Math.max(...errors.map(depth));
  const candidates = errors.filter((e) => depth(e) === deepest);
  const error = candidates.find((e) => e.keyword === 'oneOf') ?? candidates[0];
  const path = pathOf(error);
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys(((error.parentSchema as SchemaNode).properties as object) ?? {});
    return new ConfigError(file, keyName(keyPrefix, [...path, extra]), `one of the known keys (${known.join(', ')})`, 'an unknown key');
  }
  const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);
  return new ConfigError(file, keyName(keyPrefix, path), describe(error.parentSchema as SchemaNode), showValue(value));
}

function pathOf(error: ErrorObject): string[] {
  return error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function keyName(prefix: string, path: string[]): string {
  const key = path.map((k, i) => (/^\d+$/.test(k) ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  return prefix === '' ? key : key === '' ? prefix : key.startsWith('[') ? prefix + key : `${prefix}.${key}`;
}

/** Phrases a schema node as the value it expects. */
function describe(node: SchemaNode | undefined): string {
  if (!node) return 'a valid value';
  if (typeof node.$ref === 'string') return describe(resolveRef(node.$ref));
  if (Array.isArray(node.oneOf)) return (node.oneOf as SchemaNode[]).map(describe).join(', or ');
  if (Array.isArray(node.enum)) return `one of ${(node.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.type === 'array' && Array.isArray(node.items)) return '[level, { options }]';
  if (node.type === 'array') return `a list of ${plural(describe(node.items as SchemaNode))}`;
  if (node.type === 'integer') return typeof node.minimum === 'number' ? `a whole number of at least ${node.minimum}` : 'a whole number';
  if (node.type === 'string') return typeof node.minLength === 'number' && node.minLength > 0 ? 'a non-empty string' : 'a string';
  if (node.type === 'boolean') return 'true or false';
  if (node.type === 'object') return 'an object';
  return 'a valid value';
}

function plural(phrase: string): string {
  return phrase.replace(/^an? (.*)$/, '$1s');
}

function resolveRef(ref: string): SchemaNode | undefined {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<SchemaNode | undefined>((node, k) => node?.[k] as SchemaNode | undefined, schema as unknown as SchemaNode);
}
