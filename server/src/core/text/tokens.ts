/** Word tokens of prose, with offsets, made by one pass over the characters. */

/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'alnum' | 'punct';

/** A word, figure or punctuation mark of the prose. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Letters of any script (and combining marks), fast path for ASCII. */
function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{M}]/u.test(ch);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

/** Splits prose[start, end) into tokens. */
export function tokenize(prose: string, start = 0, limit = prose.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  const end = limit;
  while (i < end) {
    const c = prose.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const ch = prose[i];
    if (isDigit(c) || isLetter(c, ch)) {
      const s = i;
      let hasDigit = false;
      let hasLetter = false;
      let segment = 0;
      while (i < end) {
        const k = prose.charCodeAt(i);
        const kc = prose[i];
        if (isDigit(k)) {
          hasDigit = true;
          segment++;
          i++;
          continue;
        }
        if (isLetter(k, kc)) {
          hasLetter = true;
          segment++;
          i++;
          continue;
        }
        if (i + 1 >= end) break;
        const n = prose.charCodeAt(i + 1);
        const nc = prose[i + 1];
        const prev = prose.charCodeAt(i - 1);
        if ((kc === ',' || kc === '.') && isDigit(prev) && isDigit(n) && (kc === '.' || isThousands(prose, i + 1, end))) {
          segment++;
          i++;
          continue;
        }
        if (kc === '.' && segment === 1 && isLetter(prev, prose[i - 1]) && isLetter(n, nc) && prose[i + 2] === '.') {
          segment = 0;
          i++;
          continue;
        }
        if (kc === '.' && segment === 1 && isLetter(prev, prose[i - 1]) && isLetter(n, nc) && s < i - 1 && prose[i - 2] === '.') {
          segment = 0;
          i++;
          continue;
        }
        if ((kc === '-' || kc === "'" || kc === '\u2019' || kc === '\u2011') && (isDigit(n) || isLetter(n, nc))) {
          segment = 0;
          i++;
          continue;
        }
        break;
      }
      const text = prose.slice(s, i);
      tokens.push({
        start: s,
        end: i,
        text,
        lower: text.toLowerCase(),
        kind: hasDigit ? (hasLetter ? 'alnum' : 'number') : 'word',
        capitalized: !hasDigit || hasLetter ? ch !== ch.toLowerCase() : false,
      });
      continue;
    }
    const cp = prose.codePointAt(i) ?? c;
    const len = cp > 0xffff ? 2 : 1;
    const mark = len === 1 ? ch : prose.slice(i, i + 2);
    // A run of the same mark is one token ("...", "--", a wall of quotation marks).
    let stop = i + len;
    while (stop + len <= limit && prose.startsWith(mark, stop)) stop += len;
    const text = stop === i + len ? mark : prose.slice(i, stop);
    tokens.push({ start: i, end: stop, text, lower: text, kind: 'punct', capitalized: false });
    i = stop;
  }
  return tokens;
}

/** True when the digits at i form a thousands group (exactly three digits, then no digit). */
function isThousands(s: string, i: number, end: number): boolean {
  return i + 2 < end + 1 && isDigit(s.charCodeAt(i)) && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && !isDigit(s.charCodeAt(i + 3));
}
