/** The output formats by name. */
import { claimsCsv, claimsMarkdown } from './claims';
import { github } from './github';
import { html } from './html';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import { text } from './text';
import type { FormatContext, Formatter } from './types';

/** Findings formats, for --format. */
export const FORMATS: Record<string, (context: FormatContext) => Formatter> = { stylish, text, json, sarif, github, junit, html };

/** Fact-check sheet formats, for --report claims --report-format. */
export const CLAIMS_FORMATS: Record<string, (context: FormatContext) => Formatter> = { markdown: claimsMarkdown, csv: claimsCsv };

export type { FormatContext, Formatter, ReportedFile, Summary } from './types';
export { zeroCounts } from './types';
