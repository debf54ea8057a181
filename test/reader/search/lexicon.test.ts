import { expect } from '@open-wc/testing';
import { conceptGroups, loadLexicon } from '../../../src/reader/search/lexicon.js';
import { demoSearch, topEntries } from './demo-pack.js';

describe('search: the built-in concepts, in the reader\'s own words', () => {
  it('loads one language at a time, and nothing for a language it does not have', async () => {
    const ti = await loadLexicon('ti');
    expect(ti?.['fever']).to.include('ረስኒ');
    expect(await loadLexicon('xx')).to.equal(undefined);
    const groups = await conceptGroups('ti', ['de']);
    const fever = groups.find((g) => g.includes('ረስኒ'))!;
    expect(fever).to.include('Fieber');
    expect(fever).to.include('fever', 'the concept id, as entries name it in `concepts`');
  });

  it('a reader whose language has no content finds German places with her own words', async () => {
    const cases: [string, string, string][] = [
      ['ti', 'ረስኒ', 'fever: a doctor'],
      ['so', 'shaqo', 'work: the job centre or the employment agency'],
      ['prs', 'داکتر', 'doctor (Dari)'],
    ];
    for (const [lang, query, what] of cases) {
      const top = topEntries(await demoSearch(lang), query);
      expect(top.length, `${lang} "${query}" (${what})`).to.be.greaterThan(0);
    }
    expect(topEntries(await demoSearch('so'), 'shaqo').some((id) => ['jobcenter', 'agentur-fuer-arbeit'].includes(id))).to.equal(true);
  });

  it('"no money for food" finds the food bank though no word of it is in its texts', async () => {
    expect(topEntries(await demoSearch('en'), 'no money for food')).to.include('tafel');
  });
});
