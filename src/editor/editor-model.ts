/**
 * What every part of `<kompass-editor>` shares: the published revision the clerk started from,
 * her drafts on top of it (one override per changed item), which section and item are open, the
 * UI strings, and where focus goes after the next render. Panels and controllers get this one
 * object; it asks the host to render when any of it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { i18n as I18n } from 'i18next';
import { ApiError, type SourceResponse } from './api.js';
import type { DraftsController } from './controllers/drafts.js';
import { applyOverrides, changesOf, itemsOf, parseKey, same, setAt, type Item, type ItemChange, type ItemKey, type ItemKind } from './model.js';
import { formatPath, type PathSegment, type Problem } from '../authoring/problems.js';
import { problemMessage, serverErrorText } from './problem-text.js';
import { textOf } from '../authoring/translation.js';
import type { LocalizedText, SourceContent } from '../pack/types.js';

export type Tab = 'entries' | 'guides' | 'categories' | 'pages' | 'events' | 'notices' | 'settings' | 'translations' | 'changes' | 'reports' | 'import';

/** The tab that lists each kind of item (the municipality's form is the settings tab). */
export const TAB_OF_KIND = { entry: 'entries', guide: 'guides', category: 'categories', page: 'pages', event: 'events', notice: 'notices', municipality: 'settings' } as const satisfies Record<ItemKind, Tab>;

/** The element that hosts the editor's parts. */
export type EditorHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The field that names an item of each kind: a new item's id is made from it, and its form opens there. */
export const NAME_FIELD = { municipality: 'name', entry: 'name', guide: 'title', category: 'label', page: 'title', event: 'title', notice: 'text' } as const;

/** Items the editor has a form for: every kind. */
export const hasForm = (key: ItemKey): boolean => parseKey(key).kind in TAB_OF_KIND;

