import type { KompassEditorApp } from '../../../src/editor/kompass-editor-app.js';
import { closeServer, mountEditor, signIn, startServer, unmountEditors, uniqueStore, type TestServer } from '../helpers.js';

/** Each test: a fresh publish server and store, the editor mounted and signed in as Anna. */
export function signedInEditor(): { server: () => TestServer; app: () => KompassEditorApp } {
  let server: TestServer;
  let app: KompassEditorApp;
  before(async function () {
    this.timeout(120_000);
    await Promise.all([import('../../../src/editor/kompass-editor-app.js'), import('../../../src/authoring/source-plan.js'), import('../../../src/editor/hours-preview.js'), import('../../../src/authoring/markdown.js'), import('../../../src/authoring/import/csv-import.js')]);
  });
  beforeEach(async () => {
    server = await startServer();
    sessionStorage.clear();
    localStorage.clear();
    ({ app } = await mountEditor(server.api, uniqueStore()));
    await signIn(app, server.tokens.anna);
  });
  afterEach(async () => {
    unmountEditors();
    await closeServer(server);
  });
  return { server: () => server, app: () => app };
}

export async function choose(app: KompassEditorApp, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await app.updateComplete;
}
