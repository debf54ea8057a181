import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import en from '../../locales/en/editor.json';
import de from '../../locales/de/editor.json';
import type { KompassEditorApp } from '../../src/editor/kompass-editor-app.js';
import { $, $$, apiAs, click, closeServer, mountEditor, openEntry, pauseServer, publishedSource, unmountEditors, resumeServer, signIn, startServer, text, type, uniqueStore, until, type TestServer } from './helpers.js';
import type { SourceEntry } from '../../src/pack/types.js';

const NAME_DE = '#f-name-de';

describe('<kompass-editor> (real publish server on 127.0.0.1)', function () {
  // Real servers, IndexedDB and the editor's lazily loaded chunks (cold with coverage on).
  this.timeout(30_000);
  let server: TestServer;
  let store: string;
  let app: KompassEditorApp;

  before(async function () {
    this.timeout(120_000);
    await Promise.all([
      import('../../src/editor/kompass-editor-app.js'),
      import('../../src/authoring/source-plan.js'),
      import('../../src/editor/hours-preview.js'),
      import('../../src/authoring/markdown.js'),
      import('../../src/authoring/import/csv-import.js'),
    ]);
  });

  beforeEach(async () => {
    server = await startServer();
    store = uniqueStore();
    sessionStorage.clear();
    localStorage.clear();
    ({ app } = await mountEditor(server.api, store));
  });

  afterEach(async () => {
    unmountEditors();
    await closeServer(server);
  });

  it('is a lazily loaded chunk behind a tiny element, and asks for a token first (accessible)', async () => {
    expect($(app, '#token')).to.exist;
    expect($(app, '#token')!.getAttribute('type')).to.equal('password');
    await expect(app).to.be.accessible();
  });

  it('refuses a wrong token with a message linked to the field', async () => {
    $<HTMLInputElement>(app, '#token')!.value = 'kompass_nope_nope';
    $<HTMLFormElement>(app, 'form.signin')!.requestSubmit();
    await until(app, () => !!$(app, '#token-error'), 'an error is shown');
    expect($(app, '#token')!.getAttribute('aria-describedby')).to.contain('token-error');
    expect($(app, '#token')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('signs in by keyboard, lists the entries with search and filters (accessible)', async () => {
    $<HTMLInputElement>(app, '#token')!.focus();
    await sendKeys({ type: server.tokens.anna });
    await sendKeys({ press: 'Enter' });
    await until(app, () => !!$(app, 'nav.tabs'), 'signed in');
    expect(text(app)).to.contain('Signed in as Anna Schmidt');
    expect(text(app)).to.contain('Bürgerbüro Mitte');
    expect($$(app, '.items li')).to.have.length(3);
    await type(app, '#list-search', 'Marktplatz 1');
    expect($$(app, '.items li')).to.have.length(1);
    await type(app, '#list-search', '');
    const kind = $<HTMLSelectElement>(app, '#filter-kind')!;
    kind.value = 'authority';
    kind.dispatchEvent(new Event('change'));
    await app.updateComplete;
    expect($$(app, '.items li').length).to.be.lessThan(3);
    await expect(app).to.be.accessible();
    // A region of the host's page, not a second main landmark.
    expect($(app, 'main')).to.equal(null);
    expect($(app, 'section.workspace')!.getAttribute('aria-label')).to.equal('Workspace');
    // Unless the clerk asks to stay signed in, the token is kept for this tab only.
    expect(JSON.stringify(localStorage)).not.to.contain(server.tokens.anna);
  });

  it('puts focus where the clerk goes: the list after signing in, the item after "back to the list", the section after a tab', async () => {
    await signIn(app, server.tokens.anna);
    await until(app, () => app.shadowRoot!.activeElement?.id === 'list-heading', 'focus on the list after signing in');
    await openEntry(app, 'buergerbuero');
    await click(app, 'text=Back to the list');
    await until(app, () => app.shadowRoot!.activeElement?.id === 'f-item-entry_buergerbuero', 'focus back on the entry in the list');
    await click(app, 'text=Import and export');
    await until(app, () => app.shadowRoot!.activeElement?.id === 'import-heading', 'focus on the section heading');
  });

  it('stays signed in in new tabs only when the clerk ticks it, and forgets the key on sign-out', async () => {
    const remember = $<HTMLInputElement>(app, 'input[name=remember]')!;
    expect(remember.checked, 'off by default').to.equal(false);
    remember.checked = true;
    await signIn(app, server.tokens.anna);
    app.remove();
    sessionStorage.clear(); // a new tab
    ({ app } = await mountEditor(server.api, store));
    await until(app, () => !!$(app, 'nav.tabs'), 'signed in again in a new tab');
    await click(app, 'text=Sign out');
    expect(JSON.stringify(localStorage) + JSON.stringify(sessionStorage)).not.to.contain(server.tokens.anna);
    app.remove();
    ({ app } = await mountEditor(server.api, store));
    await until(app, () => !!$(app, '#token'), 'asks for the key after signing out');
  });

  it('saves every keystroke as a draft: after a reload the draft is restored', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await type(app, NAME_DE, 'Bürgerbüro Mitte (neu)');
    await until(app, () => $(app, '.saved')!.textContent!.includes('1 unpublished change, saved on this device'), 'saved');
    app.remove();
    // A new page: the same store, the token remembered in this tab.
    ({ app } = await mountEditor(server.api, store));
    await until(app, () => !!$(app, 'nav.tabs'), 'signed in again from the session');
    expect(text(app)).to.contain('1 unpublished change');
    await openEntry(app, 'buergerbuero');
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Bürgerbüro Mitte (neu)');
    await click(app, 'text=Unpublished changes');
    expect(text(app)).to.contain('Name (German)');
    expect(text(app)).to.contain('Bürgerbüro Mitte (neu)');
  });

  it('restores a change the journal holds even if IndexedDB never got it', async () => {
    await signIn(app, server.tokens.anna);
    const scope = `editor:${new URL(server.api).href}`;
    const src = await publishedSource(server);
    const entry = { ...src.source.entries.find((e) => e.id === 'migrationsberatung')!, email: 'neu@musterstadt.example' };
    localStorage.setItem(`kompass-editor-journal:${scope}`, JSON.stringify({ 'entry:migrationsberatung': entry }));
    app.remove();
    ({ app } = await mountEditor(server.api, store));
    await until(app, () => !!$(app, 'nav.tabs'), 'signed in');
    expect(text(app)).to.contain('1 unpublished change');
  });

  it('undoes and redoes with buttons and Ctrl+Z / Ctrl+Y', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await type(app, NAME_DE, 'Anders');
    await click(app, 'text=Undo');
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Bürgerbüro Mitte');
    await click(app, 'text=Redo');
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Anders');
    $<HTMLElement>(app, '#form-heading')!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await app.updateComplete;
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Bürgerbüro Mitte');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'y' });
    await sendKeys({ up: 'Control' });
    await app.updateComplete;
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Anders');
  });

  it('Ctrl+Z takes back the last word typed, not the whole field', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    const input = $<HTMLInputElement>(app, NAME_DE)!;
    // Typed key by key, as a clerk types: one input event per character.
    for (const ch of ' im Rathaus') {
      input.value += ch;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await app.updateComplete;
    }
    expect(input.value).to.equal('Bürgerbüro Mitte im Rathaus');
    await click(app, 'text=Undo');
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Bürgerbüro Mitte im ');
    await click(app, 'text=Undo');
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Bürgerbüro Mitte ');
    await click(app, 'text=Redo');
    expect($<HTMLInputElement>(app, NAME_DE)!.value).to.equal('Bürgerbüro Mitte im ');
  });

  it('validates inline with the CLI messages (languages by name), linked with aria-describedby (accessible)', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await type(app, NAME_DE, '');
    await until(app, () => !!$(app, '.summary'), 'an error summary appears');
    expect(text(app)).to.contain('There is no text in the default language "German"');
    await type(app, '#f-email', 'nicht-gültig');
    await until(app, () => $(app, '#f-email')!.getAttribute('aria-invalid') === 'true', 'the e-mail field is invalid');
    const describedBy = $(app, '#f-email')!.getAttribute('aria-describedby')!;
    expect($(app, `#${describedBy}`)!.textContent).to.contain('is not valid');
    expect(($(app, '#publish-button') as HTMLButtonElement).disabled).to.equal(true);
    await expect(app).to.be.accessible();
  });

  it('previews opening hours (week, open now) and points at the wrong part', async () => {
    app.now = new Date('2026-11-04T09:00:00Z'); // Wednesday 10:00 in Berlin
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await until(app, () => !!$(app, '.hours-preview'), 'the preview appears');
    expect($(app, '.hours-preview .now')!.textContent).to.contain('Open now');
    expect($$(app, '.hours-preview tr')).to.have.length(7);
    expect($(app, '.hours-preview tr.today')!.textContent).to.contain('08:00–12:00');
    await type(app, '#f-openingHours', 'Mo-Fr 08:00-12:00; Xy 10:00');
    await until(app, () => !!$(app, '#f-openingHours-error'), 'the library error appears');
    expect($(app, '#f-openingHours-error')!.textContent).to.contain('The opening hours cannot be read');
    expect($(app, '#f-openingHours-error mark')).to.exist;
    expect($(app, '#f-openingHours')!.getAttribute('aria-describedby')).to.contain('f-openingHours-error');
    await expect(app).to.be.accessible();
  });

  it('formats Markdown with the toolbar and previews it as the reader renders it', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'migrationsberatung');
    const ta = $<HTMLTextAreaElement>(app, '#f-description-de')!;
    await type(app, '#f-description-de', 'Hallo Welt');
    ta.setSelectionRange(6, 10);
    await click(app, 'text=Bold');
    expect($<HTMLTextAreaElement>(app, '#f-description-de')!.value).to.equal('Hallo **Welt**');
    await click(app, 'text=Preview');
    await until(app, () => !!$(app, '.preview strong'), 'the preview renders');
    expect($(app, '.preview p')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('Hallo <strong>Welt</strong>');
    await expect(app).to.be.accessible();
  });

  it('shows translations beside the source text and a filterable status matrix that opens the field', async () => {
    await signIn(app, server.tokens.anna);
    await click(app, 'text=Translations');
    expect($(app, 'table.matrix')).to.exist;
    const lang = $<HTMLSelectElement>(app, '#matrix-language')!;
    lang.value = 'ar';
    lang.dispatchEvent(new Event('change'));
    const state = $<HTMLSelectElement>(app, '#matrix-state')!;
    state.value = 'missing';
    state.dispatchEvent(new Event('change'));
    await app.updateComplete;
    const cells = $$<HTMLButtonElement>(app, 'td.cell button');
    expect(cells.length).to.be.greaterThan(0);
    await expect(app).to.be.accessible();
    cells[0]!.click();
    await until(app, () => !!$(app, '#form-heading'), 'the form opens');
    expect($<HTMLSelectElement>(app, '#target-language')!.value).to.equal('ar');
    expect($$(app, '.pair .source-text').length).to.be.greaterThan(0);
    const focused = app.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.getAttribute('lang')).to.equal('ar');
    expect(focused?.getAttribute('dir')).to.equal('rtl');
  });

  it('publishes with If-Match; the server has the new revision', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await type(app, NAME_DE, 'Bürgerbüro am Markt');
    await until(app, () => !($(app, '#publish-button') as HTMLButtonElement).disabled, 'publishing is possible');
    await type(app, '#publish-message', 'Neuer Name');
    await click(app, '#publish-button');
    await until(app, () => text(app).includes('Published as revision 2'), 'published');
    const src = await publishedSource(server);
    expect(src.revision).to.equal(2);
    expect(src.source.entries.find((e) => e.id === 'buergerbuero')!.name.de).to.equal('Bürgerbüro am Markt');
    expect(text(app)).to.contain('No unpublished changes');
  });

  /** Ben publishes his change to the Bürgerbüro meanwhile; Anna's publish then meets the conflict and the merge view opens. */
  async function conflictWithBen(change: (entry: SourceEntry) => void): Promise<void> {
    const src = await publishedSource(server);
    const ben = structuredClone(src.source);
    change(ben.entries.find((x) => x.id === 'buergerbuero')!);
    expect((await apiAs(server, server.tokens.ben, 'POST', '/publish', { source: ben }, src.etag)).status).to.equal(201);
    await until(app, () => !($(app, '#publish-button') as HTMLButtonElement).disabled, 'publishing is possible');
    await click(app, '#publish-button');
    await until(app, () => !!$(app, '.merge'), 'the merge view opens');
  }

  /** The merge as chosen is applied and published as revision 3; answers the Bürgerbüro as published. */
  async function applyMergeAndPublish(): Promise<SourceEntry> {
    await click(app, '#merge-apply');
    await until(app, () => !$(app, '.merge'), 'merged');
    await until(app, () => !($(app, '#publish-button') as HTMLButtonElement).disabled, 'publishing is possible');
    await click(app, '#publish-button');
    await until(app, () => text(app).includes('Published as revision 3'), 'published after the merge');
    return (await publishedSource(server)).source.entries.find((x) => x.id === 'buergerbuero')!;
  }

  it('on a conflict shows both sides field by field and merges without losing either', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await type(app, NAME_DE, 'Annas Name');
    await type(app, '#f-email', 'anna@musterstadt.example');
    // Meanwhile Ben publishes revision 2: another name and another summary.
    await conflictWithBen((e) => {
      e.name = { ...e.name, de: 'Bens Name' };
      e.summary = { ...e.summary, de: 'Bens Zusammenfassung.' };
    });
    const merge = $(app, '.merge')!.textContent!;
    expect(merge).to.contain('Ben Weber');
    expect(merge).to.contain('Bens Name');
    expect(merge).to.contain('Annas Name');
    expect(merge).to.contain('Bens Zusammenfassung.');
    expect(merge).to.contain('anna@musterstadt.example');
    expect(($(app, '#merge-apply') as HTMLButtonElement).disabled, 'a choice is needed').to.equal(true);
    await expect(app).to.be.accessible();
    const mine = $$<HTMLInputElement>(app, 'tr.conflict input[type=radio]').find((r) => r.parentElement!.textContent!.includes('mine'))!;
    mine.click();
    await app.updateComplete;
    const final = await applyMergeAndPublish();
    expect(final.name.de).to.equal('Annas Name');
    expect(final.summary.de).to.equal('Bens Zusammenfassung.');
    expect(final.email).to.equal('anna@musterstadt.example');
  });

  it('a merge can keep parts of both versions of a text: the clerk puts them together', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await type(app, '#f-summary-de', 'Anmeldung der Wohnung. Termine auch samstags.');
    await conflictWithBen((e) => {
      e.summary = { ...e.summary, de: 'Anmeldung der Wohnung. Neue Telefonnummer ab Mai.' };
    });
    // Each version shows the words it changed; the row is named as the form names the field.
    expect($(app, 'tr.conflict th')!.textContent!.trim()).to.equal('Summary (German)');
    const [theirsCell, mineCell] = $$(app, 'tr.conflict td');
    expect([...theirsCell!.querySelectorAll('ins')].map((x) => x.textContent).join('')).to.contain('Telefonnummer').and.not.to.contain('Anmeldung');
    expect([...mineCell!.querySelectorAll('ins')].map((x) => x.textContent).join('')).to.contain('samstags').and.not.to.contain('Anmeldung');
    expect(theirsCell!.textContent!.trim()).to.equal('Anmeldung der Wohnung. Neue Telefonnummer ab Mai.');
    const both = $$<HTMLInputElement>(app, 'tr.conflict input[type=radio]').find((r) => r.parentElement!.textContent!.includes('put both together'))!;
    both.click();
    await app.updateComplete;
    const area = $<HTMLTextAreaElement>(app, 'tr.conflict textarea')!;
    expect(area.value).to.contain('Neue Telefonnummer ab Mai.').and.to.contain('Termine auch samstags.');
    await expect(app).to.be.accessible();
    area.value = 'Anmeldung der Wohnung. Termine auch samstags. Neue Telefonnummer ab Mai.';
    area.dispatchEvent(new Event('input'));
    await app.updateComplete;
    const final = await applyMergeAndPublish();
    expect(final.summary.de).to.equal('Anmeldung der Wohnung. Termine auch samstags. Neue Telefonnummer ab Mai.');
  });

  it('while offline, publishing waits with a clear state and goes out when back online', async () => {
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    await type(app, NAME_DE, 'Offline geändert');
    await until(app, () => !($(app, '#publish-button') as HTMLButtonElement).disabled, 'publishing is possible');
    await pauseServer(server);
    await click(app, '#publish-button');
    await until(app, () => text(app).includes('Waiting for the connection'), 'queued');
    // A reload while waiting keeps the queued publish.
    app.remove();
    ({ app } = await mountEditor(server.api, store));
    await until(app, () => text(app).includes('Waiting for the connection'), 'still queued after a reload');
    await resumeServer(server);
    window.dispatchEvent(new Event('online'));
    await until(app, () => text(app).includes('Published as revision 2'), 'sent when back online');
    expect((await publishedSource(server)).source.entries.find((x) => x.id === 'buergerbuero')!.name.de).to.equal('Offline geändert');
  });

  it('imports CSV with the row-level report and exports CSV', async () => {
    await signIn(app, server.tokens.anna);
    await click(app, 'text=Import and export');
    const input = $<HTMLInputElement>(app, '#import-file')!;
    const pick = async (csv: string) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'eintraege.csv', { type: 'text/csv' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change'));
      await until(app, () => !!$(app, '.report'), 'a report appears');
    };
    await pick('id;kind;categories;name@de;summary@de\nneu;verein;beratung;Neuer Verein;Hilft.\nkaputt;wrong;beratung;Kaputt;X\n');
    expect($(app, '.report')!.textContent).to.contain('row 3');
    expect($(app, '.report')!.textContent).to.contain('"wrong" is not a kind');
    expect(text(app)).to.contain('No unpublished changes');
    await pick('id;kind;categories;name@de;summary@de\nneu;verein;beratung;Neuer Verein;Hilft.\n');
    await until(app, () => text(app).includes('1 unpublished change'), 'the import is a draft');
    await expect(app).to.be.accessible();
  });

  it('imports information pages from a German Excel table and exports every kind as its own table', async () => {
    app.remove();
    ({ app } = await mountEditor(server.api, uniqueStore(), 'de'));
    await signIn(app, server.tokens.anna);
    await click(app, 'text=Import und Export');
    // What "CSV (Trennzeichen-getrennt)" writes: Windows-1252, German headers, a trailing empty column.
    const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
    const dt = new DataTransfer();
    dt.items.add(new File([latin1('id;title@de;text@de;\r\nankommen;Erste Schritte in Musterstadt;Anmelden, Konto eröffnen, Ärztin finden.;\r\n')], 'seiten.csv'));
    const input = $<HTMLInputElement>(app, '#import-file')!;
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(app, () => !!$(app, '.report'), 'a report appears');
    const report = $(app, '.report')!.textContent!;
    expect(report).to.contain('Windows-1252');
    expect(report).to.match(/Informationsseite/);
    await until(app, () => text(app).includes('1 unveröffentlichte Änderung'), 'the page is a draft');
    await click(app, 'text=Änderungen');
    expect(text(app)).to.contain('Erste Schritte in Musterstadt');

    await click(app, 'text=Import und Export');
    const saved: { name: string; text: string }[] = [];
    const click0 = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const { download, href } = this;
      saved.push({ name: download, text: '' });
      void fetch(href).then(async (r) => (saved.find((x) => x.name === download)!.text = await r.text()));
    };
    try {
      for (const label of ['Einträge als Tabelle (CSV, Excel)', 'Informationsseiten als Tabelle', 'Veranstaltungen als Tabelle', 'Hinweise als Tabelle']) await click(app, `text=${label}`);
      await waitUntil(() => saved.length === 4 && saved.every((x) => x.text), 'four tables downloaded');
    } finally {
      HTMLAnchorElement.prototype.click = click0;
    }
    expect(saved.map((x) => x.name)).to.deep.equal(['kompass-entries.csv', 'kompass-pages.csv', 'kompass-events.csv', 'kompass-notices.csv']);
    const pages = saved[1]!.text;
    expect(pages.split('\r\n')[0]).to.match(/^\uFEFF?id;parent;order/);
    expect(pages).to.contain('Erste Schritte in Musterstadt');
  });

  it('a new entry as a clerk makes it: cursor in the name, id from the name, no category ticked, coordinates with a comma or from a map link', async () => {
    app.remove();
    ({ app } = await mountEditor(server.api, uniqueStore(), 'de'));
    await signIn(app, server.tokens.anna);
    await click(app, 'text=Neuer Eintrag');
    await until(app, () => app.shadowRoot!.activeElement?.id === 'f-name-de', 'the cursor is in the name');
    expect($(app, '#f-categories'), 'the categories are one control').to.exist;
    expect($$(app, '.picker:has(#f-categories) ul.chosen li'), 'no category chosen').to.have.length(0);
    const name = $<HTMLInputElement>(app, '#f-name-de')!;
    await type(app, '#f-name-de', 'Tafel Musterstadt');
    name.dispatchEvent(new Event('change'));
    await until(app, () => $(app, 'details.advanced summary')?.textContent?.includes('tafel-musterstadt') ?? false, 'the id follows the name');
    expect($<HTMLDetailsElement>(app, 'details.advanced')!.open, 'the id waits under "advanced"').to.equal(false);

    // Key by key, with a decimal comma: nothing is rewritten under the clerk's fingers.
    const lat = $<HTMLInputElement>(app, '#f-address_lat')!;
    for (const typed of ['5', '51', '51,', '51,5', '51,50', '51,501']) {
      lat.value = typed;
      lat.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await app.updateComplete;
      expect($<HTMLInputElement>(app, '#f-address_lat')!.value).to.equal(typed);
    }
    lat.value = '51,5x';
    lat.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    lat.dispatchEvent(new Event('blur'));
    await until(app, () => text(app).includes('„51,5x“ ist keine Zahl'), 'a typing slip is said, in German');
    lat.value = '51,5012';
    lat.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await app.updateComplete;
    expect(text(app)).not.to.contain('ist keine Zahl');

    const paste = $<HTMLInputElement>(app, '#f-point-paste')!;
    paste.value = 'https://www.openstreetmap.org/?mlat=51.50123&mlon=7.46521#map=19/51.5/7.46';
    paste.dispatchEvent(new Event('change'));
    await until(app, () => $<HTMLInputElement>(app, '#f-address_lon')!.value === '7.46521', 'longitude from the link');
    expect($<HTMLInputElement>(app, '#f-address_lat')!.value).to.equal('51.50123');
    expect($(app, '#f-point-paste-status')!.textContent).to.contain('Übernommen: Breitengrad 51,50123, Längengrad 7,46521');
    await expect(app).to.be.accessible();
  });

  it('speaks German', async () => {
    app.remove();
    ({ app } = await mountEditor(server.api, uniqueStore(), 'de'));
    expect(text(app)).to.contain('Zugangsschlüssel');
    await signIn(app, server.tokens.anna);
    expect(text(app)).to.contain('Einträge');
  });
});

describe('editor UI strings', () => {
  const flat = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v as object, `${p}${k}.`) : [`${p}${k}`]));
  it('German has exactly the English keys, with the same variables', () => {
    expect(flat(de).sort()).to.deep.equal(flat(en).sort());
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join();
    const get = (o: object, k: string) => k.split('.').reduce<unknown>((x, s) => (x as Record<string, unknown>)[s], o) as string;
    for (const k of flat(en)) expect(vars(get(de, k)), k).to.equal(vars(get(en, k)));
  });
});
