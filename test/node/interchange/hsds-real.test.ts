/**
 * The HSDS import against the Open Referral HSDS 3.0 examples (../shared/fixtures/hsds-3.0):
 * the API's JSON given as a file, languages kept, schedules that ended long ago not
 * published as current hours.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exportHsds, importHsds } from '../../../src/node/interchange/hsds.js';
import { loadSource } from '../../../src/node/source/source.js';
import { importEntriesCsvFile } from '../../../src/node/interchange/csv-file.js';
import { parseCsv, stringifyCsv } from '../../../src/authoring/import/csv.js';
import { textOf } from '../../../src/authoring/translation.js';
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
      // The example's address is not a German one: the way there stays with the location, and goes back out.
      assert.equal(content.entries.find((e) => e.extra?.hsds)!.address, undefined);
      assert.deepEqual(transportationOf(await readFile(join(out, 'location.csv'), 'utf8')), [TRANSPORTATION]);
    });
  }

  it('brings location.transportation into the address\'s "getting there" and back out (the example at a German address)', async () => {
    const example = JSON.parse(await readFile(sharedFixture('hsds-3.0/service_full.json'), 'utf8')) as { service_at_locations: { location: Record<string, unknown> & { addresses: Record<string, string>[] } }[] };
    const location = example.service_at_locations[0]!.location;
    assert.equal(location.transportation, TRANSPORTATION, 'the example says how to get there');
    Object.assign(location, { latitude: 50.9375, longitude: 6.9603 });
    Object.assign(location.addresses[0]!, { address_1: 'Rathausplatz 1', postal_code: '50667', city: 'Köln', address_type: 'physical' });
    const input = join(await town(), 'service_full.json');
    await writeFile(input, JSON.stringify(example), 'utf8');
    const first = await town();
    const r = await importHsds(input, first, { category: 'beratung', date: '2026-12-01' });
    assert.deepEqual(r.rejected, []);
    assert.ok(r.notes.some((n) => /getting there \(transportation\): 1;/.test(n)), r.notes.join('\n'));
    const { content } = await loadSource(first);
    const entry = content.entries.find((e) => `entry:${e.id}` === r.added[0])!;
    assert.equal(entry.address!.street, 'Rathausplatz 1');
    assert.equal(textOf(entry.address!.gettingThere?.de), TRANSPORTATION);
    assert.equal((entry.extra!.hsds as { location?: Record<string, string> }).location?.transportation, undefined, 'not kept twice');
    const out = join(await town(), 'export');
    await exportHsds(content, out);
    assert.deepEqual(transportationOf(await readFile(join(out, 'location.csv'), 'utf8')), [TRANSPORTATION]);
    const second = await town();
    await importHsds(out, second, { category: 'beratung', date: '2026-12-01' });
    const back = (await loadSource(second)).content.entries.find((e) => e.id === entry.id)!;
    assert.deepEqual(back.address, entry.address);
  });
});

const TRANSPORTATION = 'MyCity Civic Center is serviced by the number 1 Bus and is a short walk from the Main Street Metro Station';
/** The transportation column of an exported location.csv. */
function transportationOf(csv: string): string[] {
  const { header, records } = parseCsv(csv);
  const col = header.indexOf('transportation');
  return records.map((r) => r.cells[col] ?? '').filter(Boolean);
}

describe('an English HSDS directory imported into a German town', () => {
  it('keeps the English texts in English and hands new services over as a spreadsheet to translate, facts included', async () => {
    const dir = await town();
    const r = await importHsds(sharedFixture('hsds-3.0/csv'), dir, { lang: 'en', uiLang: 'de', category: 'beratung', date: '2026-12-01' });
    assert.deepEqual(r.rejected, []);
    assert.deepEqual(r.written, [], 'nothing unpublishable is written into the source');
    assert.ok(r.pending, 'the new service waits for a German text');
    assert.deepEqual(r.pending.ids, ['community-counselling']);
    const note = r.notes.find((n) => n.includes(r.pending!.file))!;
    assert.match(note, /noch keinen Text auf Deutsch/);
    assert.match(note, /kompass import csv/);
    const csv = await readFile(r.pending.file, 'utf8');
    assert.match(csv, /Community Counselling/);
    assert.match(csv, /Counselling Services provided by trained professionals/);

    // The clerk fills in the German name and summary in Excel and imports the sheet.
    const rows = parseCsv(csv);
    const col = (h: string) => rows.header.indexOf(h);
    const cells = [...rows.records[0]!.cells];
    cells[col('name@de')] = 'Beratung für die Gemeinschaft';
    cells[col('summary@de')] = 'Beratung durch ausgebildete Fachleute.';
    const filled = join(dir, 'ausgefuellt.csv');
    await writeFile(filled, stringifyCsv(rows.header, [cells]), 'utf8');
    const back = await importEntriesCsvFile(filled, dir, {});
    assert.deepEqual(back.rejected, [], JSON.stringify(back.rejected));
    const { content } = await loadSource(dir);
    const e = content.entries.find((x) => x.id === 'community-counselling')!;
    assert.equal(textOf(e.name.de), 'Beratung für die Gemeinschaft');
    assert.equal(textOf(e.name.en), 'Community Counselling');
    assert.equal(e.name.de === e.name.en, false);
    assert.ok(e.languages?.includes('ur'), 'facts of an entry only this directory has are imported, whatever its language');
  });

  it('adds English texts to entries the German data brought in, without touching their facts', async () => {
    const dir = await town();
    await importHsds(sharedFixture('hsds-3.0/csv'), dir, { category: 'beratung', date: '2026-12-01' });
    const before = (await loadSource(dir)).content.entries.find((x) => x.extra?.hsds)!;
    const r = await importHsds(sharedFixture('hsds-3.0/csv'), dir, { lang: 'en', category: 'beratung', date: '2026-12-01' });
    assert.equal(r.pending, undefined);
    const after = (await loadSource(dir)).content.entries.find((x) => x.id === before.id)!;
    assert.equal(textOf(after.name.en), 'Community Counselling');
    assert.deepEqual({ ...after, name: undefined, summary: undefined, description: undefined }, { ...before, name: undefined, summary: undefined, description: undefined });
  });

  it('importing the same data twice changes nothing', async () => {
    const dir = await town();
    await importHsds(sharedFixture('hsds-3.0/service_full.json'), dir, { category: 'beratung', date: '2026-12-01' });
    const again = await importHsds(sharedFixture('hsds-3.0/service_full.json'), dir, { category: 'beratung', date: '2026-12-01' });
    assert.deepEqual([again.added, again.changed, again.written], [[], [], []]);
  });
});
