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

/**
 * A deterministic synthetic source (same seed, same pack): `entries` entries in `languages`,
 * 60 categories, 20 guides of 6 steps, realistic text lengths, random words per script.
 */
export function makeSource({ entries: ENTRIES = 5000, languages = LANGS } = {}) {
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
  };
}
