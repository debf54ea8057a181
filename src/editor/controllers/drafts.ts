/**
 * The clerk's drafts, kept as she types: a reactive controller over `DraftStore` (IndexedDB
 * with a synchronous journal) that says whether the latest change is saved, being saved, or
 * could not be saved — the header shows it. It has no lifecycle of its own: it asks the host
 * to render when its state changes.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DraftsRepo } from '../../reader/store/store.js';
import type { SourceResponse } from '../api.js';
import { DraftStore, type LoadedDrafts, type PendingPublish } from '../drafts.js';
import type { Item, ItemKey } from '../model.js';

export type SaveState = 'saved' | 'saving' | 'failed';

export class DraftsController {
  saved: SaveState = 'saved';
  private store: DraftStore | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Drafts of one API (the scope) in this repository; before this, nothing is stored. */
  open(repo: DraftsRepo, scope: string): void {
    this.store = new DraftStore(repo, scope);
  }

  get scope(): string {
    return this.drafts.scope;
  }

  private get drafts(): DraftStore {
    if (!this.store) throw new Error('drafts are not open yet');
    return this.store;
  }

  load(): Promise<LoadedDrafts> {
    return this.drafts.load();
  }

  /** Stores one item's draft (`null`: removed, `undefined`: as published), saying so in `saved`. */
  persist(key: ItemKey, value: Item | null | undefined): Promise<void> {
    this.setSaved('saving');
    return this.drafts.putItem(key, value).then(
      () => this.setSaved('saved'),
      () => this.setSaved('failed'),
    );
  }

  /** Forgets an item's draft quietly (a new item that is gone again). */
  forget(key: ItemKey): Promise<void> {
    return this.drafts.putItem(key, undefined);
  }

  async replace(overrides: ReadonlyMap<ItemKey, Item | null>): Promise<void> {
    this.setSaved('saving');
    await this.drafts.replaceItems(overrides);
    this.setSaved('saved');
  }

  putBase(base: SourceResponse): Promise<void> {
    return this.drafts.putBase(base);
  }

  putPending(pending: PendingPublish | undefined): Promise<void> {
    return this.drafts.putPending(pending);
  }

  /** Resolves when every write so far is in IndexedDB. */
  flush(): Promise<unknown> {
    return this.drafts.flush();
  }

  private setSaved(saved: SaveState): void {
    this.saved = saved;
    this.host.requestUpdate();
  }
}
