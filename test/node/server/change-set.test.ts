import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { request as httpRequest } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SourceContent } from '../../../src/pack/types.js';
import { startServer, type RunningServer } from '../../../src/node/server/server.js';
import { call, dataDir } from './helpers.js';

let srv: RunningServer;
let data: { dir: string; anna: string; ben: string };

before(async () => {
  data = await dataDir();
  srv = await startServer({ content: data.dir, port: 0, maxBodyBytes: 200_000 });
});
after(async () => {
  await srv.close();
  await rm(data.dir, { recursive: true, force: true });
});

const current = async () => {
  const r = await call(srv.url, '/api/source', { token: data.anna });
  return { etag: String(r.json.etag), revision: Number(r.json.revision), source: r.json.source as SourceContent };
};
const patch = (body: unknown, etag: string | undefined, headers: Record<string, string> = {}, token = data.anna) =>
  call(srv.url, '/api/source', { method: 'PATCH', token, ...(etag ? { ifMatch: etag } : {}), body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body), headers });

describe('publish server: publishing only what changed (PATCH /api/source)', () => {
  it('publishes one changed entry, keeps every other item as it was, and records it as one change', async () => {
    const start = await current();
    const entry = structuredClone(start.source.entries[0]!);
    entry.email = 'neu@musterstadt.example';
    const r = await patch({ changes: [{ kind: 'entry', id: entry.id, item: entry }], message: 'E-Mail' }, start.etag);
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.equal(r.json.revision, start.revision + 1);
    assert.equal(r.headers.get('etag'), `"r${start.revision + 1}"`);
    assert.deepEqual((r.json.changes as { entries: unknown }).entries, { added: [], changed: [entry.id], removed: [] });
    const after = await current();
    assert.equal(after.source.entries[0]!.email, 'neu@musterstadt.example');
    assert.deepEqual(after.source.entries.slice(1), start.source.entries.slice(1));
    assert.deepEqual(after.source.guides, start.source.guides);
    assert.deepEqual(after.source.categories, start.source.categories);
  });

  it('adds, removes and changes the municipality in one publish', async () => {
    const start = await current();
    const first = { ...structuredClone(start.source.entries[0]!), id: 'neue-beratung' };
    const second = { ...structuredClone(start.source.entries[0]!), id: 'zweite-beratung' };
    const added = await patch({ changes: [first, second].map((item) => ({ kind: 'entry', id: item.id, item })) }, start.etag);
    assert.equal(added.status, 201, JSON.stringify(added.json));
    assert.deepEqual((await current()).source.entries.slice(-2).map((e) => e.id), ['neue-beratung', 'zweite-beratung'], 'new entries come last');
    const municipality = { ...start.source.municipality, imprintUrl: 'https://www.musterstadt.example/impressum-neu' };
    const r = await patch(
      {
        changes: [
          { kind: 'entry', id: first.id, item: null },
          { kind: 'entry', id: second.id, item: { ...second, email: 'zwei@musterstadt.example' } },
          { kind: 'municipality', item: municipality },
        ],
      },
      String(added.json.etag),
    );
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.deepEqual((r.json.changes as { entries: unknown }).entries, { added: [], changed: ['zweite-beratung'], removed: ['neue-beratung'] });
    const after = await current();
    assert.ok(!after.source.entries.some((e) => e.id === first.id));
    assert.equal(after.source.entries.find((e) => e.id === second.id)!.email, 'zwei@musterstadt.example');
    assert.deepEqual(after.source.municipality, municipality);
    assert.equal(after.source.entries.length, start.source.entries.length + 1);
  });

  it('answers 409 with the current etag when someone published meanwhile, and publishes nothing', async () => {
    const start = await current();
    const mine = { ...structuredClone(start.source.entries[0]!), email: 'anna@musterstadt.example' };
    const theirs = { ...structuredClone(start.source.entries[1]!), email: 'ben@musterstadt.example' };
    const first = await patch({ changes: [{ kind: 'entry', id: theirs.id, item: theirs }] }, start.etag, {}, data.ben);
    assert.equal(first.status, 201);
    const late = await patch({ changes: [{ kind: 'entry', id: mine.id, item: mine }] }, start.etag);
    assert.equal(late.status, 409);
    assert.equal(late.json.error, 'conflict');
    assert.equal(late.json.etag, first.json.etag);
    const after = await current();
    assert.notEqual(after.source.entries[0]!.email, 'anna@musterstadt.example');
    // Sent again against the new revision, both changes are kept.
    const again = await patch({ changes: [{ kind: 'entry', id: mine.id, item: mine }] }, String(late.json.etag));
    assert.equal(again.status, 201);
    const final = await current();
    assert.equal(final.source.entries[0]!.email, 'anna@musterstadt.example');
    assert.equal(final.source.entries[1]!.email, 'ben@musterstadt.example');
  });

  it('names the change that cannot be applied, and validates the result like a whole publish', async () => {
    const start = await current();
    const bad = [
      [{ changes: 'all' }, 'not-a-list', 'changes'],
      [{ changes: [{ kind: 'person', id: 'x', item: {} }] }, 'unknown-kind', 'changes[0].kind'],
      [{ changes: [{ kind: 'entry', item: { id: 'x' } }] }, 'missing-id', 'changes[0].id'],
      [{ changes: [{ kind: 'entry', id: 'x', item: { id: 'y' } }] }, 'id-mismatch', 'changes[0].item.id'],
      [{ changes: [{ kind: 'entry', id: 'x', item: null }, { kind: 'entry', id: 'x', item: null }] }, 'duplicate', 'changes[1]'],
      [{ changes: [{ kind: 'municipality', item: null }] }, 'municipality-removed', 'changes[0].item'],
    ] as const;
    for (const [body, code, path] of bad) {
      const r = await patch(body, start.etag);
      assert.equal(r.status, 422, JSON.stringify(body));
      assert.equal(r.json.error, 'invalid-change');
      assert.equal(r.json.code, code);
      assert.equal(r.json.path, path);
      assert.equal((r.json.params as { path: string }).path, path, 'the place is a param, for the editor to say in its language');
    }
    const broken = { ...structuredClone(start.source.entries[0]!), categories: ['fehlt'] };
    const invalid = await patch({ changes: [{ kind: 'entry', id: broken.id, item: broken }] }, start.etag);
    assert.equal(invalid.status, 422);
    assert.equal(invalid.json.error, 'invalid');
    assert.ok((invalid.json.lines as string[]).some((l) => l.includes('fehlt')));
    assert.equal((await current()).revision, start.revision, 'nothing was published');
    assert.equal((await patch({ changes: [] }, undefined)).status, 428, 'If-Match is required');
  });
});

