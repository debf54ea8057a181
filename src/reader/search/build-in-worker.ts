/**
 * Builds a search index in module workers (search-worker.ts), so the reader's main thread
 * never waits on it. A large pack is indexed by several workers at once, each taking a share
 * of the documents, and merged by the first: on a phone's 4–8 cores a 5,000-entry index takes
 * a fraction of one core's time. The result is the same index a single build makes.
 */
import { indexedBase, type IndexedBase } from './documents.js';
import { transferables, type IndexParts } from './index-parts.js';
import type { BuildRequest } from './search-worker.js';
import type { PackText } from '../../pack/types.js';

/** Below this many documents one worker is quicker than starting more. */
const DOCS_PER_WORKER = 1000;
const MAX_WORKERS = 4;

interface Answer {
  data?: string;
  part?: IndexParts;
  error?: string;
}

/** How many workers to build an index of `docCount` documents with on this device. */
export function workerCount(docCount: number, cores = globalThis.navigator?.hardwareConcurrency ?? 1): number {
  return Math.max(1, Math.min(MAX_WORKERS, cores, Math.floor(docCount / DOCS_PER_WORKER)));
}

function start(): Worker {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
}

/** Sends one request to `worker` and waits for its answer. */
function ask(worker: Worker, request: BuildRequest, transfer: Transferable[] = []): Promise<Answer> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Answer>) => (e.data.error === undefined ? resolve(e.data) : reject(new Error(e.data.error)));
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'The search worker could not start.'));
    };
    worker.postMessage(request, transfer);
  });
}

/**
 * Builds and serialises an index of `base` and `texts` in `workers` module workers (default:
 * by the documents and the device's cores); rejects if workers are unavailable or one fails
 * (the caller then builds on the main thread).
 */
export async function buildInWorker(base: IndexedBase, texts: readonly PackText[], options: { workers?: number } = {}): Promise<string> {
  const docCount = base.entries.length + base.guides.length + base.categories.length + (base.pages?.length ?? 0) + (base.events?.length ?? 0);
  const count = options.workers ?? workerCount(docCount);
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) workers.push(start());
    const shared = { base: indexedBase(base), texts: [...texts] };
    if (count === 1) return expectData(await ask(workers[0]!, shared));
    const answers = await Promise.all(workers.map((w, i) => ask(w, { ...shared, shard: [i, count] })));
    const parts = answers.map((a) => a.part).filter((p): p is IndexParts => !!p);
    if (parts.length !== count) throw new Error('A search worker answered without its share of the index.');
    return expectData(await ask(workers[0]!, { merge: parts }, parts.flatMap(transferables)));
  } finally {
    for (const w of workers) w.terminate();
  }
}

function expectData(answer: Answer): string {
  if (typeof answer.data !== 'string') throw new Error('The search worker answered without an index.');
  return answer.data;
}
