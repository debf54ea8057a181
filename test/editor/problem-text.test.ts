import { expect } from '@open-wc/testing';
import type { KompassEditorApp } from '../../src/editor/kompass-editor-app.js';
import { ApiError } from '../../src/editor/api.js';
import { createEditorI18n } from '../../src/editor/i18n.js';
import { problemMessage, serverErrorText } from '../../src/editor/problem-text.js';
import { $, click, closeServer, mountEditor, openEntry, signIn, text, type, uniqueStore, unmountEditors, until, startServer, type TestServer } from './helpers.js';

/** The editor in German says validation problems and server errors in German, never the library's or server's English. */
describe('<kompass-editor> messages in its UI language', function () {
  this.timeout(30_000);
  let server: TestServer;
  let app: KompassEditorApp;

  before(async function () {
    this.timeout(120_000);
    await Promise.all([import('../../src/editor/kompass-editor-app.js'), import('../../src/editor/hours-preview.js'), import('../../src/authoring/source-plan.js')]);
  });

  beforeEach(async () => {
    server = await startServer();
    sessionStorage.clear();
    ({ app } = await mountEditor(server.api, uniqueStore(), 'de'));
    await signIn(app, server.tokens.anna);
  });

  afterEach(async () => {
    unmountEditors();
    await closeServer(server);
  });

  it('names a missing translation with the language\'s German name', async () => {
    await openEntry(app, 'buergerbuero');
    await until(app, () => text(app).includes('Übersetzung fehlt: Arabisch'), 'the German message with the language name');
    expect(text(app)).to.contain('Wer diese Sprache liest, sieht den Text auf Deutsch.');
    expect(text(app)).not.to.contain('Missing translation');
    await expect(app).to.be.accessible();
  });

  it('explains unreadable opening hours in German, with the date written the way the syntax wants it', async () => {
    await openEntry(app, 'buergerbuero');
    await type(app, '#f-openingHours', 'Mo-Fr 08:00-12:00; 24.12.-01.01. off');
    await until(app, () => !!$(app, '#f-openingHours-error'), 'the error appears');
    const error = $(app, '#f-openingHours-error')!.textContent!;
    expect(error).to.contain('Die Öffnungszeiten sind so nicht lesbar.');
    expect(error).to.contain('„Dec 24-Jan 01 off“');
    expect(error).not.to.contain('cannot be read');
    await type(app, '#f-openingHours', 'Montag 08:00-12:00');
    await until(app, () => text(app).includes('„Mo“ statt „montag“'), 'the library warning in German');
    expect(text(app)).not.to.contain('English abbreviation');
  });

  it('says a body-too-large publish error in German, with the limit in MB', async () => {
    await openEntry(app, 'buergerbuero');
    await type(app, '#f-name-de', 'Bürgerbüro Mitte (neu)');
    await until(app, () => !($(app, '#publish-button') as HTMLButtonElement).disabled, 'publishing is possible');
    // What the publish server answers when the source is over its limit (json-body.ts).
    const real = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith('/source') && init?.method === 'PATCH'
        ? Promise.resolve(new Response(JSON.stringify({ error: 'too-large', message: 'The body is larger than 20971520 bytes.', limit: 20971520, params: { limit: 20971520 } }), { status: 413, headers: { 'Content-Type': 'application/json' } }))
        : real(input, init);
    try {
      await click(app, '#publish-button');
      await until(app, () => $(app, '.publish-state')!.textContent!.includes('fehlgeschlagen'), 'the publish error is shown');
    } finally {
      window.fetch = real;
    }
    const state = $(app, '.publish-state')!.textContent!;
    expect(state).to.contain('Die Änderungen sind zu groß, um sie auf einmal zu senden (mehr als 20 MB).');
    expect(state).not.to.contain('bytes');
  });
});

describe('problem-text', () => {
  it('calls a field by its form label and a language by its name, in the UI language', async () => {
    const en = await createEditorI18n('en');
    const de = await createEditorI18n('de');
    const required = { code: 'schema.required', params: { field: 'summary' }, message: 'The required field "summary" is missing; add it.' };
    expect(problemMessage(required, 'en', en)).to.equal('The required field "Summary" is missing; add it.');
    expect(problemMessage(required, 'de', de)).to.equal('Das Pflichtfeld „Kurzbeschreibung“ fehlt. Bitte ausfüllen.');
    const unknown = { code: 'text.unknownLanguage', params: { lang: 'fr', langs: ['de', 'ar'] }, message: '' };
    expect(problemMessage(unknown, 'de', de)).to.match(/^„Französisch“ ist keine Sprache der Kommune \(Deutsch und Arabisch\)/);
  });

  it('keeps the server\'s text for a code it does not know, and says known ones with their values', async () => {
    const de = await createEditorI18n('de');
    expect(serverErrorText(de, new ApiError(418, 'teapot', 'I am a teapot.'))).to.equal('I am a teapot.');
    expect(serverErrorText(de, new ApiError(429, 'rate-limited', 'Too many requests; try again in 7 s.', { params: { retryAfter: 7 } }))).to.equal('Zu viele Anfragen auf einmal. Versuchen Sie es in 7 Sekunden erneut.');
  });
});
