import { expect } from '@open-wc/testing';
import type { KompassEditorApp } from '../../src/editor/kompass-editor-app.js';
import type { PackManifest } from '../../src/pack/types.js';
import { $, apiAs, click, closeServer, mountEditor, publishedSource, signIn, startServer, unmountEditors, uniqueStore, until, type TestServer } from './helpers.js';
import { unzip } from './unzip.js';

/** Catches the editor's downloads (a blob URL on an anchor that is clicked) instead of saving them. */
function catchDownloads(): { downloads: { name: string; blob: Blob }[]; restore(): void } {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = create(obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) downloads.push({ name: this.download, blob });
    else click.value.call(this);
  };
  return {
    downloads,
    restore: () => {
      URL.createObjectURL = create;
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
    },
  };
}

describe('<kompass-editor> export pack (real publish server)', function () {
  this.timeout(30_000);
  let server: TestServer;
  let app: KompassEditorApp;
  let caught: ReturnType<typeof catchDownloads>;

  before(async function () {
    this.timeout(120_000);
    await Promise.all([import('../../src/editor/kompass-editor-app.js'), import('../../src/editor/pack-export.js'), import('../../src/authoring/source-plan.js')]);
  });

  beforeEach(async () => {
    server = await startServer();
    sessionStorage.clear();
    ({ app } = await mountEditor(server.api, uniqueStore()));
    caught = catchDownloads();
  });

  afterEach(async () => {
    caught.restore();
    unmountEditors();
    await closeServer(server);
  });

  const packBase = () => server.api.replace(/\/api$/, '');

  it('downloads the published pack as a ZIP: the manifest the server serves and its verified files', async () => {
    // Another editor publishes revision 2; this editor's draft still shows revision 1, but the
    // pack is what readers get now.
    const { source, etag } = await publishedSource(server);
    source.entries.find((e) => e.id === 'buergerbuero')!.name.de = 'Bürgerbüro (Revision 2)';
    expect((await apiAs(server, server.tokens.ben, 'POST', '/publish', { source }, etag)).status).to.equal(201);

    await signIn(app, server.tokens.anna);
    await click(app, 'text=Import and export');
    expect($(app, '#export-pack')!.textContent).to.contain('Export pack');
    await click(app, '#export-pack');
    await until(app, () => caught.downloads.length === 1, 'a ZIP is downloaded');
    await until(app, () => $(app, '.pack-export')!.textContent!.includes('kompass-pack-r2.zip exported'), 'the export is confirmed');

    const [download] = caught.downloads;
    expect(download!.name).to.equal('kompass-pack-r2.zip');
    expect(download!.blob.type).to.equal('application/zip');
    const entries = unzip(new Uint8Array(await download!.blob.arrayBuffer()));
    const served = new Uint8Array(await (await fetch(`${packBase()}/manifest.json`, { cache: 'no-store' })).arrayBuffer());
    const manifest = JSON.parse(new TextDecoder().decode(served)) as PackManifest;
    expect(manifest.revision).to.equal(2);
    expect(entries.map((e) => e.name)).to.deep.equal(['manifest.json', manifest.base.file, ...manifest.languages.map((l) => l.file)]);
    expect(entries.map((e) => e.name).every((n) => n === 'manifest.json' || /^(base|text\/[a-z-]+)\.[0-9a-f]{16}\.json$/.test(n))).to.equal(true);
    expect(entries[0]!.data).to.deep.equal(served);
    const text = entries.find((e) => e.name === manifest.languages.find((l) => l.code === 'de')!.file)!;
    expect(new TextDecoder().decode(text.data)).to.contain('Bürgerbüro (Revision 2)');
    expect($(app, '.pack-export')!.textContent).to.contain(`${entries.length} files`);
    await expect(app).to.be.accessible();
  });

  it('says so when the pack cannot be fetched, and downloads nothing', async () => {
    await signIn(app, server.tokens.anna);
    app.pack = `${packBase()}/no-such/manifest.json`;
    await click(app, 'text=Import and export');
    await click(app, '#export-pack');
    await until(app, () => $(app, '.pack-export')!.textContent!.includes('could not be exported'), 'an error is shown');
    expect($(app, '.pack-export')!.textContent, 'said in the UI language, not as the HTTP status').to.contain('The server did not deliver a file of the pack.');
    expect($(app, '.pack-export')!.textContent).not.to.contain('HTTP 404');
    expect(caught.downloads).to.have.length(0);
  });
});
