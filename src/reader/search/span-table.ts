/**
 * The vocabulary of an index while it is built: each distinct term gets the next number.
 * Terms are looked up as spans of a text (a word where the tokenizer found it, `tokenSpans`),
 * so a word seen again costs no string: an open-addressing hash table over FNV-1a hashes, the
 * terms' UTF-16 code units kept one after another in a single growing array. At half a
 * million terms that leaves the garbage collector nothing per term to keep or to trace.
 */
export class SpanTable {
  /** Number of terms. */
  size = 0;
  /** The terms' code units, one after another; term i is `units[starts[i]]` … `units[starts[i + 1]]`. */
  private units = new Uint16Array(1 << 14);
  private starts = new Uint32Array((1 << 12) + 1);
  /**
   * Two numbers per slot: the term's hash and its number + 1 (0: an empty slot). The hash next
   * to the number spares a probe the look-up of a term that is not the one sought.
   */
  private slots = new Int32Array(2 << 13);
  /** Slot count − 1. */
  private mask = (1 << 13) - 1;

  /** The table of `terms` (each once). */
  static of(terms: Iterable<string>): SpanTable {
    const table = new SpanTable();
    for (const t of terms) table.idOf(t, 0, t.length, spanHash(t, 0, t.length));
    return table;
  }

