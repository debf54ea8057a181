import { expect } from '@open-wc/testing';
import { directionOf, matchLanguage } from '../../src/pack/languages.js';

describe('languages', () => {
  it('knows which languages are written right to left', () => {
    for (const rtl of ['ar', 'fa', 'prs', 'ps', 'ckb', 'ar-SY', 'ku-Arab']) expect(directionOf(rtl), rtl).to.equal('rtl');
    for (const ltr of ['de', 'en', 'uk', 'tr', 'ku', 'ti', 'so', 'de-x-simple']) expect(directionOf(ltr), ltr).to.equal('ltr');
  });

  it('matches wanted languages exactly first, then by base language', () => {
    expect(matchLanguage(['de-AT', 'en'], ['en', 'de'])).to.equal('de');
    expect(matchLanguage(['de-x-simple'], ['de', 'de-x-simple'])).to.equal('de-x-simple');
    expect(matchLanguage(['sw'], ['de', 'en'])).to.equal(undefined);
  });
});
