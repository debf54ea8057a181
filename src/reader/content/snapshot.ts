import type {
  BaseCategory,
  BaseEntry,
  BaseGuide,
  BaseNotice,
  CompiledHours,
  LanguageCode,
  PackBase,
  PackLanguage,
  PackManifest,
  PackText,
  RichText,
} from '../../pack/types.js';
import { DEFAULT_FALLBACKS, fallbackChain } from '../../pack/languages.js';

/** A text together with the language it is actually in (it may be a fallback). */
export interface Localized<T = string> {
  value: T;
  lang: LanguageCode;
}

export interface CategoryView extends BaseCategory {
  label: Localized;
  /** Number of entries in this category and its sub-categories. */
  count: number;
}

export interface EntryView extends BaseEntry {
  name: Localized;
  summary?: Localized;
  description?: Localized<RichText>;
  addressExtra?: Localized;
  gettingThere?: Localized;
  hoursNote?: Localized;
  phoneLabels: (Localized | undefined)[];
  /** Notices with `closed: true` for this entry (their dates are closed days in `hours`). */
  closures?: BaseNotice[];
}



export interface GuideStepView {
  id: string;
  entries: string[];
  title: Localized;
  text?: Localized<RichText>;
  documents?: Localized<string[]>;
}

export interface GuideView extends Omit<BaseGuide, 'steps'> {
  title: Localized;
  intro?: Localized<RichText>;
  steps: GuideStepView[];
}

/**
 * One active revision of a pack, in memory, read synchronously by the components.
 * Texts are looked up in the reader's language first, then the municipality's default
 * language; every text says which language it is in, so fallbacks can be marked.
 */
export class ContentSnapshot {
  private readonly entriesById: Map<string, BaseEntry>;
  private readonly guidesById: Map<string, BaseGuide>;
  private readonly entriesByCategory = new Map<string, BaseEntry[]>();
  private readonly childCategories = new Map<string, string[]>();
  private readonly closures = new Map<string, BaseNotice[]>();

  private current: Map<LanguageCode, PackText>;
  private fullTexts: Promise<void> | undefined;

  constructor(
    readonly manifest: PackManifest,
    readonly base: PackBase,
    /** Texts by language; must include the default language. May be list projections (see `loadFullTexts`). */
    texts: ReadonlyMap<LanguageCode, PackText>,
    /** Loads the complete texts when `texts` holds only what lists need (descriptions, guide steps come later). */
    private readonly loadFull?: () => Promise<ReadonlyMap<LanguageCode, PackText>>,
  ) {
    this.current = new Map(texts);
    if (!loadFull) this.fullTexts = Promise.resolve();
    // Entries share compiled opening hours through `hoursRef`; give each its own reference.
    const table = base.hoursTable ?? [];
    for (const e of base.entries) if (e.hoursRef !== undefined && !e.hours) e.hours = table[e.hoursRef];
    this.entriesById = new Map(base.entries.map((e) => [e.id, e]));
    this.guidesById = new Map(base.guides.map((g) => [g.id, g]));
    for (const c of base.categories) {
      if (c.parent) this.childCategories.set(c.parent, [...(this.childCategories.get(c.parent) ?? []), c.id]);
    }
    for (const n of base.notices ?? []) {
      if (n.closed) for (const id of n.entries ?? []) this.closures.set(id, [...(this.closures.get(id) ?? []), n]);
    }
    for (const e of base.entries) {
      for (const c of e.categories) {
        let list = this.entriesByCategory.get(c);
        if (!list) this.entriesByCategory.set(c, (list = []));
        list.push(e);
      }
    }
  }

  /** Texts by language: complete once `loadFullTexts()` has resolved (or from the start). */
  get texts(): ReadonlyMap<LanguageCode, PackText> {
    return this.current;
  }

  /** Whether descriptions and guide steps are loaded (else only what lists show). */
  get complete(): boolean {
    return !this.loadFull || this.loaded;
  }

