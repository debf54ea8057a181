import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { readdir, rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { PackManifest, SourceContent } from '../../../src/pack/types.js';
import { PublishLock } from '../../../src/node/publish/lock.js';
import { clientAddress, parseTrustProxy } from '../../../src/node/server/client-address.js';
import { Gate } from '../../../src/node/server/limits.js';
import { startServer, type RunningServer } from '../../../src/node/server/server.js';
import { call, dataDir } from './helpers.js';

type Data = Awaited<ReturnType<typeof dataDir>>;
const folders: Data[] = [];
const servers: RunningServer[] = [];
after(async () => {
  for (const s of servers) await s.close();
  for (const d of folders) await rm(d.dir, { recursive: true, force: true });
});

async function server(options: Partial<Parameters<typeof startServer>[0]> = {}): Promise<{ srv: RunningServer; data: Data }> {
  const data = await dataDir();
  folders.push(data);
  const srv = await startServer({ content: data.dir, port: 0, ...options });
  servers.push(srv);
  return { srv, data };
}

/** A wrong secret for a real token's id. */
const wrongSecret = (token: string) => `${token.slice(0, 17)}${'A'.repeat(43)}`;
const from = (address: string) => ({ 'X-Forwarded-For': address });

function fakeRequest(socket: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress: socket }, headers } as unknown as IncomingMessage;
}

