import { normalize } from './normalize.js';
import { prepareForStem } from './stem-prepare.js';

/** The stem of a normalised token (`tokenize`, `normalize`), itself normalised: a term of the index. */
export type Stem = (token: string) => string;

type Snowball = () => Promise<{ stemmer: (word: string) => string }>;

/**
 * Snowball stemmers (ports in @orama/stemmers), one lazy chunk per language: the static
 * `import()`s let the bundler split each into a file of its own, loaded only when asked for.
 * Note: Orama calls Armenian `am`; here `am` is Amharic, which has none.
 * None: Persian and Dari (`fa`, `prs`), Pashto, Urdu, Kurdish (`ku`, `ckb`), Amharic,
 * Tigrinya, Somali, Albanian, Georgian, Bengali, Polish, Vietnamese, Chinese; the Serbian
 * stemmer (also for Bosnian and Croatian) is left out because it alone is 12 kB gzip, over
 * the 7 kB a language's stemmer may take (`npm run size:search`).
 */
const SNOWBALL: Record<string, Snowball> = {
  ar: () => import('@orama/stemmers/arabic'),
  bg: () => import('@orama/stemmers/bulgarian'),
  de: () => import('@orama/stemmers/german'),
  en: () => import('@orama/stemmers/english'),
  es: () => import('@orama/stemmers/spanish'),
  fr: () => import('@orama/stemmers/french'),
  hi: () => import('@orama/stemmers/indian'),
  hy: () => import('@orama/stemmers/armenian'),
  it: () => import('@orama/stemmers/italian'),
  pt: () => import('@orama/stemmers/portuguese'),
  ro: () => import('@orama/stemmers/romanian'),
  ru: () => import('@orama/stemmers/russian'),
  ta: () => import('@orama/stemmers/tamil'),
  tr: () => import('@orama/stemmers/turkish'),
  uk: () => import('@orama/stemmers/ukrainian'),
};

/** The languages with a stemmer. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(SNOWBALL);

/** Languages whose stemmer needs a second pass to reach its own fixed point (see loadStemmer). */
const TWICE = new Set(['de', 'tr', 'ar']);

const loaded = new Map<string, Promise<Stem | undefined>>();

/** `de-AT` → `de`. */
const primary = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0]!;

/**
 * The stemmer of a language, loaded on first use and kept; `undefined` for a language without
 * one, or when its chunk cannot be loaded (offline before it was cached: then the next call
 * tries again). Never rejects.
 *
 * It stems the reader's normalised tokens (umlauts, accents and letter forms already folded,
 * see normalize.ts): what folding lost and the stemmer needs is put back first where that is
 * unambiguous (stem-prepare.ts), and the stem is normalised again, so it is a token of the index.
 * German, Turkish and Arabic are stemmed twice: one pass leaves "kurse" at "kurs" but "kurs"
 * at "kur", "kadınlar" at "kadın" but "kadın" at "kadı", "الطبيبة" at "طبيبه" but "طبيبة" at "طبيب".
 */
export function loadStemmer(lang: string): Promise<Stem | undefined> {
  const code = primary(lang);
  const load = Object.hasOwn(SNOWBALL, code) ? SNOWBALL[code] : undefined;
  if (!load) return Promise.resolve(undefined);
  let stem = loaded.get(code);
  if (!stem) {
    stem = load().then(
      ({ stemmer }): Stem => {
        const twice = TWICE.has(code);
        return (token) => {
          const ready = prepareForStem(code, token);
          const once = stemmer(ready);
          // Most words are their own stem: then a second pass changes nothing, and normalising
          // again only what prepareForStem changed.
          if (once === ready) return ready === token ? token : normalize(ready);
          return normalize(twice ? stemmer(once) : once);
        };
      },
      () => {
        loaded.delete(code);
        return undefined;
      },
    );
    loaded.set(code, stem);
  }
  return stem;
}

/** The stemmers of the given languages that have one, by language (for building an index). */
export async function stemmersOf(langs: readonly string[]): Promise<Map<string, Stem>> {
  const out = new Map<string, Stem>();
  await Promise.all(
    [...new Set(langs)].map(async (l) => {
      const st = await loadStemmer(l);
      if (st) out.set(l, st);
    }),
  );
  return out;
}
