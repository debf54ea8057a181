import { expect } from '@open-wc/testing';
import { SynonymTable } from '../../../src/reader/search/query.js';
import { tokenize } from '../../../src/reader/search/normalize.js';
import { demoSearch, topEntries } from './demo-pack.js';

describe('search: the Arabic article in every look-up', () => {
  it('finds a synonym typed with the article ("الاوسلندر" as "آوسلندر")', async () => {
    for (const lang of ['fa', 'ar']) {
      const engine = await demoSearch(lang);
      expect(topEntries(engine, 'الاوسلندر')[0], lang).to.equal('auslaenderbehoerde');
      expect(topEntries(engine, 'الاوسلندر')).to.deep.equal(topEntries(engine, 'آوسلندر'));
    }
  });

  it('matches synonym phrases word by word with or without the article', () => {
    const table = new SynonymTable([['ausländerbehörde', 'دائرة الأجانب']]);
    expect(table.match(tokenize('دائرة اجانب'), 0)?.others.map((o) => o.tokens)).to.deep.equal([['auslanderbehorde']]);
    expect(table.match(tokenize('ausländerbehörde'), 0)?.others.map((o) => o.tokens)).to.deep.equal([tokenize('دائرة الأجانب')]);
    expect(table.match(tokenize('الدائرة'), 0)).to.be.undefined;
  });
});
