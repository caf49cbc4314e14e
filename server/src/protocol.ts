/**
 * What the Claimlint language server and its clients say to each other beyond LSP: the settings, the custom
 * requests and notifications, and the commands the server executes. Shared by server and VS Code client.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { AttributionKind, RuleSetting } from './core/types';

/** The `claimlint.*` settings, as pulled per resource (`workspace/configuration`, section "claimlint"). */
export interface Settings {
  /** Lint Markdown drafts at all. */
  enable: boolean;
  /** Lint as you type, or only when a draft is opened or saved. */
  run: 'onType' | 'onSave';
  /** Rule levels (and options) that win over .claimlintrc.json. */
  rules: Record<string, RuleSetting>;
  /** Headings are exempt from unattributed-number and unattributed-quote (null: as the configuration file says, else yes). */
  ignoreHeadings: boolean | null;
  /** Drafts longer than this many characters are not linted (a notice says so). */
  maxFileSize: number;
  /** An explicit configuration file instead of the .claimlintrc.json search ("" for the search). */
  configPath: string;
  /** Milliseconds to wait after the last keystroke before linting. */
  debounce: number;
}

/** The settings used when a client sends none. */
export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  rules: {},
  ignoreHeadings: null,
  maxFileSize: 1_000_000,
  configPath: '',
  debounce: 150,
};

/** Where a claim stands: no source, a vague source, or a source a reader can check. */
export type ClaimStatus = 'unattributed' | 'vague' | 'attributed';

/** A claim as editors review it: positions in LSP form, the source spelled out. */
export interface ClaimItem {
  kind: 'quote' | 'number';
  text: string;
  range: Range;
  status: ClaimStatus;
  /** True when a rule reports the claim as lacking a source (headings are exempt from this for numbers). */
  flagged: boolean;
  inHeading: boolean;
  attribution: { kind: AttributionKind; source: string; cue: string | null; range: Range } | null;
}

/** Claims sharing a source (or sharing the lack of one), in review order. */
export interface ClaimGroup {
  /** "Unattributed", "Vague: officials", or the source's name. */
  label: string;
  status: ClaimStatus;
  claims: ClaimItem[];
}

/** Parameters naming one open draft. */
export interface DraftParams {
  textDocument: { uri: string };
}

/** The claims of one draft, grouped for review. */
export interface ClaimsResult {
  uri: string;
  version: number;
  groups: ClaimGroup[];
}

/** `claimlint/claims`: the draft's quotes and numbers grouped by source, unattributed and vague first. */
export const ClaimsRequest = new RequestType<DraftParams, ClaimsResult | null, void>('claimlint/claims');

/** `claimlint/factCheckSheet`: the same review as a Markdown fact-check sheet. */
export const FactCheckSheetRequest = new RequestType<DraftParams, { markdown: string } | null, void>('claimlint/factCheckSheet');

/** What the server tells the client after publishing a draft's diagnostics. */
export interface LintedParams {
  uri: string;
  version: number;
  /** Claims a rule reports as lacking a source. */
  unattributed: number;
  /** Claims attributed only vaguely. */
  vague: number;
  claims: number;
  /** Milliseconds from the change (or open) that started this run to diagnostics ready, measured in the server. */
  elapsedMs: number;
  /** Milliseconds of that spent waiting for typing to pause. */
  debounceMs: number;
  /** True when the result came from the cache (the text had been linted before with the same options). */
  cached: boolean;
  /** Texts this server process has linted so far, this one included (cache hits not counted): shows work done for versions never published. */
  lints: number;
}

/** `claimlint/linted`: a draft's diagnostics were published (drives the status bar and the Claims view). */
export const LintedNotification = new NotificationType<LintedParams>('claimlint/linted');

/** Commands the server executes (`workspace/executeCommand`); arguments: `[uri]` or `[uri, position]`. */
export const ServerCommands = {
  /** Applies every fix in the draft. */
  fixAll: 'claimlint.server.fixAll',
  /** Applies the fixes of one rule: `[uri, ruleId]`. */
  fixRule: 'claimlint.server.fixRule',
  /** Inserts a TK attribution for the unattributed claim at `[uri, position]`. */
  insertAttribution: 'claimlint.server.insertAttribution',
} as const;
