import type { KompassEditorApp } from '../../../src/editor/kompass-editor-app.js';
import type { SourceEvent, SourceNotice, SourcePage } from '../../../src/pack/types.js';
import { $, apiAs, click, closeServer, mountEditor, publishedSource, signIn, startServer, unmountEditors, uniqueStore, until, type TestServer } from '../helpers.js';

/** "Today" in these tests: Friday, 4 December 2026, 10:00 in Berlin. */
export const TODAY = new Date('2026-12-04T09:00:00Z');

const de = (text: string) => ({ de: text });

export const PAGES: SourcePage[] = [
  { id: 'ankommen', title: de('Ankommen'), order: 1, icon: 'info' },
  { id: 'wohnen', title: de('Wohnen'), order: 2 },
  { id: 'anmeldung', parent: 'ankommen', order: 1, title: de('Anmeldung') },
  { id: 'konto', parent: 'ankommen', order: 2, title: de('Bankkonto') },
  { id: 'schule', parent: 'ankommen', order: 3, title: de('Schule') },
];

export const EVENTS: SourceEvent[] = [
  // Every Tuesday 15–17, not on 15 December.
  { id: 'sprachcafe', title: de('Sprachcafé'), place: 'migrationsberatung', time: { repeat: { every: 'week', on: ['Tu'] }, from: '2026-11-03', start: '15:00', end: '17:00', except: ['2026-12-15'] } },
  // The first Monday of the month at 18:00, not on 4 January.
  { id: 'infoabend', title: de('Infoabend'), time: { repeat: { every: 'month', on: [{ week: 1, day: 'Mo' }] }, from: '2026-01-01', start: '18:00', except: ['2027-01-04'] } },
];

export const NOTICES: SourceNotice[] = [
  { id: 'baustelle', text: de('Eingang über den Hof'), from: '2026-12-01', until: '2026-12-10', severity: 'warning', entries: ['buergerbuero'] },
  { id: 'weihnachten', text: de('Zwischen den Jahren geschlossen'), from: '2026-12-24', until: '2027-01-01', entries: ['buergerbuero'], closed: true },
];

/**
 * Each test: a fresh publish server whose source also has pages, events and notices (as
 * another editor published them), the clock fixed to `TODAY`, the editor signed in as Anna.
 */
export function seededEditor(lang = 'de'): { server: () => TestServer; app: () => KompassEditorApp } {
  let server: TestServer;
  let app: KompassEditorApp;
  before(async function () {
    this.timeout(120_000);
    await Promise.all([import('../../../src/editor/kompass-editor-app.js'), import('../../../src/authoring/source-plan.js'), import('../../../src/authoring/markdown.js')]);
  });
  beforeEach(async () => {
    server = await startServer();
    const { etag } = await publishedSource(server);
    const changes = [...PAGES.map((item) => ({ kind: 'page', id: item.id, item })), ...EVENTS.map((item) => ({ kind: 'event', id: item.id, item })), ...NOTICES.map((item) => ({ kind: 'notice', id: item.id, item }))];
    const res = await apiAs(server, server.tokens.ben, 'PATCH', '/source', { changes }, etag);
    if (res.status !== 201) throw new Error(`seeding the source: ${res.status} ${JSON.stringify((res.data.problems as { severity: string }[] | undefined)?.filter((p) => p.severity === 'error') ?? res.data)}`);
    sessionStorage.clear();
    localStorage.clear();
    ({ app } = await mountEditor(server.api, uniqueStore(), lang));
    app.now = TODAY;
    await signIn(app, server.tokens.anna);
  });
  afterEach(async () => {
    unmountEditors();
    await closeServer(server);
  });
  return { server: () => server, app: () => app };
}

/** Goes to a tab by its name, as a person clicks it. */
export async function goTo(app: KompassEditorApp, name: string): Promise<void> {
  const tab = [...app.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav.tabs button')].find((b) => b.textContent!.trim().startsWith(name));
  if (!tab) throw new Error(`no tab ${name}`);
  tab.click();
  await app.updateComplete;
}

/** Opens an item of the current list by its name. */
export async function openByName(app: KompassEditorApp, name: string): Promise<void> {
  await click(app, `text=${name}`);
  await until(app, () => !!$(app, '#form-heading'), `the form of ${name} opens`);
}

/** Chooses `name` in a picker field, as typed and confirmed with Enter. */
export async function pick(app: KompassEditorApp, selector: string, name: string): Promise<void> {
  const input = $<HTMLInputElement>(app, selector)!;
  input.value = name;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await app.updateComplete;
}
