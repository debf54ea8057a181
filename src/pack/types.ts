/**
 * The content model, in its two shapes:
 * - the **source** editors write (YAML files, CSV imports, the editor): every human-readable
 *   field is a map from language to text;
 * - the **published pack** the reader downloads: `manifest.json`, one language-neutral
 *   `base.<hash>.json`, and one `text/<lang>.<hash>.json` per language.
 * Docs: docs/content-format.md. JSON Schemas: src/pack/schema/ and src/authoring/schema/.
 */

/** A BCP 47 language tag as used in the pack, e.g. `de`, `ar`, `prs`, `de-x-simple` (easy German). */
export type LanguageCode = string;

/** Easy German ("Leichte Sprache"/"Einfache Sprache") is a private-use variant of German. */
export const EASY_GERMAN = 'de-x-simple';

export const ENTRY_KINDS = ['authority', 'counselling', 'association', 'course', 'health', 'education', 'emergency', 'other'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const WHEELCHAIR_VALUES = ['yes', 'limited', 'no', 'unknown'] as const;
export type Wheelchair = (typeof WHEELCHAIR_VALUES)[number];

/* ───────────────────────────── source ───────────────────────────── */

/**
 * A translated text that records where it came from: the source-language text's revision
 * (a short hash of it) it was translated from, and whether a machine made it.
 */
export interface TranslatedText {
  text: string;
  /** Short hash of the default-language text this translation was made from. */
  from?: string;
  /** Machine-translated and not yet reviewed by a person. */
  machine?: boolean;
}

/** `{ de: 'Bürgerbüro', ar: 'مكتب المواطنين' }` — a plain string or a TranslatedText per language. */
export type LocalizedText = Record<LanguageCode, string | TranslatedText>;

export interface SourceMunicipality {
  id: string;
  name: LocalizedText;
  defaultLanguage: LanguageCode;
  /** Languages offered to readers, default language included. */
  languages: LanguageCode[];
  /**
   * Where readers of a language find the texts it lacks, before the default language, e.g.
   * `{ ps: [prs, fa], ku: [tr] }`. Each list is the whole chain; it replaces the built-in one
   * (`DEFAULT_FALLBACKS` in src/pack/languages.ts: prs ↔ fa, de-x-simple → de).
   */
  languageFallbacks?: Record<LanguageCode, LanguageCode[]>;
  /**
   * Translations of the quoted comments in opening hours, keyed by the comment as written
   * (in the default language): `{ "nur mit Termin": { en: "by appointment only", ar: "…" } }`.
   * The OpenStreetMap string stays as it is; readers see the comment in their language.
   */
  hoursComments?: Record<string, Record<LanguageCode, string>>;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** German state for public holidays, ISO 3166-2 subdivision code without `DE-`, e.g. `NW`, `BY`. */
  state: string;
  /** Whether entries are closed on public holidays unless their hours say otherwise (`PH …`). Default true. */
  closedOnPublicHolidays?: boolean;
  imprintUrl?: string;
  privacyUrl?: string;
  /** Editors' contact, used for "report a mistake". */
  contact?: { email?: string; phone?: string; name?: string };
  /** The town centre, for sun times (`sunrise-sunset`) of entries without coordinates. */
  location?: { lat: number; lon: number };
}

export interface SourceCategory {
  id: string;
  parent?: string;
  label: LocalizedText;
  /** Icon name from the reader's icon set (see src/reader/ui/icons.ts). */
  icon: string;
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  /** Optional line such as "2nd floor, room 204". */
  extra?: LocalizedText;
  /** Optional "getting there" text: bus or tram stop, which entrance ("Bus 12 to Rathaus, entrance in the courtyard"). */
  gettingThere?: LocalizedText;
  /** Coordinates are optional (both or neither): an entry without them is simply not on "near me" and its map link searches the address. */
  lat?: number;
  lon?: number;
}

export interface Phone {
  number: string;
  label?: LocalizedText;
}

export interface SourceEntry {
  id: string;
  kind: EntryKind;
  categories: string[];
  name: LocalizedText;
  summary: LocalizedText;
  /** Markdown subset: paragraphs, lists, emphasis, links (https, tel, mailto, geo), headings. */
  description?: LocalizedText;
  address?: Address;
  /** OpenStreetMap `opening_hours` syntax, e.g. `Mo-Fr 08:00-12:00; Th 14:00-18:00 "nur mit Termin"`. */
  openingHours?: string;
  /** A note shown with the hours, e.g. "Closed during school holidays". */
  hoursNote?: LocalizedText;
  phones?: Phone[];
  email?: string;
  website?: string;
  appointment?: { required: boolean; url?: string };
  /** Languages spoken on site (BCP 47). */
  languages?: LanguageCode[];
  wheelchair?: Wheelchair;
  /** ISO date (YYYY-MM-DD) an editor last checked this entry. */
  lastChecked?: string;
  /** Extra search words per language (not shown). */
  keywords?: Record<LanguageCode, string[]>;
  /** Built-in needs this entry answers (ids from src/pack/concepts.json, e.g. `fever`, `eviction`): found by their words in every language. */
  concepts?: string[];
  /** Data from an import that has no place in this model, kept rather than dropped. */
  extra?: Record<string, unknown>;
}

export interface SourceGuideStep {
  id: string;
  title: LocalizedText;
  /** Markdown subset, as for entry descriptions. */
  text?: LocalizedText;
  /** Entry ids this step points to. */
  entries?: string[];
  /** Documents to bring, one text each. */
  documents?: LocalizedText[];
}

export interface SourceGuide {
  id: string;
  title: LocalizedText;
  intro?: LocalizedText;
  /** Icon name, as for categories. */
  icon?: string;
  steps: SourceGuideStep[];
}

/** Times of an event: one date, several dates, or a rule (see `src/authoring/events/recurrence.ts`). */
export interface SourceEventTime {
  dates?: string[];
  repeat?: { every: 'week'; on: string[]; interval?: number } | { every: 'month'; on: { week: 1 | 2 | 3 | 4 | -1; day: string }[] };
  from?: string;
  until?: string;
  /** Local wall-clock times `HH:MM`; without `start` the event lasts all day. */
  start?: string;
  end?: string;
  except?: string[];
  /** Leave out the state's public holidays. */
  skipHolidays?: boolean;
}

/** One file in `events/`: a Sprachcafé every Tuesday, an information evening once a month. */
export interface SourceEvent {
  id: string;
  title: LocalizedText;
  /** Markdown subset, as for entry descriptions. */
  description?: LocalizedText;
  /** Where: an entry id (its address and map link are used) … */
  place?: string;
  /** … or an address of its own. */
  address?: Address;
  /** Who runs it: an entry id. */
  organizer?: string;
  /** Languages spoken at the event (BCP 47). */
  languages?: LanguageCode[];
  /** What it costs, e.g. "kostenlos", "3 € mit Kaffee". */
  cost?: LocalizedText;
  registration?: { required?: boolean; url?: string; phone?: string; note?: LocalizedText };
  time: SourceEventTime;
  /** Data from an import that has no place in this model, kept rather than dropped. */
  extra?: Record<string, unknown>;
}

export type NoticeSeverity = 'info' | 'warning' | 'urgent';

/** One file in `pages/`: an information page in a tree of any depth (Integreat's page tree). */
export interface SourcePage {
  id: string;
  /** The parent page's id; without, the page is a topic on the first level. */
  parent?: string;
  /** Position among its siblings (smaller first; then by title in the default language). */
  order?: number;
  title: LocalizedText;
  /** Markdown subset, as for entry descriptions. */
  text?: LocalizedText;
  /** Icon name, as for categories (for first-level topics). */
  icon?: string;
  /** Related entries, guides and pages, linked below the text. */
  entries?: string[];
  guides?: string[];
  pages?: string[];
  /** Documents to download or read elsewhere: links, one title each. */
  attachments?: { url: string; title: LocalizedText }[];
  /** Data from an import that has no place in this model, kept rather than dropped. */
  extra?: Record<string, unknown>;
}

/** One item of `notices.yaml`: a short, dated message for the town or for some entries. */
export interface SourceNotice {
  id: string;
  text: LocalizedText;
  /** First and last day it is shown (local dates, inclusive). */
  from: string;
  until: string;
  severity?: NoticeSeverity;
  /** Entries it is about; without, it is for the whole town. */
  entries?: string[];
  /** The entries are closed from `from` to `until`: "open now" says closed. */
  closed?: boolean;
}

/** Words that mean the same for search, e.g. Ausländerbehörde ↔ Einwanderungsbehörde ↔ immigration office. */
export interface SynonymGroup {
  id: string;
  terms: Record<LanguageCode, string[]>;
}

/** A whole source folder, parsed. */
export interface SourceContent {
  municipality: SourceMunicipality;
  categories: SourceCategory[];
  entries: SourceEntry[];
  guides: SourceGuide[];
  synonyms: SynonymGroup[];
  /** `events/*.yaml` (none when the folder is missing). */
  events?: SourceEvent[];
  /** `notices.yaml` (none when the file is missing). */
  notices?: SourceNotice[];
  /** `pages/*.yaml` (none when the folder is missing). */
  pages?: SourcePage[];
}

/* ───────────────────────────── rich text ───────────────────────────── */

/** Markdown compiled at build time into a tree the reader renders with Lit (never innerHTML). */
export type Inline =
  | string
  | { t: 'em' | 'strong'; c: Inline[] }
  | { t: 'a'; href: string; c: Inline[] }
  | { t: 'br' };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: 2 | 3 | 4; c: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][] };

