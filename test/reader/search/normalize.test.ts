import { expect } from '@open-wc/testing';
import { normalize, stem, tokenize, words } from '../../../src/reader/search/normalize.js';

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

describe('search normalisation, more scripts', () => {
  it('folds Turkish letters so an ASCII keyboard finds them', () => {
    expect(normalize('Göç ve mülteci danışmanlığı')).to.equal(normalize('goc ve multeci danismanligi'));
    expect(normalize('ŞİŞLİ')).to.equal(normalize('sisli'));
  });

  it('unifies Persian and Arabic letters and digits', () => {
    expect(normalize('پزشک کودکان')).to.equal(normalize('پزشك كودكان'));
    expect(normalize('خانهٔ')).to.equal(normalize('خانه'));
    expect(normalize('۱۱۲')).to.equal('112');
    expect(normalize('١١٢')).to.equal('112');
  });

  it('treats Ukrainian ґ as г and keeps apostrophe words together', () => {
    expect(normalize('ґанок')).to.equal(normalize('ганок'));
    expect(tokenize("сім'я")).to.deep.equal(['сімя']);
    expect(tokenize('Citizens’ Office')).to.deep.equal(['citizens', 'office']);
  });

  it('finds words with their positions in the shown text', () => {
    const text = 'Bürgerbüro im Rathaus';
    const spans = words(text);
    expect(spans.map((w) => text.slice(w.start, w.end))).to.deep.equal(['Bürgerbüro', 'im', 'Rathaus']);
    expect(spans[0]!.tokens).to.deep.equal(['burgerburo']);
  });

  it('strips the Arabic article for a second look-up form', () => {
    expect(stem(normalize('المواطنين'))).to.equal(normalize('مواطنين'));
    expect(stem(normalize('والمستشفى'))).to.equal(normalize('مستشفى'));
    expect(stem('ال')).to.equal(undefined);
    expect(stem('arzt')).to.equal(undefined);
  });

  it('tokenises exactly as normalising and splitting would (the fast path changes nothing)', () => {
    const samples = [
      'Wo melde ich meinen Wohnsitz an? Bürgerbüro, Straße 5, 12345 Musterstadt',
      'AUSLÄNDERBEHÖRDE – Aufenthaltstitel verlängern (Termin nötig!)',
      'İstanbul ılık IŞIK Iğdır',
      'مُسْتَشْفَى المدينة — عـــمل، إقامة، ٣ أيام ۲۵ روز',
      'کتاب كتاب مدرسة ۀ ؤ ئ',
      'сім\'я, ґанок, ёлка, Йошкар-Ола',
      'ትግርኛ ቤት ጽሕፈት 24/7',
      "l'école, d’accord, O'Brien",
      'Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３ ﬁ ligature',
      'emoji 🙂 mixed 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and a lone \ud800 surrogate',
      'Caf\u0065\u0301 coöperatie naïve façade',
      'Mo-Fr 08:00-12:00 "nur mit Termin"',
      'डॉक्टरों से मिलना, মাতৃভাষা, மருத்துவர்',
      '',
      '   ',
    ];
    for (const text of samples) {
      const expected = normalize(text).split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
      expect(tokenize(text), text).to.deep.equal(expected);
    }
  });

  it('keeps a Devanagari, Bengali or Tamil word whole: its vowel signs are part of it', () => {
    expect(tokenize('डॉक्टरों से मिलना')).to.deep.equal(['डॉक्टरों', 'से', 'मिलना']);
    expect(tokenize('மருத்துவர்')).to.have.length(1);
    expect(tokenize('মাতৃভাষা')).to.have.length(1);
  });
});
