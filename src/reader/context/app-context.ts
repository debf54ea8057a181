import { createContext } from '@lit/context';
import type { ContentSnapshot } from '../content/snapshot.js';
import type { Route } from '../router/routes.js';
import type { SearchIndexStore } from '../search/engine.js';
import type { FeedbackReport } from '../feedback/report.js';

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

/** What became of a report the reader sent. */
export type ReportOutcome =
  | { status: 'sent' }
  /** Kept on the device; sent when the reader is online again. */
  | { status: 'queued' }
  /** The content source has no feedback inbox. */
  | { status: 'no-inbox' }
  /** Refused by the inbox: too long (413) or otherwise invalid (400). */
  | { status: 'rejected'; reason: 'too-long' | 'invalid' }
  /** Neither sent nor stored (the device's storage failed). */
  | { status: 'failed' };

/** Sends a reader's report to the content source's feedback inbox, or queues it. */
export interface FeedbackState {
  submit(report: Omit<FeedbackReport, 'clientId'>): Promise<ReportOutcome>;
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
  /** Reports of mistakes; unset until the store is open. */
  feedback?: FeedbackState;
  /** Deletes everything Kompass stored on this device (content, progress) and reloads from the network. */
  clearLocalData(): Promise<void>;
}

export const appContext = createContext<AppState | undefined>(Symbol('kompass-app'));
