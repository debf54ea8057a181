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
   * Term numbers in the order of their terms by UTF-16 code units: a numeric sort by the first
   * letters (each letter as its rank among the letters the terms start with, term number in
   * the low bits), then a sort of the code units within each run of equal first letters —
   * much quicker than sorting half a million terms by comparing them.
   */
  sorted(): Uint32Array {
    const n = this.size;
    const { units, starts } = this;
    // Term a before term b (they differ: each term is in the table once), from code unit `k` on.
    const before = (a: number, b: number, k: number): number => {
      const sa = starts[a]!;
      const sb = starts[b]!;
      const la = starts[a + 1]! - sa;
      const lb = starts[b + 1]! - sb;
      const m = la < lb ? la : lb;
      for (; k < m; k++) {
        const d = units[sa + k]! - units[sb + k]!;
        if (d !== 0) return d;
      }
      return la - lb;
    };
    const ID = 2 ** 20;
    if (n >= ID) return Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => before(a, b, 0));
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
    // The key must fit in 53 − 20 bits: four places of up to 255 letters, else two of any.
    const places = letters < 256 ? PLACES : 2;
    const base = letters < 256 ? 256 : 0x10000;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = starts[i]!;
      const len = starts[i + 1]! - s;
      let key = 0;
      for (let k = 0; k < places; k++) key = key * base + (k < len ? letterRank[units[s + k]!]! : 0);
      keys[i] = key * ID + i;
    }
    keys.sort();
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = keys[i]! % ID;
    // Within a run the terms share their first `places` code units (or are shorter and equal).
    const group: number[] = [];
    const byUnits = (a: number, b: number) => before(a, b, places);
    for (let i = 0; i < n; ) {
      const key = Math.floor(keys[i]! / ID);
      let j = i + 1;
      while (j < n && Math.floor(keys[j]! / ID) === key) j++;
      if (j - i > 1) {
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
   * The terms in `order`, each followed by `\n`, as one string, and where each starts in it
   * (`termStart[order.length]` = its length).
   */
  joined(order: Uint32Array): { text: string; termStart: Uint32Array } {
    const { units, starts } = this;
    const n = order.length;
    const termStart = new Uint32Array(n + 1);
    const out = new Uint16Array(starts[this.size]! + this.size);
    let pos = 0;
    let surrogates = false;
    for (let i = 0; i < n; i++) {
      const id = order[i]!;
      termStart[i] = pos;
      for (let k = starts[id]!, e = starts[id + 1]!; k < e; k++) {
        const c = units[k]!;
        if ((c & 0xf800) === 0xd800) surrogates = true;
        out[pos++] = c;
      }
      out[pos++] = 10;
    }
    termStart[n] = pos;
    return { text: unitsToString(out.subarray(0, pos), surrogates), termStart };
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

function hasLoneSurrogate(units: Uint16Array): boolean {
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