  private loaded = false;

  /** Loads descriptions, guide steps and keywords; resolves at once when they are there. */
  loadFullTexts(): Promise<void> {
    this.fullTexts ??= this.loadFull!().then((full) => {
      for (const [lang, text] of full) this.current.set(lang, text);
      this.loaded = true;
    });
    return this.fullTexts;
  }

  get revision(): number {
    return this.manifest.revision;
  }

  get defaultLanguage(): LanguageCode {
    return this.manifest.municipality.defaultLanguage;
  }

  get languages(): readonly PackLanguage[] {
    return this.manifest.languages;
  }

  /** Languages whose texts are loaded in this snapshot. */
  get loadedLanguages(): LanguageCode[] {
    return [...this.current.keys()];
  }

  hasLanguage(lang: LanguageCode): boolean {
    return this.current.has(lang);
  }

  /** Where texts for `lang` are looked for: the language, its fallback chain, the default language. */
  chainOf(lang: LanguageCode): LanguageCode[] {
    let chain = this.chains.get(lang);
    if (!chain) this.chains.set(lang, (chain = fallbackChain(lang, this.manifest.municipality.languageFallbacks ?? DEFAULT_FALLBACKS, this.defaultLanguage)));
    return chain;
  }

  private readonly chains = new Map<LanguageCode, LanguageCode[]>();

  municipalityName(lang: LanguageCode): Localized {
    const names = this.manifest.municipality.name;
    const l = this.chainOf(lang).find((c) => names[c]) ?? this.defaultLanguage;
    return { value: names[l] ?? this.manifest.municipality.id, lang: l };
  }

  categories(lang: LanguageCode): CategoryView[] {
    return this.base.categories.map((c) => this.categoryView(c, lang));
  }

  category(id: string, lang: LanguageCode): CategoryView | undefined {
    const c = this.base.categories.find((x) => x.id === id);
    return c && this.categoryView(c, lang);
  }

