import { expect } from '@open-wc/testing';
import type { StoredFile } from '../../../src/reader/store/index.js';
import { publish, type SiteConfig } from '../../support/packs.js';
import { cleanup, count, expectActive, setup, type Setup } from './helpers.js';

/** Revision 1 is active and complete; the server now publishes revision 2 with a fault. */
async function activeThenFault(fault: Partial<SiteConfig>): Promise<Setup> {
  const s = await setup({ revision: 1 });
  expect((await s.service.sync({ languages: ['en'] })).status).to.equal('updated');
  await publish(s.id, { revision: 2, ...fault });
  return s;
}

/** After the fault is fixed, the next sync succeeds. */
async function expectRecovery(s: Setup, revision = 2): Promise<void> {
  await publish(s.id, { revision });
  const result = await s.fresh().sync({ languages: ['en'] });
  expect(result.status, result.error?.detail).to.equal('updated');
  expect(result.revision).to.equal(revision);
  await expectActive(s, revision);
}

const textEn = /text\/en\.[0-9a-f]{16}\.json \(http:\/\/[^)]+\/test-packs\/[^)]+\/text\/en\.[0-9a-f]{16}\.json\)/;

describe('SyncService under faults: the active content survives and the error is clear', () => {
  afterEach(cleanup);

  it('connection dropped mid-file (every attempt): network error after the retries', async () => {
    const s = await activeThenFault({ faults: [{ path: 'text/en', kind: 'drop' }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result).to.deep.include({ status: 'failed', revision: 1 });
    expect(result.error?.code).to.equal('network');
    expect(result.error?.detail).to.match(textEn);
    expect(result.error?.detail).to.contain('Gave up after 2 attempts');
    expect(count(await s.log(), 'text/en')).to.equal(1 + 2);
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('connection dropped once: the retry completes the sync', async () => {
    const s = await activeThenFault({ faults: [{ path: 'text/en', kind: 'drop', times: 1 }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.status, result.error?.detail).to.equal('updated');
    await expectActive(s, 2);
  });

  it('wrong hash: integrity error naming the file and both hashes, no retry', async () => {
    const s = await activeThenFault({ faults: [{ path: 'text/en', kind: 'wrong-hash' }] });
    const m2 = await publish(s.id, { revision: 2, faults: [{ path: 'text/en', kind: 'wrong-hash' }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('integrity');
    expect(result.error?.detail).to.match(textEn);
    expect(result.error?.detail).to.contain(`expected ${m2.languages.find((l) => l.code === 'en')!.sha256}, got `);
    expect(count(await s.log(), 'text/en')).to.equal(2); // revision 1's and one attempt at revision 2's
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('wrong size: integrity error with expected and actual size', async () => {
    const s = await activeThenFault({ faults: [{ path: 'base', kind: 'wrong-size' }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('integrity');
    expect(result.error?.detail).to.match(/Size check failed for base\.[0-9a-f]{16}\.json \(http.*\): expected (\d+) bytes, got (\d+)\./);
    const [, expected, actual] = /expected (\d+) bytes, got (\d+)/.exec(result.error!.detail)!;
    expect(Number(actual) - Number(expected)).to.equal(10);
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('HTTP 500: retried, then an http error with the status', async () => {
    const s = await activeThenFault({ faults: [{ path: 'base', kind: 'status', status: 500 }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('http');
    expect(result.error?.detail).to.match(/^HTTP 500 for base\.[0-9a-f]{16}\.json \(http/);
    expect(count(await s.log(), 'base')).to.equal(1 + 2);
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('HTTP 500 once: the retry completes the sync', async () => {
    const s = await activeThenFault({ faults: [{ path: 'manifest.json', kind: 'status', status: 503, times: 1 }] });
    expect((await s.service.sync({ languages: ['en'] })).status).to.equal('updated');
    await expectActive(s, 2);
  });

  it('HTTP 404: an http error at once, no retry', async () => {
    const s = await activeThenFault({ faults: [{ path: 'text/en', kind: 'status', status: 404 }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('http');
    expect(result.error?.detail).to.match(/^HTTP 404 for text\/en\./);
    expect(count(await s.log(), 'text/en')).to.equal(2);
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('HTTP 500 on the manifest: http error naming manifest.json', async () => {
    const s = await activeThenFault({ faults: [{ path: 'manifest.json', kind: 'status', status: 500 }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('http');
    expect(result.error?.detail).to.match(/^HTTP 500 for manifest\.json \(http.*manifest\.json\)/);
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('malformed JSON in a text file (hash matches): malformed error naming the file', async () => {
    const s = await activeThenFault({ malformed: ['text/en'] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('malformed');
    expect(result.error?.detail).to.match(textEn);
    expect(result.error?.detail).to.contain('is not valid JSON');
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('malformed manifest: malformed error naming manifest.json', async () => {
    const s = await activeThenFault({ faults: [{ path: 'manifest.json', kind: 'malformed' }] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('malformed');
    expect(result.error?.detail).to.match(/^manifest\.json \(http.*\) is not valid JSON/);
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('a manifest of an older revision (stale CDN): refused unless forced', async () => {
    const s = await setup({ revision: 3 });
    await s.service.sync({ languages: ['en'] });
    await publish(s.id, { revision: 2 });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result).to.deep.include({ status: 'failed', revision: 3 });
    expect(result.error?.code).to.equal('stale-revision');
    expect(result.error?.detail).to.contain('has revision 2, older than the active revision 3');
    expect(result.error?.detail).to.contain(s.url);
    expect(count(await s.log(), 'base')).to.equal(1);
    await expectActive(s, 3);
    const forced = await s.service.sync({ languages: ['en'], force: true });
    expect(forced).to.deep.include({ status: 'updated', revision: 2 });
    await expectActive(s, 2);
    await expectRecovery(s, 4);
  });

  it('storage full while storing a file: storage-full, active content kept', async () => {
    const s = await activeThenFault({});
    const put = s.store.files.put;
    let calls = 0;
    s.store.files.put = async (f: StoredFile) => {
      if (calls++ === 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put(f);
    };
    const result = await s.service.sync({ languages: ['en'] });
    s.store.files.put = put;
    expect(result.error?.code).to.equal('storage-full');
    expect(result.error?.detail).to.match(/Storage is full while storing (base|text\/(de|en))\.[0-9a-f]{16}\.json \(http/);
    expect(result.error?.detail).to.contain('The active content is kept.');
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('storage full when the activation transaction aborts: storage-full, active content kept', async () => {
    const s = await activeThenFault({});
    const activate = s.store.pointer.activate;
    s.store.pointer.activate = async () => {
      const abort = new DOMException('The transaction was aborted.', 'AbortError');
      Object.defineProperty(abort, 'cause', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
      throw abort;
    };
    const result = await s.service.sync({ languages: ['en'] });
    s.store.pointer.activate = activate;
    expect(result.error?.code).to.equal('storage-full');
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('going offline mid-download stops the sync cleanly with a network error', async () => {
    const s = await activeThenFault({ faults: [{ path: 'base', kind: 'delay', delayMs: 3000 }] });
    const started = performance.now();
    const pending = s.service.sync({ languages: ['en'] });
    await new Promise((r) => setTimeout(r, 200));
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    let result;
    try {
      result = await pending;
      expect(result.error?.code).to.equal('network');
      expect(result.error?.detail).to.contain('went offline');
      expect(performance.now() - started).to.be.lessThan(2000);
      const offline = await s.service.sync({ languages: ['en'] });
      expect(offline.error?.code).to.equal('network');
      expect(offline.error?.detail).to.contain('offline');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('a cancelled sync fails with a network error and keeps the active content', async () => {
    const s = await activeThenFault({ faults: [{ path: 'text', kind: 'delay', delayMs: 3000 }] });
    const controller = new AbortController();
    const pending = s.service.sync({ languages: ['en'], signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const result = await pending;
    expect(result.error?.code).to.equal('network');
    expect(result.error?.detail).to.contain('cancelled');
    await expectActive(s, 1);
  });

  for (const [what, tamper, where] of [
    ['a description [null]', { file: 'text/en', path: ['entries', 'e1', 'description'], value: [null] }, 'entries.e1.description[0] has the wrong shape'],
    ['a paragraph whose content is a string', { file: 'text/en', path: ['entries', 'e1', 'description'], value: [{ t: 'p', c: 'string' }] }, 'entries.e1.description[0].c has the wrong shape'],
    ['a name given as an object', { file: 'text/en', path: ['entries', 'e2', 'name'], value: { de: 'x' } }, 'entries.e2.name has the wrong shape'],
    ['a link without href', { file: 'text/en', path: ['guides', 'arrival', 'intro'], value: [{ t: 'p', c: [{ t: 'a', c: ['x'] }] }] }, 'guides.arrival.intro[0].c[0].href has the wrong shape'],
    ['phones that are not a list', { file: 'base', path: ['entries', 0, 'phones'], value: { number: '1' } }, 'entries[0].phones has the wrong shape'],
    ['a phone number that is a number', { file: 'base', path: ['entries', 1, 'phones', 0, 'number'], value: 49 }, 'entries[1].phones[0].number has the wrong shape'],
  ] as const) {
    it(`wrong shape at sync (${what}): malformed, naming the place; the revision is refused, the good content kept`, async () => {
      const s = await activeThenFault({ tamper: [tamper] });
      const result = await s.service.sync({ languages: ['en'] });
      expect(result).to.deep.include({ status: 'failed', revision: 1 });
      expect(result.error?.code).to.equal('malformed');
      expect(result.error?.detail).to.contain(`is not a Kompass ${tamper.file === 'base' ? 'base' : 'text'} file: ${where}.`);
      await expectActive(s, 1);
      await expectRecovery(s);
    });
  }

  it('a manifest declaring a 50 MB file: refused before anything is downloaded', async () => {
    const s = await activeThenFault({ tamper: [{ file: 'manifest', path: ['languages', 1, 'bytes'], value: 50 * 1024 * 1024 }] });
    const before = (await s.log()).length;
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.error?.code).to.equal('malformed');
    expect(result.error?.detail).to.match(/declares text\/en\.[0-9a-f]{16}\.json with 52428800 bytes, more than the limit of 20971520; refused before downloading/);
    expect((await s.log()).slice(before).map((e) => e.path)).to.deep.equal(['manifest.json']);
    await expectActive(s, 1);
    await expectRecovery(s);
  });

  it('a different pack under the active revision number: refused like a stale copy, unless forced', async () => {
    const s = await setup({ revision: 2 });
    expect((await s.service.sync({ languages: ['en'] })).status).to.equal('updated');
    await publish(s.id, { revision: 2, entries: 7 }); // other files, same number
    const result = await s.service.sync({ languages: ['en'] });
    expect(result).to.deep.include({ status: 'failed', revision: 2 });
    expect(result.error?.code).to.equal('stale-revision');
    expect(result.error?.detail).to.contain('has revision 2, the active revision, but other files');
    expect((await s.fresh().loadActive(['en']))!.entries('en')).to.have.length(6);
    const forced = await s.service.sync({ languages: ['en'], force: true });
    expect(forced).to.deep.include({ status: 'updated', revision: 2 });
    expect((await s.fresh().loadActive(['en']))!.entries('en')).to.have.length(7);
  });

  it('the same pack again under its revision (a new ETag only): unchanged, not refused', async () => {
    const s = await setup({ revision: 2 });
    await s.service.sync({ languages: ['en'] });
    await publish(s.id, { revision: 2, etag: false });
    expect((await s.service.sync({ languages: ['en'] })).status).to.equal('unchanged');
  });
});
