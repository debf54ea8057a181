/**
 * The synthetic content source the benchmarks share (bench:content, bench:search): a
 * deterministic pack-sized source with realistic text lengths, fed to the real `buildPack`.
 */

/** The 12 languages of the synthetic pack; German is the default. */
export const LANGS = ['de', 'en', 'ar', 'uk', 'ru', 'tr', 'fa', 'prs', 'ps', 'ti', 'so', 'fr'];

let seed = 42;
/** mulberry32: deterministic, and a full period (so gzip sizes are honest). */
const rand = () => {
  let t = (seed = (seed + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rand() * a.length)];
const range = (a, b) => String.fromCodePoint(...Array.from({ length: b - a + 1 }, (_, i) => a + i));
const SCRIPTS = {
  latin: 'abcdefghijklmnoprstuvwyzäöüßéè',
  cyrillic: range(0x430, 0x44f),
  arabic: range(0x627, 0x64a),
  ethiopic: range(0x1200, 0x1257),
};
export const scriptOf = { ar: 'arabic', fa: 'arabic', prs: 'arabic', ps: 'arabic', uk: 'cyrillic', ru: 'cyrillic', ti: 'ethiopic' };
function words(lang, n) {
  const chars = SCRIPTS[scriptOf[lang] ?? 'latin'];
  const out = [];
  for (let i = 0; i < n; i++) {
    const len = 2 + Math.floor(rand() * 9);
    let w = '';
    for (let j = 0; j < len; j++) w += pick(chars);
    out.push(w);
  }
  return out.join(' ');
}
const sentence = (lang, n) => {
  const s = words(lang, n);
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
};
let langs = LANGS;
const localized = (make) => Object.fromEntries(langs.map((l) => [l, make(l)]));

const KINDS = ['authority', 'counselling', 'association', 'course', 'health', 'education', 'emergency', 'other'];
const HOURS = ['Mo-Fr 08:00-12:00', 'Mo-Fr 08:00-12:00; Th 14:00-18:00', 'Mo,We 09:00-15:00; Fr 09:00-12:00 "nur mit Termin"', 'Tu-Sa 10:00-19:00', '24/7'];

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

/**
 * Information pages as a town's Integreat tree has them: 20 topics of 5 sub-pages, the rest
 * third-level pages below those; 80–200 words of text each, links to entries on every third.
 */
function makePages(count, entryCount) {
  const pages = [];
  const second = [];
  for (let i = 0; i < count; i++) {
    const level = i < 20 ? 1 : i < 120 ? 2 : 3;
    const parent = level === 1 ? undefined : level === 2 ? `page-${(i - 20) % 20}` : second[(i - 120) % second.length];
    const id = `page-${i}`;
    if (level === 2) second.push(id);
    pages.push({
      id,
      ...(parent ? { parent } : {}),
      order: i,
      title: localized((l) => words(l, 2 + (i % 4))),
      text: localized((l) => `${sentence(l, 20 + (i % 30))} ${sentence(l, 15 + (i % 20))}

- ${words(l, 6)}
- ${words(l, 5)}

${sentence(l, 25 + (i % 40))} ${sentence(l, 20 + (i % 25))}`),
      ...(level === 1 ? { icon: 'info' } : {}),
      ...(i % 3 === 0 && entryCount ? { entries: [`entry-${(i * 7) % entryCount}`] } : {}),
    });
  }
  return pages;
}

/** Events: a third weekly, a third monthly ("first Monday"), a third on one to three dates, over the year from June 2026. */
function makeEvents(count, entryCount) {
  return Array.from({ length: count }, (_, i) => {
    const day = DAYS[i % DAYS.length];
    const month = String(6 + (i % 7)).padStart(2, '0');
    const time =
      i % 3 === 0
        ? { repeat: { every: 'week', on: [day] }, from: '2026-06-01', until: '2027-05-31', start: '15:00', end: '17:00', except: ['2026-12-22', '2026-12-29'], skipHolidays: true }
        : i % 3 === 1
          ? { repeat: { every: 'month', on: [{ week: 1 + (i % 4), day }] }, from: '2026-06-01', start: '18:00', end: '20:00' }
          : { dates: Array.from({ length: 1 + (i % 3) }, (_, k) => `2026-${month}-${String(3 + k * 7 + (i % 5)).padStart(2, '0')}`), start: '10:00', end: '12:00' };
    return {
      id: `event-${i}`,
      title: localized((l) => words(l, 3)),
      description: localized((l) => `${sentence(l, 20 + (i % 20))} ${sentence(l, 10 + (i % 10))}`),
      ...(entryCount ? { place: `entry-${(i * 11) % entryCount}`, organizer: `entry-${(i * 13) % entryCount}` } : {}),
      languages: ['de', 'ar'],
      cost: localized((l) => words(l, 2)),
      time,
    };
  });
}

/**
 * A deterministic synthetic source (same seed, same pack): `entries` entries in `languages`,
 * 60 categories, 20 guides of 6 steps, `pages` information pages and `events` events,
 * realistic text lengths, random words per script.
 */
export function makeSource({ entries: ENTRIES = 5000, languages = LANGS, pages = 0, events = 0 } = {}) {
  seed = 42;
  langs = languages;
  const categories = [];
  for (let i = 0; i < 12; i++) {
    categories.push({ id: `cat${i}`, label: localized((l) => words(l, 2)), icon: 'building' });
    for (let j = 0; j < 4; j++) categories.push({ id: `cat${i}-${j}`, parent: `cat${i}`, label: localized((l) => words(l, 3)), icon: 'info' });
  }
  const leaves = categories.filter((c) => c.parent).map((c) => c.id);
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    id: `entry-${i}`,
    kind: KINDS[i % KINDS.length],
    categories: [leaves[i % leaves.length], ...(i % 7 === 0 ? [leaves[(i * 3) % leaves.length]] : [])],
    name: localized((l) => words(l, 3 + (i % 3))),
    summary: localized((l) => sentence(l, 14 + (i % 10))),
    // Two of three entries have a description: two short paragraphs and a list, 60–110 words.
    ...(i % 3 === 2
      ? {}
      : { description: localized((l) => `${sentence(l, 15 + (i % 15))} ${sentence(l, 10 + (i % 10))}\n\n- ${words(l, 5)}\n- ${words(l, 6)}\n- ${words(l, 4)}\n\n${sentence(l, 12 + (i % 12))}`) }),
    address: { street: `Hauptstraße ${i + 1}`, postalCode: '12345', city: 'Musterstadt', lat: 50 + (i % 100) / 1000, lon: 8 + (i % 97) / 1000 },
    openingHours: HOURS[i % HOURS.length],
    phones: [{ number: `+49 6131 ${100000 + i}` }],
    email: `stelle${i}@musterstadt.example`,
    website: `https://musterstadt.example/stelle/${i}`,
    languages: ['de', 'en'],
    wheelchair: 'yes',
    lastChecked: '2026-05-01',
    keywords: localized((l) => [words(l, 1), words(l, 1)]),
  }));
  const guides = Array.from({ length: 20 }, (_, g) => ({
    id: `guide-${g}`,
    title: localized((l) => words(l, 4)),
    intro: localized((l) => sentence(l, 25)),
    steps: Array.from({ length: 6 }, (_, s) => ({
      id: `s${s}`,
      title: localized((l) => words(l, 4)),
      text: localized((l) => sentence(l, 30)),
      entries: [`entry-${(g * 6 + s) % ENTRIES}`],
      documents: [localized((l) => words(l, 3))],
    })),
  }));
  return {
    municipality: { id: 'musterstadt', name: localized((l) => `Musterstadt ${l}`), defaultLanguage: 'de', languages: langs, timeZone: 'Europe/Berlin', state: 'RP' },
    categories,
    entries,
    guides,
    synonyms: [],
    ...(pages ? { pages: makePages(pages, ENTRIES) } : {}),
    ...(events ? { events: makeEvents(events, ENTRIES) } : {}),
  };
}
