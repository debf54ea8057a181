import { waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import type { FeedbackQueueController } from '../../../src/reader/controllers/feedback-queue.js';
import type { KompassReportForm } from '../../../src/reader/views/kompass-report-form/kompass-report-form.js';
import { openKompassStore, type QueuedFeedback } from '../../../src/reader/store/index.js';
import { deleteDb, manifestUrl, publish, requestLog, uniqueId, type LogEntry, type SiteConfig } from '../../support/packs.js';
import { settle, view, WEDNESDAY_10AM } from '../../support/reader.js';
import '../../../src/define.js';

/**
 * Readers on a pack of the test server (test/support/pack-server.mjs), whose feedback inbox
 * answers `POST /test-packs/<id>/api/feedback` like the publish server and logs every POST.
 * Real `fetch`, real IndexedDB; only "is the device online" is the reader's own seam
 * (`FeedbackQueueController.connection`), set per app, so no global is patched.
 */
export interface Site {
  id: string;
  url: string;
  storeName: string;
}

const mounted: KompassApp[] = [];
const databases: string[] = [];

export async function newSite(config: SiteConfig = { revision: 1 }): Promise<Site> {
  const id = uniqueId('feedback');
  await publish(id, config);
  const storeName = uniqueId('kompass-feedback');
  databases.push(storeName);
  return { id, url: manifestUrl(id), storeName };
}

/** Mounts `<kompass-app>` on the site's pack and database (again: a reload over the same store). */
export async function mountOn(site: Site, lang = 'en'): Promise<KompassApp> {
  localStorage.clear();
  const el = document.createElement('kompass-app');
  el.setAttribute('lang', lang);
  el.setAttribute('routing', 'memory');
  el.storeName = site.storeName;
  el.now = WEDNESDAY_10AM;
  el.setAttribute('src', site.url);
  document.body.append(el);
  mounted.push(el);
  await el.ready();
  await waitUntil(() => view(el) !== null, 'the first view did not render', { timeout: 8000 });
  await settle(el);
  return el;
}

/** Removes every app (which stops its timers and listeners) and deletes their databases. */
export async function cleanupReaders(): Promise<void> {
  for (const el of mounted.splice(0)) el.remove();
  for (const name of databases.splice(0)) await deleteDb(name);
}

function queueOf(el: KompassApp): FeedbackQueueController {
  return (el as unknown as { feedbackQueue: FeedbackQueueController }).feedbackQueue;
}

/** Whether the app's report queue counts the device as online (the real `fetch` either way). */
export function setOnline(el: KompassApp, online: boolean): void {
  queueOf(el).connection = { fetch: (input, init) => fetch(input, init), isOnline: () => online };
}

/** Waits for a flush of the app's queue (joins one already running). */
export const flushed = (el: KompassApp): Promise<void> => queueOf(el).flush();

/** Opens an entry and its "Report a mistake" form, as a person does. */
export async function openReportForm(el: KompassApp, entryId: string): Promise<KompassReportForm> {
  el.navigate(`/entry/${entryId}`);
  await settle(el);
  const v = view(el)!;
  const button = v.shadowRoot!.querySelector<HTMLButtonElement>('button[data-report]');
  if (!button) throw new Error(`No report button on /entry/${entryId}`);
  button.click();
  await waitUntil(() => v.shadowRoot!.querySelector('kompass-report-form'), 'the report form did not open', { timeout: 3000 });
  const form = v.shadowRoot!.querySelector('kompass-report-form')!;
  await form.updateComplete;
  return form;
}

/** Types into a field of the form (the value, then an `input` event). */
export async function type(form: KompassReportForm, selector: '#message' | '#contact', text: string): Promise<void> {
  const field = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Clicks Send and waits until the form has left "sending". */
export async function send(form: KompassReportForm): Promise<void> {
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await form.updateComplete;
  // Send is disabled while sending; afterwards it is enabled again, or gone with the form.
  await waitUntil(() => !form.shadowRoot!.querySelector('button[type=submit][disabled]'), 'still sending', { timeout: 5000 });
  await form.updateComplete;
}

/** What the status region of the form says. */
export const statusText = (form: KompassReportForm): string => form.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ').trim();

/** The POSTs the site's inbox received, in order. */
export async function feedbackPosts(site: Site): Promise<LogEntry[]> {
  return (await requestLog(site.id)).filter((e) => e.path === 'api/feedback');
}

/** The reports waiting on the device for this site (read through a second connection to the app's database). */
export async function queuedReports(site: Site): Promise<QueuedFeedback[]> {
  const store = await openKompassStore({ name: site.storeName });
  try {
    return await store.feedback.list(site.url);
  } finally {
    store.close();
  }
}
