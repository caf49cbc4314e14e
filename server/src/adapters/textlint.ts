/**
 * Claimlint as a textlint rule (`"claimlint/textlint": true` in .textlintrc): every Claimlint finding at warning or
 * error level for the file, as .claimlintrc.json configures it, reported on the whole document with its exact
 * range and the Claimlint rule id in the message.
 */
import { adapterFindings } from './findings';

/** What textlint's rule context offers (the parts used here). */
interface RuleContext {
  Syntax: { Document: string };
  RuleError: new (message: string, details?: { padding?: unknown }) => unknown;
  locator: { range(range: readonly [number, number]): unknown };
  report(node: unknown, error: unknown): void;
  getSource(node: unknown): string;
  getFilePath(): string | undefined;
}

/** The rule: textlint calls it once per file and then visits the document node. */
function reporter(context: RuleContext): Record<string, (node: unknown) => void> {
  const { Syntax, RuleError, locator, report, getSource, getFilePath } = context;
  return {
    [Syntax.Document](node) {
      const text = getSource(node);
      for (const f of adapterFindings(getFilePath() ?? 'stdin.md', text)) {
        const end = Math.min(text.length, Math.max(f.end, f.start + 1));
        report(node, new RuleError(`${f.message} (${f.ruleId})`, { padding: locator.range([Math.min(f.start, end), end]) }));
      }
    },
  };
}

export = reporter;