describe('publish server: the source sent compressed', () => {
  it('answers GET /api/source gzip-compressed when the editor takes it, the same source as uncompressed', async () => {
    const url = new URL('/api/source', srv.url);
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        const req = httpRequest(url, { headers: { Authorization: `Bearer ${data.anna}`, 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const zipped = await get('gzip, deflate, br');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'Accept-Encoding');
    const plain = await get('identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(zipped.body.length < plain.body.length / 2, `${zipped.body.length} bytes instead of ${plain.body.length}`);
    assert.deepEqual(JSON.parse(gunzipSync(zipped.body).toString('utf8')), JSON.parse(plain.body.toString('utf8')));
    assert.equal(zipped.headers.etag, (JSON.parse(plain.body.toString('utf8')) as { etag: string }).etag);
  });
});

describe('publish server: compressed request bodies', () => {
  it('takes a gzip-compressed publish, limits its size after decompression, and refuses other encodings', async () => {
    const start = await current();
    const entry = { ...structuredClone(start.source.entries[0]!), email: 'gzip@musterstadt.example' };
    const zipped = gzipSync(JSON.stringify({ changes: [{ kind: 'entry', id: entry.id, item: entry }] }));
    const ok = await patch(zipped, start.etag, { 'Content-Encoding': 'gzip' });
    assert.equal(ok.status, 201, JSON.stringify(ok.json));
    assert.equal((await current()).source.entries[0]!.email, 'gzip@musterstadt.example');

    const etag = (await current()).etag;
    // 2 kB of gzip that unpacks to 2 MB: over the 200 kB limit, refused while unpacking.
    const bomb = gzipSync(JSON.stringify({ changes: [], pad: ' '.repeat(2_000_000) }));
    assert.ok(bomb.length < 200_000);
    const big = await patch(bomb, etag, { 'Content-Encoding': 'gzip' });
    assert.equal(big.status, 413);
    assert.equal(big.json.error, 'too-large');
    const broken = await patch(new Uint8Array([0x1f, 0x8b, 1, 2, 3]), etag, { 'Content-Encoding': 'gzip' });
    assert.equal(broken.status, 400);
    assert.equal(broken.json.error, 'malformed-gzip');
    const brotli = await patch('{}', etag, { 'Content-Encoding': 'br' });
    assert.equal(brotli.status, 415);
    assert.equal(brotli.json.error, 'unsupported-encoding');
    assert.equal((await current()).etag, etag, 'nothing was published');
  });
});
