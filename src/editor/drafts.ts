/**
 * The editor's drafts in IndexedDB (`store.drafts`), per API (the scope): the published
 * revision the editor started from (`base`), one record per changed item (`item:<key>`),
 * and a publish waiting for the network (`publish`). Every change is written at once, one
 * small record per item; a synchronous journal in localStorage holds the latest change
 * until IndexedDB has it, so even a crash in the same instant loses no keystroke.
 */
import type { DraftsRepo } from '../reader/store/store.js';
import type { SourceResponse } from './api.js';
import type { Item, ItemKey } from './model.js';

export interface PendingPublish {
  message: string;
  minor: boolean;
  queuedAt: number;
}

export interface LoadedDrafts {
  base: SourceResponse | undefined;
  overrides: Map<ItemKey, Item | null>;
  pending: PendingPublish | undefined;
}

const ITEM = 'item:';

export class DraftStore {
  private readonly journalKey: string;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repo: DraftsRepo,
    readonly scope: string,
  ) {
    this.journalKey = `kompass-editor-journal:${scope}`;
  }

  async load(): Promise<LoadedDrafts> {
    const records = await this.repo.list(this.scope);
    const out: LoadedDrafts = { base: undefined, overrides: new Map(), pending: undefined };
    for (const r of records) {
      if (r.key === 'base') out.base = r.value as SourceResponse;
      else if (r.key === 'publish') out.pending = r.value as PendingPublish;
      else if (r.key.startsWith(ITEM)) out.overrides.set(r.key.slice(ITEM.length), (r.value as { item: Item | null }).item);
    }
    // A change that may not have reached IndexedDB before the page went away.
    for (const [key, item] of Object.entries(this.readJournal())) {
      out.overrides.set(key, item);
      void this.putItem(key, item);
    }
    return out;
  }

  private readJournal(): Record<ItemKey, Item | null> {
    try {
      return JSON.parse(localStorage.getItem(this.journalKey) ?? '{}') as Record<ItemKey, Item | null>;
    } catch {
      return {};
    }
  }

  private journal(key: ItemKey, item: Item | null | undefined): void {
    try {
      const j = this.readJournal();
      if (item === undefined) delete j[key];
      else j[key] = item;
      if (Object.keys(j).length) localStorage.setItem(this.journalKey, JSON.stringify(j));
      else localStorage.removeItem(this.journalKey);
    } catch {
      // localStorage unavailable or full: IndexedDB alone still keeps the change.
    }
  }

  /** Serialises writes so a later change can never be overwritten by an earlier one. */
  private queue<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Stores one item's draft (`null`: removed); `undefined` forgets the draft (back to published). */
  putItem(key: ItemKey, item: Item | null | undefined): Promise<void> {
    this.journal(key, item);
    return this.queue(async () => {
      if (item === undefined) await this.repo.delete(this.scope, ITEM + key);
      else await this.repo.put(this.scope, ITEM + key, { item });
      const j = this.readJournal();
      if (key in j && JSON.stringify(j[key]) === JSON.stringify(item ?? null)) this.journal(key, undefined);
    });
  }

  putBase(base: SourceResponse): Promise<void> {
    return this.queue(async () => void (await this.repo.put(this.scope, 'base', base)));
  }

  putPending(pending: PendingPublish | undefined): Promise<void> {
    return this.queue(async () => {
      if (pending) await this.repo.put(this.scope, 'publish', pending);
      else await this.repo.delete(this.scope, 'publish');
    });
  }

  /** Replaces every item draft at once (after a publish or a merge). */
  replaceItems(overrides: ReadonlyMap<ItemKey, Item | null>): Promise<void> {
    return this.queue(async () => {
      for (const r of await this.repo.list(this.scope)) if (r.key.startsWith(ITEM) && !overrides.has(r.key.slice(ITEM.length))) await this.repo.delete(this.scope, r.key);
      for (const [key, item] of overrides) await this.repo.put(this.scope, ITEM + key, { item });
      try {
        localStorage.removeItem(this.journalKey);
      } catch {
        // nothing journalled
      }
    });
  }

  /** Resolves when every write so far is in IndexedDB. */
  flush(): Promise<unknown> {
    return this.chain;
  }
}