export type RichText = Block[];

/* ───────────────────────────── opening hours ───────────────────────────── */

/**
 * Minutes after local midnight, `[start, end)`; end may be 1440. An interval that runs past
 * midnight is split into two. A third element indexes `CompiledHours.comments`
 * (e.g. "nur mit Termin"): open only under that condition.
 */
export type Interval = [start: number, end: number] | [start: number, end: number, comment: number];

/**
 * Opening hours compiled at build time with the `opening_hours` library, in wall-clock time
 * of the municipality's time zone (so DST changes need no special case).
 */
export interface CompiledHours {
  /** Monday … Sunday: the regular week. */
  week: Interval[][];
  /** Dates (YYYY-MM-DD, local) that differ from the regular week, public holidays included. `[]` = closed. */
  exceptions: Record<string, Interval[]>;
  /** Texts the intervals refer to, in the language of the source (usually German). */
  comments?: string[];
  /**
   * What each comment means for the state, by the same index (`null`: a condition of an
   * opening, as "Notfallsprechstunde"): `appointment` — by appointment rather than open or
   * closed ("nur mit Termin"); `open-end` — open from the start on, no closing time (`18:00+`;
   * its comment text is empty).
   */
  meanings?: (HoursMeaning | null)[];
  /** Always open (24/7). */
  alwaysOpen?: boolean;
  /** No times at all, only "by appointment" ("nach Vereinbarung"). */
  byAppointment?: boolean;
}

