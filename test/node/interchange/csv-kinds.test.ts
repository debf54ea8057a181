import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { exportCsv, prepareAnyCsvImport } from '../../../src/authoring/import/csv-import.js';
import { parseRepeatCell } from '../../../src/authoring/import/csv-event-time.js';
import { importCsv } from '../../../src/node/interchange/csv-file.js';
import { loadSource } from '../../../src/node/source/source.js';
import { textOf } from '../../../src/authoring/translation.js';
import { cli } from '../support.js';

const DEMO = fileURLToPath(new URL('../../../demo/content', import.meta.url));
let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-csv-kinds-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

async function copyDemo(): Promise<string> {
  const dir = join(tmp, `demo-${Math.random().toString(36).slice(2)}`);
  await cp(DEMO, dir, { recursive: true });
  return dir;
}

async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true })).map(String).sort()) if (f.endsWith('.yaml')) out[f] = await readFile(join(dir, f), 'utf8');
  return out;
}

const header = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n')[0]!;

describe('CSV of pages, events and notices', () => {
  for (const kind of ['pages', 'events', 'notices'] as const) {
    it(`${kind}: export → import into a copy of the demo source changes nothing, twice`, async () => {
      const dir = await copyDemo();
      const before = await readTree(dir);
      const csv = exportCsv(kind, (await loadSource(dir)).content);
      assert.ok(csv.startsWith('\ufeffid;'));
      for (let i = 0; i < 2; i++) {
        const r = await importCsv(csv, dir);
        assert.equal(r.kind, kind, 'the kind is read from the header');
        assert.deepEqual(r.fileErrors, []);
        assert.deepEqual(r.rejected, []);
        assert.deepEqual([r.added, r.changed, r.written], [[], [], []]);
      }
      assert.deepEqual(await readTree(dir), before, 'byte-identical YAML');
    });
  }

  it('pages: a German-Excel Windows-1252 file with umlauts and German headers adds a page under its parent', async () => {
    const dir = await copyDemo();
    const text = 'id;Übergeordnet;Reihenfolge;Titel;Inhalt;Verweise;Anhänge\r\nmuellabfuhr;wohnen;7;Müllabfuhr und Straßenreinigung;"Die **Müllabfuhr** kommt dienstags.\r\nGrößere Dinge: Sperrmüll.";buergerbuero;[Abfallkalender (PDF)](https://www.musterstadt.example/abfall.pdf)\r\n';
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    const r = await importCsv(bytes, dir);
    assert.equal(r.encoding, 'Windows-1252');
    assert.deepEqual(r.rejected, []);
    assert.deepEqual(r.added, ['page:muellabfuhr']);
    const page = (await loadSource(dir)).content.pages!.find((p) => p.id === 'muellabfuhr')!;
    assert.equal(page.parent, 'wohnen');
    assert.equal(page.order, 7);
    assert.equal(textOf(page.title.de), 'Müllabfuhr und Straßenreinigung');
    assert.equal(textOf(page.text!.de), 'Die **Müllabfuhr** kommt dienstags.\nGrößere Dinge: Sperrmüll.');
    assert.deepEqual(page.entries, ['buergerbuero']);
    assert.deepEqual(page.attachments, [{ url: 'https://www.musterstadt.example/abfall.pdf', title: { de: 'Abfallkalender (PDF)' } }]);
  });

  it('locates a bad parent, date and rule by file, row, column and id, in German and English; --partial writes the good rows', async () => {
    const dir = await copyDemo();
    const pages = 'id;parent;title@de\r\nneu-eins;wohnen;Neu eins\r\nneu-zwei;wohnn;Neu zwei\r\n';
    const p = prepareAnyCsvImport(pages, (await loadSource(dir)).content, { file: 'seiten.csv', lang: 'de' });
    assert.deepEqual(p.rejected.map((x) => [x.key, x.origin]), [['page:neu-zwei', 'seiten.csv, Zeile 3']]);
    assert.match(p.rejected[0]!.reasons[0]!, /^Spalte „parent“: „wohnn“ ist keine Seite.* Meinten Sie „wohnen“\?/);
    const events = 'id;title@de;dates;repeat\r\nok;Gut;2027-01-12 15:00-17:00;\r\nbad-date;Falsch;2027-02-30 15:00;\r\nbad-rule;Falsch;;daily 15:00\r\nboth;Falsch;2027-01-12;weekly Tue\r\nmixed;Falsch;"2027-01-12 15:00-17:00, 2027-01-19 16:00-18:00";\r\n';
    await writeFile(join(tmp, 'termine.csv'), events);
    const r = await importCsv(events, dir, { file: 'termine.csv', partial: true });
    assert.deepEqual(r.rejected.map((x) => `${x.origin} ${x.key}: ${x.reasons.join(' ')}`), [
      'termine.csv, row 3 event:bad-date: column "dates": "2027-02-30 15:00" is not a date with an optional time; write 2027-01-12 15:00-17:00 or 12.01.2027, several separated by commas.',
      'termine.csv, row 4 event:bad-rule: column "repeat": "daily 15:00" is not a rule; write e.g. "weekly Tue 15:00-17:00", "every 2 weeks Thu", "monthly first Mon 18:00-20:00" or "monthly last Sat".',
      'termine.csv, row 5 event:both: columns "dates" and "repeat": an event has either dates or a rule; empty one of them.',
      'termine.csv, row 6 event:mixed: column "dates": the dates have different times (15:00-17:00, 16:00-18:00); an event has one time for all its dates, so make one event per time.',
    ]);
    assert.deepEqual(r.added, ['event:ok']);
    const ok = (await loadSource(dir)).content.events!.find((e) => e.id === 'ok')!;
    assert.deepEqual(ok.time, { dates: ['2027-01-12'], start: '15:00', end: '17:00' });
  });

  it('events: a weekly rule with exceptions and holidays, in German, maps onto the source model', async () => {
    const dir = await copyDemo();
    const csv = 'id;Titel;Ort;Wiederholung;von;bis;Ausnahmen;Feiertage;Sprachen\r\nsprachcafe-mittwoch;Sprachcafé am Mittwoch;Sprachcafé in der Stadtbibliothek;wöchentlich Mi, Fr 15:00 bis 17:00 Uhr;01.02.2027;30.06.2027;"14.04.2027, 2027-05-26";ja;Deutsch, Arabisch\r\nmonatlich;Elternabend;familienzentrum-regenbogen;monthly first Mon, last Thu 18:00-20:00;2027-01-01;;;;\r\n';
    const r = await importCsv(csv, dir);
    assert.deepEqual(r.rejected, []);
    const events = (await loadSource(dir)).content.events!;
    const e = events.find((x) => x.id === 'sprachcafe-mittwoch')!;
    assert.equal(e.place, 'sprachcafe', 'an entry named by its name');
    assert.deepEqual(e.languages, ['de', 'ar']);
    assert.deepEqual(e.time, { repeat: { every: 'week', on: ['We', 'Fr'] }, from: '2027-02-01', until: '2027-06-30', except: ['2027-04-14', '2027-05-26'], skipHolidays: true, start: '15:00', end: '17:00' });
    assert.deepEqual(events.find((x) => x.id === 'monatlich')!.time.repeat, { every: 'month', on: [{ week: 1, day: 'Mo' }, { week: -1, day: 'Th' }] });
    const again = exportCsv('events', (await loadSource(dir)).content);
    assert.match(again, /weekly Wed, Fri 15:00-17:00;2027-02-01;2027-06-30;2027-04-14, 2027-05-26;yes/);
    const second = await importCsv(again, dir);
    assert.deepEqual([second.added, second.changed, second.written], [[], [], []], 'importing the same table again changes nothing');
    assert.deepEqual(parseRepeatCell('every 2 weeks Thu 16:00-18:30'), { repeat: { every: 'week', on: ['Th'], interval: 2 }, times: { start: '16:00', end: '18:30' } });
    assert.deepEqual(parseRepeatCell('vierzehntägig Do'), { repeat: { every: 'week', on: ['Th'], interval: 2 }, times: {} });
    assert.deepEqual(parseRepeatCell('weekly Mon-Wed, Fri 9:00 - 12:00')?.repeat, { every: 'week', on: ['Mo', 'Tu', 'We', 'Fr'] });
    assert.deepEqual(parseRepeatCell('wöchentlich Mo bis Mi')?.repeat, { every: 'week', on: ['Mo', 'Tu', 'We'] });
    for (const bad of ['weekly', 'weekly Tue 25:00', 'monthly fifth Mon', 'monthly first', 'yearly Mon']) assert.equal(parseRepeatCell(bad), undefined, bad);
  });

  it('notices: entries by name, German severity; a bad date is located; an unknown column is an error of the file', async () => {
    const dir = await copyDemo();
    const content = (await loadSource(dir)).content;
    const ok = prepareAnyCsvImport('id;Einrichtung;Dringlichkeit;von;bis;text@de\r\nneu;buergerbuero;Warnung;01.03.2027;2027-03-02;Geschlossen wegen Umzug.\r\nkaputt;;dringend;2027-13-01;2027-03-02;Falsch\r\n', content);
    assert.equal(ok.kind, 'notices');
    const neu = ok.content!.notices!.find((n) => n.id === 'neu')!;
    assert.deepEqual([neu.entries, neu.severity, neu.from], [['buergerbuero'], 'warning', '2027-03-01']);
    assert.deepEqual(ok.rejected.map((x) => [x.key, x.origin, x.reasons]), [['notice:kaputt', 'row 3', ['column "von": "2027-13-01" is not a date; write 2026-11-02 or 02.11.2026.']]]);
    const bad = prepareAnyCsvImport('id;severity;text@de;farbe\r\nx;info;Hallo;rot\r\n', content);
    assert.equal(bad.content, undefined);
    assert.match(bad.result.fileErrors[0]!, /^Column "farbe" is not a column of this table/);
  });

  it('tells the kind from the header; German entry headers stay entries', async () => {
    const content = (await loadSource(await copyDemo())).content;
    const kindOf = (csv: string) => prepareAnyCsvImport(csv, content).kind;
    assert.equal(kindOf('Name;Art;Straße;PLZ;Ort;Telefon\r\nX;Behörde;Weg 1;12345;Musterstadt;1\r\n'), 'entries');
    assert.equal(kindOf('id;Titel;Übergeordnet;Reihenfolge\r\nx;X;wohnen;1\r\n'), 'pages');
    assert.equal(kindOf('Titel;Ort;Termine\r\nX;sprachcafe;2027-01-12\r\n'), 'events');
    assert.equal(kindOf('id;severity;text@de\r\nx;info;X\r\n'), 'notices');
    assert.equal(prepareAnyCsvImport('id;title@de\r\nx;X\r\n', content, { kind: 'pages' }).kind, 'pages', '--kind decides');
  });

  it('kompass export csv --kind / import csv through the CLI, with --dry-run', async () => {
    const dir = await copyDemo();
    for (const kind of ['pages', 'events', 'notices'] as const) {
      const file = join(tmp, `${kind}.csv`);
      const out = await cli('export', 'csv', dir, '--out', file, '--kind', kind);
      assert.equal(out.code, 0, out.err.join('\n'));
      assert.match(out.out[0]!, new RegExp(`^Wrote \\d+ (information )?${kind} to `));
      const same = await cli('import', 'csv', file, '--into', dir);
      assert.equal(same.code, 0, same.err.join('\n'));
      assert.match(same.out.at(-1)!, /0 added, 0 changed, \d+ unchanged; 0 files written/);
    }
    const changed = join(tmp, 'notices-changed.csv');
    const text = (await readFile(join(tmp, 'notices.csv'), 'utf8')).replace('2027-01-31', '2027-02-28');
    await writeFile(changed, text);
    const dry = await cli('import', 'csv', changed, '--into', dir, '--dry-run', '--kind', 'notices');
    assert.equal(dry.code, 0, dry.err.join('\n'));
    assert.ok(dry.out.includes('would change notice online-termine: until'), dry.out.join('\n'));
    const bad = join(tmp, 'bad-pages.csv');
    await writeFile(bad, 'id;parent;title@de\r\nx;nirgends;X\r\n');
    const b = await cli('import', 'csv', bad, '--into', dir, '--ui-lang', 'en');
    assert.equal(b.code, 1);
    assert.ok(b.err.some((l) => l.startsWith('rejected bad-pages.csv, row 2 (page x): column "parent": "nirgends" is not a page')), b.err.join('\n'));
    assert.equal((await cli('export', 'csv', dir, '--out', join(tmp, 'x.csv'), '--kind', 'guides')).code, 2);
    assert.match((await cli('import', 'csv', '--help')).out[0]!, /--kind entries\|pages\|events\|notices/);
    assert.equal(header(exportCsv('notices', (await loadSource(dir)).content)), 'id;entries;severity;from;until;closed;text@de;text@de-x-simple;text@en;text@ar;text@fa;text@uk;text@tr;text@ru');
  });
});
