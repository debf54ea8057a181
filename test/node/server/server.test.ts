import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readFile, readdir, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { run } from '../../../src/node/cli/main.js';
import { writeSourceFolder } from '../../../src/node/source/source-write.js';
import type { PackManifest, SourceContent } from '../../../src/pack/types.js';
import { startServer, type RunningServer } from '../../../src/node/server/server.js';
import { call, dataDir } from './helpers.js';

const ORIGIN = 'https://app.musterstadt.example';
let srv: RunningServer;
let data: { dir: string; anna: string; ben: string };

before(async () => {
  data = await dataDir();
  srv = await startServer({ content: data.dir, port: 0, origins: [ORIGIN], maxBodyBytes: 200_000, keep: 3 });
});
after(async () => {
  await srv.close();
  await rm(data.dir, { recursive: true, force: true });
});

async function snapshot(dir: string): Promise<string> {
  const files = (await readdir(dir, { recursive: true })).map(String).sort();
  const audit = await readFile(join(dir, 'audit.log'), 'utf8');
  return JSON.stringify({ files, audit, current: await readFile(join(dir, 'current'), 'utf8') });
}

async function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const url = new URL(srv.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('publish server: the pack', () => {
  it('serves manifest.json with an ETag and no-cache, and 304 for a matching If-None-Match', async () => {
    const r = await raw('/manifest.json');
    assert.equal(r.status, 200);
    assert.equal(r.headers['cache-control'], 'no-cache');
    const manifest = JSON.parse(r.body.toString('utf8')) as PackManifest;
    assert.equal(manifest.revision, 1);
    const etag = String(r.headers.etag);
    assert.match(etag, /^"m-[0-9a-f]{16}"$/);
    const again = await raw('/manifest.json', { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('serves hashed files as immutable, compressed with brotli or gzip, byte-identical after decoding', async () => {
    const manifest = JSON.parse((await raw('/manifest.json')).body.toString('utf8')) as PackManifest;
    for (const ref of [manifest.base, ...manifest.languages]) {
      const plain = await raw(`/${ref.file}`);
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(createHash('sha256').update(plain.body).digest('hex'), ref.sha256);
      const br = await raw(`/${ref.file}`, { 'Accept-Encoding': 'gzip, deflate, br' });
      if (ref.bytes >= 512) {
        assert.equal(br.headers['content-encoding'], 'br');
        assert.deepEqual(brotliDecompressSync(br.body), plain.body);
        const gz = await raw(`/${ref.file}`, { 'Accept-Encoding': 'gzip' });
        assert.equal(gz.headers['content-encoding'], 'gzip');
        assert.deepEqual(gunzipSync(gz.body), plain.body);
      }
      assert.match(String(br.headers.vary), /Accept-Encoding/);
    }
  });

  it('answers CORS only for configured origins', async () => {
    const ok = await raw('/manifest.json', { Origin: ORIGIN });
    assert.equal(ok.headers['access-control-allow-origin'], ORIGIN);
    const other = await raw('/manifest.json', { Origin: 'https://evil.example' });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const pre = await fetch(`${srv.url}/api/publish`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' } });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /If-Match/);
    const bad = await fetch(`${srv.url}/api/publish`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    assert.equal(bad.status, 403);
  });

  it('never lets a request path reach the file system', async () => {
    const before = await snapshot(data.dir);
    for (const path of [
      '/../tokens.json',
      '/..%2ftokens.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/text/..%2f..%2ftokens.json',
      '/tokens.json',
      '/audit.log',
      '/current',
      '/revisions/1/pack/manifest.json',
      '/revisions/1/source/municipality.yaml',
      '/base.0123456789abcdef.json',
      '//etc/passwd',
      '/api/../tokens.json',
    ]) {
      const r = await raw(path);
      assert.ok(r.status === 404 || r.status === 401, `${path} → ${r.status}`);
      assert.doesNotMatch(r.body.toString('utf8'), /scrypt|"salt"|root:/);
    }
    assert.equal(await snapshot(data.dir), before);
  });
});

describe('publish server: the editors API', () => {
  it('rejects a missing or wrong token with 401 and a clear message', async () => {
    const none = await call(srv.url, '/api/source');
    assert.equal(none.status, 401);
    assert.equal(none.json.error, 'unauthorized');
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    const wrong = await call(srv.url, '/api/source', { token: `${data.anna.slice(0, -4)}AAAA` });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.json.error, 'invalid-token');
    const garbage = await call(srv.url, '/api/source', { token: 'hello' });
    assert.equal(garbage.status, 401);
  });

  it('returns the current source with its revision and etag', async () => {
    const r = await call(srv.url, '/api/source', { token: data.anna });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('etag'), `"r${String(r.json.revision)}"`);
    assert.equal(r.json.etag, r.headers.get('etag'));
    const source = r.json.source as SourceContent;
    assert.equal(source.municipality.id, 'musterstadt');
    assert.equal(source.entries.length, 3);
  });

  it('two editors publish against the same revision: one succeeds, the other gets 409, nothing is lost', async () => {
    const start = await call(srv.url, '/api/source', { token: data.anna });
    const etag = String(start.json.etag);
    const mine = structuredClone(start.json.source) as SourceContent;
    const theirs = structuredClone(start.json.source) as SourceContent;
    mine.entries.find((e) => e.id === 'buergerbuero')!.email = 'anna@musterstadt.example';
    theirs.entries.find((e) => e.id === 'migrationsberatung')!.email = 'ben@musterstadt.example';
    const [a, b] = await Promise.all([
      call(srv.url, '/api/publish', { method: 'POST', token: data.anna, ifMatch: etag, body: JSON.stringify({ source: mine, message: 'Anna' }) }),
      call(srv.url, '/api/publish', { method: 'POST', token: data.ben, ifMatch: etag, body: JSON.stringify({ source: theirs, message: 'Ben' }) }),
    ]);
    const statuses = [a.status, b.status].sort();
    assert.deepEqual(statuses, [201, 409]);
    const [won, lost] = a.status === 201 ? [a, b] : [b, a];
    assert.equal(lost.json.error, 'conflict');
    assert.equal(lost.json.revision, won.json.revision);
    assert.equal(lost.json.etag, won.json.etag);
    // The loser reloads, applies the change again and publishes: both changes are there.
    const loserToken = won === a ? data.ben : data.anna;
    const reload = await call(srv.url, '/api/source', { token: loserToken });
    const merged = reload.json.source as SourceContent;
    if (won === a) merged.entries.find((e) => e.id === 'migrationsberatung')!.email = 'ben@musterstadt.example';
    else merged.entries.find((e) => e.id === 'buergerbuero')!.email = 'anna@musterstadt.example';
    const second = await call(srv.url, '/api/publish', { method: 'POST', token: loserToken, ifMatch: String(reload.json.etag), body: JSON.stringify({ source: merged }) });
    assert.equal(second.status, 201, JSON.stringify(second.json));
    const final = (await call(srv.url, '/api/source', { token: data.anna })).json.source as SourceContent;
    assert.equal(final.entries.find((e) => e.id === 'buergerbuero')!.email, 'anna@musterstadt.example');
    assert.equal(final.entries.find((e) => e.id === 'migrationsberatung')!.email, 'ben@musterstadt.example');
    const audit = ((await call(srv.url, '/api/audit', { token: data.anna })).json.records as { by: string; changes: { entries: { changed: string[] } } }[]).slice(-2);
    assert.deepEqual(audit.map((r) => r.by).sort(), ['anna', 'ben']);
    assert.ok(audit.every((r) => r.changes.entries.changed.length === 1));
  });

  it('serves the new revision after a publish, the old hashed files still', async () => {
    const m = JSON.parse((await raw('/manifest.json')).body.toString('utf8')) as PackManifest;
    assert.ok(m.revision >= 3);
    const revisions = await call(srv.url, '/api/revisions', { token: data.anna });
    assert.equal(revisions.json.current, m.revision);
  });

  it('answers 422 with the same problem lines the CLI prints, and publishes nothing', async () => {
    const before = await snapshot(data.dir);
    const start = await call(srv.url, '/api/source', { token: data.anna });
    const broken = structuredClone(start.json.source) as SourceContent;
    broken.entries[0]!.categories = ['fehlt'];
    broken.entries[1]!.openingHours = 'Mo-Fr 25:00-12:00';
    const r = await call(srv.url, '/api/publish', { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body: JSON.stringify({ source: broken }) });
    assert.equal(r.status, 422);
    assert.equal(r.json.error, 'invalid');
    const lines = r.json.lines as string[];
    assert.ok(lines.some((l) => /The category "fehlt" does not exist/.test(l)));
    // The CLI, on the same source written to a folder, prints exactly these lines.
    const dir = await mkdtemp(join(tmpdir(), 'kompass-422-'));
    await writeSourceFolder(dir, broken);
    const out: string[] = [];
    const code = await run(['validate', dir], { out: (l) => out.push(l), err: () => undefined });
    assert.equal(code, 1);
    assert.deepEqual(out.slice(0, -1), lines);
    await rm(dir, { recursive: true, force: true });
    assert.equal(await snapshot(data.dir), before);
  });

  it('refuses malformed, oversized, wrongly typed and unconditional requests with a clear 4xx, writing nothing', async () => {
    const before = await snapshot(data.dir);
    const etag = String((await call(srv.url, '/api/source', { token: data.anna })).json.etag);
    const post = (body: string, extra: Record<string, string> = {}, ifMatch: string | null = etag) =>
      call(srv.url, '/api/publish', { method: 'POST', token: data.anna, ...(ifMatch ? { ifMatch } : {}), body, headers: extra });
    const malformed = await post('{"source": {');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.json.error, 'malformed-json');
    const notObject = await post('[1,2]');
    assert.equal(notObject.status, 400);
    const shape = await post(JSON.stringify({ source: { municipality: {}, entries: 'x' } }));
    assert.equal(shape.status, 422);
    assert.equal(shape.json.error, 'invalid-shape');
    const big = await post(JSON.stringify({ source: { pad: 'x'.repeat(300_000) } }));
    assert.equal(big.status, 413);
    assert.equal(big.json.error, 'too-large');
    assert.deepEqual(big.json.params, { limit: (big.json as { limit: number }).limit }, 'the limit is a param, for clients that say the message themselves');
    assert.equal(typeof (big.json.params as { limit: unknown }).limit, 'number');
    const type = await post('source=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
    assert.equal(type.status, 415);
    const unconditional = await post(JSON.stringify({ source: {} }), {}, null);
    assert.equal(unconditional.status, 428);
    const badEtag = await post(JSON.stringify({ source: {} }), {}, 'yesterday');
    assert.equal(badEtag.status, 400);
    assert.deepEqual(badEtag.json.params, { value: 'yesterday' });
    const method = await call(srv.url, '/api/source', { method: 'DELETE', token: data.anna });
    assert.equal(method.status, 405);
    const unknown = await call(srv.url, '/api/secrets', { token: data.anna });
    assert.equal(unknown.status, 404);
    assert.equal(await snapshot(data.dir), before);
  });

  it('never writes outside the data folder, whatever the ids say', async () => {
    const start = await call(srv.url, '/api/source', { token: data.anna });
    const evil = structuredClone(start.json.source) as SourceContent;
    evil.entries[0]!.id = '../../../escaped';
    evil.guides[0]!.id = '/etc/passwd';
    const before = await snapshot(data.dir);
    const r = await call(srv.url, '/api/publish', { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body: JSON.stringify({ source: evil }) });
    assert.equal(r.status, 422);
    assert.ok((r.json.lines as string[]).some((l) => /is not valid; expected an id/.test(l)));
    assert.equal(await snapshot(data.dir), before);
    await assert.rejects(readFile(join(data.dir, '..', 'escaped.yaml')));
  });

  it('validates without publishing', async () => {
    const start = await call(srv.url, '/api/source', { token: data.anna });
    const r = await call(srv.url, '/api/validate', { method: 'POST', token: data.anna, body: JSON.stringify({ source: start.json.source }) });
    assert.equal(r.status, 200);
    assert.equal(r.json.ok, true);
  });

  it('rolls back by publishing an old source as a new revision, and keeps only the last N revisions', async () => {
    const start = await call(srv.url, '/api/source', { token: data.anna });
    const cur = Number(start.json.revision);
    const r = await call(srv.url, '/api/rollback', { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body: JSON.stringify({ revision: cur - 1 }) });
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.equal(r.json.revision, cur + 1);
    const old = (await call(srv.url, '/api/source', { token: data.anna })).json.source as SourceContent;
    assert.notEqual(old.entries.find((e) => e.id === 'migrationsberatung')!.email, 'ben@musterstadt.example');
    const kept = (await readdir(join(data.dir, 'revisions'))).map(Number).sort((a, b) => a - b);
    assert.deepEqual(kept, [cur - 1, cur, cur + 1]);
    const gone = await call(srv.url, '/api/rollback', { method: 'POST', token: data.anna, ifMatch: `"r${cur + 1}"`, body: JSON.stringify({ revision: 1 }) });
    assert.equal(gone.status, 404);
    const audit = (await call(srv.url, '/api/audit?limit=1', { token: data.anna })).json.records as { action: string; restoredFrom: number }[];
    assert.equal(audit[0]!.action, 'rollback');
    assert.equal(audit[0]!.restoredFrom, cur - 1);
  });

  it('reports the translation status', async () => {
    const r = await call(srv.url, '/api/status', { token: data.ben });
    assert.equal(r.status, 200);
    const status = r.json.status as { languages: { code: string }[] };
    assert.deepEqual(status.languages.map((l) => l.code), ['de', 'en', 'ar']);
  });
});

describe('publish server: limits and tokens', () => {
  it('rate-limits per token with 429 and Retry-After', async () => {
    const d = await dataDir();
    const s = await startServer({ content: d.dir, port: 0, rateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await call(s.url, '/api/me', { token: d.anna })).status, 200);
      const limited = await call(s.url, '/api/me', { token: d.anna });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await call(s.url, '/api/me', { token: d.ben })).status, 200);
    } finally {
      await s.close();
      await rm(d.dir, { recursive: true, force: true });
    }
  });

  it('stores tokens only as scrypt hashes, and a removed token stops working at once', async () => {
    const d = await dataDir();
    const s = await startServer({ content: d.dir, port: 0 });
    try {
      const file = await readFile(join(d.dir, 'tokens.json'), 'utf8');
      assert.ok(!file.includes(d.anna.split('_').slice(2).join('_'))); // the whole secret (it may contain '_' itself)
      assert.equal((await call(s.url, '/api/me', { token: d.anna })).json.name, 'anna');
      const out: string[] = [];
      assert.equal(await run(['token', 'remove', 'anna', '--content', d.dir], { out: (l) => out.push(l), err: () => undefined }), 0);
      // mtime resolution: make sure the change is seen
      await writeFile(join(d.dir, 'tokens.json'), await readFile(join(d.dir, 'tokens.json')));
      assert.equal((await call(s.url, '/api/me', { token: d.anna })).status, 401);
    } finally {
      await s.close();
      await rm(d.dir, { recursive: true, force: true });
    }
  });
});
