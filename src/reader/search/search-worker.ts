/**
 * Builds a search index off the main thread. Started by `buildInWorker` (build-in-worker.ts)
 * as a module worker; three requests:
 * - `{ base, texts }`: the whole index, answered serialised (`{ data }`);
 * - `{ base, texts, shard: [i, k] }`: share i of k of the documents (index-parts.ts `shardOf`),
 *   answered as parts with their buffers transferred (`{ part }`);
 * - `{ merge: parts }`: the shares in order, merged and answered serialised (`{ data }`).
 * A failure is answered `{ error }`.
 */
import { extractDocuments, type IndexedBase } from './documents.js';
import { SearchIndex } from './search-index.js';
import { stemmersOf } from './stemmer.js';
import { mergeParts, shardOf, transferables, type IndexParts } from './index-parts.js';
import type { PackText } from '../../pack/types.js';

export type BuildRequest = { base: IndexedBase; texts: PackText[]; shard?: [number, number] } | { merge: IndexParts[] };

const scope = self as unknown as { onmessage: ((e: MessageEvent<BuildRequest>) => void) | null; postMessage(message: unknown, transfer?: Transferable[]): void };

scope.onmessage = async (e) => {
  try {
    const request = e.data;
    if ('merge' in request) {
      scope.postMessage({ data: SearchIndex.fromParts(mergeParts(request.merge)).serialize() });
      return;
    }
    const stemmers = await stemmersOf(request.texts.map((t) => t.lang));
    let docs = extractDocuments(request.base, request.texts);
    if (request.shard) {
      const [from, to] = shardOf(docs.map((d) => d.fields.reduce((n, f) => n + f.text.length, 0)), ...request.shard);
      docs = docs.slice(from, to);
      const part = SearchIndex.build(docs, stemmers).toParts();
      scope.postMessage({ part }, transferables(part));
      return;
    }
    scope.postMessage({ data: SearchIndex.build(docs, stemmers).serialize() });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
