/** Whether the engine's source names the annotated one: shared by the accuracy set's and PolNeAR's harnesses. */

const normalize = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Does the engine's source name the annotated source? Surname, full name, or one phrase inside the other (accents aside: "Erdogan" is "Erdoğan"). */
export function sameSource(expected: string, actual: string): boolean {
  const e = normalize(expected);
  const a = normalize(actual);
  if (e === '' || a === '') return false;
  if (e === a || e.includes(a) || a.includes(e)) return true;
  // A surname standing in a longer phrase: "Donald Trump" and "Trump's statement".
  const lastE = e.split(' ').pop() ?? '';
  const lastA = a.split(' ').pop() ?? '';
  return lastE === lastA || a.split(' ').includes(lastE) || e.split(' ').includes(lastA);
}
