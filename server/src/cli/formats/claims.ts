/** `--report claims`: the fact-check sheet, every numeric claim and direct quote with its source, for editors. */
import type { JsonClaim } from '../report';
import type { Formatter, ReportedFile } from './types';

/** The sheet as Markdown: a table per draft, then totals. */
export function claimsMarkdown(): Formatter {
  let claims = 0;
  let unsourced = 0;
  return {
    begin: () => '# Fact-check sheet\n\nEvery numeric claim and direct quote, with the source it is attributed to.\n',
    file(file: ReportedFile) {
      if (file.claims.length === 0) return '';
      claims += file.claims.length;
      unsourced += file.claims.filter((c) => !c.attribution).length;
      const rows = file.claims.map((c) => `| ${c.range.start.line} | ${c.kind} | ${cell(c.text)} | ${cell(source(c))} | ${cell(c.attribution?.cue ?? '')} |`);
      return `\n## ${file.path}\n\n| Line | Kind | Claim | Source | Cue |\n| ---: | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
    },
    end: (summary) => `\n${claims} claim${claims === 1 ? '' : 's'} in ${summary.files} file${summary.files === 1 ? '' : 's'}, ${unsourced} without a source.\n`,
  };
}

/** The sheet as CSV (RFC 4180), one row per claim. */
export function claimsCsv(): Formatter {
  return {
    begin: () => 'file,line,column,kind,claim,source,source_kind,cue\r\n',
    file: (file: ReportedFile) =>
      file.claims
        .map((c) =>
          [file.path, c.range.start.line, c.range.start.column, c.kind, c.text, c.attribution?.source ?? '', c.attribution?.kind ?? '', c.attribution?.cue ?? '']
            .map((v) => csv(String(v)))
            .join(',') + '\r\n',
        )
        .join(''),
    end: () => '',
  };
}

function source(c: JsonClaim): string {
  if (!c.attribution) return '**no source**';
  return `${c.attribution.source} (${c.attribution.kind})`;
}

/** A Markdown table cell: one line, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** A CSV field; text a spreadsheet would run as a formula gets a leading apostrophe. */
function csv(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
