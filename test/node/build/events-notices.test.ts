/**
 * Events and notices from a source folder to the pack: validation with located problems,
 * occurrences compiled for the window, texts per language, past items not shipped.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { schemaIssues } from '../../../src/authoring/schema.js';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { fixture } from '../support.js';

const DATE = '2026-12-01';
let dir: string;

const SPRACHCAFE = `id: sprachcafe
title:
  de: Sprachcafé
  ar: مقهى اللغة
description:
  de: Deutsch üben bei Kaffee und Kuchen. **Ohne Anmeldung.**
place: migrationsberatung
organizer: migrationsberatung
languages: [de, ar, uk]
cost:
  de: kostenlos
  en: free
time:
  repeat: { every: week, on: [Tu] }
  from: 2026-09-01
  until: 2027-06-29
  start: "15:00"
  end: "17:00"
  except: [2026-12-22, 2026-12-29]
  skipHolidays: true
`;
const INFOABEND = `id: infoabend
title: { de: Infoabend Arbeit und Ausbildung, en: Information evening on work and training }
address: { street: Marktplatz 1, postalCode: "12345", city: Musterstadt }
registration: { required: true, phone: "+49 1234 5678-0" }
time:
  repeat: { every: month, on: [{ week: 1, day: Mo }] }
  from: 2026-10-01
  start: "18:00"
`;
const PAST = `id: sommerfest
title: { de: Sommerfest }
time: { dates: [2026-07-04] }
`;
const NOTICES = `- id: weihnachten
  text: { de: "Das Bürgerbüro ist vom 24.12. bis 2.1. geschlossen.", en: "The citizens' office is closed from 24 Dec to 2 Jan." }
  from: 2026-12-24
  until: 2027-01-02
  severity: warning
  entries: [buergerbuero]
  closed: true
- id: ukrainisch
  text: { de: "Neu: Beratung auf Ukrainisch, mittwochs." }
  from: 2026-11-15
  until: 2027-01-31
- id: vorbei
  text: { de: Streik am Donnerstag }
  from: 2026-11-05
  until: 2026-11-05
  severity: urgent
`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kompass-events-'));
  await cp(fixture('source-small'), dir, { recursive: true });
  await mkdir(join(dir, 'events'));
  await writeFile(join(dir, 'events/sprachcafe.yaml'), SPRACHCAFE);
  await writeFile(join(dir, 'events/infoabend.yaml'), INFOABEND);
  await writeFile(join(dir, 'events/sommerfest.yaml'), PAST);
  await writeFile(join(dir, 'notices.yaml'), NOTICES);
});
after(() => rm(dir, { recursive: true, force: true }));

describe('events and notices in the pack', () => {
  it('validate without errors and build into files that match the pack schemas', async () => {
    const { source, problems } = await loadAndValidate(dir);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const pack = buildPack(source.content, { date: DATE });
    assert.deepEqual(schemaIssues('pack-base', pack.base), []);
    for (const t of pack.texts) assert.deepEqual(schemaIssues('pack-text', t), [], t.lang);

    assert.deepEqual(pack.base.eventsWindow, { from: '2026-12-01', until: '2027-11-30' });
    const cafe = pack.base.events!.find((e) => e.id === 'sprachcafe')!;
    assert.equal(cafe.place, 'migrationsberatung');
    assert.deepEqual(cafe.repeat, { every: 'week', on: ['Tu'] });
    assert.deepEqual(cafe.occurrences.slice(0, 3), [
      ['2026-12-01T15:00+01:00', '2026-12-01T17:00+01:00'],
      ['2026-12-08T15:00+01:00', '2026-12-08T17:00+01:00'],
      ['2026-12-15T15:00+01:00', '2026-12-15T17:00+01:00'],
    ]);
    assert.equal(cafe.occurrences[3]![0], '2027-01-05T15:00+01:00', 'the two Christmas Tuesdays are left out');
    assert.equal(cafe.occurrences.at(-1)![0], '2027-06-29T15:00+02:00', 'until the last day, in summer time');
    const evening = pack.base.events!.find((e) => e.id === 'infoabend')!;
    assert.deepEqual(evening.occurrences.slice(0, 2), [['2026-12-07T18:00+01:00'], ['2027-01-04T18:00+01:00']]);
    assert.deepEqual(evening.registration, { required: true, phone: '+49 1234 5678-0' });
    assert.equal(pack.base.events!.some((e) => e.id === 'sommerfest'), false, 'a past event is not shipped');

    assert.deepEqual(pack.base.notices, [
      { id: 'weihnachten', from: '2026-12-24', until: '2027-01-02', severity: 'warning', entries: ['buergerbuero'], closed: true },
      { id: 'ukrainisch', from: '2026-11-15', until: '2027-01-31', severity: 'info' },
    ]);
    const de = pack.texts.find((t) => t.lang === 'de')!;
    const ar = pack.texts.find((t) => t.lang === 'ar')!;
    assert.equal(de.events!.sprachcafe!.title, 'Sprachcafé');
    assert.deepEqual(de.events!.sprachcafe!.description, [{ t: 'p', c: ['Deutsch üben bei Kaffee und Kuchen. ', { t: 'strong', c: ['Ohne Anmeldung.'] }] }]);
    assert.equal(ar.events!.sprachcafe!.title, 'مقهى اللغة');
    assert.equal(ar.events!.infoabend, undefined, 'no Arabic text: the reader falls back');
    assert.equal(de.events!.sommerfest, undefined);
    assert.equal(de.notices!.weihnachten, 'Das Bürgerbüro ist vom 24.12. bis 2.1. geschlossen.');
    assert.equal(de.notices!.vorbei, undefined, 'a past notice is not shipped');
  });

  it('counts event and notice texts in the languages\' completeness', async () => {
    const { source } = await loadAndValidate(dir);
    const withEvents = buildPack(source.content, { date: DATE }).manifest.languages.find((l) => l.code === 'en')!.completeness;
    const without = buildPack({ ...source.content, events: [], notices: [] }, { date: DATE }).manifest.languages.find((l) => l.code === 'en')!.completeness;
    assert.notEqual(withEvents, without);
  });

  it('report each problem with its file, line, event or notice id and field', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'kompass-events-bad-'));
    try {
      await cp(dir, bad, { recursive: true });
      await writeFile(join(bad, 'events/kaputt.yaml'), `id: kaputt
title: { de: Kaputt }
place: gibt-es-nicht
time:
  repeat: { every: week, on: [Tu] }
  start: "15:00"
`);
      await writeFile(join(bad, 'events/wochentag.yaml'), `id: wochentag
title: { de: Wochentag }
time:
  repeat: { every: week, on: [Di] }
  from: 2026-12-01
`);
      await writeFile(join(bad, 'events/zeit.yaml'), `id: zeit
title: { de: Zeit }
time: { dates: [2026-02-30], end: "17:00" }
`);
      await writeFile(join(bad, 'notices.yaml'), `- id: rueckwaerts
  text: { de: Rückwärts }
  from: 2027-01-10
  until: 2027-01-02
  closed: true
`);
      const { problems } = await loadAndValidate(bad);
      const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.entryId} ${p.path}: ${p.message}`);
      const has = (re: RegExp) => assert.ok(errors.some((e) => re.test(e)), `expected ${re} in\n${errors.join('\n')}`);
      has(/^events\/wochentag\.yaml:4 wochentag time\.repeat\.on\[0\]: "Di" is not allowed here; use a weekday: Mo, Tu/);
      assert.equal(errors.filter((e) => e.includes('wochentag')).length, 1, `one message for one wrong weekday:\n${errors.join('\n')}`);
      has(/^events\/kaputt\.yaml:3 kaputt place: The entry "gibt-es-nicht" \(the place\) does not exist/);
      has(/^events\/kaputt\.yaml:\d+ kaputt time(\.from)?: .*first day/);
      has(/^events\/zeit\.yaml:3 zeit time\.dates(\[0\]|\.0): "2026-02-30" is not a date/);
      has(/^events\/zeit\.yaml:3 zeit time(\.start)?: An end time needs a start time/);
      has(/^notices\.yaml:4 rueckwaerts until: The last day \(2027-01-02\) is before the first/);
      has(/^notices\.yaml:5 rueckwaerts closed: .*names the entries/);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });
});
