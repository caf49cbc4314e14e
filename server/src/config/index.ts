/**
 * The configuration resolver shared by the CLI and the language server: pure Node, no editor imports, so that a
 * draft is judged by the same rules wherever it is linted.
 */
export { ConfigError } from './errors';
export { resolveConfig, type ResolvedConfig, type ResolveOptions } from './resolve';
export { validateConfig, validateRuleSetting, schemaRuleIds, type ParsedConfig } from './validate';
export { loadConfigFile, clearConfigCache, parseConfigText, CONFIG_FILE } from './load';
export { effectiveConfig, type EffectiveConfig } from './effective';
