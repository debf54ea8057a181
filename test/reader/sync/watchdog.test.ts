import { expect } from '@open-wc/testing';
import type { SyncTimeouts } from '../../../src/reader/sync/sync-service.js';
import { publish, type Fault } from '../../support/packs.js';
import { cleanup, count, expectActive, setup, type Setup } from './helpers.js';

/** Revision 1 is active; revision 2 is published with `faults`; the service gives up after 400 ms without data. */
async function activeThenStall(faults: Fault[], timeouts: Partial<SyncTimeouts> = { idleMs: 400 }): Promise<Setup> {
  const s = await setup({ revision: 1 }, { timeouts });
  expect((await s.service.sync({ languages: ['en'] })).status).to.equal('updated');
  await publish(s.id, { revision: 2, faults });
  return s;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

describe('SyncService watchdog: a stalled download ends as a network error, and the next check runs', () => {
  afterEach(cleanup);

  it('headers and half a body, then nothing (socket open for 30 s): network error after the idle timeout', async () => {
    const s = await activeThenStall([{ path: 'text/en', kind: 'stall', delayMs: 30_000, times: 1 }]);
    const [result, ms] = await timed(() => s.service.sync({ languages: ['en'] }));
    expect(result).to.deep.include({ status: 'failed', revision: 1 });
    expect(result.error?.code).to.equal('network');
    expect(result.error?.detail).to.match(/^text\/en\.[0-9a-f]{16}\.json \(http.*\) sent no data for 0\.4 s; the download was stopped\.$/);
    expect(ms).to.be.within(350, 2500);
    expect(count(await s.log(), 'text/en')).to.equal(2); // revision 1's and one attempt: a stall is not retried at once
    await expectActive(s, 1);
    // The lock is free: a second check runs now (and the server answers this time).
    const [second, ms2] = await timed(() => s.service.sync({ languages: ['en'] }));
    expect(second.status, second.error?.detail).to.equal('updated');
    expect(ms2).to.be.lessThan(2000);
    await expectActive(s, 2);
  });

  it('a stalled manifest: network error naming manifest.json, the active content kept', async () => {
    const s = await activeThenStall([{ path: 'manifest.json', kind: 'stall', delayMs: 30_000, times: 1 }]);
    const [result, ms] = await timed(() => s.service.sync({ languages: ['en'] }));
    expect(result.error?.code).to.equal('network');
    expect(result.error?.detail).to.match(/^manifest\.json \(http.*\) sent no data for 0\.4 s/);
    expect(ms).to.be.lessThan(2500);
    await expectActive(s, 1);
    expect((await s.service.sync({ languages: ['en'] })).status).to.equal('updated');
  });

  it('no headers at all within the idle timeout: network error, not pending', async () => {
    const s = await activeThenStall([{ path: 'base', kind: 'delay', delayMs: 5000, times: 1 }]);
    const [result, ms] = await timed(() => s.service.sync({ languages: ['en'] }));
    expect(result.error?.code).to.equal('network');
    expect(result.error?.detail).to.match(/^base\.[0-9a-f]{16}\.json \(http.*\) sent no data for 0\.4 s/);
    expect(ms).to.be.lessThan(2500);
    await expectActive(s, 1);
  });

  it('the total limit, scaled by the declared size, stops a download that never finishes', async () => {
    const s = await activeThenStall([{ path: 'text/en', kind: 'stall', delayMs: 30_000, times: 1 }], { idleMs: 60_000, baseMs: 300, bytesPerSecond: 1e9 });
    const [result, ms] = await timed(() => s.service.sync({ languages: ['en'] }));
    expect(result.error?.code).to.equal('network');
    expect(result.error?.detail).to.match(/^text\/en\..* took longer than 0\.3 s; the download was stopped\.$/);
    expect(ms).to.be.lessThan(2500);
    await expectActive(s, 1);
  });
});