/** An element id from parts of a path or key (`f-name-de`, `f-item-entry_buergerbuero`). */
export const idFor = (...parts: (string | number)[]): string => `f-${parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** One change of an item's draft by the clerk. */
export interface Edit {
  key: ItemKey;
  /** The formatted path typed into (`name.de`), or what made the change (`add`, `import:x.csv`). */
  field: string;
  /** The override before (undefined: there was none). */
  before: Item | null | undefined;
  /** The override now (undefined: the item is as published again; null: removed). */
  after: Item | null | undefined;
  published: Item | undefined;
  /** Whether undo can take it back. */
  record: boolean;
}

export interface EditorModelHooks {
  /** After a change by the clerk (the draft is already being stored). */
  edited(edit: Edit): void;
  /** After undo or redo put an item back (the draft is already being stored). */
  restored(): void;
  /** A form was opened (again): what was typed but not yet taken starts afresh. */
  opened(): void;
}

const EMPTY_SOURCE: SourceContent = { municipality: { id: '', name: {}, defaultLanguage: 'de', languages: ['de'], timeZone: 'Europe/Berlin', state: 'NW' }, categories: [], entries: [], guides: [], synonyms: [] };

export class EditorModel implements ReactiveController {
  i18n: I18n | undefined;
  base: SourceResponse | undefined;
  overrides = new Map<ItemKey, Item | null>();
  tab: Tab = 'entries';
  /** The item whose form is open. */
  open: ItemKey | undefined;
  /** The language translated into on forms: '' none, '*' all. */
  target = '';
  /** What a "really?" question is open for: an item key, or `discard:<key>`. */
  confirm: string | undefined;
  /** The latest short announcement (undone, deleted, …), read out politely. */
  notice = '';
  private focusAfterRender: string | undefined;
  /** Where focus goes when `focusAfterRender` is not on the page. */
  private focusFallback: string | undefined;

  constructor(
    readonly host: EditorHost,
    private readonly drafts: DraftsController,
    private readonly hooks: EditorModelHooks,
  ) {
    host.addController(this);
  }

  /**
   * Brings an element of a virtual list into the page (scrolling to it) and answers it; set by
   * the list, so that focus can go back to a row that was not drawn.
   */
  reveal: ((id: string) => Promise<HTMLElement | null>) | undefined;

  hostUpdated(): void {
    const id = this.focusAfterRender;
    if (!id) return;
    const root = this.host.renderRoot;
    const byId = (x: string | undefined) => (x ? root.querySelector<HTMLElement>(`#${CSS.escape(x)}`) : null);
    const fallback = this.focusFallback;
    const el = byId(id);
    if (!el && this.reveal && fallback) {
      this.focusAfterRender = this.focusFallback = undefined;
      void this.reveal(id).then((found) => this.focusOn(found ?? byId(fallback)));
      return;
    }
    const target = el ?? byId(fallback);
    if (!target) return;
    this.focusAfterRender = this.focusFallback = undefined;
    this.focusOn(target);
  }

  private focusOn(el: HTMLElement | null): void {
    if (!el) return;
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  }

  /** Sets shared state and renders again. */
  set(values: Partial<Pick<EditorModel, 'base' | 'overrides' | 'tab' | 'open' | 'target' | 'confirm' | 'notice' | 'i18n'>>): void {
    Object.assign(this, values);
    this.host.requestUpdate();
  }

  /** Focus goes to the element with this id after the next render (or to `fallback` when it is not there). */
  focus(id: string | undefined, fallback?: string): void {
    this.focusAfterRender = id;
    this.focusFallback = fallback;
    this.host.requestUpdate();
  }

  /* ── strings ── */

  t = (key: string, options?: Record<string, unknown>): string => (this.i18n ? this.i18n.t(key, options) : '');

  get uiLang(): string {
    return this.i18n?.language ?? 'en';
  }

  /** A problem (validation, Markdown, opening hours) in the UI language. */
  say = (p: { code?: string; params?: Problem['params']; message: string }): string => problemMessage(p, this.uiLang, this.i18n);

  /** A publish-server error in the UI language. */
  serverSays = (e: unknown): string => (e instanceof ApiError && this.i18n ? serverErrorText(this.i18n, e) : (e as Error).message);

  languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this.uiLang], { type: 'language' }).of(code.replace('-x-simple', '')) + (code.endsWith('-x-simple') ? ` (${this.t('form.easy')})` : '') || code;
    } catch {
      return code;
    }
  }

  /* ── content ── */

  get baseSource(): SourceContent {
    return this.base?.source ?? EMPTY_SOURCE;
  }

  /**
   * The published source with the clerk's changes: made again only when either changes (the
   * forms ask for it, and for the languages, dozens of times a render). Read-only: to change
   * anything, go through `change`.
   */
  get draft(): SourceContent {
    const made = this.madeDraft;
    if (made?.base === this.baseSource && made.overrides === this.overrides) return made.draft;
    const draft = applyOverrides(this.baseSource, this.overrides);
    this.madeDraft = { base: this.baseSource, overrides: this.overrides, draft };
    return draft;
  }
  private madeDraft: { base: SourceContent; overrides: ReadonlyMap<ItemKey, Item | null>; draft: SourceContent } | undefined;

  realChanges(): ItemChange[] {
    return changesOf(this.baseSource, this.overrides);
  }

  get languages(): string[] {
    const m = this.draft.municipality;
    return [m.defaultLanguage, ...(m.languages ?? []).filter((l) => l !== m.defaultLanguage)];
  }

  get defaultLanguage(): string {
    return this.draft.municipality.defaultLanguage;
  }

  item(key: ItemKey): Item | undefined {
    if (this.overrides.has(key)) return this.overrides.get(key) ?? undefined;
    return itemsOf(this.baseSource).get(key);
  }

  isPublished(key: ItemKey): boolean {
    return itemsOf(this.baseSource).has(key);
  }

  /** An item's name in the default language (its id when it has none). */
  nameOf(key: ItemKey): string {
    const { kind, id } = parseKey(key);
    const item = (this.item(key) ?? itemsOf(this.baseSource).get(key)) as Record<string, LocalizedText | undefined> | undefined;
    return textOf(item?.[NAME_FIELD[kind]]?.[this.defaultLanguage]) ?? id;
  }

  /* ── changes ── */

  /** Every change goes through here: the draft record is written at once, the hooks hear of it. */
  change(key: ItemKey, next: Item | null, field = '', record = true): void {
    const before = this.overrides.has(key) ? this.overrides.get(key) : undefined;
    const published = itemsOf(this.baseSource).get(key);
    const after: Item | null | undefined = next !== null && published && same(next, published) ? undefined : next;
    this.write(key, after);
    this.drafts.persist(key, after);
    this.hooks.edited({ key, field, before, after, published, record });
  }

  setField(key: ItemKey, path: PathSegment[], value: unknown): void {
    const item = this.item(key);
    if (!item) return;
    this.change(key, setAt(item, path, value), formatPath(path));
  }

  /** Puts an item's draft back as it was (undo, redo). */
  restore(key: ItemKey, value: Item | null | undefined): void {
    this.write(key, value);
    this.drafts.persist(key, value);
    this.hooks.restored();
  }

  /** Forgets an item's draft without a trace in the history (a new item renamed, deleted or discarded). */
  drop(key: ItemKey): void {
    this.write(key, undefined);
    void this.drafts.forget(key);
  }

  /** Replaces every draft at once (after a publish or a merge). */
  async replace(next: Map<ItemKey, Item | null>): Promise<void> {
    this.set({ overrides: next });
    await this.drafts.replace(next);
  }

  private write(key: ItemKey, value: Item | null | undefined): void {
    const overrides = new Map(this.overrides);
    if (value === undefined) overrides.delete(key);
    else overrides.set(key, value);
    this.set({ overrides });
  }

  /* ── navigation ── */

  openItem(key: ItemKey, target?: string, focusPath?: string): void {
    const tab: Tab = TAB_OF_KIND[parseKey(key).kind];
    this.set({ open: key, tab, confirm: undefined, ...(target !== undefined ? { target } : {}) });
    this.hooks.opened();
    this.focus(focusPath ? this.fieldIdForPath(focusPath) : 'form-heading');
  }

  /** The input id for a problem or status path such as `name.ar`, `phones[0].number`. */
  fieldIdForPath(path: string): string {
    const langMatch = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9-]+)?)$/.exec(path);
    if (langMatch && this.languages.includes(langMatch[2]!)) {
      if (langMatch[2] !== this.defaultLanguage && this.target !== langMatch[2]) this.set({ target: langMatch[2]! });
      return idFor(langMatch[1]!, langMatch[2]!);
    }
    const lang = this.languages.includes(path.split('.').pop() ?? '') ? '' : this.defaultLanguage;
    return this.host.renderRoot.querySelector(`#${CSS.escape(idFor(path, lang))}`) ? idFor(path, lang) : idFor(path);
  }

  closeForm(): void {
    const key = this.open;
    this.set({ open: undefined });
    // Back where the clerk was: on the item in the list (or the list's heading when the list no longer shows it).
    this.focus(key ? idFor('item', key) : 'list-heading', 'list-heading');
  }
}
