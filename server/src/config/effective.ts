/** The complete configuration a draft is linted with: every rule's level and every setting, defaults filled in. */
import { resolveSettings } from '../core/lint';
import { rules } from '../core/rules/index';
import type { EngineSettings, LintOptions, RuleSetting } from '../core/types';

/** Every rule's effective setting and every house setting, as `--print-config` shows them. */
export interface EffectiveConfig {
  rules: Record<string, RuleSetting>;
  settings: EngineSettings;
  ci: boolean;
}

/** Fills in defaults for rules and settings not configured. */
export function effectiveConfig(options: LintOptions): EffectiveConfig {
  const all: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const configured = options.rules?.[rule.id] ?? rule.defaultSeverity;
    all[rule.id] = options.ci && rule.id === 'tk-placeholder' && configured !== 'off' ? withLevel(configured, 'error') : configured;
  }
  return { rules: all, settings: resolveSettings(options.settings), ci: options.ci ?? false };
}

function withLevel(setting: RuleSetting, level: 'error'): RuleSetting {
  return Array.isArray(setting) ? [level, setting[1]] : level;
}
