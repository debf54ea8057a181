import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordDiff, type DiffPart } from '../../../src/editor/text/word-diff.js';

const side = (parts: DiffPart[], keep: 'del' | 'ins') => parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => p.text).join('');

describe('word diff', () => {
  it('marks only the words that changed in a paragraph', () => {
    const before = 'Termine nach Vereinbarung, dienstags von 9 bis 12 Uhr im Rathaus.';
    const after = 'Termine nach Vereinbarung, donnerstags von 9 bis 13 Uhr im Rathaus.';
    const parts = wordDiff(before, after);
    assert.deepEqual(parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`).sort(), ['del:12', 'del:dienstags', 'ins:13', 'ins:donnerstags']);
    assert.equal(side(parts, 'del'), before, 'the old text comes back from its side');
    assert.equal(side(parts, 'ins'), after, 'and the new one from its side');
  });

  it('an added sentence is one insertion; a removed one one deletion; equal texts are one part', () => {
    assert.deepEqual(wordDiff('Bitte Ausweis mitbringen.', 'Bitte Ausweis mitbringen. Kinder sind willkommen.'), [
      { text: 'Bitte Ausweis mitbringen.', op: 'same' },
      { text: ' Kinder sind willkommen.', op: 'ins' },
    ]);
    assert.deepEqual(wordDiff('Eins zwei drei', 'Eins drei'), [
      { text: 'Eins ', op: 'same' },
      { text: 'zwei ', op: 'del' },
      { text: 'drei', op: 'same' },
    ]);
    assert.deepEqual(wordDiff('gleich', 'gleich'), [{ text: 'gleich', op: 'same' }]);
  });

  it('works in any script, and keeps line breaks', () => {
    const parts = wordDiff('مكتب المواطنين\nمفتوح', 'مكتب الأجانب\nمفتوح');
    assert.deepEqual(parts.filter((p) => p.op !== 'same').map((p) => p.text).sort(), ['الأجانب', 'المواطنين']);
    assert.equal(side(parts, 'ins'), 'مكتب الأجانب\nمفتوح');
  });

  it('very long texts are compared as a whole', () => {
    const long = Array.from({ length: 2500 }, (_, i) => `w${i}`).join(' ');
    assert.deepEqual(wordDiff(long, `${long} x`).map((p) => p.op), ['del', 'ins']);
  });
});
