/**
 * `--format html`: the review page for editors, one self-contained HTML file. Each draft's data is a JSON block
 * written as the draft is linted (so output streams with flat memory), the index of drafts and the page's script
 * come last. Nothing from a draft is ever markup: it travels only inside JSON blocks, escaped so that no `</script>`
 * can end them, and the script builds the page with textContent. A Content-Security-Policy lets only the page's own
 * script and style run and forbids every network request.
 */
import { createHash } from 'node:crypto';
import { ruleDocHref } from '../ruledocs';
import { rangeKey, type ClaimStatus } from '../review';
import { reviewPage, type PageBlock, type PageClaim, type PageDraft, type PageFinding, type PageIndex, type PageRow } from './review-page';
import { REVIEW_STYLE } from './review-style';
import type { FormatContext, Formatter, ReportedFile, Summary } from './types';

/** The page's script: the function's own source, run at once. */
export const REVIEW_SCRIPT = `(${reviewPage.toString()})();`;

for (const [name, text] of [['script', REVIEW_SCRIPT], ['style', REVIEW_STYLE]]) {
  // Either would end its element early, or open an escaped section, in the HTML parser.
  if (/<\/(script|style)|<!--/i.test(text)) throw new Error(`the review page's ${name} contains a sequence that would break out of it`);
}

/** The Content-Security-Policy: the page's own script and style by hash, nothing else, no requests. */
export const REVIEW_POLICY = `default-src 'none'; script-src '${sha256(REVIEW_SCRIPT)}'; style-src '${sha256(REVIEW_STYLE)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

/** The review page. */
export function html(context: FormatContext): Formatter {
  const rows: PageRow[] = [];
  const ruleIds = new Set<string>();
  return {
    begin: () =>
      [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${attribute(REVIEW_POLICY)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta name="generator" content="claimlint ${attribute(context.version)}">`,
        '<meta name="referrer" content="no-referrer">',
        '<title>Claimlint review</title>',
        `<style>${REVIEW_STYLE}</style>`,
        '</head>',
        '<body>',
        '<div id="app"><p>Loading the review…</p></div>',
        '<noscript><p>This review page needs JavaScript to show the drafts; the data is in this file.</p></noscript>',
        '',
      ].join('\n'),
    file(file: ReportedFile) {
      const draft = pageDraft(file);
      const counts = [0, 0, 0, 0, 0, 0, 0, 0];
      for (const c of draft.claims) counts[STATUS_COLUMN[c[1]]]++;
      for (const f of file.findings) {
        counts[4 + SEVERITY_COLUMN[f.severity]]++;
        ruleIds.add(f.ruleId);
      }
      const n = rows.length;
      rows.push([file.path, ...counts] as PageRow);
      return `<script type="application/json" id="claimlint-draft-${n}">${scriptJson(draft)}</script>\n`;
    },
    end(summary: Summary) {
      const rules: Record<string, string> = {};
      for (const id of [...ruleIds].sort()) {
        const href = ruleDocHref(id);
        if (href) rules[id] = href;
      }
      const index: PageIndex = { version: context.version, drafts: rows, problems: summary.problems.map((p) => [p.path, p.message]), rules };
      return `<script type="application/json" id="claimlint-index">${scriptJson(index)}</script>\n<script>${REVIEW_SCRIPT}</script>\n</body>\n</html>\n`;
    },
  };
}

const STATUS_COLUMN: Record<ClaimStatus, number> = { unattributed: 0, vague: 1, named: 2, unflagged: 3 };
const SEVERITY_COLUMN: Record<string, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** One draft's data for the page. Without review data (the draft's prose), claims and findings are listed unplaced. */
export function pageDraft(file: ReportedFile): PageDraft {
  const review = file.review;
  const blocks: PageBlock[] = (review?.blocks ?? []).map((b) => [b.tag, b.line, b.inList ? 1 : 0, b.blockquoteDepth, b.table, b.text, b.links]);
  const claims: PageClaim[] = file.claims.map((c, i) => {
    const at = review?.claims[i]?.at ?? null;
    const status = review?.claims[i]?.status ?? statusFromFindings(c, file);
    const a = c.attribution;
    return [c.kind, status, at, c.range.start.line, c.range.start.column, at ? null : c.text, a?.source ?? null, a?.kind ?? null, a?.cue ?? null];
  });
  const findings: PageFinding[] = file.findings.map((f) => [f.ruleId, f.severity, f.message, f.range.start.line, f.range.start.column, review?.places[rangeKey(f.range)] ?? null]);
  return { path: file.path, blocks, claims, findings };
}

/** A claim's status judged from the reported findings alone (when the engine's links between them are not at hand). */
function statusFromFindings(claim: ReportedFile['claims'][number], file: ReportedFile): ClaimStatus {
  const key = rangeKey(claim.range);
  if (file.findings.some((f) => /^unattributed-/.test(f.ruleId) && rangeKey(f.range) === key)) return 'unattributed';
  if (!claim.attribution) return 'unflagged';
  return claim.attribution.kind === 'vague' ? 'vague' : 'named';
}

/** JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the two JavaScript line breaks escaped. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Escapes text for a double-quoted HTML attribute. */
function attribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
