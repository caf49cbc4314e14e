/** Binary searches over items sorted by where they start, so that look-ups stay logarithmic on long paragraphs. */

/** Where a span starts and ends, for the searches below over anything with a start and an end. */
export const spanStart = (s: { start: number }): number => s.start;
export const spanEnd = (s: { end: number }): number => s.end;

/** Index of the last item whose start is at or before offset, or -1. */
export function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the item whose [start, end) holds offset, among items that do not overlap each other, or -1. */
export function indexAt<T>(items: readonly T[], offset: number, start: (item: T) => number, end: (item: T) => number): number {
  const i = lastStartingAtOrBefore(items, offset, start);
  return i >= 0 && offset < end(items[i]) ? i : -1;
}

/** The item whose [start, end) holds offset, among items that do not overlap each other. */
export function itemAt<T>(items: readonly T[], offset: number, start: (item: T) => number, end: (item: T) => number): T | undefined {
  const i = indexAt(items, offset, start, end);
  return i >= 0 ? items[i] : undefined;
}

/** Index of the first item that ends after offset, among items that do not overlap each other (items.length if none). */
export function firstEndingAfter<T>(items: readonly T[], offset: number, start: (item: T) => number, end: (item: T) => number): number {
  const i = lastStartingAtOrBefore(items, offset, start);
  return i >= 0 && end(items[i]) > offset ? i : i + 1;
}

/** Distance from [start, end) to [from, to) (0 when they touch or overlap). */
export function gap(start: number, end: number, from: number, to: number): number {
  if (start >= to) return start - to;
  if (end <= from) return from - end;
  return 0;
}

/** The item nearest to [from, to), among items sorted by start. */
export function nearest<T>(items: readonly T[], from: number, to: number, start: (item: T) => number, end: (item: T) => number): T | undefined {
  if (items.length === 0) return undefined;
  const i = lastStartingAtOrBefore(items, from, start);
  let best: T | undefined;
  let bestGap = Infinity;
  for (const k of [i - 1, i, i + 1, i + 2]) {
    if (k < 0 || k >= items.length) continue;
    const d = gap(start(items[k]), end(items[k]), from, to);
    if (d < bestGap) {
      bestGap = d;
      best = items[k];
    }
  }
  // Items that start before `from` but end after it are covered by i; items after `to` are nearest at the first one.
  let j = lastStartingAtOrBefore(items, to, start) + 1;
  if (j < items.length) {
    const d = gap(start(items[j]), end(items[j]), from, to);
    if (d < bestGap) {
      bestGap = d;
      best = items[j];
    }
  }
  j = lastStartingAtOrBefore(items, to, start);
  if (j >= 0) {
    const d = gap(start(items[j]), end(items[j]), from, to);
    if (d < bestGap) best = items[j];
  }
  return best;
}
