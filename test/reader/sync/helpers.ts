import { expect } from '@open-wc/testing';
import { openKompassStore, type KompassStore } from '../../../src/reader/store/index.js';
import { SyncService, type SyncServiceOptions } from '../../../src/reader/sync/index.js';
import { deleteDb, manifestUrl, publish, requestLog, uniqueId, type LogEntry, type SiteConfig } from '../../support/packs.js';

export interface Setup {
  id: string;
  url: string;
  dbName: string;
  store: KompassStore;
  service: SyncService;
  /** A new service on the same store, as after a reload (no in-memory cache). */
  fresh(): SyncService;
  log(): Promise<LogEntry[]>;
}

const cleanups: (() => Promise<void>)[] = [];

export async function setup(config: SiteConfig, options: Partial<SyncServiceOptions> = {}): Promise<Setup> {
  const id = uniqueId('site');
  await publish(id, config);
  const dbName = uniqueId('kompass-sync');
  const store = options.store ?? (await openKompassStore({ name: dbName }));
  const url = manifestUrl(id);
  const make = () => new SyncService({ store, manifestUrl: url, retry: { attempts: 2, baseDelayMs: 10 }, gcGraceMs: 0, ...options });
  cleanups.push(async () => {
    store.close();
    await deleteDb(dbName);
  });
  return { id, url, dbName, store, service: make(), fresh: make, log: () => requestLog(id) };
}

export async function cleanup(): Promise<void> {
  for (const c of cleanups.splice(0)) await c();
}

/** Requests for paths starting with `prefix`. */
export const count = (log: LogEntry[], prefix: string) => log.filter((e) => e.path.startsWith(prefix)).length;

/** The active content is complete and readable, as a reader after a reload would see it. */
export async function expectActive(s: Setup, revision: number, lang = 'en'): Promise<void> {
  const snapshot = await s.fresh().loadActive([lang]);
  expect(snapshot, 'an active snapshot').to.not.equal(undefined);
  expect(snapshot!.revision).to.equal(revision);
  expect(snapshot!.hasLanguage(lang)).to.equal(true);
  const entries = snapshot!.entriesInCategory('offices', lang);
  expect(entries.length).to.be.greaterThan(0);
  for (const e of snapshot!.entries(lang)) {
    expect(e.name.lang).to.equal(lang);
    expect(e.name.value).to.equal(`${e.id} ${lang} r${revision}`);
  }
  expect(snapshot!.guide('arrival', lang)?.steps[0]?.title.value).to.equal(`Register [${lang}]`);
}
