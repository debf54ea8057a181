import { expect, waitUntil } from '@open-wc/testing';
import type { KompassEditorApp } from '../../src/editor/kompass-editor-app.js';
import type { KompassHoursEditor } from '../../src/editor/fields/hours-editor/kompass-hours-editor.js';
import type { SourceContent } from '../../src/pack/types.js';
import { $, closeServer, mountEditor, openEntry, signIn, startServer, unmountEditors, uniqueStore, type TestServer } from './helpers.js';

describe('<kompass-editor>: opening hours with the hours editor (real publish server)', function () {
  this.timeout(30_000);
  let server: TestServer;
  let app: KompassEditorApp;

  before(async function () {
    this.timeout(120_000);
    await Promise.all([import('../../src/editor/kompass-editor-app.js'), import('../../src/editor/fields/hours-editor/kompass-hours-editor.js'), import('../../src/authoring/source-plan.js')]);
  });

  beforeEach(async () => {
    server = await startServer();
    sessionStorage.clear();
    localStorage.clear();
    ({ app } = await mountEditor(server.api, uniqueStore(), 'de'));
  });

  afterEach(async () => {
    unmountEditors();
    await closeServer(server);
  });

  it('a clerk opens Saturdays in the grid, and the draft gets the OSM value (the raw field too)', async () => {
    app.now = new Date('2026-12-03T09:30:00Z');
    await signIn(app, server.tokens.anna);
    await openEntry(app, 'buergerbuero');
    const hours = $<KompassHoursEditor>(app, 'kompass-hours-editor')!;
    await waitUntil(() => !!hours.shadowRoot?.querySelector('fieldset.week'), 'the grid shows the entry\'s hours', { timeout: 8000 });
    const day = (name: string) => [...hours.shadowRoot!.querySelectorAll('fieldset.day')].find((f) => f.querySelector('legend')!.textContent!.trim() === name)!;
    expect([...day('Dienstag').querySelectorAll<HTMLInputElement>('input[type=time]')].map((i) => i.value)).to.deep.equal(['14:00', '18:00']);
    day('Samstag').querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await hours.updateComplete;
    const [from, to] = [...day('Samstag').querySelectorAll<HTMLInputElement>('input[type=time]')];
    for (const [input, value] of [[from!, '10:00'], [to!, '13:00']] as const) {
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await hours.updateComplete;
    }
    await app.updateComplete;
    const expected = 'Mo,We,Fr 08:00-12:00; Tu,Th 14:00-18:00; Sa 10:00-13:00; PH off';
    const draft = (app as unknown as { draft: SourceContent }).draft;
    expect(draft.entries.find((e) => e.id === 'buergerbuero')!.openingHours).to.equal(expected);
    expect($<HTMLInputElement>(app, '#f-openingHours')!.value).to.equal(expected);
    expect($<HTMLDetailsElement>(app, 'details.hours-expert')!.open).to.equal(false);
    await expect(app).to.be.accessible();
  });
});
