import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { htmlToMarkdown, type HtmlIssue } from '../../../src/authoring/import/html-to-markdown.js';
import { exportHsds, importHsds, ruleFromWeek, weekFromSchedules } from '../../../src/node/interchange/hsds.js';
import { importIntegreat, openingHoursToOsm } from '../../../src/node/interchange/integreat.js';
import { loadSource } from '../../../src/node/source/source.js';
import { textHash, translationState } from '../../../src/authoring/translation.js';
import type { TranslatedText } from '../../../src/pack/types.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { exportXliff, importXliff, parseXml } from '../../../src/node/interchange/xliff.js';
import { fixture } from '../support.js';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-interchange-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

async function copySource(): Promise<string> {
  const dir = join(tmp, Math.random().toString(36).slice(2));
  await cp(fixture('source-small'), dir, { recursive: true });
  return dir;
}

async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true })).map(String).sort()) if (f.endsWith('.yaml')) out[f] = await readFile(join(dir, f), 'utf8');
  return out;
}

const errors = async (dir: string) => (await loadAndValidate(dir)).problems.filter((p) => p.severity === 'error');

describe('HSDS 3.0', () => {
  it('maps weekly schedules to opening hours and back', () => {
    const w = weekFromSchedules([
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '12:00' },
      { freq: 'WEEKLY', byday: 'TU,TH', opens_at: '14:00', closes_at: '17:00' },
      { freq: 'MONTHLY', byday: '1MO', opens_at: '16:00', closes_at: '18:00' },
    ])!;
    assert.equal(ruleFromWeek(w.week), 'Mo,We,Fr 09:00-12:00; Tu,Th 09:00-12:00,14:00-17:00');
    assert.equal(w.unused.length, 1);
    assert.equal(ruleFromWeek(weekFromSchedules([{ byday: 'MO,TU,WE', opens_at: '00:00', closes_at: '23:59' }])!.week), 'Mo-We 00:00-24:00');
  });

  it('imports CSV tables: services, organizations, locations, addresses, phones, schedules, languages; keeps the rest in extra', async () => {
    const dir = await copySource();
    const r = await importHsds(fixture('hsds-import/tables'), dir, { category: 'beratung' });
    assert.deepEqual(r.fileErrors, []);
    assert.deepEqual(r.rejected, []);
    assert.deepEqual(r.added.sort(), ['entry:schuldnerberatung', 'entry:wohngeldstelle']);
    assert.deepEqual(await errors(dir), []);
    const e = (await loadSource(dir)).content.entries.find((x) => x.id === 'schuldnerberatung')!;
    assert.equal(e.kind, 'counselling');
    assert.equal(e.openingHours, 'Mo,We,Fr 09:00-12:00; Tu,Th 09:00-12:00,14:00-17:00');
    assert.deepEqual(e.address, { street: 'Kirchplatz 4', postalCode: '50667', city: 'Musterstadt', extra: { de: '2. Etage' }, gettingThere: { de: 'Bus 132, Haltestelle Kirchplatz' }, lat: 50.9389, lon: 6.9571 });
    assert.deepEqual(e.languages, ['de', 'ar']);
    assert.equal(e.wheelchair, 'yes');
    assert.equal(e.lastChecked, '2026-10-01');
    assert.equal(e.summary.de, 'Kostenlose Beratung bei Schulden.');
    const hsds = e.extra!.hsds as Record<string, unknown>;
    assert.equal(hsds.serviceId, 'svc-0001');
    assert.equal(hsds.service, undefined, 'fees are in the description now');
    assert.match(String(e.description!.de), /\n\n\*\*Kosten:\*\* kostenlos$/);
    assert.deepEqual(hsds.taxonomy, ['Debt counselling']);
    const w = (await loadSource(dir)).content.entries.find((x) => x.id === 'wohngeldstelle')!;
    assert.equal(w.phones?.[0]?.number, '0221 123000', 'location phone');
    assert.equal((w.extra!.hsds as { schedules: unknown[] }).schedules.length, 1, 'the monthly schedule is kept');
    assert.equal((w.extra!.hsds as { phones: unknown[] }).phones.length, 1, 'the unusable number is kept');
    assert.ok(r.notes.some((n) => /2 services → entries/.test(n)));
  });

  it('imports a ZIP file and nested HSDS JSON', async () => {
    const dir = await copySource();
    const z = await importHsds(fixture('hsds-import/hsds.zip'), dir, { category: 'beratung' });
    assert.equal(z.added.length, 2);
    const j = await importHsds(fixture('hsds-import/nested-json'), dir, { category: 'beratung' });
    assert.deepEqual(j.added, ['entry:sprachcafe']);
    const e = (await loadSource(dir)).content.entries.find((x) => x.id === 'sprachcafe')!;
    assert.equal(e.address?.street, 'Bücherstraße 2');
    assert.equal(e.openingHours, 'We 15:00-18:00');
    assert.deepEqual(e.languages, ['de', 'tr']);
    assert.equal(e.phones?.[0]?.label?.de, 'Frau Yilmaz');
  });

  it('rejects broken services with reasons, writes nothing', async () => {
    const dir = await copySource();
    const before = await readTree(dir);
    const r = await importHsds(fixture('hsds-import/broken'), dir, { category: 'beratung' });
    const reasons = r.rejected.map((x) => `${x.origin}: ${x.reasons.join('; ')}`);
    assert.ok(reasons.some((x) => /service #1 \(b-1\): The service has no id or no name/.test(x)), reasons.join('\n'));
    assert.ok(reasons.some((x) => /service #4 \(b-3\): The service id "b-3" appears twice/.test(x)));
    assert.ok(reasons.some((x) => /service #2 \(b-2\): email: "keine-mail" is not valid/.test(x)));
    assert.ok(r.notes.some((n) => /phone\.csv, line 2: A quoted cell is never closed/.test(n)));
    assert.deepEqual(r.written, []);
    assert.deepEqual(await readTree(dir), before);
    const none = await importHsds(fixture('csv-import'), dir);
    assert.match(none.fileErrors.join(), /No services found/);
  });

  it('round trip: exporting to HSDS and importing it back changes nothing', async () => {
    const dir = await copySource();
    await importHsds(fixture('hsds-import/tables'), dir, { category: 'beratung' });
    const before = await readTree(dir);
    const out = join(tmp, `hsds-${Math.random().toString(36).slice(2)}`);
    const files = await exportHsds((await loadSource(dir)).content, out);
    assert.ok(files.includes('service.csv') && files.includes('datapackage.json'));
    const r = await importHsds(out, dir);
    assert.deepEqual(r.rejected, []);
    assert.deepEqual(r.changed, []);
    assert.deepEqual(r.written, []);
    assert.deepEqual(await readTree(dir), before);
  });
});

describe('Integreat CMS API v3', () => {
  it('converts opening hours and HTML', () => {
    const day = (slots: string[][], extra: object = {}) => ({ allDay: false, closed: !slots.length, appointmentOnly: false, timeSlots: slots.map(([start, end]) => ({ start: start!, end: end! })), ...extra });
    assert.equal(
      openingHoursToOsm([day([['08:00', '12:00']]), day([['08:00', '12:00']]), day([['08:00', '12:00']]), day([['8:00', '12:00']]), day([['08:00', '12:00']], { appointmentOnly: true }), day([]), day([])], 'nur mit Termin'),
      'Mo-Th 08:00-12:00; Fr 08:00-12:00 "nur mit Termin"',
    );
    assert.equal(openingHoursToOsm(Array.from({ length: 7 }, () => ({ allDay: false, closed: true, timeSlots: [] })), 'x'), undefined);
    assert.equal(openingHoursToOsm(Array.from({ length: 7 }, () => ({ allDay: true })), 'x'), '24/7');
    const issues: HtmlIssue[] = [];
    assert.equal(htmlToMarkdown('<p>A <b>b</b> &amp; <a href="http://x">x</a></p><ul><li>1</li><li>2</li></ul><script>alert(1)</script>', issues), 'A **b** & x\n\n- 1\n- 2');
    assert.deepEqual(issues, [{ linkKeptAsText: 'http://x' }], 'the http: link is reported');
  });

  it('imports locations with categories, contacts and opening hours, and pages as information pages, in all languages', async () => {
    const dir = await copySource();
    const r = await importIntegreat(fixture('integreat-import/musterstadt'), dir);
    assert.deepEqual(r.fileErrors, []);
    assert.deepEqual(r.rejected, []);
    assert.deepEqual(r.added.sort(), ['entry:caritas-migrationsdienst', 'entry:frauenberatung', 'page:anmeldung', 'page:karte', 'page:krankenkasse', 'page:notrufe', 'page:willkommen']);
    assert.deepEqual(await errors(dir), []);
    const { content } = await loadSource(dir);
    const e = content.entries.find((x) => x.id === 'caritas-migrationsdienst')!;
    assert.deepEqual(e.categories, ['beratung']);
    assert.equal(e.openingHours, 'Mo,Fr 09:00-12:00; Tu 09:00-12:00,14:00-17:00; Th 14:00-18:00 "nur mit Termin"');
    assert.deepEqual(e.appointment, { required: true, url: 'https://termine.caritas-musterstadt.example' });
    assert.equal(e.wheelchair, 'yes');
    assert.equal(e.name.en, undefined, 'APIv3 sends the German title in every language: not a translation');
    assert.equal((e.summary.en as TranslatedText).text, 'Counselling for migrants.');
    assert.equal((e.description!.ar as TranslatedText).text, 'نقدم استشارات مجانية حول الإقامة ولم شمل الأسرة والعمل.');
    assert.match(String(e.description!.de), /^Wir beraten \*\*kostenlos\*\*/);
    assert.deepEqual(e.phones?.[1], { number: '+49 221 998877', label: { de: 'Asylverfahrensberatung: Herr Okafor', en: { text: 'Asylum procedure counselling: Mr Okafor', from: textHash('Asylverfahrensberatung: Herr Okafor') } } });
    assert.equal((e.extra!.integreat as { poiId: number }).poiId, 501);
    assert.ok(r.notes.some((n) => /http:\/\/alt\.example/.test(n)));
    assert.ok(r.notes.some((n) => /also has: fr/.test(n)));
    const pages = new Map(content.pages!.map((p) => [p.id, p]));
    assert.deepEqual([...pages.values()].filter((p) => p.parent === 'willkommen').map((p) => p.id), ['anmeldung', 'krankenkasse']);
    assert.equal(pages.get('karte')!.parent, 'krankenkasse', 'a third level, linked by the parent page id in this older export');
    assert.equal((pages.get('anmeldung')!.title.en as TranslatedText).text, 'Register your address');
    assert.equal(pages.get('notrufe')!.text!.de, '1. Polizei: [110](tel:110)\n2. Feuerwehr: [112](tel:112)');
  });

  it('importing the same files again changes nothing', async () => {
    const dir = await copySource();
    await importIntegreat(fixture('integreat-import/musterstadt'), dir);
    const before = await readTree(dir);
    const r = await importIntegreat(fixture('integreat-import/musterstadt'), dir);
    assert.deepEqual(r.written, []);
    assert.deepEqual(r.changed, []);
    assert.deepEqual(await readTree(dir), before);
  });

  it('creates a new source folder from a region, with --state', async () => {
    const dir = join(tmp, 'neu-integreat');
    const refused = await importIntegreat(fixture('integreat-import/musterstadt'), dir);
    assert.match(refused.fileErrors.join(), /--state/);
    const r = await importIntegreat(fixture('integreat-import/musterstadt'), dir, { state: 'NW' });
    assert.deepEqual(r.fatal, []);
    assert.deepEqual(await errors(dir), []);
    const m = (await loadSource(dir)).content.municipality;
    assert.equal(m.id, 'musterstadt');
    assert.deepEqual(m.languages, ['de', 'en', 'ar', 'fr']);
  });

  it('rejects broken items with reasons and refuses malformed JSON', async () => {
    const dir = await copySource();
    const before = await readTree(dir);
    const r = await importIntegreat(fixture('integreat-import/broken'), dir);
    assert.equal(r.rejected.length, 1);
    assert.match(r.rejected[0]!.origin!, /locations\.de\.json #1 \(id 9301, "Kaputte Mail"\)/);
    assert.match(r.rejected[0]!.reasons[0]!, /email: "nicht-gültig" is not valid/);
    assert.deepEqual(await readTree(dir), before);
    const partial = await importIntegreat(fixture('integreat-import/broken'), dir, { partial: true });
    assert.ok(partial.added.includes('entry:ausland'));
    assert.equal(partial.rejected.length, 1);
    const e = (await loadSource(dir)).content.entries.find((x) => x.id === 'ausland')!;
    assert.equal(e.address, undefined);
    assert.equal(((e.extra!.integreat as { address: { town: string } }).address).town, 'Basel');
    const bad = await importIntegreat(fixture('integreat-import/broken-json'), dir);
    assert.equal(bad.fileErrors[0], 'locations.de.json, line 1, column 36: not valid JSON (the file ends before the JSON is complete).');
  });
});

describe('XLIFF 2.0', () => {
  it('exports only missing and outdated texts per language, and imports the translations back', async () => {
    const dir = await copySource();
    const content = (await loadSource(dir)).content;
    const docs = exportXliff(content);
    assert.deepEqual(docs.map((d) => [d.lang, d.units]), [['en', 2], ['ar', 9]]);
    const ar = parseXml(docs[1]!.xml);
    assert.equal(ar.attrs.trgLang, 'ar');
    // The agency fills in the targets.
    const translated = docs[1]!.xml.replace(/(<source xml:space="preserve">)([\s\S]*?)(<\/source>)(\s*)(<target[^>]*>[\s\S]*?<\/target>)?/g, (_all, open: string, src: string, close: string, ws: string) => `${open}${src}${close}${ws}<target xml:space="preserve">ترجمة: ${src}</target>`);
    const r = await importXliff(translated, dir);
    assert.deepEqual(r.fileErrors, []);
    assert.equal(r.units, 9);
    assert.equal(r.changed.length > 0, true);
    const after = (await loadSource(dir)).content;
    const e = after.entries.find((x) => x.id === 'buergerbuero')!;
    assert.equal(translationState(e.hoursNote!, 'ar', 'de'), 'done');
    assert.match((e.hoursNote!.ar as TranslatedText).text, /^ترجمة: Am 24\. und 31\. Dezember geschlossen\.$/);
    assert.deepEqual(exportXliff(after, { only: 'ar' })[0]!.units, 0, 'nothing left to translate');
    // Importing the same file again changes nothing.
    const before = await readTree(dir);
    const again = await importXliff(translated, dir);
    assert.deepEqual(again.written, []);
    assert.deepEqual(await readTree(dir), before);
  });

  it('marks a translation outdated when the default text changed after the export', async () => {
    const dir = await copySource();
    const xml = exportXliff((await loadSource(dir)).content, { only: 'en' })[0]!.xml.replace(/(<\/source>)(\s*)(?:<target[^>]*>[\s\S]*?<\/target>)?/, '$1$2<target>New English text</target>');
    const file = join(dir, 'entries', 'buergerbuero.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, yaml.replace('Am 24. und 31. Dezember geschlossen.', 'Am 24., 25. und 31. Dezember geschlossen.'));
    const r = await importXliff(xml, dir);
    assert.ok(r.notes.some((n) => /changed since the export/.test(n)), r.notes.join('\n'));
    const e = (await loadSource(dir)).content.entries.find((x) => x.id === 'buergerbuero')!;
    assert.equal(translationState(e.hoursNote!, 'en', 'de'), 'outdated');
  });

  it('compares the file\'s <source> with today\'s text: a tool that stripped the metadata cannot make an outdated translation current', async () => {
    const dir = await copySource();
    const exported = exportXliff((await loadSource(dir)).content, { only: 'en' })[0]!.xml;
    // A translation tool drops <mda:metadata>; the translator worked from the old text.
    const stripped = exported.replace(/<mda:metadata>[\s\S]*?<\/mda:metadata>/g, '').replace(/(<\/source>)(\s*)(?:<target[^>]*>[\s\S]*?<\/target>)?/, '$1$2<target>New English text</target>');
    assert.ok(!stripped.includes('sourceHash'));
    const file = join(dir, 'entries', 'buergerbuero.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Am 24. und 31. Dezember geschlossen.', 'Am 24., 25. und 31. Dezember geschlossen.'));
    const r = await importXliff(stripped, dir);
    assert.ok(r.notes.some((n) => /changed since the export/.test(n)), r.notes.join('\n'));
    const e = (await loadSource(dir)).content.entries.find((x) => x.id === 'buergerbuero')!;
    assert.equal((e.hoursNote!.en as TranslatedText).text, 'New English text');
    assert.equal(translationState(e.hoursNote!, 'en', 'de'), 'outdated');
    // … and without a change, the same stripped file imports as current.
    const dir2 = await copySource();
    await importXliff(stripped, dir2);
    const e2 = (await loadSource(dir2)).content.entries.find((x) => x.id === 'buergerbuero')!;
    assert.equal(translationState(e2.hoursNote!, 'en', 'de'), 'done');
  });

  it('refuses what is not XLIFF 2 for this source', async () => {
    const dir = await copySource();
    assert.match((await importXliff('<xliff version="1.2"></xliff>', dir)).fileErrors[0]!, /not an XLIFF 2\.x file/);
    assert.match((await importXliff('<xliff version="2.0" srcLang="de" trgLang="ar"><file>', dir)).fileErrors[0]!, /not well-formed XML/);
    assert.match((await importXliff('<xliff version="2.0" srcLang="de" trgLang="sv"></xliff>', dir)).fileErrors[0]!, /trgLang "sv"/);
  });
});