export type HoursMeaning = 'appointment' | 'open-end';

/* ───────────────────────────── published pack ───────────────────────────── */

export const PACK_FORMAT = 'kompass-pack/1';

export interface PackFileRef {
  /** Path relative to manifest.json, e.g. `base.3f9a….json`, `text/ar.91bc….json`. */
  file: string;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
}

export interface PackLanguage extends PackFileRef {
  code: LanguageCode;
  /** The language's own name, e.g. `العربية`. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  /** Share of texts present in this language (0…1), fallbacks not counted. */
  completeness: number;
}

export interface PackMunicipality {
  id: string;
  /** Name in every language it has. */
  name: Record<LanguageCode, string>;
  defaultLanguage: LanguageCode;
  timeZone: string;
  state: string;
  imprintUrl?: string;
  privacyUrl?: string;
  contact?: { email?: string; phone?: string; name?: string };
  /**
   * Content fallbacks by language: where a text missing in that language is looked for
   * before the default language (the built-in chains with the town's own over them).
   * Absent in older packs: the reader uses the built-in chains.
   */
  languageFallbacks?: Record<LanguageCode, LanguageCode[]>;
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  /** Increases with every published change; readers refuse an older one. */
  revision: number;
  /** ISO date-time of publication. */
  published: string;
  municipality: PackMunicipality;
  base: PackFileRef;
  languages: PackLanguage[];
}

