/**
 * Objects kept from one draft to the next and made over by their caller, for objects that nothing reads once the next
 * draft's reading starts (see reuseTokens): at most `max` are kept, and those made past them are the caller's alone.
 */
export class KeptObjects<T> {
  private readonly items: T[] = [];
  /** How many of the kept objects were handed out since the last reset. */
  private handed = 0;

  constructor(private readonly max: number) {}

  /** Lets every kept object be handed out again. */
  reset(): void {
    this.handed = 0;
  }

  /** The next kept object to make over, or undefined when every one has been handed out since the last reset. */
  take(): T | undefined {
    return this.handed < this.items.length ? this.items[this.handed++] : undefined;
  }

  /** Keeps a newly made object (handed out until the next reset) while fewer than `max` are kept; gives it back. */
  keep(item: T): T {
    if (this.items.length < this.max) {
      this.items.push(item);
      this.handed++;
    }
    return item;
  }
}

/**
 * Lists kept from one draft to the next, by length, and written over: for lists of objects that nothing reads once
 * the next draft's reading starts (see reuseTokens). A list copied out of a list kept between paragraphs at its
 * number of items was a new list for every paragraph.
 */
export class KeptLists<T> {
  private readonly lists: T[][][] = [];
  /** How many of the kept lists of each length were handed out since the last reset. */
  private readonly handed: Int32Array;
  private items = 0;

  /** Lists of up to maxLength items are kept, up to maxItems items in all. */
  constructor(
    private readonly maxLength: number,
    private readonly maxItems: number,
  ) {
    this.handed = new Int32Array(maxLength + 1);
  }

  /** Lets every kept list be handed out again. */
  reset(): void {
    this.handed.fill(0);
  }

  /** The first `count` items of `from`, in a list of their own: a kept one (until the next reset) when there is one. */
  copy(from: T[], count: number): T[] {
    if (count > this.maxLength) return from.slice(0, count);
    let lists = this.lists[count];
    if (lists === undefined) {
      for (let k = this.lists.length; k <= count; k++) this.lists.push([]);
      lists = this.lists[count];
    }
    const handed = this.handed[count];
    // A list someone shortened or lengthened is not handed out again.
    if (handed < lists.length && lists[handed].length === count) {
      const list = lists[handed];
      for (let k = 0; k < count; k++) list[k] = from[k];
      this.handed[count] = handed + 1;
      return list;
    }
    const list = from.slice(0, count);
    if (handed < lists.length) lists[handed] = list;
    else if (this.items + count <= this.maxItems) {
      lists.push(list);
      this.items += count;
    } else return list;
    this.handed[count] = handed + 1;
    return list;
  }
}
