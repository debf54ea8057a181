import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importCsvContent } from '../../../src/authoring/import/csv-import.js';
import { loadSource } from '../../../src/node/source/source.js';

/** The editor's import (in memory, on the draft): what it reports as changed is what the rows changed. */
describe('importCsvContent on the demo source', () => {
  it('reports only the rows\' items: entries whose texts hold their languages in another order are not "changed"', async () => {
    const { content } = await loadSource('demo/content');
    const csv = 'Name;Kurzbeschreibung;Art;Kategorie\nRepair-Café Südstadt;Kaputte Dinge gemeinsam reparieren.;Verein;Hilfe im Alltag\n';
    const r = importCsvContent(csv, structuredClone(content), { lang: 'de', file: 'neu.csv' });
    assert.deepEqual(r.added, ['entry:repair-cafe-suedstadt']);
    assert.deepEqual(r.changed, []);
  });

  it('with partial, takes the rows without problems and reports the bad one', async () => {
    const { content } = await loadSource('demo/content');
    const csv = 'Name;Kurzbeschreibung;Art;Kategorie;Öffnungszeiten\nRepair-Café Südstadt;Reparieren.;Verein;Hilfe im Alltag;Sa 10:00-14:00\nSprachtreff Mitte;Deutsch sprechen.;Verein;Sprachkurse;Mi 25:00-27:00\n';
    const strict = importCsvContent(csv, structuredClone(content), { lang: 'de', file: 'neu.csv' });
    assert.equal(strict.content, undefined);
    const partial = importCsvContent(csv, structuredClone(content), { lang: 'de', file: 'neu.csv', partial: true });
    assert.ok(partial.content);
    assert.deepEqual(partial.added, ['entry:repair-cafe-suedstadt']);
    assert.deepEqual(partial.changed, []);
    assert.deepEqual(partial.rejected.map((x) => [x.key, x.origin]), [['entry:sprachtreff-mitte', 'Zeile 3']]);
  });
});
