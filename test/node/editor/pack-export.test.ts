import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { exportPack, manifestUrlFor, PackExportError } from '../../../src/editor/pack-export.js';
import { startServer, type RunningServer } from '../../../src/node/server/server.js';
import type { PackManifest } from '../../../src/pack/types.js';
import { unzip } from '../../editor/unzip.js';
import { dataDir } from '../server/helpers.js';

describe('export pack (src/editor/pack-export.ts) against a real publish server', () => {
  let dir: string;
  let server: RunningServer;
  before(async () => {
    ({ dir } = await dataDir());
    server = await startServer({ content: dir, port: 0 });
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the pack beside the API', () => {
    assert.equal(manifestUrlFor('https://k.example/api', 'https://app.example/'), 'https://k.example/manifest.json');
    assert.equal(manifestUrlFor('https://k.example/kompass/api/', 'https://app.example/'), 'https://k.example/kompass/manifest.json');
    assert.equal(manifestUrlFor('/api', 'http://127.0.0.1:5173/editor.html'), 'http://127.0.0.1:5173/manifest.json');
  });

  it('zips exactly the bytes the server serves: manifest.json first, then base and text files', async () => {
    const pack = await exportPack(`${server.url}/manifest.json`);
    const entries = unzip(pack.zip);
    const manifest = JSON.parse(await readFile(join(server.store.packDir(1), 'manifest.json'), 'utf8')) as PackManifest;
    assert.equal(pack.name, 'kompass-pack-r1.zip');
    assert.deepEqual(entries.map((e) => e.name), ['manifest.json', manifest.base.file, ...manifest.languages.map((l) => l.file)]);
    for (const e of entries) assert.deepEqual(Buffer.from(e.data), await readFile(join(server.store.packDir(1), e.name)), e.name);
  });

  it('refuses a file that does not match the manifest, and names outside a pack', async () => {
    const tampering: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (!String(input).includes('/text/')) return res;
      const bytes = new Uint8Array(await res.arrayBuffer());
      bytes[bytes.length - 2] ^= 1;
      return new Response(bytes, { status: 200 });
    };
    await assert.rejects(exportPack(`${server.url}/manifest.json`, tampering), (e: unknown) => e instanceof PackExportError && e.code === 'mismatch' && /text\//.test(e.message));
    const evil: typeof fetch = async () => new Response(JSON.stringify({ revision: 2, base: { file: '../../etc/passwd', sha256: '', bytes: 0 }, languages: [] }));
    await assert.rejects(exportPack('https://k.example/manifest.json', evil), (e: unknown) => e instanceof PackExportError && e.code === 'bad-name');
    await assert.rejects(exportPack(`${server.url}/nothing/manifest.json`), (e: unknown) => e instanceof PackExportError && e.code === 'http');
  });
});
