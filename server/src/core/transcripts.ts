/**
 * Transcripts and interviews (claims-spec, "Transcripts and interviews"): a Q&A draft labels each turn at the start
 * of its paragraph (`**Q:**` / `**Alvarez:**`, `Name:`, `((Name))`, `Q.` / `A.`, `Q —` / `A —`), or sets each
 * question apart in bold, in italics or as a heading and answers in plain paragraphs. The interviewer's questions are
 * not claims; every claim and quote in an answer is the labelled speaker's (the interviewee's, when unlabelled), and
 * so are the paragraphs that follow it up to the next label. The introduction before the first label is ordinary
 * prose.
 */
import type { Block, MarkdownDocument } from './markdown';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const ENDS_QUESTION = /\?["”’)]*\s*$/;

/** A speaker label that opens a paragraph. */
export interface TurnLabel {
  /** The label as written, without its markers ("Alvarez", "Q", "Wikinews"). */
  label: string;
  /** Prose offsets of the label (without brackets or colon). */
  start: number;
  end: number;
  /** An answer set apart only by the question before it: no label is written. */
  unwritten?: boolean;
}

/** The turn a block belongs to in a transcript. */
export interface Turn {
  label: TurnLabel;
  /** The block that holds the label. */
  labelBlock: Block;
  /** The interviewer's turn: its words are questions, not claims. */
  question: boolean;
}

/** `((Name))`, `Name:` (one to four capitalised words, or initials), `Q.` / `A.`, `Q —` / `A —` (a dash after a name is a dateline). */
const LABEL = /^\s*(?:\(\(\s*([^()\n]{1,40}?)\s*\)\)[:.]?|((?:[\p{Lu}][\p{L}\p{M}'’-]*\.?)(?:[ \t]+(?:[\p{Lu}][\p{L}\p{M}'’-]*\.?|de|van|von|der|bin|al|da|di|del|la|le)){0,3})[ \t]*:|([QA])(?:\.|[ \t]+[\u2014\u2013]))[ \t]+(?=\S)/u;

/** Labels that head paragraphs of ordinary prose, never a speaker ("Note:", "Update:", "Source:"). */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set(
  'note notes update updated correction clarification source sources data figures photo photos image images credit credits caption warning disclaimer related background context editor editors location date time contact email phone tel website address price prices tickets cost when where what who why how read see also watch listen breaking live summary key takeaways takeaway bottom line disclosure methodology'.split(' '),
);

/** Interviewer labels: questions, whoever asks them. */
const QUESTION_LABELS = new Set(['q', 'question', 'interviewer', 'wikinews', 'wn', 'int']);

