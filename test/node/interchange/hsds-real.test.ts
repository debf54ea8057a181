/**
 * The HSDS import against the Open Referral HSDS 3.0 examples (../shared/fixtures/hsds-3.0):
 * the API's JSON given as a file, languages kept, schedules that ended long ago not
 * published as current hours.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exportHsds, importHsds } from '../../../src/node/interchange/hsds.js';
import { loadSource } from '../../../src/node/source/source.js';
import { fixture, sharedFixture } from '../support.js';

const dirs: string[] = [];
async function town(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kompass-hsds-'));
  dirs.push(dir);
  await cp(fixture('source-small'), dir, { recursive: true });
  return dir;
}
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('HSDS 3.0 examples', () => {
  it('reads service_full.json given directly (the API\'s JSON, not a ZIP)', async () => {
    const dir = await town();
    const r = await importHsds(sharedFixture('hsds-3.0/service_full.json'), dir, { category: 'beratung', date: '2026-12-01' });
    assert.deepEqual(r.fileErrors, []);
    assert.deepEqual(r.rejected, []);
    assert.equal(r.services, 1);
    assert.equal(r.added.length, 1);
    const { content } = await loadSource(dir);
    const e = content.entries.find((x) => `entry:${x.id}` === r.added[0])!;
    assert.ok(e.languages?.includes('ur'), `the service's own language (Urdu) is kept, although its phone names the same language: ${JSON.stringify(e.languages)}`);
  });

  it('does not publish a schedule that ended in 2005 as today\'s opening hours, and says so', async () => {
    const dir = await town();
    const r = await importHsds(sharedFixture('hsds-3.0/service_full.json'), dir, { category: 'beratung', date: '2026-12-01' });
    const { content } = await loadSource(dir);
    const e = content.entries.find((x) => `entry:${x.id}` === r.added[0])!;
    assert.equal(e.openingHours, undefined);
    assert.ok(r.notes.some((n) => /ended before 2026-12-01 \(valid_to 2005-01-01\)/.test(n)), r.notes.join('\n'));
    assert.ok(JSON.stringify(e.extra?.hsds).includes('2005-01-01'), 'the schedule is kept in extra.hsds');
  });

  it('writes required documents and current costs into the description (headings in the data\'s language)', async () => {
    const dir = await town();
    const r = await importHsds(sharedFixture('hsds-3.0/csv'), dir, { category: 'beratung', date: '2026-12-01' });
    assert.deepEqual(r.rejected, [], JSON.stringify(r.rejected));
    const { content } = await loadSource(dir);
    const e = content.entries.find((x) => `entry:${x.id}` === (r.added[0] ?? r.changed[0]))!;
    const text = String(e.description?.de);
    assert.match(text, /\*\*Bitte mitbringen:\*\*\n\n- Any official identification document/);
    assert.match(text, /\*\*Kosten:\*\* Non-NHS patients are expected to pay/);
    assert.doesNotMatch(text, /Under 18s and Over 60s/, 'a cost option that ended in 2022 is not shown');
  });

  it('reads the CSV tables of the examples', async () => {
    const dir = await town();
    const r = await importHsds(sharedFixture('hsds-3.0/csv'), dir, { category: 'beratung', date: '2026-12-01' });
    assert.deepEqual(r.fileErrors, []);
    assert.equal(r.services, 1);
    assert.deepEqual(r.rejected, []);
  });
});

describe('HSDS round trip into a fresh folder', () => {
  const inputs = ['hsds-3.0/service_full.json', 'hsds-3.0/csv'];
  for (const input of inputs) {
    it(`exports what ${input} brought in and imports it into a fresh folder with nothing lost, extra.hsds included`, async () => {
      const first = await town();
      const r = await importHsds(sharedFixture(input), first, { category: 'beratung', date: '2026-12-01' });
      assert.deepEqual(r.rejected, []);
      const { content } = await loadSource(first);
      const out = join(await town(), 'export');
      await exportHsds(content, out);
      const second = await town();
      const again = await importHsds(out, second, { category: 'beratung', date: '2026-12-01' });
      assert.deepEqual(again.rejected, []);
      const imported = (c: typeof content) => c.entries.filter((e) => e.extra?.hsds).map((e) => JSON.parse(JSON.stringify(e)) as unknown);
      const want = imported(content);
      assert.equal(want.length, 1);
      assert.deepEqual(imported((await loadSource(second)).content), want);
    });
  }
});
