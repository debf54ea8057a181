/**
 * The build's vocabulary (span-table.ts) gives every distinct term one number, in the order
 * first seen, whether it is looked up as a string or as a span of a longer text, across the
 * table's growth, for terms whose hashes collide and for odd terms (the empty string, "0",
 * surrogate pairs); it sorts the terms by UTF-16 code units as strings sort, and joins them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SpanTable, spanHash, unitsToString } from '../../../src/reader/search/span-table.js';

const idOf = (table: SpanTable, t: string) => table.idOf(t, 0, t.length, spanHash(t, 0, t.length));

describe('SpanTable', () => {
  it('numbers 200,000 distinct terms as a Map would, through every growth, as strings and as spans', () => {
    const table = new SpanTable();
    const map = new Map<string, number>();
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647);
    for (let i = 0; i < 300_000; i++) {
      const term = (rand() % 200_000).toString(36) + (i % 7 === 0 ? 'ä' : '') + (i % 11 === 0 ? '😀' : '');
      if (!map.has(term)) map.set(term, map.size);
      // Every other time as a span in the middle of a longer text.
      const text = i % 2 ? `  ${term} x` : term;
      const from = i % 2 ? 2 : 0;
      const to = from + term.length;
      assert.equal(table.idOf(text, from, to, spanHash(text, from, to)), map.get(term), term);
    }
    assert.equal(table.size, map.size);
    for (const [term, id] of map) {
      assert.equal(table.term(id), term);
      assert.equal(table.find(`<${term}>`, 1, term.length + 1, spanHash(term, 0, term.length)), id);
    }
  });

  it('keeps terms apart whose FNV-1a hashes are equal, and odd strings', () => {
    const table = new SpanTable();
    // "costarring" and "liquid" collide under 32-bit FNV-1a.
    assert.equal(spanHash('costarring', 0, 10), spanHash('liquid', 0, 6));
    const terms = ['costarring', 'liquid', '', '0', '00', '😀', '\ud83d', 'declinate', 'macallums'];
    terms.forEach((t, i) => assert.equal(idOf(table, t), i, JSON.stringify(t)));
    terms.forEach((t, i) => assert.equal(idOf(table, t), i, JSON.stringify(t)));
    assert.equal(table.size, terms.length);
    assert.equal(table.find('liquids', 0, 7, spanHash('liquids', 0, 7)), -1);
    assert.equal(table.find('xliquid', 1, 7, spanHash('liquid', 0, 6)), 1);
  });

  it('sorts by UTF-16 code units, as strings sort, and joins the terms with their starts', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647);
    const letters = ['a', 'b', 'z', 'ä', 'ب', 'ی', 'д', '😀', '𠀀', '0'];
    const words = new Set<string>(['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdf', 'b']);
    while (words.size < 5000) {
      let w = '';
      for (let k = 1 + (rand() % 7); k > 0; k--) w += letters[rand() % letters.length];
      words.add(w);
    }
    const table = SpanTable.of(words);
    const order = table.sorted();
    const expected = [...words].sort();
    assert.deepEqual(Array.from(order, (id) => table.term(id)), expected);
    const { text, termStart } = table.joined(order);
    assert.equal(text, expected.join('\n') + '\n');
    expected.forEach((w, i) => assert.equal(text.slice(termStart[i], termStart[i + 1]! - 1), w));
    assert.equal(termStart[expected.length], text.length);
  });

  it('sorts terms of more than 255 first letters (two places in the key)', () => {
    const words = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + i) + String.fromCharCode(0x4e00 + ((i * 7) % 600)) + 'x'.repeat(i % 3));
    const table = SpanTable.of(words);
    assert.deepEqual(Array.from(table.sorted(), (id) => table.term(id)), [...words].sort());
  });

  it('keeps a lone surrogate when it joins code units into a string', () => {
    assert.equal(unitsToString(Uint16Array.from('a\ud83db😀'.split('').map((c) => c.charCodeAt(0)))), 'a\ud83db😀');
    const table = SpanTable.of(['\udc00x', 'a']);
    assert.equal(table.joined(table.sorted()).text, 'a\n\udc00x\n');
  });
});