describe('client address behind a proxy', () => {
  it('believes X-Forwarded-For / Forwarded only from trusted hops, from the right', () => {
    const loop = parseTrustProxy('loopback', 'test');
    assert.equal(clientAddress(fakeRequest('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), loop), '203.0.113.7');
    assert.equal(clientAddress(fakeRequest('::ffff:127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }), loop), '203.0.113.7', 'a forged entry on the left is not reached');
    assert.equal(clientAddress(fakeRequest('198.51.100.1', { 'x-forwarded-for': '203.0.113.7' }), loop), '198.51.100.1', 'from an untrusted socket the header is ignored');
    assert.equal(clientAddress(fakeRequest('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), parseTrustProxy(undefined, 'test')), '127.0.0.1', 'no trustProxy: the socket address');
    const list = parseTrustProxy('10.0.0.0/8, 2001:db8::/48', 'test');
    assert.equal(clientAddress(fakeRequest('10.1.2.3', { 'x-forwarded-for': '192.0.2.5:4711, 10.9.9.9' }), list), '192.0.2.5', 'two trusted hops are skipped, the port dropped');
    assert.equal(clientAddress(fakeRequest('2001:db8::1', { forwarded: 'for=192.0.2.60;proto=https, for="[2001:db8:cafe::17]:4711"' }), list), '2001:db8:cafe::17');
    assert.equal(clientAddress(fakeRequest('10.0.0.1', { 'x-forwarded-for': '6.6.6.6, 192.0.2.9' }), parseTrustProxy(true, 'test')), '6.6.6.6', 'true: every hop is trusted');
    assert.throws(() => parseTrustProxy('10.0.0.0/33', '--trust-proxy'), /--trust-proxy: "10.0.0.0\/33" in trustProxy is not an IP address/);
    assert.throws(() => parseTrustProxy(42, 'server.json'), /trustProxy must be true, "loopback" or a list/);
  });
});

describe('sign-in limits', () => {
  it('behind a trusted proxy, wrong tokens lock out only the address they come from', async () => {
    const { srv, data } = await server({ trustProxy: 'loopback' });
    const statuses: number[] = [];
    // The attacker forges a different address on the left each time; the proxy appends the real one.
    for (let i = 0; i < 22; i++) statuses.push((await call(srv.url, '/api/me', { token: wrongSecret(data.ben).replace(/^kompass_[0-9a-f]{8}/, `kompass_0000${String(i).padStart(4, '0')}`), headers: from(`198.51.100.${i}, 203.0.113.7`) })).status);
    assert.deepEqual(statuses, [...Array<number>(20).fill(401), 429, 429]);
    const anna = await call(srv.url, '/api/me', { token: data.anna, headers: from('192.0.2.44') });
    assert.equal(anna.status, 200, 'an editor elsewhere still signs in (before: 429 for everyone behind the proxy)');
  });

  it('without trustProxy the forwarded address is ignored (anyone could send it)', async () => {
    const { srv, data } = await server();
    for (let i = 0; i < 20; i++) assert.equal((await call(srv.url, '/api/me', { token: wrongSecret(data.ben), headers: from(`203.0.113.${i}`) })).status, 401);
    const anna = await call(srv.url, '/api/me', { token: data.anna, headers: from('192.0.2.44') });
    assert.equal(anna.status, 429);
    assert.equal(anna.json.error, 'too-many-failures');
  });

  it('limits failures per token id too, while an editor signed in before keeps working', async () => {
    const { srv, data } = await server({ trustProxy: 'loopback' });
    assert.equal((await call(srv.url, '/api/me', { token: data.anna, headers: from('192.0.2.1') })).status, 200);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await call(srv.url, '/api/me', { token: wrongSecret(data.anna), headers: from(`203.0.113.${i}`) })).status);
    assert.deepEqual(statuses, [...Array<number>(20).fill(401), 429], 'guessing one token from many addresses is limited');
    assert.equal((await call(srv.url, '/api/me', { token: wrongSecret(data.anna), headers: from('203.0.113.200') })).status, 429);
    assert.equal((await call(srv.url, '/api/me', { token: data.anna, headers: from('192.0.2.1') })).status, 200, 'the recently verified token needs no hashing');
    assert.equal((await call(srv.url, '/api/me', { token: data.ben, headers: from('192.0.2.2') })).status, 200, 'another token is not affected');
  });

  it('200 concurrent wrong tokens: the pack stays fast, one hash at a time, the overflow gets 503 Retry-After: 5', async (t) => {
    const { srv, data } = await server({ trustProxy: 'loopback', authFailures: 1000 });
    const manifest = (await (await fetch(`${srv.url}/manifest.json`)).json()) as PackManifest;
    assert.equal((await call(srv.url, '/api/me', { token: data.anna })).status, 200);
    const attack = Array.from({ length: 200 }, (_, i) => call(srv.url, '/api/me', { token: wrongSecret(data.ben), headers: from(`203.0.113.${i}`) }));
    await new Promise((r) => setTimeout(r, 30));
    const started = performance.now();
    const pack = await fetch(`${srv.url}/${manifest.base.file}`);
    await pack.arrayBuffer();
    const packMs = performance.now() - started;
    const editor = await call(srv.url, '/api/me', { token: data.anna });
    const results = await Promise.all(attack);
    t.diagnostic(`pack GET during the attack: ${packMs.toFixed(0)} ms`);
    assert.equal(pack.status, 200);
    assert.ok(packMs < 500, `pack GET took ${packMs.toFixed(0)} ms (before: about 5 s)`);
    assert.equal(editor.status, 200, 'a signed-in editor is served during the attack');
    const count = (s: number) => results.filter((r) => r.status === s).length;
    assert.equal(count(401) + count(503), 200, JSON.stringify(results.map((r) => r.status)));
    assert.ok(count(401) <= 40, `few reach scrypt (${count(401)})`);
    const busy = results.find((r) => r.status === 503)!;
    assert.equal(busy.headers.get('retry-after'), '5');
    assert.equal(busy.json.error, 'busy');
  });

  it('the hashing gate runs one task at a time with eight waiting, and refuses the rest', async () => {
    const gate = new Gate(1, 8);
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return true;
    };
    const runs = Array.from({ length: 12 }, () => gate.tryRun(task));
    assert.equal(runs.filter((r) => r === undefined).length, 3);
    await Promise.all(runs);
    assert.equal(most, 1);
    assert.ok(gate.tryRun(task), 'free again afterwards');
  });
});

describe('publish server: answers that say what happened', () => {
  let srv: RunningServer;
  let data: Data;
  before(async () => {
    ({ srv, data } = await server({ maxBodyBytes: 200_000, lockWaitMs: 300 }));
  });

  it('sends X-Content-Type-Options: nosniff on every response', async () => {
    const manifest = (await (await fetch(`${srv.url}/manifest.json`)).json()) as PackManifest;
    const responses = [
      await fetch(`${srv.url}/manifest.json`),
      await fetch(`${srv.url}/${manifest.base.file}`),
      await fetch(`${srv.url}/`),
      await fetch(`${srv.url}/nothing-here`),
      await fetch(`${srv.url}/api/me`),
      await fetch(`${srv.url}/api/me`, { headers: { Authorization: `Bearer ${data.anna}` } }),
      await fetch(`${srv.url}/api/nothing`, { headers: { Authorization: `Bearer ${data.anna}` } }),
      await fetch(`${srv.url}/api/me`, { method: 'OPTIONS' }),
    ];
    for (const r of responses) assert.equal(r.headers.get('x-content-type-options'), 'nosniff', `${r.url} ${r.status}`);
  });

  it('a body nested deeper than 32 levels gets 422 too-deep with the field path, not 500', async () => {
    const start = await call(srv.url, '/api/source', { token: data.anna });
    const source = start.json.source as SourceContent;
    source.entries[0]!.extra = { deep: '@@' };
    const body = JSON.stringify({ source }).replace('"@@"', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    for (const path of ['/api/publish', '/api/validate']) {
      const r = await call(srv.url, path, { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body });
      assert.equal(r.status, 422, `${path}: ${JSON.stringify(r.json).slice(0, 200)}`);
      assert.equal(r.json.error, 'too-deep');
      assert.match(String(r.json.path), /^source\.entries\[0\]\.extra\.deep(\.a)+$/);
      assert.match(String(r.json.message), /more than 32 levels deep at source\.entries\[0\]\.extra\.deep\.a/);
    }
    assert.equal((await call(srv.url, '/api/source', { token: data.anna })).json.revision, start.json.revision, 'nothing published');
  });

  it('takes only application/json (optionally with charset utf-8) as JSON', async () => {
    const send = (type: string) => call(srv.url, '/api/validate', { method: 'POST', token: data.anna, headers: { 'Content-Type': type }, body: '{}' });
    for (const type of ['application/json-patch+json', 'application/jsonx', 'text/plain', 'application/json; charset=latin1'])
      assert.equal((await send(type)).status, 415, type);
    for (const type of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"'])
      assert.equal((await send(type)).status, 422, `${type} reaches the shape check`);
  });

  it('after 401, 415 and 413 it reads no more of the body and closes the connection', async () => {
    const url = new URL(srv.url);
    const cases: [string, string][] = [
      ['401', 'Content-Type: application/json\r\n'],
      ['415', `Authorization: Bearer ${data.anna}\r\nContent-Type: text/plain\r\n`],
      ['413', `Authorization: Bearer ${data.anna}\r\nContent-Type: application/json\r\n`],
    ];
    for (const [status, headers] of cases) {
      const declared = status === '413' ? 10_000_000 : 150_000;
      const result = await new Promise<{ head: string; closedAfterMs: number; sent: number }>((resolve, reject) => {
        const socket = connect(Number(url.port), url.hostname);
        let text = '';
        let sent = 0;
        let answered = 0;
        socket.on('error', () => undefined);
        socket.on('connect', () => {
          socket.write(`POST /api/validate HTTP/1.1\r\nHost: x\r\n${headers}Content-Length: ${declared}\r\nIf-Match: "r1"\r\n\r\n`);
          const chunk = Buffer.alloc(16_384, 0x20);
          // Keep sending slowly, as an upload would; the server must not keep reading.
          const timer = setInterval(() => {
            if (socket.destroyed || sent + chunk.length > declared) return clearInterval(timer);
            sent += chunk.length;
            socket.write(chunk);
          }, 20);
          socket.on('close', () => {
            clearInterval(timer);
            resolve({ head: text, closedAfterMs: answered ? Date.now() - answered : -1, sent });
          });
        });
        socket.on('data', (c: Buffer) => {
          text += c.toString('latin1');
          if (!answered && text.includes('\r\n\r\n')) answered = Date.now();
        });
        setTimeout(() => reject(new Error(`${status}: connection still open after 5 s; got ${text.slice(0, 80)}`)), 5000).unref();
      });
      assert.match(result.head, new RegExp(`^HTTP/1.1 ${status} `), result.head.slice(0, 100));
      assert.match(result.head, /\r\nConnection: close\r\n/i);
      assert.ok(result.closedAfterMs >= 0 && result.closedAfterMs < 1000, `${status}: closed ${result.closedAfterMs} ms after answering`);
      assert.ok(result.sent < declared, `${status}: the whole body was not taken (${result.sent} of ${declared})`);
    }
  });

  it('answers 423 locked with Retry-After: 5 when another process holds the publish lock past lockWaitMs', async () => {
    const start = await call(srv.url, '/api/source', { token: data.anna });
    const source = start.json.source as SourceContent;
    source.entries[0]!.email = 'locked@musterstadt.example';
    const lock = await PublishLock.acquire(data.dir);
    try {
      const t0 = Date.now();
      const r = await call(srv.url, '/api/publish', { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body: JSON.stringify({ source }) });
      assert.equal(r.status, 423);
      assert.equal(r.json.error, 'locked');
      assert.equal(r.json.message, 'Another publish is running; try again in a moment.');
      assert.equal(r.headers.get('retry-after'), '5');
      assert.ok(Date.now() - t0 >= 300, 'it waited lockWaitMs first');
    } finally {
      await lock.release();
    }
    const again = await call(srv.url, '/api/publish', { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body: JSON.stringify({ source }) });
    assert.equal(again.status, 201);
    assert.deepEqual((await readdir(data.dir)).filter((n) => n.startsWith('.')), []);
  });
});

describe('failure budgets', () => {
  it('a flood of new keys (random token ids) does not reset an exhausted address', async () => {
    const { RateLimiter } = await import('../../../src/node/server/limits.js');
    const failures = new RateLimiter(20, 10 * 60_000);
    for (let i = 0; i < 20; i++) failures.take('address:203.0.113.7');
    assert.ok(failures.exhausted('address:203.0.113.7'));
    for (let i = 0; i < 25_000; i++) failures.take(`token:${i.toString(16).padStart(8, '0')}`);
    assert.ok(failures.exhausted('address:203.0.113.7'), 'still limited (before: the table was cleared at 10 000 keys)');
  });
});
