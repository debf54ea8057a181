import { expect } from '@open-wc/testing';
import { createI18n } from '../../../src/reader/i18n/i18n.js';
import { endonym, formatDate, formatDateTime, weekdayName } from '../../../src/reader/i18n/format.js';

/** What a reader must never see: root-locale patterns, the browser's English, Latin-only month numbers. */
const UNREADABLE = /M\d|Mon|Tue|Dec|AP \d/;

const localeFile = async (lang: string) =>
  ((await import(`../../../locales/${lang}/kompass.json`)) as { default: { calendar: { months: string; weekdays: string; weekdaysShort: string } } }).default.calendar;
const names = (list: string) => list.split(',').map((s) => s.trim());

describe('dates and weekdays where the browser has no locale data', () => {
  // Chromium ships no locale data for these (checked in this browser: Intl answers in en-US).
  for (const lang of ['ti', 'so', 'ps', 'ka', 'hy', 'sq', 'ku', 'ckb']) {
    it(`${lang}: dates and weekdays read in the language's own words`, async () => {
      await createI18n(lang); // loads the UI language, as the reader does
      const own = await localeFile(lang);
      const december = names(own.months)[11]!;
      const date = formatDate(lang, '2026-12-03');
      expect(date).to.contain(december).and.to.contain('2026').and.to.contain('3');
      expect(date).not.to.match(UNREADABLE);
      expect(weekdayName(lang, 0)).to.equal(names(own.weekdays)[0]);
      expect(weekdayName(lang, 6, 'short')).to.equal(names(own.weekdaysShort)[6]);
      expect(weekdayName(lang, 0, 'short')).not.to.match(UNREADABLE);
    });
  }

  it('ti, so, ps: a whole date in the pattern of the language', async () => {
    await Promise.all(['ti', 'so', 'ps'].map((l) => createI18n(l)));
    expect(formatDate('ti', '2026-12-03')).to.equal('ታሕሳስ 3, 2026');
    expect(formatDate('so', '2026-12-03')).to.equal('Diseembar 3, 2026');
    expect(formatDate('ps', '2026-12-03')).to.equal('2026 دسمبر 3');
    expect(weekdayName('so', 0)).to.equal('Isniin');
  });

  it('date and time in the municipality\'s time zone, with the own month name and a 24-hour clock', async () => {
    await createI18n('ti');
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(formatDateTime('ti', new Date('2026-12-31T23:30:00Z'), 'Europe/Berlin')).to.equal('ጥሪ 1, 2027 00:30');
    expect(formatDateTime('ti', new Date('2026-12-31T23:30:00Z'), 'Europe/Berlin')).not.to.match(UNREADABLE);
  });

  it('bs: Chromium claims the language but has only root data ("2026 M12 3"); Kompass\'s own strings win', async () => {
    await createI18n('bs');
    expect(formatDate('bs', '2026-12-03')).to.equal('3. decembar 2026.');
    expect(weekdayName('bs', 0, 'short')).to.equal('pon');
  });

  it('a language Intl knows keeps Intl, which agrees with the locale file', async () => {
    await createI18n('de');
    expect(formatDate('de', '2026-12-03')).to.equal('3. Dezember 2026');
    expect(weekdayName('de', 0)).to.equal('Montag');
  });

  it('a language whose strings were never loaded is left to Intl', () => {
    expect(formatDate('uk', '2026-12-03')).to.equal(new Intl.DateTimeFormat('uk', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(2026, 11, 3)));
  });
});

describe('language names where the browser has no locale data', () => {
  it('names each UI language in itself, never in the browser\'s English', () => {
    expect(['so', 'ka', 'hy', 'sq', 'ckb', 'bs', 'ti', 'ps', 'ku'].map(endonym)).to.deep.equal(['Soomaali', 'ქართული', 'Հայերեն', 'Shqip', 'کوردی (سۆرانی)', 'Bosanski', 'ትግርኛ', 'پښتو', 'Kurdî (Kurmancî)']);
  });
});
