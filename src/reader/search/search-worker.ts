/**
 * Builds a search index off the main thread: receives the pack's ids and the texts of the
 * indexed languages, answers with the serialised index (or an error message).
 * Started by `buildInWorker` (engine.ts) as a module worker.
 */
import { extractDocuments, type IndexedBase } from './documents.js';
import { SearchIndex } from './search-index.js';
import { stemmersOf } from './stemmer.js';
import type { PackText } from '../../pack/types.js';

interface BuildRequest {
  base: IndexedBase;
  texts: PackText[];
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<BuildRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = async (e) => {
  try {
    const stemmers = await stemmersOf(e.data.texts.map((t) => t.lang));
    const index = SearchIndex.build(extractDocuments(e.data.base, e.data.texts), stemmers);
    scope.postMessage({ data: index.serialize() });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
