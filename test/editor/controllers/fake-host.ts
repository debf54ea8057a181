import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftsRepo } from '../../../src/reader/store/store.js';

/** A host for one controller under test: counts the updates it asks for, and runs its lifecycle on demand. */
export class FakeHost extends EventTarget implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  updates = 0;
  readonly renderRoot = document.createElement('div');

  addController(c: ReactiveController): void {
    this.controllers.add(c);
  }

  removeController(c: ReactiveController): void {
    this.controllers.delete(c);
  }

  requestUpdate(): void {
    this.updates++;
  }

  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connect(): this {
    for (const c of this.controllers) c.hostConnected?.();
    return this;
  }

  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** Drafts in memory, as IndexedDB keeps them; `fail` makes every write fail. */
export function memoryRepo(): DraftsRepo & { fail: boolean } {
  const records = new Map<string, unknown>();
  const id = (scope: string, key: string) => `${scope}\n${key}`;
  const repo = {
    fail: false,
    async get<T>(scope: string, key: string) {
      return records.has(id(scope, key)) ? { scope, key, value: records.get(id(scope, key)) as T, updatedAt: 0 } : undefined;
    },
    async put<T>(scope: string, key: string, value: T) {
      if (repo.fail) throw new Error('quota exceeded');
      records.set(id(scope, key), structuredClone(value));
      return { scope, key, value, updatedAt: 0 };
    },
    async delete(scope: string, key: string) {
      records.delete(id(scope, key));
    },
    async list(scope: string) {
      return [...records].filter(([k]) => k.startsWith(`${scope}\n`)).map(([k, value]) => ({ scope, key: k.slice(scope.length + 1), value, updatedAt: 0 }));
    },
  };
  return repo as unknown as DraftsRepo & { fail: boolean };
}

export const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};