export interface BaseCategory {
  id: string;
  parent?: string;
  icon: string;
}

export interface BaseEntry {
  id: string;
  kind: EntryKind;
  categories: string[];
  address?: Omit<Address, 'extra' | 'gettingThere'>;
  /** The source rule, shown to people who know the syntax; `hours` is what the reader evaluates. */
  openingHours?: string;
  /** Index into `PackBase.hoursTable`: entries with the same rule share one compiled copy. */
  hoursRef?: number;
  /** The compiled hours (resolved from `hoursRef` when the pack is read; not written to the pack). */
  hours?: CompiledHours;
  phones?: { number: string }[];
  email?: string;
  website?: string;
  appointment?: { required: boolean; url?: string };
  languages?: LanguageCode[];
  wheelchair?: Wheelchair;
  lastChecked?: string;
  /** Built-in concepts the entry answers (src/pack/concepts.json). */
  concepts?: string[];
}

export interface BaseGuide {
  id: string;
  icon?: string;
  steps: { id: string; entries: string[] }[];
}

/** An event with its occurrences compiled at build time: `[start, end?]` as ISO 8601 with offset, or a date for all day. */
export interface BaseEvent {
  id: string;
  place?: string;
  address?: Omit<Address, 'extra' | 'gettingThere'>;
  organizer?: string;
  languages?: LanguageCode[];
  registration?: { required?: boolean; url?: string; phone?: string };
  /** The rule as written (for "every Tuesday 15:00–17:00"); absent for plain dates. */
  repeat?: SourceEventTime['repeat'];
  start?: string;
  end?: string;
  occurrences: [start: string, end?: string][];
}

/** A page of the tree; `PackBase.pages` lists them in tree order (parents first, siblings in order). */
export interface BasePage {
  id: string;
  parent?: string;
  icon?: string;
  entries?: string[];
  guides?: string[];
  pages?: string[];
  attachments?: { url: string }[];
}

export interface BaseNotice {
  id: string;
  from: string;
  until: string;
  severity: NoticeSeverity;
  entries?: string[];
  closed?: boolean;
}

export interface PackBase {
  format: typeof PACK_FORMAT;
  /** The window `hours.exceptions` cover (local dates, inclusive). Past `until`, hours may be out of date. */
  hoursWindow: { from: string; until: string };
  /** Compiled opening hours, each distinct rule once; entries point here with `hoursRef`. */
  hoursTable?: CompiledHours[];
  categories: BaseCategory[];
  entries: BaseEntry[];
  guides: BaseGuide[];
  /** Synonym groups for search, all languages together (terms already normalised by the build). */
  synonyms: string[][];
  /** Events with occurrences in `eventsWindow` (absent in packs without events). */
  events?: BaseEvent[];
  eventsWindow?: { from: string; until: string };
  notices?: BaseNotice[];
  pages?: BasePage[];
}

export interface EntryText {
  name?: string;
  summary?: string;
  description?: RichText;
  addressExtra?: string;
  gettingThere?: string;
  hoursNote?: string;
  /** Phone labels by index in `BaseEntry.phones`. */
  phoneLabels?: (string | null)[];
  keywords?: string[];
}

export interface GuideText {
  title?: string;
  intro?: RichText;
  steps?: Record<string, { title?: string; text?: RichText; documents?: string[] }>;
}

export interface EventText {
  title?: string;
  description?: RichText;
  cost?: string;
  addressExtra?: string;
  gettingThere?: string;
  registrationNote?: string;
}

export interface PageText {
  title?: string;
  text?: RichText;
  /** Attachment titles by index in `BasePage.attachments`. */
  attachments?: (string | null)[];
}

export interface PackText {
  format: typeof PACK_FORMAT;
  lang: LanguageCode;
  municipalityName?: string;
  categories: Record<string, string>;
  entries: Record<string, EntryText>;
  guides: Record<string, GuideText>;
  events?: Record<string, EventText>;
  /** Notice texts by id. */
  notices?: Record<string, string>;
  pages?: Record<string, PageText>;
  /** Opening-hours comments in this language, keyed by the comment as the hours have it (`CompiledHours.comments`). */
  hoursComments?: Record<string, string>;
}
