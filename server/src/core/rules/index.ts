/** Every rule, in the order their findings are listed for the same place. */
import type { Rule } from '../rule';
import unattributedQuote from './unattributed-quote';
import unattributedNumber from './unattributed-number';
import vagueAttribution from './vague-attribution';
import anonymousSourceReason from './anonymous-source-reason';
import ambiguousPronoun from './ambiguous-pronoun';
import unbalancedQuotes from './unbalanced-quotes';
import lateAttribution from './late-attribution';
import rangeStyle from './range-style';
import falsePrecision from './false-precision';
import tkPlaceholder from './tk-placeholder';
import loadedAttributionVerb from './loaded-attribution-verb';

/** The rule catalogue. */
export const rules: readonly Rule[] = [
  unattributedQuote,
  unattributedNumber,
  vagueAttribution,
  anonymousSourceReason,
  ambiguousPronoun,
  unbalancedQuotes,
  lateAttribution,
  rangeStyle,
  falsePrecision,
  tkPlaceholder,
  loadedAttributionVerb,
];
