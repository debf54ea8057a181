import { expect } from '@open-wc/testing';
import { DEFAULT_FALLBACKS, directionOf, effectiveFallbacks, fallbackChain, matchLanguage, matchReaderLanguage } from '../../src/pack/languages.js';

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

  it('matches a reader\'s browser tag to what Kompass offers, with its own codes', () => {
    const offered = ['de', 'en', 'ar', 'fa', 'prs', 'ku', 'ti'];
    expect(matchReaderLanguage('ar-EG', offered)).to.equal('ar');
    expect(matchReaderLanguage('fa-AF', offered), 'Dari').to.equal('prs');
    expect(matchReaderLanguage('fa-IR', offered)).to.equal('fa');
    expect(matchReaderLanguage('fa-AF', ['fa']), 'Persian when there is no Dari').to.equal('fa');
    expect(matchReaderLanguage('kmr', offered), 'Kurmanji').to.equal('ku');
    expect(matchReaderLanguage('ku-Arab', offered), 'Sorani is not Kurmanji').to.equal(undefined);
    expect(matchReaderLanguage('ti-ER', offered)).to.equal('ti');
  });

  it('builds fallback chains: the language, its chain, its base language, the default language', () => {
    expect(fallbackChain('prs', DEFAULT_FALLBACKS, 'de')).to.deep.equal(['prs', 'fa', 'de']);
    expect(fallbackChain('de-x-simple', DEFAULT_FALLBACKS, 'de')).to.deep.equal(['de-x-simple', 'de']);
    expect(fallbackChain('uk', DEFAULT_FALLBACKS, 'de'), 'never uk → ru').to.deep.equal(['uk', 'de']);
    const town = effectiveFallbacks({ ps: ['prs', 'fa'], fa: ['en'] });
    expect(fallbackChain('ps', town, 'de')).to.deep.equal(['ps', 'prs', 'fa', 'de']);
    expect(fallbackChain('fa', town, 'de'), 'a town\'s chain replaces the built-in one').to.deep.equal(['fa', 'en', 'de']);
    expect(fallbackChain('de-AT', town, 'de')).to.deep.equal(['de-AT', 'de']);
  });
});
