import { createContext } from '@lit/context';
import type { ContentSnapshot } from '../content/snapshot.js';
import type { Route } from '../router/routes.js';
import type { SearchIndexStore } from '../search/engine.js';

/** Guide checklist progress, kept on the device. */
export interface ProgressState {
  /** Checked step ids of a guide. */
  checked(guideId: string): ReadonlySet<string>;
  toggle(guideId: string, stepId: string, checked: boolean): void;
}

/** The state of content on this device, for the status line and settings. */
export interface DeviceState {
  online: boolean;
  /** Whether content survives a reload (IndexedDB works); false = in-memory fallback. */
  persistent: boolean;
  /** `navigator.storage.persist()` result, once asked. */
  persisted: boolean | undefined;
  syncing: boolean;
  /** Download progress while syncing. */
  progress: { done: number; total: number } | undefined;
  lastUpdated: Date | undefined;
  /** The language currently being downloaded, if any. */
  downloading: string | undefined;
}

/** What the views read from `<kompass-app>`: the content, the clock and navigation. */
export interface AppState {
  snapshot: ContentSnapshot | undefined;
  /** Content language shown (a pack language); texts may fall back to the default language. */
  lang: string;
  /** The clock used for "open now"; a minute resolution is enough. */
  now: Date;
  progress: ProgressState;
  device: DeviceState;
  /** A real link target for a route (hash links, so they also work as deep links). */
  href(route: Route): string;
  /** Opens a view; `replace` refines the current one in place (no new history entry, focus stays). */
  navigate(route: Route, options?: { replace?: boolean }): void;
  /** Switches the reader's language (downloads it first when it is not on the device). */
  setLanguage(lang: string): void;
  /** Downloads another language without switching to it. */
  downloadLanguage(lang: string): Promise<void>;
  /** Where search indexes are kept on this device (per revision and language); unset until the store is open. */
  searchIndexes?: SearchIndexStore;
  /** Deletes everything Kompass stored on this device (content, progress) and reloads from the network. */
  clearLocalData(): Promise<void>;
}

export const appContext = createContext<AppState | undefined>(Symbol('kompass-app'));
