/**
 * German decompounding against a vocabulary: the brief's compounds, words that must stay
 * whole, the real Augsburg texts (../shared/fixtures/integreat-cms-api), and the time to split
 * every term of a 5,000-term vocabulary.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { splitCompound } from '../../../src/reader/search/decompound.js';
import { tokenize } from '../../../src/reader/search/normalize.js';
import { stopWords } from '../../../src/reader/search/stopwords.js';
import { sharedFixture } from '../support.js';

/** The index's vocabulary of a text: its tokens, without stop words (as the index keeps them). */
function vocabularyOf(text: string): Set<string> {
  const stops = stopWords('de');
  return new Set(tokenize(text).filter((t) => t.length >= 2 && !stops.has(t) && !/\d/.test(t)));
}

const split = (word: string, vocabulary: Set<string>, minPart?: number) => splitCompound(tokenize(word)[0]!, (p) => vocabulary.has(p), minPart);

// The parts as written in texts, and words that could cut a compound wrongly (fuss, ball, kind, rat, berat).
const VOCABULARY = vocabularyOf(
  'Fußball Fuß Ball Verein Ausländer Behörde Integration Kurs Kinder Kind Arzt Schuldner Beratung Rat Wohnung Amt Jugend ' +
    'Migration Dienst Sprache Schule Frau Haus Termin Stelle berät Tung Ung',
);

describe('splitCompound', () => {
  it('splits the compounds of the brief into the vocabulary words they are made of', () => {
    const cases: [string, string[]][] = [
      ['Fußballverein', ['fussball', 'verein']],
      ['Fussballverein', ['fussball', 'verein']],
      ['Ausländerbehörde', ['auslander', 'behorde']],
      ['Auslaenderbehoerde', ['auslander', 'behorde']],
      ['Integrationskurs', ['integration', 'kurs']],
      ['Kinderarzt', ['kinder', 'arzt']],
      ['Schuldnerberatung', ['schuldner', 'beratung']],
      ['Wohnungsamt', ['wohnung', 'amt']],
      ['Jugendmigrationsdienst', ['jugend', 'migration', 'dienst']],
    ];
    for (const [word, parts] of cases) assert.deepEqual(split(word, VOCABULARY), parts, word);
  });

  it('prefers the fewest, longest parts and joins them through each Fuge', () => {
    // Not fuss + ball + verein, not kind + er + arzt.
    assert.deepEqual(split('Fußballvereinsheim', new Set([...VOCABULARY, 'heim'])), ['fussball', 'verein', 'heim']);
    assert.deepEqual(split('Frauenberatungsstelle', VOCABULARY), ['frau', 'beratung', 'stelle']);
    assert.deepEqual(split('Kinderwohnungenamt', VOCABULARY), ['kinder', 'wohnung', 'amt']);
    assert.deepEqual(split('Amtesarzt', VOCABULARY), ['amt', 'arzt']);
    assert.deepEqual(split('Kindeskurs', VOCABULARY), ['kind', 'kurs']);
    assert.deepEqual(split('Beratungs-Termin', VOCABULARY), undefined, 'the tokenizer already splits at the hyphen');
    assert.deepEqual(splitCompound('beratungs-termin', (p) => VOCABULARY.has(p)), ['beratung', 'termin']);
  });

  it('finds a first part that drops its -e (Sprachkurs, Schulamt), after one that keeps it', () => {
    assert.deepEqual(split('Sprachkurs', VOCABULARY), ['sprache', 'kurs']);
    assert.deepEqual(split('Schulamt', VOCABULARY), ['schule', 'amt']);
    assert.deepEqual(split('Schulamt', new Set([...VOCABULARY, 'schul'])), ['schul', 'amt']);
  });

  it('leaves short words and words that are no compound whole', () => {
    for (const word of ['Beratung', 'Arzt', 'Kurs', 'Verein', 'Termin', 'Integration', 'Amt', 'Wohnungen', 'Kursleiter']) {
      assert.equal(split(word, VOCABULARY), undefined, word);
    }
  });

  it('splits only into parts of at least minPart letters', () => {
    assert.deepEqual(split('Amtsarzt', VOCABULARY), ['amt', 'arzt']);
    assert.equal(split('Amtsarzt', VOCABULARY, 4), undefined);
    assert.deepEqual(split('Kinderarzt', VOCABULARY, 4), ['kinder', 'arzt']);
  });

  describe('on the Augsburg pages, events and locations (German)', () => {
    const dir = sharedFixture('integreat-cms-api');
    const texts: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v.replace(/<[^>]+>/g, ' '));
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const f of readdirSync(dir).filter((name) => /^augsburg_de_.*\.json$/.test(name))) collect(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
    const vocabulary = vocabularyOf(texts.join(' '));

    it('splits the compounds the texts hold into words they also hold', () => {
      assert.ok(vocabulary.size > 500, `${vocabulary.size} terms`);
      const cases: [string, string[]][] = [
        ['deutschkurs', ['deutsch', 'kurs']],
        ['sprachschule', ['sprache', 'schule']],
        ['freizeitangebote', ['freizeit', 'angebote']],
        ['aufenthaltstitel', ['aufenthalt', 'titel']],
        ['zusammenarbeit', ['zusammen', 'arbeit']],
        ['schulamt', ['schule', 'amt']],
      ];
      for (const [token, parts] of cases) {
        assert.ok(vocabulary.has(token), `${token} is in the texts`);
        assert.deepEqual(splitCompound(token, (p) => vocabulary.has(p)), parts, token);
      }
      for (const token of ['beratung', 'kurs', 'integration', 'sprache', 'angebote', 'aufenthalt']) {
        if (vocabulary.has(token)) assert.equal(splitCompound(token, (p) => vocabulary.has(p)), undefined, token);
      }
    });

    it('splits every term of a 5,000-term vocabulary in well under 200 ms', (t) => {
      // The real terms, and compounds of them (word + Fuge + word) up to 5,000: more, and longer, compounds than a real index has.
      const big = new Set(vocabulary);
      const words = [...vocabulary].filter((w) => w.length >= 4).sort();
      const fugen = ['', 's', 'en', 'er'];
      const L = words.length;
      for (let i = 0; big.size < 5000 && i < L * L; i++) {
        const round = Math.floor(i / L);
        big.add(words[i % L]! + fugen[round % fugen.length]! + words[(i + round + 1) % L]!);
      }
      const has = (p: string) => big.has(p);
      for (const term of vocabulary) splitCompound(term, has); // as an index build would: compiled after its first words
      // CPU time decides (a busy machine stretches the wall clock, not the work); both are logged.
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      let splits = 0;
      for (const term of big) if (splitCompound(term, has)) splits++;
      const cpu = process.cpuUsage(cpuStart);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const wallMs = performance.now() - start;
      t.diagnostic(`splitCompound over ${big.size} terms (${splits} split): ${cpuMs.toFixed(1)} ms CPU, ${wallMs.toFixed(1)} ms wall`);
      assert.equal(big.size, 5000);
      assert.ok(splits > 4000 - vocabulary.size, `${splits} splits`);
      assert.ok(cpuMs < 200, `${cpuMs.toFixed(1)} ms`);
    });
  });
});
