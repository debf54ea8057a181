import { tokenize } from './normalize.js';

type Lexicon = Record<string, string[]>;

/** One lazily loaded chunk per language: a reader downloads only her own words (and the content's). */
const LOADERS: Record<string, () => Promise<{ default: Lexicon }>> = {
  am: () => import('./lexicon/am.json'),
  ar: () => import('./lexicon/ar.json'),
  bg: () => import('./lexicon/bg.json'),
  bn: () => import('./lexicon/bn.json'),
  bs: () => import('./lexicon/bs.json'),
  ckb: () => import('./lexicon/ckb.json'),
  de: () => import('./lexicon/de.json'),
  en: () => import('./lexicon/en.json'),
  es: () => import('./lexicon/es.json'),
  fa: () => import('./lexicon/fa.json'),
  fr: () => import('./lexicon/fr.json'),
  hi: () => import('./lexicon/hi.json'),
  hr: () => import('./lexicon/hr.json'),
  hy: () => import('./lexicon/hy.json'),
  it: () => import('./lexicon/it.json'),
  ka: () => import('./lexicon/ka.json'),
  ku: () => import('./lexicon/ku.json'),
  pl: () => import('./lexicon/pl.json'),
  prs: () => import('./lexicon/prs.json'),
  ps: () => import('./lexicon/ps.json'),
  pt: () => import('./lexicon/pt.json'),
  ro: () => import('./lexicon/ro.json'),
  ru: () => import('./lexicon/ru.json'),
  so: () => import('./lexicon/so.json'),
  sq: () => import('./lexicon/sq.json'),
  sr: () => import('./lexicon/sr.json'),
  ta: () => import('./lexicon/ta.json'),
  ti: () => import('./lexicon/ti.json'),
  tr: () => import('./lexicon/tr.json'),
  uk: () => import('./lexicon/uk.json'),
  ur: () => import('./lexicon/ur.json'),
  vi: () => import('./lexicon/vi.json'),
  zh: () => import('./lexicon/zh.json'),
};

const loaded = new Map<string, Promise<Lexicon | undefined>>();

/** The built-in lexicon of a language (`src/reader/search/lexicon/<lang>.json`), or undefined: none, or it could not load (offline before it was cached). */
export function loadLexicon(lang: string): Promise<Lexicon | undefined> {
  const base = lang.toLowerCase().split('-')[0]!;
  let p = loaded.get(base);
  if (!p) {
    const load = LOADERS[base];
    p = load ? load().then((m) => m.default, () => undefined) : Promise.resolve(undefined);
    p.then((l) => l === undefined && loaded.delete(base), () => undefined); // try again next time
    loaded.set(base, p);
  }
  return p;
}

/**
 * The concepts as groups of words for the query parser: for each concept, the reader's words
 * and the words of the languages the content is in (its German words for a German town), and
 * the concept's own id as words (`child-benefit` → "child benefit": what an entry's `concepts`
 * field is indexed as). A word the reader types then finds what the content calls it.
 */
export async function conceptGroups(readerLang: string, contentLangs: readonly string[]): Promise<string[][]> {
  const lexicons = (await Promise.all([...new Set([readerLang, ...contentLangs])].map(loadLexicon))).filter((l): l is Lexicon => !!l);
  if (!lexicons.length) return [];
  const ids = new Set(lexicons.flatMap((l) => Object.keys(l)));
  const groups: string[][] = [];
  for (const id of ids) {
    const terms = new Set<string>([conceptWords(id)]);
    for (const l of lexicons) for (const t of l[id] ?? []) if (tokenize(t).length) terms.add(t);
    if (terms.size > 1) groups.push([...terms]);
  }
  return groups;
}

/** How a concept id is searched and indexed: its parts as words (`child-benefit` → "child benefit"). */
export const conceptWords = (id: string): string => id.replace(/-/g, ' ');
