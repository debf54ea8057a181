import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../../src/node/server/server.js';
import { call, dataDir } from './helpers.js';

const ORIGIN = 'https://app.musterstadt.example';
const EMBED = 'https://irgendwo.example';

const report = (extra: Record<string, unknown> = {}) => ({ entryId: 'buergerbuero', revision: 1, lang: 'ar', message: 'Die Telefonnummer stimmt nicht.', ...extra });
const post = (base: string, body: unknown, headers: Record<string, string> = {}) => call(base, '/api/feedback', { method: 'POST', body: JSON.stringify(body), headers });
const lines = async (dir: string) => (await readFile(join(dir, 'feedback.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

let srv: RunningServer;
let data: { dir: string; anna: string; ben: string };

before(async () => {
  data = await dataDir();
  srv = await startServer({ content: data.dir, port: 0, origins: [ORIGIN, '*'], feedbackPerHour: 1000 });
});
after(async () => {
  await srv.close();
  await rm(data.dir, { recursive: true, force: true });
});

describe('publish server: readers report mistakes', () => {
  it('takes a report without a token, answers 201 with its id, and stores it as one line', async () => {
    const r = await post(srv.url, report({ contact: 'fatima@example.org', kind: 'entry' }));
    assert.equal(r.status, 201);
    assert.match(String(r.json.id), /^[0-9a-f]{16}$/);
    const stored = (await lines(data.dir)).find((l) => l.id === r.json.id)!;
    assert.deepEqual(Object.keys(stored).sort(), ['contact', 'entryId', 'id', 'kind', 'lang', 'message', 'receivedAt', 'revision']);
    assert.equal(stored.message, 'Die Telefonnummer stimmt nicht.');
    assert.equal(stored.kind, 'entry');
    assert.ok(!JSON.stringify(stored).includes('127.0.0.1'), 'no client address is stored');
  });

  it('strips control characters and keeps line breaks in the message', async () => {
    const r = await post(srv.url, report({ message: 'Zeile 1\nZeile\u0000 2\u001b[31m\u0085', contact: 'a\nb\u0007c' }));
    assert.equal(r.status, 201);
    const stored = (await lines(data.dir)).find((l) => l.id === r.json.id)!;
    assert.equal(stored.message, 'Zeile 1\nZeile 2[31m');
    assert.equal(stored.contact, 'abc');
  });

  it('names the wrong field in a 400 bad-feedback', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ message: '' }, 'message'],
      [{ message: '   \u0000 ' }, 'message'],
      [{ message: 'x'.repeat(2001) }, 'message'],
      [{ message: 42 }, 'message'],
      [{ entryId: undefined }, 'entryId'],
      [{ revision: 'eins' }, 'revision'],
      [{ revision: -1 }, 'revision'],
      [{ lang: 'Arabisch' }, 'lang'],
      [{ contact: 'x'.repeat(201) }, 'contact'],
      [{ kind: 'guide' }, 'kind'],
      [{ clientId: 'x'.repeat(65) }, 'clientId'],
    ];
    for (const [change, field] of cases) {
      const r = await post(srv.url, report(change));
      assert.equal(r.status, 400, JSON.stringify(change));
      assert.equal(r.json.error, 'bad-feedback');
      assert.deepEqual(r.json.params, { field });
      assert.match(String(r.json.message), new RegExp(`"${field}"`));
    }
    assert.equal((await post(srv.url, report({ message: 'x'.repeat(2000) }))).status, 201, '2000 characters are allowed');
  });

  it('answers 413 for a body over 8 kB, though the publish limit is larger', async () => {
    const r = await post(srv.url, report({ message: 'x'.repeat(9000) }));
    assert.equal(r.status, 413);
    assert.equal(r.json.error, 'too-large');
    assert.deepEqual(r.json.params, { limit: 8192 });
  });

  it('answers 404 unknown-entry for an id that is not published, also per kind', async () => {
    const r = await post(srv.url, report({ entryId: 'gibt-es-nicht' }));
    assert.equal(r.status, 404);
    assert.equal(r.json.error, 'unknown-entry');
    assert.equal((r.json.params as Record<string, unknown>).entryId, 'gibt-es-nicht');
    assert.equal((await post(srv.url, report({ kind: 'page' }))).status, 404, 'buergerbuero is an entry, not a page');
  });

  it('stores a report with a repeated clientId once and answers 200 with the same id', async () => {
    const first = await post(srv.url, report({ clientId: 'c-7f3a9', message: 'Öffnungszeiten falsch' }));
    assert.equal(first.status, 201);
    const again = await post(srv.url, report({ clientId: 'c-7f3a9', message: 'Öffnungszeiten falsch' }));
    assert.equal(again.status, 200);
    assert.equal(again.json.id, first.json.id);
    const stored = (await lines(data.dir)).filter((l) => l.message === 'Öffnungszeiten falsch');
    assert.equal(stored.length, 1);
    assert.ok(!JSON.stringify(stored).includes('c-7f3a9'), 'the client id itself is not stored');
  });

  it('answers CORS for the origins that may read the pack, but keeps the token routes to the API origins', async () => {
    const pre = await fetch(`${srv.url}/api/feedback`, { method: 'OPTIONS', headers: { Origin: EMBED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
    const r = await post(srv.url, report(), { Origin: EMBED });
    assert.equal(r.status, 201);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    assert.match(r.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const list = await fetch(`${srv.url}/api/feedback`, { method: 'OPTIONS', headers: { Origin: EMBED, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    assert.equal(list.status, 403);
    const editor = await fetch(`${srv.url}/api/feedback`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    assert.equal(editor.status, 204);
    assert.equal(editor.headers.get('access-control-allow-origin'), ORIGIN);
  });
});

describe('publish server: editors read and close reports', () => {
  it('needs a token to list them', async () => {
    const r = await call(srv.url, '/api/feedback');
    assert.equal(r.status, 401);
    assert.equal(r.json.error, 'unauthorized');
    assert.equal((await call(srv.url, '/api/feedback', { token: 'hello' })).status, 401);
  });

  it('lists them newest first, filtered by entry and by open', async () => {
    const a = await post(srv.url, report({ entryId: 'migrationsberatung', message: 'erste' }));
    const b = await post(srv.url, report({ entryId: 'migrationsberatung', message: 'zweite', lang: 'fa' }));
    const r = await call(srv.url, '/api/feedback?entry=migrationsberatung', { token: data.anna });
    assert.equal(r.status, 200);
    const items = r.json.items as Record<string, unknown>[];
    assert.deepEqual(items.map((i) => i.id), [b.json.id, a.json.id]);
    assert.deepEqual(items[0], { ...items[0], entryId: 'migrationsberatung', kind: 'entry', revision: 1, lang: 'fa', message: 'zweite', done: false });
    const all = (await call(srv.url, '/api/feedback', { token: data.anna })).json.items as Record<string, unknown>[];
    assert.ok(all.length > items.length);
    assert.ok(all.some((i) => i.entryId === 'buergerbuero'));
  });

  it('marks one done (appending, never rewriting), keeps that across a restart, and 404s an unknown id', async () => {
    const { json } = await post(srv.url, report({ entryId: 'auslaenderbehoerde', message: 'Adresse veraltet' }));
    const id = String(json.id);
    const before = await readFile(join(data.dir, 'feedback.jsonl'), 'utf8');
    const done = await call(srv.url, `/api/feedback/${id}/done`, { method: 'POST', token: data.ben });
    assert.equal(done.status, 200);
    assert.deepEqual(done.json, { id, done: true });
    const after = await readFile(join(data.dir, 'feedback.jsonl'), 'utf8');
    assert.ok(after.startsWith(before), 'the file is only appended to');
    const last = JSON.parse(after.trim().split('\n').at(-1)!) as Record<string, unknown>;
    assert.deepEqual(Object.keys(last).sort(), ['at', 'by', 'done', 'id']);
    assert.equal(last.by, 'ben');
    assert.equal((await call(srv.url, `/api/feedback/${id}/done`, { method: 'POST', token: data.ben })).status, 200);
    assert.equal(await readFile(join(data.dir, 'feedback.jsonl'), 'utf8'), after, 'marking it again writes nothing');

    assert.equal((await call(srv.url, `/api/feedback/0123456789abcdef/done`, { method: 'POST', token: data.ben })).status, 404);
    assert.equal((await call(srv.url, `/api/feedback/${id}/done`, { method: 'POST' })).status, 401);

    await srv.close();
    srv = await startServer({ content: data.dir, port: 0, origins: [ORIGIN, '*'], feedbackPerHour: 1000 });
    const items = (await call(srv.url, '/api/feedback?entry=auslaenderbehoerde', { token: data.anna })).json.items as Record<string, unknown>[];
    assert.equal(items.length, 1);
    assert.equal(items[0]!.done, true);
    assert.equal(items[0]!.doneBy, 'ben');
    assert.match(String(items[0]!.doneAt), /^\d{4}-\d\d-\d\dT/);
    const open = (await call(srv.url, '/api/feedback?open=1', { token: data.anna })).json.items as Record<string, unknown>[];
    assert.ok(open.length > 0 && open.every((i) => i.done === false));
    assert.ok(!open.some((i) => i.id === id));
    assert.equal((await post(srv.url, report({ clientId: 'c-7f3a9', message: 'Öffnungszeiten falsch' }))).status, 200, 'a repeated clientId is known after a restart');
  });
});

describe('publish server: report limits', () => {
  it('limits reports per client address with 429 and Retry-After', async () => {
    const d = await dataDir();
    const s = await startServer({ content: d.dir, port: 0, feedbackPerHour: 3 });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await post(s.url, report({ message: `Nr. ${i}` }))).status, 201);
      const r = await post(s.url, report());
      assert.equal(r.status, 429);
      assert.equal(r.json.error, 'rate-limited');
      assert.ok(Number(r.headers.get('retry-after')) > 0);
      assert.equal((await call(s.url, '/api/feedback', { token: d.anna })).status, 200, 'editors are not limited by readers’ reports');
    } finally {
      await s.close();
      await rm(d.dir, { recursive: true, force: true });
    }
  });

  it('refuses new reports with 507 feedback-full when too many are open, and takes them again once some are done', async () => {
    const d = await dataDir();
    const s = await startServer({ content: d.dir, port: 0, feedbackMaxOpen: 2 });
    try {
      const first = await post(s.url, report({ message: 'eins' }));
      assert.equal((await post(s.url, report({ message: 'zwei' }))).status, 201);
      const full = await post(s.url, report({ message: 'drei' }));
      assert.equal(full.status, 507);
      assert.equal(full.json.error, 'feedback-full');
      assert.equal((await call(s.url, `/api/feedback/${String(first.json.id)}/done`, { method: 'POST', token: d.anna })).status, 200);
      assert.equal((await post(s.url, report({ message: 'drei' }))).status, 201);
    } finally {
      await s.close();
      await rm(d.dir, { recursive: true, force: true });
    }
  });
});

describe('feedback store: after a crash', () => {
  it('skips a torn last line at start-up and appends the next report on a line of its own', async () => {
    const d = await dataDir();
    try {
      const whole = JSON.stringify({ id: '00000000000000aa', receivedAt: '2026-12-01T10:00:00.000Z', entryId: 'buergerbuero', kind: 'entry', revision: 1, lang: 'de', message: 'ganz' });
      await writeFile(join(d.dir, 'feedback.jsonl'), `${whole}\n{"id":"00000000000000bb","receivedAt":"2026-12-01T10:01`);
      const s = await startServer({ content: d.dir, port: 0 });
      try {
        const before = (await call(s.url, '/api/feedback', { token: d.anna })).json.items as Record<string, unknown>[];
        assert.deepEqual(before.map((i) => i.id), ['00000000000000aa']);
        const r = await post(s.url, report({ message: 'nach dem Absturz' }));
        assert.equal(r.status, 201);
        const parsed = (await readFile(join(d.dir, 'feedback.jsonl'), 'utf8')).split('\n').filter(Boolean);
        assert.equal(JSON.parse(parsed.at(-1)!).message, 'nach dem Absturz');
        const after = (await call(s.url, '/api/feedback', { token: d.anna })).json.items as Record<string, unknown>[];
        assert.deepEqual(after.map((i) => i.message), ['nach dem Absturz', 'ganz']);
      } finally {
        await s.close();
      }
    } finally {
      await rm(d.dir, { recursive: true, force: true });
    }
  });
});
