/**
 * A search index as plain arrays, to build one in several workers at once: each worker indexes
 * a share of the documents (`shardOf`), answers with its parts (the typed arrays transferred,
 * not copied), and one worker merges them (`mergeParts`) into the index a single build would
 * have made: the same terms, postings and scores, so the serialised form is byte for byte the
 * same (index-parts.test.ts).
 */
import type { DocKey } from './documents.js';
import { unitsToString } from './span-table.js';

export interface IndexParts {
  /** Document keys, by document number. */
  docs: DocKey[];
  /** Every term followed by `\n`, sorted by UTF-16 code units. */
  vocab: string;
  termStart: Uint32Array;
  postStart: Uint32Array;
  postDoc: Uint32Array;
  postScore: Uint16Array;
}

/** The buffers of `parts`, for `postMessage`'s transfer list. */
export const transferables = (parts: IndexParts): ArrayBuffer[] =>
  [parts.termStart, parts.postStart, parts.postDoc, parts.postScore].map((a) => a.buffer as ArrayBuffer);

/**
 * Share `shard` of `count` of documents whose texts are `sizes` long: contiguous ranges of
 * about the same amount of text (the build's cost), so no worker waits long for another.
 */
export function shardOf(sizes: readonly number[], shard: number, count: number): [number, number] {
  let total = 0;
  for (const s of sizes) total += s;
  const cut = (k: number): number => {
    if (k <= 0) return 0;
    if (k >= count) return sizes.length;
    const goal = (total * k) / count;
    let sum = 0;
    for (let i = 0; i < sizes.length; i++) {
      if (sum >= goal) return i;
      sum += sizes[i]!;
    }
    return sizes.length;
  };
  return [cut(shard), cut(shard + 1)];
}

/**
 * One index from indexes of consecutive document ranges (in order): the vocabularies merged,
 * each term's postings concatenated with the later parts' document numbers moved past the
 * earlier parts' documents (so they stay in document order). Terms are compared where they
 * stand in each part's vocabulary, and the merged one is written as code units: no string per term.
 */
export function mergeParts(parts: readonly IndexParts[]): IndexParts {
  if (parts.length === 1) return parts[0]!;
  const k = parts.length;
  const offset = new Uint32Array(k);
  for (let j = 1; j < k; j++) offset[j] = offset[j - 1]! + parts[j - 1]!.docs.length;
  let postings = 0;
  let maxTerms = 0;
  let maxUnits = 0;
  for (const p of parts) {
    postings += p.postDoc.length;
    maxTerms += p.termStart.length - 1;
    maxUnits += p.vocab.length;
  }
  const postDoc = new Uint32Array(postings);
  const postScore = new Uint16Array(postings);
  const postStart = new Uint32Array(maxTerms + 1);
  const termStart = new Uint32Array(maxTerms + 1);
  const units = new Uint16Array(maxUnits);
  // A cursor per part on its next term (past its last: none); the smallest term goes next (k is a handful: a linear scan).
  const at = new Uint32Array(k);
  const has = (j: number) => at[j]! < parts[j]!.termStart.length - 1;
  /** Part a's next term against part b's, by UTF-16 code units (0: the same term). */
  const compare = (a: number, b: number): number => {
    const pa = parts[a]!;
    const pb = parts[b]!;
    const sa = pa.termStart[at[a]!]!;
    const sb = pb.termStart[at[b]!]!;
    const la = pa.termStart[at[a]! + 1]! - 1 - sa;
    const lb = pb.termStart[at[b]! + 1]! - 1 - sb;
    const m = la < lb ? la : lb;
    for (let i = 0; i < m; i++) {
      const d = pa.vocab.charCodeAt(sa + i) - pb.vocab.charCodeAt(sb + i);
      if (d !== 0) return d;
    }
    return la - lb;
  };
  const same = new Uint8Array(k);
  let terms = 0;
  let pos = 0;
  let out = 0;
  for (;;) {
    let min = -1;
    for (let j = 0; j < k; j++) {
      if (!has(j)) {
        same[j] = 0;
        continue;
      }
      const c = min < 0 ? -1 : compare(j, min);
      if (c < 0) {
        for (let i = 0; i < j; i++) same[i] = 0;
        min = j;
        same[j] = 1;
      } else same[j] = c === 0 ? 1 : 0;
    }
    if (min < 0) break;
    termStart[terms] = pos;
    postStart[terms] = out;
    const pm = parts[min]!;
    for (let u = pm.termStart[at[min]!]!, e = pm.termStart[at[min]! + 1]!; u < e; u++) units[pos++] = pm.vocab.charCodeAt(u);
    for (let j = 0; j < k; j++) {
      if (!same[j]) continue;
      const p = parts[j]!;
      const i = at[j]!;
      const from = p.postStart[i]!;
      const to = p.postStart[i + 1]!;
      const shift = offset[j]!;
      for (let q = from; q < to; q++) postDoc[out + q - from] = p.postDoc[q]! + shift;
      postScore.set(p.postScore.subarray(from, to), out);
      out += to - from;
      at[j] = i + 1;
    }
    terms++;
  }
  termStart[terms] = pos;
  postStart[terms] = out;
  return {
    docs: parts.flatMap((p) => p.docs),
    vocab: unitsToString(units.subarray(0, pos)),
    termStart: termStart.slice(0, terms + 1),
    postStart: postStart.slice(0, terms + 1),
    postDoc,
    postScore,
  };
}