  /** The number of the term `text[from, to)` (`h` its `spanHash`), or -1 if it is not in the table. */
  find(text: string, from: number, to: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]!;
      if (id === 0) return -1;
      if (slots[2 * slot] === h && this.equals(id - 1, text, from, to)) return id - 1;
    }
  }

  /** The number of the term `text[from, to)` (`h` its `spanHash`), given the next free one if it is new. */
  idOf(text: string, from: number, to: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]!;
      if (id === 0) break;
      if (slots[2 * slot] === h && this.equals(id - 1, text, from, to)) return id - 1;
    }
    const id = this.size++;
    if (id + 1 === this.starts.length) this.starts = grow(this.starts, id * 2 + 1);
    let at = this.starts[id]!;
    const end = at + to - from;
    if (end > this.units.length) this.units = grow(this.units, Math.max(end, this.units.length * 2));
    const units = this.units;
    for (let i = from; i < to; i++) units[at++] = text.charCodeAt(i);
    this.starts[id + 1] = end;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = id + 1;
    // At most half the slots in use, so a probe ends soon.
    if ((id + 1) * 2 > this.mask) this.rehash();
    return id;
  }

  /** Term `id` as a string. */
  term(id: number): string {
    return fromUnits(this.units.subarray(this.starts[id]!, this.starts[id + 1]!));
  }

  /**
   * Term numbers in the order of their terms by UTF-16 code units: a radix sort by the first
   * letters (each letter as its rank among the letters the terms start with, in a 32-bit key),
   * then a sort of the code units within each run of equal first letters — much quicker than
   * sorting half a million terms by comparing them.
   */
  sorted(): Uint32Array {
    const n = this.size;
    const { units, starts } = this;
    // Letters that occur in the first four places, ranked 1…; 0 is "the term has ended".
    const PLACES = 4;
    const letterRank = new Uint16Array(0x10000);
    for (let i = 0; i < n; i++) {
      const s = starts[i]!;
      const e = Math.min(starts[i + 1]!, s + PLACES);
      for (let k = s; k < e; k++) letterRank[units[k]!] = 1;
    }
    let letters = 0;
    for (let c = 0; c < 0x10000; c++) if (letterRank[c]) letterRank[c] = ++letters;
    // The key has 32 bits: four places of up to 255 letters, else two of any.
    const places = letters < 256 ? PLACES : 2;
    const base = letters < 256 ? 256 : 0x10000;
    let keys = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const s = starts[i]!;
      const len = starts[i + 1]! - s;
      let key = 0;
      for (let k = 0; k < places; k++) key = key * base + (k < len ? letterRank[units[s + k]!]! : 0);
      keys[i] = key;
    }
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    // Least significant byte first, each pass stable; a byte that is the same in every key is skipped.
    let keysTo = new Uint32Array(n);
    let orderTo = new Uint32Array(n);
    const count = new Uint32Array(256);
    for (let shift = 0; shift < 32; shift += 8) {
      count.fill(0);
      for (let i = 0; i < n; i++) count[(keys[i]! >>> shift) & 255]!++;
      if (n === 0 || count[(keys[0]! >>> shift) & 255] === n) continue;
      for (let d = 0, sum = 0; d < 256; d++) {
        const c = count[d]!;
        count[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const key = keys[i]!;
        const at = count[(key >>> shift) & 255]!++;
        keysTo[at] = key;
        orderTo[at] = order[i]!;
      }
      [keys, keysTo] = [keysTo, keys];
      [order, orderTo] = [orderTo, order];
    }
    // Within a run the terms share their first `places` code units (or are shorter and equal):
    // term a before term b (they differ: each term is in the table once) from there on.
    const byUnits = (a: number, b: number): number => {
      const sa = starts[a]!;
      const sb = starts[b]!;
      const la = starts[a + 1]! - sa;
      const lb = starts[b + 1]! - sb;
      const m = la < lb ? la : lb;
      for (let k = places; k < m; k++) {
        const d = units[sa + k]! - units[sb + k]!;
        if (d !== 0) return d;
      }
      return la - lb;
    };
    const group: number[] = [];
    for (let i = 0; i < n; ) {
      const key = keys[i]!;
      let j = i + 1;
      while (j < n && keys[j] === key) j++;
      if (j - i === 2) {
        if (byUnits(order[i]!, order[i + 1]!) > 0) [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
      } else if (j - i > 2) {
        group.length = 0;
        for (let k = i; k < j; k++) group.push(order[k]!);
        group.sort(byUnits);
        for (let k = i; k < j; k++) order[k] = group[k - i]!;
      }
      i = j;
    }
    return order;
  }

  /**
   * The terms in `order` (every term number once, as `sorted` gives them), each followed by
   * `\n`, as UTF-16 code units (`unitsToString` makes the string), and where each starts in
   * them (`termStart[order.length]` = their length). The code units are read in the order they
   * are kept and written where they go: reading them in the sorted order would be a jump in
   * memory per term.
   */
  joined(order: Uint32Array): { units: Uint16Array; termStart: Uint32Array } {
    const { units, starts } = this;
    const n = order.length;
    const termStart = new Uint32Array(n + 1);
    const to = new Uint32Array(n);
    let pos = 0;
    for (let i = 0; i < n; i++) {
      const id = order[i]!;
      termStart[i] = pos;
      to[id] = pos;
      pos += starts[id + 1]! - starts[id]! + 1;
    }
    termStart[n] = pos;
    const out = new Uint16Array(pos);
    for (let id = 0; id < n; id++) {
      let at = to[id]!;
      for (let k = starts[id]!, e = starts[id + 1]!; k < e; k++) out[at++] = units[k]!;
      out[at] = 10;
    }
    return { units: out, termStart };
  }

  private equals(id: number, text: string, from: number, to: number): boolean {
    const s = this.starts[id]!;
    if (this.starts[id + 1]! - s !== to - from) return false;
    const units = this.units;
    for (let i = from, k = s; i < to; i++, k++) if (units[k] !== text.charCodeAt(i)) return false;
    return true;
  }

  private rehash(): void {
    const old = this.slots;
    const mask = (this.mask = this.mask * 2 + 1);
    const slots = (this.slots = new Int32Array(2 * (mask + 1)));
    for (let o = 0; o < old.length; o += 2) {
      const id = old[o + 1]!;
      if (id === 0) continue;
      const h = old[o]!;
      let slot = h & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = h;
      slots[2 * slot + 1] = id;
    }
  }
}

/** FNV-1a over the UTF-16 code units of `text[from, to)`. */
export function spanHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * The string of UTF-16 code units `units`, in one step (the decoder), unless it has a lone
 * surrogate, which the decoder would replace (tokens have none; a stemmer's output might).
 * `surrogates`: whether it may have any surrogate at all (false skips the check).
 */
export function unitsToString(units: Uint16Array, surrogates = true): string {
  return surrogates && hasLoneSurrogate(units) ? fromUnits(units) : UTF16.decode(units);
}

/** Whether `units` has a surrogate that is not part of a pair (which a decoder would replace). */
export function hasLoneSurrogate(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) {
    const c = units[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < units.length && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff) i++;
    else if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

function fromUnits(units: Uint16Array): string {
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.subarray(i, i + 8192));
  return s;
}

function grow<T extends Uint16Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
