import { expect } from '@open-wc/testing';
import { normalize, tokenize } from '../../src/search/normalize.js';

describe('search normalisation', () => {
  it('folds German umlauts and ß so every spelling meets', () => {
    expect(normalize('Bürgerbüro')).to.equal(normalize('Buergerbuero'));
    expect(normalize('Bürgerbüro')).to.equal(normalize('Burgerburo'));
    expect(normalize('Straße')).to.equal(normalize('STRASSE'));
  });

  it('unifies Arabic letter forms and strips diacritics', () => {
    expect(normalize('إقامة')).to.equal(normalize('اقامة'));
    expect(normalize('مُسْتَشْفَى')).to.equal(normalize('مستشفي'));
    expect(normalize('كتاب')).to.equal(normalize('کتاب'));
    expect(normalize('مدرسة')).to.equal(normalize('مدرسه'));
    expect(normalize('عـــمل')).to.equal(normalize('عمل'));
  });

  it('treats Cyrillic ё as е and Turkish dotted/dotless i alike', () => {
    expect(normalize('ёлка')).to.equal(normalize('елка'));
    expect(normalize('İstanbul')).to.equal(normalize('istanbul'));
    expect(normalize('ılık')).to.equal(normalize('ilik'));
  });

  it('splits into words across scripts', () => {
    expect(tokenize('Wo ist das Bürgerbüro? مكتب-المواطنين')).to.deep.equal(['wo', 'ist', 'das', 'burgerburo', 'مکتب', 'المواطنین']);
  });
});
