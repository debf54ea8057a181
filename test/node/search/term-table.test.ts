/**
 * The build's vocabulary gives every distinct term one number, in the order first seen, across
 * the table's growth, for terms whose hashes collide, and for terms a Map would treat apart
 * (the empty string, "0", surrogate pairs).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TermTable } from '../../../src/reader/search/term-table.js';

describe('TermTable', () => {
  it('numbers 200,000 distinct terms as a Map would, through every growth', () => {
    const table = new TermTable();
    const map = new Map<string, number>();
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647);
    for (let i = 0; i < 300_000; i++) {
      const term = (rand() % 200_000).toString(36) + (i % 7 === 0 ? 'ä' : '');
      if (!map.has(term)) map.set(term, map.size);
      assert.equal(table.idOf(term), map.get(term), term);
    }
    assert.equal(table.size, map.size);
    assert.deepEqual(table.terms, [...map.keys()]);
  });

  it('keeps terms apart whose FNV-1a hashes are equal, and odd strings', () => {
    const table = new TermTable();
    // "costarring" and "liquid" collide under 32-bit FNV-1a.
    const terms = ['costarring', 'liquid', '', '0', '00', '😀', '\ud83d', 'declinate', 'macallums'];
    terms.forEach((t, i) => assert.equal(table.idOf(t), i, JSON.stringify(t)));
    terms.forEach((t, i) => assert.equal(table.idOf(t), i, JSON.stringify(t)));
    assert.equal(table.size, terms.length);
  });
});