/** The speaker label opening a paragraph, if it has one. */
function turnLabel(block: Block): TurnLabel | null {
  if (block.kind !== 'paragraph') return null;
  // Every label holds a colon, "((", "Q." / "A." or "Q —" / "A —": a paragraph with none of them needs no match (a
  // CPU profile of the engine over the White House corpus had LABEL, tried on every paragraph, at 0.9% of the time).
  const prose = block.prose;
  if (prose.indexOf(':') === -1 && prose.indexOf('((') === -1 && !questionOrAnswerFirst(prose)) return null;
  const m = LABEL.exec(block.prose);
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? m[3]).trim();
  const words = label.toLowerCase().replace(/['’]s$/, '').split(/\s+/);
  if (words.some((w) => NOT_SPEAKERS.has(w.endsWith('.') ? w.slice(0, -1) : w))) return null;
  const start = block.prose.indexOf(label);
  return { label, start, end: start + label.length };
}

/** Does the paragraph open with "Q" or "A" and a full stop or a space ("Q.", "A —")? */
function questionOrAnswerFirst(prose: string): boolean {
  let i = 0;
  while (i < prose.length && (prose[i] === ' ' || prose[i] === '\t')) i++;
  return (prose[i] === 'Q' || prose[i] === 'A') && (prose[i + 1] === '.' || prose[i + 1] === ' ');
}

/** Is this label the interviewer's? */
function isQuestionLabel(label: string): boolean {
  return QUESTION_LABELS.has(label.toLowerCase().replace(/\.$/, ''));
}

/**
 * The turn of every block, or null outside a transcript. A draft is a transcript when at least two paragraphs open
 * with labels and one of them is the interviewer's (Q, Question, Interviewer, the publication's name, or a label
 * whose paragraphs end in questions).
 */
export function transcriptTurns(doc: MarkdownDocument): (Turn | null)[] {
  const { blocks } = doc;
  const labels = blocks.map(turnLabel);
  const labelled = labels.filter((l): l is TurnLabel => l !== null);
  const turns: (Turn | null)[] = blocks.map(() => null);
  if (labelled.length < 2) return setApartQuestions(doc, turns);
  // A label asks when it is an interviewer's name, or when most of its paragraphs end with a question mark.
  const asks = new Map<string, { questions: number; total: number }>();
  labels.forEach((l, i) => {
    if (!l) return;
    const key = l.label.toLowerCase();
    const a = asks.get(key) ?? { questions: 0, total: 0 };
    a.total++;
    if (/\?["”)*_]*\s*$/.test(blocks[i].prose)) a.questions++;
    asks.set(key, a);
  });
  // Without an interviewer's label, a label asks only when at least two of its paragraphs are questions, most are,
  // and turns alternate with another label (so that "Ohio: … Texas: … Will the trend hold?" is no interview).
  let alternations = 0;
  for (let k = 1; k < labelled.length; k++) if (labelled[k].label.toLowerCase() !== labelled[k - 1].label.toLowerCase()) alternations++;
  const question = (label: string): boolean => {
    if (isQuestionLabel(label)) return true;
    const a = asks.get(label.toLowerCase());
    return a !== undefined && asks.size >= 2 && a.questions >= 2 && a.questions * 2 > a.total && alternations >= 3;
  };
  if (asks.size < 2 || ![...asks.keys()].some(question)) return turns;
  let current: Turn | null = null;
  blocks.forEach((b, i) => {
    const l = labels[i];
    if (l) current = { label: l, labelBlock: b, question: question(l.label) };
    else if (b.kind === 'heading') current = null;
    turns[i] = current;
  });
  return turns;
}

/** Words of an introduction that announce an interview. */
const INTERVIEW_WORDS = /\b(?:interview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|conversation|edited (?:for|and)|condensed|Q&A|questions)\b/i;

/**
 * Q&A set out without labels: each question a paragraph wholly in bold or italics, or a heading, ending in a
 * question mark; the plain paragraphs after it are the interviewee's answer. Read so only when at least two
 * questions are set apart and the introduction before the first says it is an interview.
 */
function setApartQuestions(doc: MarkdownDocument, turns: (Turn | null)[]): (Turn | null)[] {
  const { blocks } = doc;
  const asked = blocks.map((b) => isSetApartQuestion(doc, b));
  const first = asked.indexOf(true);
  if (first < 1 || asked.filter(Boolean).length < 2) return turns;
  let intro = '';
  for (let i = 0; i < first; i++) if (blocks[i].kind === 'paragraph') intro += ` ${blocks[i].prose}`;
  if (!INTERVIEW_WORDS.test(intro)) return turns;
  let current: Turn | null = null;
  for (let i = first; i < blocks.length; i++) {
    const b = blocks[i];
    if (asked[i]) current = { label: { label: 'Q', start: 0, end: 0, unwritten: true }, labelBlock: b, question: true };
    else if (b.kind === 'heading') current = null;
    else if (current?.question) current = { label: { label: 'A', start: 0, end: 0, unwritten: true }, labelBlock: b, question: false };
    turns[i] = current;
  }
  return turns;
}

/** A paragraph wholly in bold or italics, or a heading, that ends with a question mark. */
function isSetApartQuestion(doc: MarkdownDocument, b: Block): boolean {
  if (b.inList || b.table >= 0 || !ENDS_QUESTION.test(b.prose)) return false;
  if (b.kind === 'heading') return true;
  if (b.kind !== 'paragraph') return false;
  const source = doc.text.slice(doc.lines.offset(b.startLine, 0), doc.lines.offset(b.endLine, 0)).replace(/^[ \t>]+/gm, '').trim();
  return /^(\*\*|__|\*|_)(?!\s)[\s\S]*\S\1$/.test(source) && !/^(\*\*|__|\*|_)[\s\S]*[^*_]\1[^*_][\s\S]*\1$/.test(source);
}
