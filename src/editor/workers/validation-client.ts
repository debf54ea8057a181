/**
 * The main thread's side of validation-worker.ts: sends the published source once per
 * revision (by identity), then only the changed items for each check, and resolves each check
 * with its own answer. An aborted check is answered and dropped; a newer check does not wait
 * for it (the worker answers in order, so the latest answer is the latest draft's).
 */
import type { Problem } from '../../authoring/problems.js';
import type { SourceChange } from '../../authoring/change-set.js';
import type { SourceContent } from '../../pack/types.js';
import type { ValidationRequest } from './validation-worker.js';

interface Answer {
  run: number;
  problems?: Problem[];
  error?: string;
}

export class ValidationWorker {
  private worker: Worker | undefined;
  private sentBase: SourceContent | undefined;
  private runs = 0;
  private readonly waiting = new Map<number, { resolve(p: Problem[]): void; reject(e: Error): void }>();

  /** The problems of `base` with `changes` applied; rejects if the worker cannot start or fails. */
  check(base: SourceContent, changes: SourceChange[], signal?: AbortSignal): Promise<Problem[]> {
    const worker = this.start();
    if (this.sentBase !== base) {
      worker.postMessage({ base } satisfies ValidationRequest);
      this.sentBase = base;
    }
    const run = ++this.runs;
    return new Promise<Problem[]>((resolve, reject) => {
      this.waiting.set(run, { resolve, reject });
      signal?.addEventListener('abort', () => {
        this.waiting.delete(run);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      });
      worker.postMessage({ run, changes } satisfies ValidationRequest);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.sentBase = undefined;
    for (const w of this.waiting.values()) w.reject(new Error('The validation worker was closed.'));
    this.waiting.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Answer>) => {
      const w = this.waiting.get(e.data.run);
      this.waiting.delete(e.data.run);
      if (!w) return;
      if (e.data.problems) w.resolve(e.data.problems);
      else w.reject(new Error(e.data.error ?? 'The validation worker answered without problems.'));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const error = new Error(e.message || 'The validation worker could not start.');
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      this.worker = undefined;
      this.sentBase = undefined;
    };
    this.worker = worker;
    return worker;
  }
}
