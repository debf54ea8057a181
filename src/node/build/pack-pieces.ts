/// <reference types="node" />
/**
 * A pack file's canonical JSON put together from pieces (node only), so that a publish that
 * changed one entry of 5,000 serialises that entry, not 34 MB: the entries of `base` and of each
 * text file are serialised one by one, remembered per source entry when the caller promises
 * that an item is never changed in place (`sameObjectsUnchanged`, as in source-plan.ts), and
 * put into the rest of the file's JSON. The result is exactly `canonicalJson` of the whole
 * (test/node/build/pack-pieces.test.ts compares them).
 */
import { randomBytes } from 'node:crypto';
import { canonicalJson } from '../../pack/canonical-json.js';

/** A string no content has: the place in a file's JSON where its entries go. */
export const SLOT = `kompass-slot-${randomBytes(12).toString('hex')}`;

/** `json` (canonical JSON with `SLOT` as a value once) with `raw` JSON in that place. */
export function fillSlot(json: string, raw: string): string {
  const mark = JSON.stringify(SLOT);
  const at = json.indexOf(mark);
  if (at < 0 || json.indexOf(mark, at + mark.length) >= 0) throw new Error('pack pieces: the slot is not in the file once');
  return json.slice(0, at) + raw + json.slice(at + mark.length);
}

/** Canonical JSON of an object whose values are given as canonical JSON: keys in `canonicalJson`'s order. */
export function objectJson(members: ReadonlyMap<string, string>): string {
  // Inserted sorted, then read back: the engine's own order (integer-like keys first), as JSON.stringify writes it.
  const sorted: Record<string, string> = {};
  for (const k of [...members.keys()].sort()) sorted[k] = members.get(k)!;
  return `{${Object.keys(sorted)
    .map((k) => `${JSON.stringify(k)}:${sorted[k]}`)
    .join(',')}}`;
}

/** A value and its canonical JSON. */
export interface Piece<T> {
  value: T;
  json: string;
}

export const piece = <T>(value: T): Piece<T> => ({ value, json: canonicalJson(value) });

/**
 * Pieces remembered per source item and a key (the language of a text, the hours reference of
 * a base entry). `get` makes one with `make` the first time, or every time unless `remember`.
 */
export class PieceMemo<I extends object, K, T> {
  private readonly memo = new WeakMap<I, Map<K, Piece<T> | null>>();

  get(item: I, key: K, remember: boolean, make: () => T | undefined): Piece<T> | null {
    let byKey = remember ? this.memo.get(item) : undefined;
    const known = byKey?.get(key);
    if (known !== undefined) return known;
    const value = make();
    const p = value === undefined ? null : piece(value);
    if (remember) {
      if (!byKey) this.memo.set(item, (byKey = new Map()));
      byKey.set(key, p);
    }
    return p;
  }
}

/** One part of a file's entries: its key (the id in an object of entries, `''` in a list) and its piece. */
export type Member = readonly [key: string, piece: Piece<unknown>];

/** What a file was last made of, by its name without the hash (`base`, `text/de`). */
const lastMade = new Map<string, { rest: string; members: readonly Member[]; bytes: Buffer }>();

const sameMembers = (a: readonly Member[], b: readonly Member[]): boolean =>
  a.length === b.length && a.every(([key, p], i) => key === b[i]![0] && (p === b[i]![1] || p.json === b[i]![1].json));

/**
 * The bytes of a file: `rest` (its canonical JSON with `SLOT` where the entries go) filled with
 * `entries()`, the JSON of `members`. With `remember`, a file made of the same rest and the same
 * members as last time (the same pieces, or a changed entry's new ones that serialise alike) is
 * that file's Buffer again, its hash remembered with it: nothing serialised, nothing hashed.
 */
export function fileBytes(name: string, rest: string, members: readonly Member[], entries: () => string, remember: boolean): Buffer {
  const last = remember ? lastMade.get(name) : undefined;
  if (last && last.rest === rest && sameMembers(last.members, members)) return last.bytes;
  const bytes = Buffer.from(fillSlot(rest, entries()), 'utf8');
  if (remember) lastMade.set(name, { rest, members, bytes });
  return bytes;
}
