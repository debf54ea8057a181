import { expect } from '@open-wc/testing';
import type { KompassEditorApp } from '../../src/editor/kompass-editor-app.js';
import { $, $$, apiAs, click, closeServer, mountEditor, openEntry, signIn, startServer, text, unmountEditors, uniqueStore, until, type TestServer } from './helpers.js';

/** A reader's report, sent as the reader sends it: cross-origin, without a token. */
async function report(server: TestServer, body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${server.api}/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ revision: 1, kind: 'entry', ...body }) });
  expect(res.status).to.equal(201);
  return ((await res.json()) as { id: string }).id;
}

async function openOnServer(server: TestServer): Promise<{ id: string; entryId: string }[]> {
  return (await apiAs(server, server.tokens.ben, 'GET', '/feedback?open=1')).data.items as { id: string; entryId: string }[];
}

const rowOf = (app: KompassEditorApp, id: string) => $$(app, '.items li').find((li) => li.textContent!.includes(id))!;

describe('<kompass-editor> readers’ reports (real publish server)', function () {
  this.timeout(30_000);
  let server: TestServer;
  let app: KompassEditorApp;

  before(async function () {
    this.timeout(120_000);
    await Promise.all([import('../../src/editor/kompass-editor-app.js'), import('../../src/authoring/source-plan.js')]);
  });

  beforeEach(async () => {
    server = await startServer();
    sessionStorage.clear();
    await report(server, { entryId: 'buergerbuero', lang: 'ar', message: 'رقم الهاتف غير صحيح', contact: 'fatima@example.org' });
    await report(server, { entryId: 'buergerbuero', lang: 'fa', message: 'Die Öffnungszeiten am Freitag\nstimmen nicht.' });
    await report(server, { entryId: 'migrationsberatung', lang: 'uk', message: 'Адреса застаріла' });
  });

  afterEach(async () => {
    unmountEditors();
    await closeServer(server);
  });

  it('shows open reports as badges and on the entry’s form in German, and marks one done (accessible)', async () => {
    ({ app } = await mountEditor(server.api, uniqueStore(), 'de'));
    await signIn(app, server.tokens.anna);
    await until(app, () => !!rowOf(app, 'buergerbuero')?.querySelector('.badge.reports'), 'the entry list shows report badges');
    const tab = $$(app, 'nav.tabs button').find((b) => b.textContent!.includes('Meldungen'))!;
    expect(tab.querySelector('.badge')!.textContent).to.equal('3');
    expect(rowOf(app, 'buergerbuero').querySelector('.badge.reports')!.textContent).to.equal('2 Meldungen');
    expect(rowOf(app, 'migrationsberatung').querySelector('.badge.reports')!.textContent).to.equal('1 Meldung');
    expect(rowOf(app, 'auslaenderbehoerde').querySelector('.badge.reports')).to.equal(null);

    await openEntry(app, 'buergerbuero');
    expect($(app, '.form-top .badge.reports')!.textContent).to.equal('2 Meldungen');
    const section = $(app, '.feedback-inbox')!;
    expect(section.querySelector('h3')!.textContent).to.contain('Meldungen zu diesem Eintrag');
    const reports = [...section.querySelectorAll('.report')];
    expect(reports).to.have.length(2);
    // Newest first.
    expect(reports[0]!.textContent).to.contain('auf Persisch');
    expect(reports[1]!.textContent).to.contain('auf Arabisch');
    expect(reports[1]!.textContent).to.contain('Kontakt: fatima@example.org');
    expect(reports[1]!.textContent).to.contain('Version 1');
    const arabic = reports[1]!.querySelector('.report-message')!;
    expect(arabic.getAttribute('lang')).to.equal('ar');
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    expect(reports[0]!.querySelector('.report-message')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(reports[0]!.querySelector('.report-message')!).whiteSpace).to.equal('pre-wrap');
    await expect(app).to.be.accessible();

    const done = reports[1]!.querySelector<HTMLButtonElement>('.report-done')!;
    expect(done.textContent!.trim()).to.equal('Erledigt');
    done.click();
    await until(app, () => $$(app, '.feedback-inbox .report').length === 1, 'the report leaves the list');
    expect($(app, '.feedback-status')!.textContent).to.contain('Meldung als erledigt markiert.');
    expect(app.shadowRoot!.activeElement?.id).to.equal('feedback-entry-heading');
    expect($(app, '.form-top .badge.reports')!.textContent).to.equal('1 Meldung');
    const open = await openOnServer(server);
    expect(open.map((i) => i.entryId).sort()).to.deep.equal(['buergerbuero', 'migrationsberatung']);
    await expect(app).to.be.accessible();
  });

  it('lists every open report in the Reports view, opens an entry from there, and takes reports that arrive later', async () => {
    ({ app } = await mountEditor(server.api, uniqueStore(), 'en'));
    await signIn(app, server.tokens.anna);
    await click(app, 'text=Reports');
    await until(app, () => $$(app, '.feedback-inbox .report').length === 3, 'all open reports are listed');
    expect($(app, '#feedback-heading')!.textContent).to.equal('Reports from readers');
    expect($(app, '.feedback-inbox .count')!.textContent).to.contain('3 open reports');
    expect($$(app, '.report-entry button').map((b) => b.textContent!.trim())).to.deep.equal(['Open Migrationsberatung für Erwachsene', 'Open Bürgerbüro Mitte', 'Open Bürgerbüro Mitte']);
    expect(text(app)).to.contain('in Ukrainian');
    await expect(app).to.be.accessible();

    // One is marked done from here; focus goes to the view's heading.
    $$<HTMLButtonElement>(app, '.feedback-inbox .report-done')[0]!.click();
    await until(app, () => $$(app, '.feedback-inbox .report').length === 2, 'the report leaves the list');
    expect(app.shadowRoot!.activeElement?.id).to.equal('feedback-heading');
    expect($(app, '.feedback-inbox .count')!.textContent).to.contain('2 open reports');
    expect($(app, '.feedback-inbox .count')!.textContent).to.contain('Report marked as done.');

    // A new report arrives; Reload shows it.
    await report(server, { entryId: 'auslaenderbehoerde', lang: 'en', message: 'Wrong e-mail address' });
    await click(app, '#feedback-reload');
    await until(app, () => $$(app, '.feedback-inbox .report').length === 3, 'the new report is listed');
    expect($$(app, '.feedback-inbox .report')[0]!.textContent).to.contain('Wrong e-mail address');

    await click(app, 'text=Open Bürgerbüro Mitte');
    await until(app, () => !!$(app, '#form-heading'), 'the entry opens');
    expect($(app, '#form-heading')!.textContent).to.contain('buergerbuero');
    expect($$(app, '.feedback-inbox .report')).to.have.length(2);
  });

  it('says so when the reports cannot be loaded', async () => {
    ({ app } = await mountEditor(server.api, uniqueStore(), 'en'));
    await signIn(app, server.tokens.anna);
    await closeServer(server);
    await click(app, 'text=Reports');
    await until(app, () => !!$(app, '.feedback-inbox .error'), 'an error is shown');
    expect($(app, '.feedback-inbox .error')!.textContent).to.contain('The reports could not be loaded');
    expect($(app, '.feedback-inbox .error')!.getAttribute('role')).to.equal('alert');
    server = await startServer();
  });
});