  /** Entries in a category or any of its sub-categories, each once, in pack order. */
  entriesInCategory(categoryId: string, lang: LanguageCode): EntryView[] {
    const seen = new Set<string>();
    const out: EntryView[] = [];
    for (const id of this.categoryAndDescendants(categoryId)) {
      for (const e of this.entriesByCategory.get(id) ?? []) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        out.push(this.entryView(e, lang));
      }
    }
    return out;
  }

  entries(lang: LanguageCode): EntryView[] {
    return this.base.entries.map((e) => this.entryView(e, lang));
  }

  entry(id: string, lang: LanguageCode): EntryView | undefined {
    const e = this.entriesById.get(id);
    return e && this.entryView(e, lang);
  }

  guides(lang: LanguageCode): GuideView[] {
    return this.base.guides.map((g) => this.guideView(g, lang));
  }

  guide(id: string, lang: LanguageCode): GuideView | undefined {
    const g = this.guidesById.get(id);
    return g && this.guideView(g, lang);
  }

  /**
   * The first-level information topics, in order, with icon and title (what home shows). Kept
   * here, in the first download; the rest of the page tree is in `pages.ts`, with the page view.
   */
  topLevelPages(lang: LanguageCode): { id: string; icon?: string; title: Localized }[] {
    return (this.base.pages ?? []).filter((p) => !p.parent).map((p) => ({ id: p.id, icon: p.icon, title: this.pageTitle(p.id, lang) }));
  }

  /** A page's title in `lang`, else the default language, else its id. */
  pageTitle(id: string, lang: LanguageCode): Localized {
    return this.pick(lang, (t) => t.pages?.[id]?.title) ?? { value: id, lang: this.defaultLanguage };
  }

  /** Whether the compiled opening hours no longer cover `today` (YYYY-MM-DD, local). */
  hoursOutdated(today: string): boolean {
    return today > this.base.hoursWindow.until;
  }

  private categoryAndDescendants(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) out.push(...(this.childCategories.get(out[i]!) ?? []));
    return out;
  }

  private categoryView(c: BaseCategory, lang: LanguageCode): CategoryView {
    const label = this.pick(lang, (t) => t.categories[c.id]) ?? { value: c.id, lang: this.defaultLanguage };
    const ids = new Set<string>();
    for (const id of this.categoryAndDescendants(c.id)) for (const e of this.entriesByCategory.get(id) ?? []) ids.add(e.id);
    return { ...c, label, count: ids.size };
  }

  private entryView(e: BaseEntry, lang: LanguageCode): EntryView {
    const field = <K extends keyof NonNullable<PackText['entries'][string]>>(k: K) =>
      this.pick(lang, (t) => t.entries[e.id]?.[k], k === 'description') as Localized<NonNullable<PackText['entries'][string][K]>> | undefined;
    const closed = this.closures.get(e.id);
    return {
      ...e,
      ...(closed && { hours: e.hours && withClosures(e.hours, closed), closures: closed }),
      name: field('name') ?? { value: e.id, lang: this.defaultLanguage },
      summary: field('summary'),
      description: field('description'),
      addressExtra: field('addressExtra'),
      gettingThere: field('gettingThere'),
      hoursNote: field('hoursNote'),
      phoneLabels: (e.phones ?? []).map((_, i) => this.pick(lang, (t) => t.entries[e.id]?.phoneLabels?.[i] ?? undefined)),
    };
  }

  private guideView(g: BaseGuide, lang: LanguageCode): GuideView {
    const text = (l: LanguageCode) => this.current.get(l)?.guides[g.id];
    return {
      ...g,
      title: this.pick(lang, (t) => t.guides[g.id]?.title) ?? { value: g.id, lang: this.defaultLanguage },
      intro: this.pick(lang, (t) => t.guides[g.id]?.intro, true),
      steps: g.steps.map((s) => ({
        ...s,
        title: this.pick(lang, (t) => t.guides[g.id]?.steps?.[s.id]?.title) ?? { value: s.id, lang: this.defaultLanguage },
        text: this.pick(lang, (t) => t.guides[g.id]?.steps?.[s.id]?.text, true),
        documents: this.pick(lang, (t) => {
          const docs = text(t.lang)?.steps?.[s.id]?.documents;
          return docs && docs.length ? docs : undefined;
        }, true),
      })),
    };
  }

  /** A text in `lang`, else the default language (as `pick`): for the modules beside this one (pages.ts). */
  localize<T>(lang: LanguageCode, get: (t: PackText) => T | undefined, list = false): Localized<T> | undefined {
    return this.pick(lang, get, list);
  }

  /**
   * The value in `lang`, else along its fallback chain, with the language it was found in. A
   * value of the wrong type (a tampered file; the sync refuses those) counts as missing: a
   * string, or with `list` an array (rich text, documents).
   */
  pick<T>(lang: LanguageCode, get: (t: PackText) => T | undefined, list = false): Localized<T> | undefined {
    for (const l of this.chainOf(lang)) {
      const t = this.current.get(l);
      const value = t && get(t);
      if (list ? Array.isArray(value) : typeof value === 'string' && value !== '') return { value: value!, lang: l };
    }
    return undefined;
  }
}

/**
 * The hours with the days of closing notices (`from`–`until`, inclusive) closed, so "open
 * now", "opens on …" and the week table agree with a notice that says closed.
 */
export function withClosures(hours: CompiledHours, closures: readonly { from: string; until: string }[]): CompiledHours {
  const exceptions = { ...hours.exceptions };
  for (const { from, until } of closures) {
    // UTC midnights: a day is always 86 400 000 ms there.
    for (let t = Date.parse(from); t <= Date.parse(until); t += 864e5) exceptions[new Date(t).toISOString().slice(0, 10)] = [];
  }
  return { ...hours, exceptions, alwaysOpen: false, week: hours.alwaysOpen ? Array(7).fill([[0, 1440]]) : hours.week };
}
