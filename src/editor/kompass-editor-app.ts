import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { i18n as I18n } from 'i18next';
import { tokens } from '../reader/ui/tokens.styles.js';
import { controls } from '../reader/ui/controls.styles.js';
import { styles } from './kompass-editor.styles.js';
import { FeedbackInbox } from './panels/feedback-inbox.js';
import { feedbackStyles } from './panels/feedback-inbox.styles.js';
import { ApiError, EditorApi, type SourceResponse } from './api.js';
import { DraftStore, type PendingPublish } from './drafts.js';
import { SavedSignIn } from './saved-sign-in.js';
import { parseDecimal } from './fields/coordinates.js';
import { pointPaste } from './fields/point-paste.js';
import { slugify, uniqueId } from '../authoring/ids.js';
import { createEditorI18n, setEditorLanguage, EDITOR_UI_LANGUAGES } from './i18n.js';
import { defineAll } from '../reader/define/define-all.js';
import {
  applyMerge,
  applyOverrides,
  changesOf,
  getAt,
  itemsOf,
  keyOf,
  mergeComplete,
  parseKey,
  planMerge,
  same,
  setAt,
  type Item,
  type ItemChange,
  type ItemKey,
  type ItemKind,
  type MergeChoices,
  type MergePlan,
} from './model.js';
import { openKompassStore, type KompassStore } from '../reader/store/index.js';
import { formatPath, type PathSegment, type Problem } from '../authoring/problems.js';
import { problemMessage, serverErrorText } from './problem-text.js';
import { stampTranslations, textHash, textOf, translationState, translationStatus, type TranslationState } from '../authoring/translation.js';
import { ENTRY_KINDS, WHEELCHAIR_VALUES, type LocalizedText, type RichText, type SourceCategory, type SourceContent, type SourceEntry, type SourceGuide, type SourceGuideStep, type TranslatedText } from '../pack/types.js';
import { renderRichText } from '../reader/ui/render-rich-text.js';
import { directionOf } from '../pack/languages.js';
import type { HoursPreview } from './hours-preview.js';
import type { CsvImportResult } from '../authoring/import/csv-entries.js';
import { CSV_KINDS, type CsvKind } from '../authoring/import/csv-kinds.js';

type Tab = 'entries' | 'guides' | 'categories' | 'translations' | 'changes' | 'reports' | 'import';
type Phase = 'starting' | 'signin' | 'loading' | 'ready';
type PublishState = 'idle' | 'publishing' | 'queued' | 'conflict' | 'invalid' | 'done' | 'error';

interface HistoryStep {
  key: ItemKey;
  field: string;
  before: Item | null | undefined;
  after: Item | null | undefined;
  at: number;
  /** The text typed in this step ended a word (a space or punctuation): the next keystroke starts a new step. */
  wordDone?: boolean;
}

/** The text at a formatted path (`name.de`, `phones[0].number`) of an item, if it is one. */
function textAtPath(item: Item | null | undefined, field: string): string | undefined {
  const path = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
  const v = getAt(item, path);
  return typeof v === 'string' ? v : undefined;
}

const TOKEN_KEY = 'kompass-editor-token:';
const STATES: TranslationState[] = ['missing', 'outdated', 'machine', 'done'];
const WORST: TranslationState[] = ['missing', 'outdated', 'machine', 'done'];

/** Items the editor has a form for; information pages, events and notices come in by spreadsheet for now. */
const hasForm = (key: ItemKey): boolean => ['entry', 'guide', 'category', 'municipality'].includes(parseKey(key).kind);

/** The field that names an item of each kind: a new item's id is made from it, and its form opens there. */
const NAME_FIELD = { entry: 'name', guide: 'title', category: 'label', page: 'title', event: 'title', notice: 'title' } as const;

const idFor = (...parts: (string | number)[]): string => `f-${parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
const minutesText = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const display = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'object' && v && 'text' in v ? String((v as TranslatedText).text) : JSON.stringify(v));

/**
 * The editor for municipal staff: sign in with a token, edit entries, guides and categories
 * with their translations, see problems as you type, publish. Loaded lazily by the tiny
 * `<kompass-editor>` element (src/reader/editor-loader/editor-loader.ts), never part of the reader's bundle.
 *
 * @summary The editor itself; use `<kompass-editor api="…">` on a page.
 */
export class KompassEditorApp extends LitElement {
  static override styles = [tokens, controls, styles, feedbackStyles];

  static override properties = {
    api: { type: String },
    pack: { type: String },
    lang: { type: String },
    storeName: { attribute: 'store-name' },
    now: { attribute: false },
    _phase: { state: true },
    _i18n: { state: true },
    _me: { state: true },
    _signInError: { state: true },
    _tab: { state: true },
    _open: { state: true },
    _target: { state: true },
    _query: { state: true },
    _kindFilter: { state: true },
    _categoryFilter: { state: true },
    _onlyFilter: { state: true },
    _problems: { state: true },
    _validating: { state: true },
    _base: { state: true },
    _overrides: { state: true },
    _publish: { state: true },
    _publishMessage: { state: true },
    _merge: { state: true },
    _choices: { state: true },
    _online: { state: true },
    _saved: { state: true },
    _hours: { state: true },
    _previews: { state: true },
    _matrixLang: { state: true },
    _matrixState: { state: true },
    _matrixKind: { state: true },
    _import: { state: true },
    _confirm: { state: true },
    _notice: { state: true },
    _packExport: { state: true },
  };

  /** Base URL of the publish server's API, e.g. `https://kompass.example-stadt.de/api`. */
  declare api: string;
  /**
   * URL of the published pack's `manifest.json`, for "Export pack". Default: beside the API on
   * the publish server (`https://…/api` → `https://…/manifest.json`); set it when a proxy serves
   * the pack elsewhere (the demo: `/pack/manifest.json`).
   */
  declare pack: string;
  /** UI language (`de`, `en`); default: the page's language. */
  declare lang: string;
  /** IndexedDB database name (default `kompass`). */
  declare storeName: string | undefined;
  /** A fixed clock for "open now" (tests). */
  declare now: Date | undefined;

  declare private _phase: Phase;
  declare private _i18n: I18n | undefined;
  declare private _me: string | undefined;
  declare private _signInError: string | undefined;
  declare private _tab: Tab;
  declare private _open: ItemKey | undefined;
  declare private _target: string;
  declare private _query: string;
  declare private _kindFilter: string;
  declare private _categoryFilter: string;
  declare private _onlyFilter: string;
  declare private _problems: Problem[];
  declare private _validating: boolean;
  declare private _base: SourceResponse | undefined;
  declare private _overrides: Map<ItemKey, Item | null>;
  declare private _publish: { state: PublishState; text?: string; problems?: Problem[] };
  declare private _publishMessage: string;
  declare private _merge: { plan: MergePlan; theirs: SourceResponse } | undefined;
  declare private _choices: MergeChoices;
  declare private _online: boolean;
  declare private _saved: 'saved' | 'saving' | 'failed';
  declare private _hours: Map<string, HoursPreview | 'loading'>;
  declare private _previews: Set<string>;
  declare private _matrixLang: string;
  declare private _matrixState: string;
  declare private _matrixKind: string;
  declare private _import: (CsvImportResult & { content?: SourceContent; file: string }) | 'loading' | undefined;
  declare private _confirm: string | undefined;
  declare private _notice: string;
  declare private _packExport: { state: 'loading' } | { state: 'done'; name: string; revision: number; files: number } | { state: 'error'; message: string } | undefined;

  private store: KompassStore | undefined;
  private drafts: DraftStore | undefined;
  private client: EditorApi | undefined;
  private undoStack: HistoryStep[] = [];
  private redoStack: HistoryStep[] = [];
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  private validateRun = 0;
  private hoursTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private compiled = new Map<string, { source: string; rich: RichText; issues: string[] }>();
  private focusAfterRender: string | undefined;
  /** Where focus goes when `focusAfterRender` is not on the page. */
  private focusFallback: string | undefined;
  /** Numbers as typed, per field, so that "51," is not rewritten to "51" while the clerk types. */
  private numberText = new Map<string, string>();
  private blurred = new Set<string>();
  /** New items whose id is still the made-up one: it follows the name. */
  private autoIds = new Set<ItemKey>();
  private pending: PendingPublish | undefined;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  private readonly onOnline = () => {
    this._online = true;
    void this.retryQueued();
  };
  private readonly onOffline = () => {
    this._online = false;
  };
  private readonly onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || this._phase !== 'ready') return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
      e.preventDefault();
      this.redo();
    }
  };

  constructor() {
    super();
    this.api = '';
    this.pack = '';
    this.lang = '';
    this.storeName = undefined;
    this.now = undefined;
    this._phase = 'starting';
    this._tab = 'entries';
    this._target = '';
    this._query = '';
    this._kindFilter = '';
    this._categoryFilter = '';
    this._onlyFilter = '';
    this._problems = [];
    this._validating = false;
    this._overrides = new Map();
    this._publish = { state: 'idle' };
    this._publishMessage = '';
    this._choices = new Map();
    this._online = typeof navigator === 'undefined' ? true : navigator.onLine;
    this._saved = 'saved';
    this._hours = new Map();
    this._previews = new Set();
    this._matrixLang = '';
    this._matrixState = '';
    this._matrixKind = '';
    this._notice = '';
  }

  /** Readers' reports of mistakes (panels/feedback-inbox.ts). */
  private readonly feedback = new FeedbackInbox(this, {
    t: (key, options) => this.t(key, options),
    uiLang: () => this._i18n?.language ?? 'en',
    errorText: (e) => this.serverSays(e),
    entryName: (id) => this.nameOf(keyOf('entry', id)),
    openEntry: (id) => this.openItem(keyOf('entry', id)),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.addEventListener('keydown', this.onKey);
    // Going offline is not always announced: a queued publish is also retried now and then.
    this.retryTimer = setInterval(() => void this.retryQueued(), 15_000);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.removeEventListener('keydown', this.onKey);
    clearInterval(this.retryTimer);
    clearTimeout(this.validateTimer);
    this.store?.close();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('lang') && this._i18n && this.lang) void setEditorLanguage(this._i18n, this.lang).then(() => this.requestUpdate());
    if (this.focusAfterRender) {
      const el =
        this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusAfterRender)}`) ??
        (this.focusFallback ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusFallback)}`) : null);
      if (el) {
        this.focusAfterRender = undefined;
        this.focusFallback = undefined;
        el.focus();
        el.scrollIntoView?.({ block: 'center' });
      }
    }
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this._i18n ? this._i18n.t(key, options) : '';
  }

  /** A problem (validation, Markdown, opening hours) in the UI language. */
  private say(p: { code?: string; params?: Problem['params']; message: string }): string {
    return problemMessage(p, this._i18n?.language ?? 'en', this._i18n);
  }

  /** A publish-server error in the UI language. */
  private serverSays(e: unknown): string {
    return e instanceof ApiError && this._i18n ? serverErrorText(this._i18n, e) : (e as Error).message;
  }

  /** Resolves once the editor has signed in and loaded (or is waiting for a token). For tests and hosts. */
  get ready(): Promise<void> {
    return this.starting;
  }

  private starting: Promise<void> = Promise.resolve();
  private savedSignIn?: SavedSignIn;

  private start(): Promise<void> {
    this.starting = (async () => {
      const wanted = this.lang || document.documentElement.lang || navigator.language || 'de';
      this._i18n = await createEditorI18n(wanted);
      this.store = await openKompassStore(this.storeName ? { name: this.storeName } : {});
      this.drafts = new DraftStore(this.store.drafts, `editor:${new URL(this.api || '.', location.href).href}`);
      this.savedSignIn = new SavedSignIn(TOKEN_KEY + this.drafts.scope);
      const remembered = this.savedSignIn.get();
      if (remembered) await this.signIn(remembered.token, remembered.onThisDevice);
      else this._phase = 'signin';
    })();
    return this.starting;
  }

  /* ───────────────────────────── sign in and loading ───────────────────────────── */

  private async signIn(token: string, onThisDevice: boolean): Promise<void> {
    this._signInError = undefined;
    this._phase = 'loading';
    const client = new EditorApi(new URL(this.api || '.', location.href).href, token);
    const saved = await this.drafts!.load();
    try {
      this._me = (await client.me()).name;
    } catch (e) {
      const offline = e instanceof ApiError && e.code === 'offline';
      if (!(offline && saved.base)) {
        if (e instanceof ApiError && e.status === 401) this.savedSignIn?.clear(); // withdrawn: not again at the next start
        this._phase = 'signin';
        this._signInError = offline ? this.t('signIn.offline') : e instanceof ApiError && e.status === 401 ? this.t('signIn.wrongToken') : this.t('signIn.failed', { message: this.serverSays(e) });
        return;
      }
    }
    this.client = client;
    void this.feedback.load(client);
    this.savedSignIn?.save(token, onThisDevice);
    this._overrides = saved.overrides;
    this.pending = saved.pending;
    this._base = saved.base;
    await this.refreshBase();
    if (this.pending) {
      this._publishMessage = this.pending.message;
      this._publish = { state: 'queued' };
      void this.retryQueued();
    }
    this._phase = 'ready';
    this.scheduleValidation(0);
  }

  private signOut(): void {
    this.savedSignIn?.clear();
    this.client = undefined;
    this._me = undefined;
    this._phase = 'signin';
  }

  /** Loads the published revision; with drafts on an older one, the merge view opens. */
  private async refreshBase(): Promise<void> {
    let current: SourceResponse;
    try {
      current = await this.client!.source();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'offline' && this._base) {
        this._notice = this.t('status.offlineStart');
        return;
      }
      throw e;
    }
    if (!this._base || this._base.revision === current.revision) {
      this._base = current;
      await this.drafts!.putBase(current);
      return;
    }
    if (this.realChanges().length === 0) {
      this._base = current;
      await this.drafts!.putBase(current);
      await this.setOverrides(new Map());
      return;
    }
    this.openMerge(current);
  }

  private get baseSource(): SourceContent {
    return this._base?.source ?? { municipality: { id: '', name: {}, defaultLanguage: 'de', languages: ['de'], timeZone: 'Europe/Berlin', state: 'NW' }, categories: [], entries: [], guides: [], synonyms: [] };
  }

  private get draft(): SourceContent {
    return applyOverrides(this.baseSource, this._overrides);
  }

  private realChanges(): ItemChange[] {
    return changesOf(this.baseSource, this._overrides);
  }

  private get languages(): string[] {
    const m = this.draft.municipality;
    return [m.defaultLanguage, ...(m.languages ?? []).filter((l) => l !== m.defaultLanguage)];
  }

  private get defaultLanguage(): string {
    return this.draft.municipality.defaultLanguage;
  }

  /* ───────────────────────────── editing ───────────────────────────── */

  private item(key: ItemKey): Item | undefined {
    if (this._overrides.has(key)) return this._overrides.get(key) ?? undefined;
    return itemsOf(this.baseSource).get(key);
  }

  /** Every change goes through here: the draft record is written at once, history recorded. */
  private change(key: ItemKey, next: Item | null, field = '', record = true): void {
    const before = this._overrides.has(key) ? this._overrides.get(key) : undefined;
    const published = itemsOf(this.baseSource).get(key);
    const overrides = new Map(this._overrides);
    const value: Item | null | undefined = next !== null && published && same(next, published) ? undefined : next;
    if (value === undefined) overrides.delete(key);
    else overrides.set(key, value);
    this._overrides = overrides;
    if (record) {
      const last = this.undoStack[this.undoStack.length - 1];
      const now = Date.now();
      // Keystrokes in one field within a moment are one step, a word at most: Ctrl+Z takes back
      // the last word typed, not the whole paragraph.
      const text = field ? textAtPath(value ?? published, field) : undefined;
      const wordDone = text !== undefined && /[\s.,;:!?]$/u.test(text);
      if (last && last.key === key && last.field === field && field && now - last.at < 1200 && !(last.wordDone && !wordDone)) {
        last.after = value;
        last.at = now;
        last.wordDone = wordDone;
      } else this.undoStack.push({ key, field, before, after: value, at: now, wordDone });
      if (this.undoStack.length > 200) this.undoStack.shift();
      this.redoStack = [];
    }
    this.persist(key, value);
    if (this._publish.state === 'done' || this._publish.state === 'invalid' || this._publish.state === 'error') this._publish = { state: 'idle' };
    this.scheduleValidation();
  }

  private persist(key: ItemKey, value: Item | null | undefined): void {
    this._saved = 'saving';
    this.drafts!.putItem(key, value).then(
      () => {
        this._saved = 'saved';
      },
      () => {
        this._saved = 'failed';
      },
    );
  }

  private async setOverrides(next: Map<ItemKey, Item | null>): Promise<void> {
    this._overrides = next;
    this._saved = 'saving';
    await this.drafts!.replaceItems(next);
    this._saved = 'saved';
  }

  private setField(key: ItemKey, path: PathSegment[], value: unknown): void {
    const item = this.item(key);
    if (!item) return;
    this.change(key, setAt(item, path, value), formatPath(path));
  }

  private undo(): void {
    const step = this.undoStack.pop();
    if (!step) return;
    this.redoStack.push(step);
    this.restore(step.key, step.before);
    this._notice = this.t('history.undone');
  }

  private redo(): void {
    const step = this.redoStack.pop();
    if (!step) return;
    this.undoStack.push(step);
    this.restore(step.key, step.after);
    this._notice = this.t('history.redone');
  }

  private restore(key: ItemKey, value: Item | null | undefined): void {
    const overrides = new Map(this._overrides);
    if (value === undefined) overrides.delete(key);
    else overrides.set(key, value);
    this._overrides = overrides;
    this.persist(key, value);
    this.scheduleValidation();
  }

  /* ───────────────────────────── validation ───────────────────────────── */

  private scheduleValidation(delay = 250): void {
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => void this.validate(), delay);
  }

  /** The CLI's checks on the whole draft, in the lazily loaded validation chunk. */
  async validate(): Promise<Problem[]> {
    const run = ++this.validateRun;
    this._validating = true;
    const { validateContent } = await import('../authoring/source-plan.js');
    const problems = validateContent(this.draft);
    if (run === this.validateRun) {
      this._problems = problems;
      this._validating = false;
    }
    return problems;
  }

  private itemOfProblem(p: Problem): ItemKey | undefined {
    if (p.file === 'municipality.yaml') return 'municipality';
    if (p.entryId === undefined) return undefined;
    if (p.file.startsWith('entries/')) return keyOf('entry', p.entryId);
    if (p.file.startsWith('guides/')) return keyOf('guide', p.entryId);
    if (p.file === 'categories.yaml') return keyOf('category', p.entryId);
    return undefined;
  }

  private problemsOf(key: ItemKey, field?: string, exact = false): Problem[] {
    return this._problems.filter((p) => {
      if (this.itemOfProblem(p) !== key) return false;
      if (field === undefined) return true;
      if (exact) return p.path === field;
      return p.path === field || p.path.startsWith(`${field}.`) || p.path.startsWith(`${field}[`);
    });
  }

  /* ───────────────────────────── publishing ───────────────────────────── */

  async publish(): Promise<void> {
    if (!this.client || !this._base) return;
    const pending: PendingPublish = { message: this._publishMessage, minor: !!this.renderRoot.querySelector<HTMLInputElement>('#publish-minor')?.checked, queuedAt: Date.now() };
    this.pending = pending;
    await this.drafts!.putPending(pending);
    await this.sendPublish();
  }

  private async sendPublish(): Promise<void> {
    if (!this.pending || !this.client || !this._base || this._publish.state === 'publishing') return;
    this._publish = { state: 'publishing' };
    try {
      const result = await this.client.publish(this.draft, this._base.etag, { message: this.pending.message, minor: this.pending.minor });
      this.pending = undefined;
      await this.drafts!.putPending(undefined);
      const fresh = await this.client.source().catch(() => undefined);
      const base: SourceResponse = fresh ?? { revision: result.revision, etag: result.etag, published: new Date().toISOString(), by: this._me ?? null, source: this.draft };
      this._base = base;
      await this.drafts!.putBase(base);
      await this.setOverrides(new Map());
      this.undoStack = [];
      this.redoStack = [];
      this._publishMessage = '';
      this._publish = { state: 'done', text: result.unchanged ? this.t('publish.unchanged', { revision: result.revision }) : this.t('publish.done', { revision: result.revision }) };
      this.scheduleValidation(0);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.code === 'offline') {
        this._publish = { state: 'queued' };
        return;
      }
      this.pending = undefined;
      await this.drafts!.putPending(undefined);
      if (e.status === 409) {
        const theirs = await this.client.source();
        this._publish = { state: 'conflict' };
        this.openMerge(theirs);
      } else if (e.status === 422 && Array.isArray(e.body.problems)) {
        this._problems = e.body.problems as Problem[];
        this._publish = { state: 'invalid', problems: (e.body.problems as Problem[]).filter((p) => p.severity === 'error') };
      } else if (e.status === 401) {
        this._publish = { state: 'error', text: this.t('publish.signInAgain') };
        this.signOut();
      } else this._publish = { state: 'error', text: this.t('publish.failed', { message: this.serverSays(e) }) };
    }
  }

  private async retryQueued(): Promise<void> {
    if (this.pending && this._publish.state === 'queued') await this.sendPublish();
  }

  private cancelQueued(): void {
    this.pending = undefined;
    void this.drafts!.putPending(undefined);
    this._publish = { state: 'idle' };
  }

  /* ───────────────────────────── conflicts ───────────────────────────── */

  private openMerge(theirs: SourceResponse): void {
    if (!theirs.source) return;
    this._merge = { plan: planMerge(this.baseSource, this._overrides, theirs.source), theirs };
    this._choices = new Map();
    this._tab = 'changes';
    this._open = undefined;
    this.focusAfterRender = 'merge-heading';
  }

  private choose(key: ItemKey, field: string | undefined, pick: 'mine' | 'theirs'): void {
    const choices: MergeChoices = new Map(this._choices);
    const c: { item?: 'mine' | 'theirs'; fields: Map<string, 'mine' | 'theirs'> } = choices.get(key) ?? { fields: new Map() };
    const next: { item?: 'mine' | 'theirs'; fields: Map<string, 'mine' | 'theirs'> } = { fields: new Map(c.fields) };
    if (c.item) next.item = c.item;
    if (field === undefined) next.item = pick;
    else next.fields.set(field, pick);
    choices.set(key, next);
    this._choices = choices;
  }

  private async finishMerge(): Promise<void> {
    if (!this._merge) return;
    const merged = applyMerge(this._merge.plan, this._overrides, this._choices);
    this._base = this._merge.theirs;
    await this.drafts!.putBase(this._merge.theirs);
    await this.setOverrides(merged);
    this.undoStack = [];
    this.redoStack = [];
    this._merge = undefined;
    this._publish = { state: 'idle', text: this.t('merge.merged', { revision: this._base.revision }) };
    this.focusAfterRender = 'publish-button';
    this.scheduleValidation(0);
  }

  /* ───────────────────────────── import / export ───────────────────────────── */

  private async importCsv(file: File): Promise<void> {
    this._import = 'loading';
    // Bytes, not text: the encoding (German Excel's Windows-1252, UTF-16, UTF-8) is detected.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { importCsvContent } = await import('../authoring/import/csv-import.js');
    // Entries, information pages, events or notices: the kind is read from the header.
    const result = importCsvContent(bytes, this.draft, { lang: this._i18n?.language ?? 'en', file: file.name });
    this._import = { ...result, file: file.name };
    if (result.content) {
      const next = itemsOf(result.content);
      for (const key of [...result.added, ...result.changed]) {
        const item = next.get(key);
        if (item) this.change(key, item, `import:${file.name}`);
      }
    }
  }

  private download(name: string, type: string, data: string | Uint8Array<ArrayBuffer>): void {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async exportCsv(kind: CsvKind): Promise<void> {
    const { exportCsv } = await import('../authoring/import/csv-import.js');
    this.download(`kompass-${kind}.csv`, 'text/csv;charset=utf-8', exportCsv(kind, this.draft, { delimiter: ';', bom: true }));
  }

  private exportSource(): void {
    this.download('kompass-source.json', 'application/json', JSON.stringify(this.draft, null, 2));
  }

  /** The pack as the server currently serves it, verified against its manifest, as a ZIP. */
  private async exportPack(): Promise<void> {
    if (this._packExport?.state === 'loading') return;
    this._packExport = { state: 'loading' };
    try {
      const { exportPack, manifestUrlFor } = await import('./pack-export.js');
      const pack = await exportPack(this.pack || manifestUrlFor(this.api));
      this.download(pack.name, 'application/zip', pack.zip);
      this._packExport = { state: 'done', name: pack.name, revision: pack.manifest.revision, files: pack.files.length };
    } catch (e) {
      this._packExport = { state: 'error', message: e instanceof Error ? e.message : String(e) };
    }
  }

  /* ───────────────────────────── rendering ───────────────────────────── */

  override render(): TemplateResult {
    if (!this._i18n) return html`<p class="loading" role="status">…</p>`;
    const lang = this._i18n.language;
    return html`<div class="frame" lang=${lang} dir="ltr">
      ${this.renderHeader()}
      ${this._phase === 'signin' ? this.renderSignIn() : this._phase === 'ready' ? this.renderWorkspace() : html`<p role="status">${this.t('status.loading')}</p>`}
    </div>`;
  }

  private renderHeader(): TemplateResult {
    const count = this._phase === 'ready' ? this.realChanges().length : 0;
    return html`<header part="header">
      <h1>${this.t('title')}</h1>
      <span class="connection ${this._online ? 'online' : 'offline'}">${this._online ? this.t('status.online') : this.t('status.offline')}</span>
      ${this._phase === 'ready'
        ? html`<span class="saved" role="status">${this._saved === 'saving' ? this.t('status.saving') : this._saved === 'failed' ? this.t('status.saveFailed') : count ? this.t('status.savedDrafts', { count }) : this.t('status.noDrafts')}</span>
            <button type="button" @click=${() => this.undo()} ?disabled=${!this.undoStack.length} aria-keyshortcuts="Control+Z">${this.t('history.undo')}</button>
            <button type="button" @click=${() => this.redo()} ?disabled=${!this.redoStack.length} aria-keyshortcuts="Control+Y">${this.t('history.redo')}</button>
            <span class="me">${this._me ? this.t('signIn.as', { name: this._me }) : ''}</span>
            <button type="button" @click=${() => this.signOut()}>${this.t('signIn.signOut')}</button>`
        : nothing}
      <label class="ui-language">
        ${this.t('uiLanguage')}
        <select @change=${(e: Event) => void setEditorLanguage(this._i18n!, (e.target as HTMLSelectElement).value).then(() => this.requestUpdate())}>
          ${EDITOR_UI_LANGUAGES.map((l) => html`<option value=${l} ?selected=${this._i18n?.language === l}>${l === 'de' ? 'Deutsch' : 'English'}</option>`)}
        </select>
      </label>
    </header>
    <p class="notice" role="status" aria-live="polite">${this._notice}</p>`;
  }

  private renderSignIn(): TemplateResult {
    const submit = (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const token = (form.elements.namedItem('token') as HTMLInputElement).value.trim();
      const remember = (form.elements.namedItem('remember') as HTMLInputElement).checked;
      if (!token) {
        this._signInError = this.t('signIn.empty');
        return;
      }
      void this.signIn(token, remember).then(() => {
        if (this._phase === 'ready') this.focusAfterRender = 'list-heading'; // into the work, not back to the top of the page
      });
    };
    return html`<form class="signin" @submit=${submit} novalidate>
      <h2>${this.t('signIn.heading')}</h2>
      <p>${this.t('signIn.intro')}</p>
      <label for="token">${this.t('signIn.token')} <span class="required" aria-hidden="true">*</span></label>
      <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required aria-required="true" aria-invalid=${this._signInError ? 'true' : 'false'} aria-describedby="token-help ${this._signInError ? 'token-error' : ''}" />
      <p id="token-help" class="help">${this.t('signIn.help')}</p>
      ${this._signInError ? html`<p id="token-error" class="error" role="alert">${this._signInError}</p>` : nothing}
      <label class="check"><input type="checkbox" name="remember" aria-describedby="remember-help" /> ${this.t('signIn.remember')}</label>
      <p id="remember-help" class="help">${this.t('signIn.rememberHelp')}</p>
      <button type="submit" class="primary">${this.t('signIn.submit')}</button>
    </form>`;
  }

  private renderWorkspace(): TemplateResult {
    const tabs: Tab[] = ['entries', 'guides', 'categories', 'translations', 'changes', 'reports', 'import'];
    const reports = this.feedback.openCount();
    const changes = this.realChanges().length;
    return html`<nav class="tabs" aria-label=${this.t('nav.label')}>
        ${tabs.map(
          (tab) => html`<button type="button" aria-current=${this._tab === tab && !this._open ? 'page' : 'false'} class=${this._tab === tab ? 'active' : ''} @click=${() => this.go(tab)}>
            ${this.t(tab === 'reports' ? 'feedback.nav' : `nav.${tab}`)}${tab === 'changes' && changes ? html` <span class="badge">${changes}</span>` : nothing}${tab === 'reports' && reports ? html` <span class="badge">${reports}</span>` : nothing}
          </button>`,
        )}
      </nav>
      ${this.renderPublishBar()}
      <section class="workspace" aria-label=${this.t('nav.workspace')}>${this._open ? this.renderForm(this._open) : this.renderTab()}</section>`;
  }

  private go(tab: Tab): void {
    this._tab = tab;
    this._open = undefined;
    // Focus to the section's heading, so that a screen reader says where the clerk is now.
    this.focusAfterRender = tab === 'entries' || tab === 'guides' || tab === 'categories' ? 'list-heading' : tab === 'changes' || tab === 'import' ? `${tab}-heading` : undefined;
    if (tab === 'reports') void this.feedback.load();
  }

  private renderTab(): TemplateResult {
    switch (this._tab) {
      case 'entries':
      case 'guides':
      case 'categories':
        return this.renderList(this._tab === 'entries' ? 'entry' : this._tab === 'guides' ? 'guide' : 'category');
      case 'translations':
        return this.renderMatrix();
      case 'changes':
        return this._merge ? this.renderMerge() : this.renderChanges();
      case 'reports':
        return this.feedback.renderAll();
      case 'import':
        return this.renderImport();
    }
  }

  private renderPublishBar(): TemplateResult {
    const s = this._publish;
    const count = this.realChanges().length;
    const errors = this._problems.filter((p) => p.severity === 'error').length;
    const text =
      s.state === 'publishing'
        ? this.t('publish.publishing')
        : s.state === 'queued'
          ? this.t('publish.queued')
          : s.state === 'conflict'
            ? this.t('publish.conflict')
            : s.state === 'invalid'
              ? this.t('publish.invalid', { count: s.problems?.length ?? 0 })
              : (s.text ?? (count ? this.t('publish.ready', { count }) : this.t('publish.nothing')));
    return html`<section class="publish ${s.state}" aria-labelledby="publish-heading">
      <h2 id="publish-heading" class="visually-hidden">${this.t('publish.heading')}</h2>
      <p class="publish-state" role="status" aria-live="polite">${text}${this._base ? html` <span class="revision">${this.t('publish.revision', { revision: this._base.revision })}</span>` : nothing}</p>
      ${errors ? html`<p class="error">${this.t('publish.errorsFirst', { count: errors })}</p>` : nothing}
      <div class="publish-form">
        <label for="publish-message">${this.t('publish.message')}</label>
        <input id="publish-message" maxlength="500" .value=${live(this._publishMessage)} @input=${(e: Event) => (this._publishMessage = (e.target as HTMLInputElement).value)} />
        <label class="check"><input id="publish-minor" type="checkbox" /> ${this.t('publish.minor')}</label>
        <button id="publish-button" type="button" class="primary" ?disabled=${!count || errors > 0 || s.state === 'publishing' || s.state === 'queued' || !!this._merge} @click=${() => void this.publish()}>${this.t('publish.button')}</button>
        ${s.state === 'queued' ? html`<button type="button" @click=${() => this.cancelQueued()}>${this.t('publish.cancelQueued')}</button>` : nothing}
      </div>
      ${s.state === 'invalid' && s.problems
        ? html`<ul class="problems">${s.problems.map((p) => html`<li>${this.problemLink(p)}</li>`)}</ul>`
        : nothing}
    </section>`;
  }

  private problemLink(p: Problem): TemplateResult {
    const key = this.itemOfProblem(p);
    const where = `${p.entryId ?? p.file}${p.path ? ` · ${p.path}` : ''}`;
    const body = html`<span class="sev ${p.severity}">${this.t(p.severity === 'error' ? 'problem.error' : 'problem.warning')}</span> ${where}: ${this.say(p)}`;
    if (!key || key === 'municipality') return body;
    return html`<button type="button" class="link" @click=${() => this.openItem(key, undefined, p.path)}>${body}</button>`;
  }

  /* ───────────────────────────── lists ───────────────────────────── */

  private nameOf(key: ItemKey): string {
    const item = this.item(key) ?? itemsOf(this.baseSource).get(key);
    const { kind, id } = parseKey(key);
    const text =
      kind === 'entry' || kind === 'municipality'
        ? (item as SourceEntry | undefined)?.name
        : kind === 'category'
          ? (item as SourceCategory | undefined)?.label
          : (item as { title?: LocalizedText } | undefined)?.title; // guides, pages, events, notices
    return textOf(text?.[this.defaultLanguage]) ?? id;
  }

  private renderList(kind: Exclude<ItemKind, 'municipality'>): TemplateResult {
    const draft = this.draft;
    const list = (kind === 'entry' ? draft.entries : kind === 'guide' ? draft.guides : draft.categories) as { id: string }[];
    const q = this._query.trim().toLowerCase();
    const changed = new Set(this.realChanges().map((c) => c.key));
    const rows = list.filter((x) => {
      const key = keyOf(kind, x.id);
      if (q && !JSON.stringify(x).toLowerCase().includes(q)) return false;
      if (kind === 'entry') {
        const e = x as SourceEntry;
        if (this._kindFilter && e.kind !== this._kindFilter) return false;
        if (this._categoryFilter && !e.categories.includes(this._categoryFilter)) return false;
      }
      if (this._onlyFilter === 'changed' && !changed.has(key)) return false;
      if (this._onlyFilter === 'problems' && !this.problemsOf(key).some((p) => p.severity === 'error')) return false;
      if (this._onlyFilter === 'untranslated' && !this.problemsOf(key).some((p) => p.code === 'translation.missing' || p.code === 'translation.missingComment')) return false;
      return true;
    });
    const removed = this.realChanges().filter((c) => c.kind === 'removed' && parseKey(c.key).kind === kind);
    const heading = this.t(`list.${kind}.heading`);
    return html`<section aria-labelledby="list-heading">
      <h2 id="list-heading" tabindex="-1">${heading}</h2>
      <div class="filters" role="search">
        <label>${this.t('list.search')} <input id="list-search" type="search" .value=${live(this._query)} @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)} /></label>
        ${kind === 'entry'
          ? html`<label>${this.t('fields.kind')}
                <select id="filter-kind" @change=${(e: Event) => (this._kindFilter = (e.target as HTMLSelectElement).value)}>
                  <option value="">${this.t('list.all')}</option>
                  ${ENTRY_KINDS.map((k) => html`<option value=${k} ?selected=${this._kindFilter === k}>${this.t(`kinds.${k}`)}</option>`)}
                </select></label
              ><label>${this.t('fields.category')}
                <select id="filter-category" @change=${(e: Event) => (this._categoryFilter = (e.target as HTMLSelectElement).value)}>
                  <option value="">${this.t('list.all')}</option>
                  ${draft.categories.map((c) => html`<option value=${c.id} ?selected=${this._categoryFilter === c.id}>${textOf(c.label[this.defaultLanguage]) ?? c.id}</option>`)}
                </select></label
              >`
          : nothing}
        <label>${this.t('list.show')}
          <select id="filter-only" @change=${(e: Event) => (this._onlyFilter = (e.target as HTMLSelectElement).value)}>
            ${['', 'changed', 'problems', 'untranslated'].map((v) => html`<option value=${v} ?selected=${this._onlyFilter === v}>${this.t(`list.only.${v || 'all'}`)}</option>`)}
          </select></label
        >
        <button type="button" @click=${() => this.addItem(kind)}>${this.t(`list.${kind}.add`)}</button>
      </div>
      <p class="count" role="status">${this.t('list.count', { count: rows.length, total: list.length })}</p>
      <ul class="items">
        ${rows.map((x) => {
          const key = keyOf(kind, x.id);
          const errors = this.problemsOf(key).filter((p) => p.severity === 'error').length;
          return html`<li>
            <button type="button" class="item-link" id=${idFor('item', key)} @click=${() => this.openItem(key)}>
              <span class="item-name">${this.nameOf(key)}</span>
              <span class="item-id">${x.id}</span>
              ${changed.has(key) ? html`<span class="badge changed">${this.t('list.changed')}</span>` : nothing}
              ${errors ? html`<span class="badge error">${this.t('list.errors', { count: errors })}</span>` : nothing}
              ${kind === 'entry' ? this.feedback.badge(x.id) : nothing}
            </button>
          </li>`;
        })}
      </ul>
      ${removed.length ? html`<p>${this.t('list.removed', { ids: removed.map((r) => parseKey(r.key).id).join(', ') })}</p>` : nothing}
    </section>`;
  }

  private addItem(kind: Exclude<ItemKind, 'municipality'>): void {
    const taken = new Set(itemsOf(this.draft).keys());
    let n = 1;
    const base = kind === 'entry' ? 'neuer-eintrag' : kind === 'guide' ? 'neuer-leitfaden' : 'neue-kategorie';
    let id = base;
    while (taken.has(keyOf(kind, id))) id = `${base}-${++n}`;
    const def = this.defaultLanguage;
    const item: Item =
      kind === 'entry'
        ? ({ id, kind: 'other', categories: [], name: { [def]: '' }, summary: { [def]: '' } } as unknown as SourceEntry)
        : kind === 'guide'
          ? ({ id, title: { [def]: '' }, steps: [{ id: 'schritt-1', title: { [def]: '' } }] } as unknown as SourceGuide)
          : ({ id, label: { [def]: '' }, icon: 'info' } as unknown as SourceCategory);
    const key = keyOf(kind, id);
    this.change(key, item, 'add');
    this.autoIds.add(key);
    this.openItem(key, undefined, `${NAME_FIELD[kind]}.${def}`);
  }

  openItem(key: ItemKey, target?: string, focusPath?: string): void {
    this._open = key;
    this.numberText.clear();
    this.blurred.clear();
    const { kind } = parseKey(key);
    this._tab = kind === 'entry' ? 'entries' : kind === 'guide' ? 'guides' : kind === 'category' ? 'categories' : this._tab;
    if (target !== undefined) this._target = target;
    this._confirm = undefined;
    this.focusAfterRender = focusPath ? this.fieldIdForPath(focusPath) : 'form-heading';
  }

  /** The input id for a problem or status path such as `name.ar`, `phones[0].number`. */
  private fieldIdForPath(path: string): string {
    const langMatch = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9-]+)?)$/.exec(path);
    if (langMatch && this.languages.includes(langMatch[2]!)) {
      if (langMatch[2] !== this.defaultLanguage && this._target !== langMatch[2]) this._target = langMatch[2]!;
      return idFor(langMatch[1]!, langMatch[2]!);
    }
    const lang = this.languages.includes(path.split('.').pop() ?? '') ? '' : this.defaultLanguage;
    const field = this.renderRoot.querySelector(`#${CSS.escape(idFor(path, lang))}`) ? idFor(path, lang) : idFor(path);
    return field;
  }

  /* ───────────────────────────── forms ───────────────────────────── */

  private renderForm(key: ItemKey): TemplateResult {
    const item = this.item(key);
    const { kind, id } = parseKey(key);
    if (!item) {
      return html`<p>${this.t('form.gone', { id })}</p>
        <button type="button" @click=${() => (this._open = undefined)}>${this.t('form.back')}</button>`;
    }
    const problems = this.problemsOf(key);
    const errors = problems.filter((p) => p.severity === 'error');
    const translations = this.languages.filter((l) => l !== this.defaultLanguage);
    const isNew = !itemsOf(this.baseSource).has(key);
    return html`<article class="form" aria-labelledby="form-heading">
      <div class="form-top">
        <button type="button" @click=${() => this.closeForm()}>${this.t('form.back')}</button>
        <h2 id="form-heading" tabindex="-1">${this.nameOf(key) || id} <span class="item-id">${this.t(`list.${kind}.one`)} · ${id}</span></h2>
        ${kind === 'entry' ? this.feedback.badge(id) : nothing}
        <label class="target">${this.t('form.translateInto')}
          <select id="target-language" @change=${(e: Event) => (this._target = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this._target === ''}>${this.t('form.noTranslation')}</option>
            ${translations.map((l) => html`<option value=${l} ?selected=${this._target === l}>${this.languageName(l)}</option>`)}
            <option value="*" ?selected=${this._target === '*'}>${this.t('form.allLanguages')}</option>
          </select>
        </label>
      </div>
      <p class="help">${this.t('form.requiredHint')}</p>
      ${errors.length
        ? html`<div class="summary" role="alert">
            <p>${this.t('form.errorSummary', { count: errors.length })}</p>
            <ul>${errors.map((p) => html`<li><button type="button" class="link" @click=${() => (this.focusAfterRender = this.fieldIdForPath(p.path), this.requestUpdate())}>${p.path || '-'}: ${this.say(p)}</button></li>`)}</ul>
          </div>`
        : nothing}
      ${kind === 'entry' ? this.feedback.renderForEntry(id) : nothing}
      ${kind === 'entry' ? this.entryFields(key, item as SourceEntry) : kind === 'guide' ? this.guideFields(key, item as SourceGuide) : kind === 'category' ? this.categoryFields(key, item as SourceCategory) : nothing}
      ${kind === 'municipality' ? nothing : this.idField(key, item, isNew)}
      <div class="danger">
        ${this._confirm === key
          ? html`<p role="alert">${this.t('form.confirmDelete', { name: this.nameOf(key) })}</p>
              <button type="button" class="danger-button" id="confirm-delete" @click=${() => this.deleteItem(key)}>${this.t('form.deleteYes')}</button>
              <button type="button" @click=${() => (this._confirm = undefined)}>${this.t('form.deleteNo')}</button>`
          : html`<button type="button" @click=${() => ((this._confirm = key), (this.focusAfterRender = 'confirm-delete'))}>${this.t('form.delete')}</button>`}
      </div>
    </article>`;
  }

  private closeForm(): void {
    const key = this._open;
    this._open = undefined;
    // Back where the clerk was: on the item in the list (or the list's heading when the list no longer shows it).
    this.focusAfterRender = key ? idFor('item', key) : 'list-heading';
    this.focusFallback = 'list-heading';
  }

  private deleteItem(key: ItemKey): void {
    const published = itemsOf(this.baseSource).has(key);
    this.change(key, published ? null : (undefined as unknown as null), 'delete');
    if (!published) {
      const overrides = new Map(this._overrides);
      overrides.delete(key);
      this._overrides = overrides;
      void this.drafts!.putItem(key, undefined);
    }
    this._confirm = undefined;
    this._open = undefined;
    this._notice = this.t('form.deleted');
  }

  private languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this._i18n?.language ?? 'en'], { type: 'language' }).of(code.replace('-x-simple', '')) + (code.endsWith('-x-simple') ? ` (${this.t('form.easy')})` : '') || code;
    } catch {
      return code;
    }
  }

  /** Error and warning messages of a field, with the id its input refers to. */
  private messages(key: ItemKey, field: string, id: string, exact = false): { ids: string; template: TemplateResult | typeof nothing; invalid: boolean } {
    const list = this.problemsOf(key, field, exact);
    if (!list.length) return { ids: '', template: nothing, invalid: false };
    const msgId = `${id}-msg`;
    return {
      ids: msgId,
      invalid: list.some((p) => p.severity === 'error'),
      template: html`<ul class="messages" id=${msgId}>
        ${list.map((p) => html`<li class=${p.severity}><span class="sev">${this.t(p.severity === 'error' ? 'problem.error' : 'problem.warning')}:</span> ${this.say(p)}</li>`)}
      </ul>`,
    };
  }

  private textField(key: ItemKey, item: Item, path: PathSegment[], label: string, options: { required?: boolean; type?: string; help?: string; readonly?: boolean; inputmode?: string } = {}): TemplateResult {
    const field = formatPath(path);
    const id = idFor(field);
    const msg = this.messages(key, field, id);
    const helpId = options.help ? `${id}-help` : '';
    const value = getAt(item, path);
    const isNumber = options.type === 'number';
    const onInput = (e: Event) => {
      const raw = (e.target as HTMLInputElement).value;
      if (!isNumber) return this.setField(key, path, raw);
      // "51,5012" and "51.5012" both; a half-typed "51," stays as typed until it is a number.
      this.numberText.set(id, raw);
      const n = parseDecimal(raw);
      if (!raw.trim()) this.setField(key, path, undefined);
      else if (n !== undefined) this.setField(key, path, n);
      this.requestUpdate();
    };
    const typed = isNumber ? this.numberText.get(id) : undefined;
    const badNumber = typed !== undefined && typed.trim() !== '' && parseDecimal(typed) === undefined && this.blurred.has(id);
    // What was typed, unless the value changed from elsewhere (a pasted map link, undo).
    const typedNumber = typed === undefined ? undefined : parseDecimal(typed);
    const shown = typed !== undefined && (typed.trim() ? typedNumber === undefined || typedNumber === value : value === undefined) ? typed : value === undefined ? '' : String(value);
    return html`<div class="field">
      <label for=${id}>${label}${options.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
      <input id=${id} type=${isNumber ? 'text' : (options.type ?? 'text')} inputmode=${options.inputmode ?? (isNumber ? 'decimal' : 'text')} .value=${live(shown)} ?readonly=${options.readonly} aria-required=${options.required ? 'true' : 'false'} aria-invalid=${msg.invalid || badNumber ? 'true' : 'false'} aria-describedby=${[helpId, badNumber ? `${id}-number` : '', msg.ids].filter(Boolean).join(' ') || nothing} @input=${onInput} @blur=${() => isNumber && (this.blurred.add(id), this.requestUpdate())} />
      ${options.help ? html`<p class="help" id=${helpId}>${options.help}</p>` : nothing}
      ${badNumber ? html`<p class="error" id="${id}-number">${this.t('fields.numberInvalid', { value: typed })}</p>` : nothing}
      ${msg.template}
    </div>`;
  }

  private selectField(key: ItemKey, item: Item, path: PathSegment[], label: string, values: readonly string[], labelOf: (v: string) => string, options: { required?: boolean; empty?: boolean } = {}): TemplateResult {
    const field = formatPath(path);
    const id = idFor(field);
    const msg = this.messages(key, field, id);
    const value = getAt(item, path) as string | undefined;
    return html`<div class="field">
      <label for=${id}>${label}${options.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
      <select id=${id} aria-required=${options.required ? 'true' : 'false'} aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby=${msg.ids || nothing} @change=${(e: Event) => this.setField(key, path, (e.target as HTMLSelectElement).value || undefined)}>
        ${options.empty ? html`<option value="" ?selected=${!value}>—</option>` : nothing}
        ${values.map((v) => html`<option value=${v} ?selected=${value === v}>${labelOf(v)}</option>`)}
      </select>
      ${msg.template}
    </div>`;
  }

  private translationBadge(state: TranslationState): TemplateResult {
    return html`<span class="state ${state}">${this.t(`translation.${state}`)}</span>`;
  }

  /**
   * A text in several languages: the default language first (the source), then each
   * translation shown beside the source text it translates, with its state.
   */
  private localizedField(key: ItemKey, item: Item, path: PathSegment[], label: string, options: { required?: boolean; markdown?: boolean; multiline?: boolean } = {}): TemplateResult {
    const field = formatPath(path);
    const text = (getAt(item, path) ?? {}) as LocalizedText;
    const def = this.defaultLanguage;
    const targets = this._target === '*' ? this.languages.filter((l) => l !== def) : this._target ? [this._target] : [];
    const groupMsg = this.messages(key, field, idFor(field, 'group'), true);
    const source = textOf(text[def]) ?? '';
    return html`<fieldset class="localized">
      <legend>${label}${options.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</legend>
      ${this.languageInput(key, path, def, text, label, options, groupMsg.ids)}
      ${targets.map((lang) => {
        const state = translationState(text, lang, def);
        const value = text[lang];
        return html`<div class="pair">
          <div class="source-text" lang=${def} dir=${directionOf(def)}>
            <span class="pair-label">${this.t('form.sourceText', { language: this.languageName(def) })}</span>
            ${options.markdown ? html`<pre>${source}</pre>` : html`<p>${source || '—'}</p>`}
          </div>
          <div class="translation">
            ${this.languageInput(key, path, lang, text, label, options, '')}
            ${this.translationBadge(state)}
            ${state === 'machine' && typeof value === 'object'
              ? html`<button type="button" @click=${() => this.setField(key, [...path, lang], { text: value.text, ...(value.from ? { from: value.from } : {}) })}>${this.t('translation.markReviewed')}</button>`
              : nothing}
            ${state === 'outdated' && typeof value === 'object' && source
              ? html`<button type="button" @click=${() => this.setField(key, [...path, lang], { text: value.text, from: textHash(source) })}>${this.t('translation.stillCurrent')}</button>`
              : nothing}
          </div>
        </div>`;
      })}
      ${groupMsg.template}
    </fieldset>`;
  }

  private languageInput(key: ItemKey, path: PathSegment[], lang: string, text: LocalizedText, label: string, options: { required?: boolean; markdown?: boolean; multiline?: boolean }, extraDescribedBy: string): TemplateResult {
    const field = formatPath([...path, lang]);
    const id = idFor(formatPath(path), lang);
    const msg = this.messages(key, field, id);
    const isDefault = lang === this.defaultLanguage;
    const value = textOf(text[lang]) ?? '';
    // A person's edit replaces a machine translation or an outdated one: the publish records its provenance.
    const onInput = (e: Event) => this.setField(key, [...path, lang], (e.target as HTMLInputElement | HTMLTextAreaElement).value.length ? (e.target as HTMLInputElement).value : undefined);
    const names = isDefault && path.length === 1 && path[0] === NAME_FIELD[parseKey(key).kind as keyof typeof NAME_FIELD];
    const onChange = names ? (e: Event) => this.idFromName(key, (e.target as HTMLInputElement).value) : undefined;
    const describedBy = [extraDescribedBy, msg.ids, options.markdown ? `${id}-md-help` : ''].filter(Boolean).join(' ') || nothing;
    const labelText = html`${label} (${this.languageName(lang)})${isDefault && options.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}`;
    const dir = directionOf(lang);
    const control = options.markdown || options.multiline
      ? html`<textarea id=${id} lang=${lang} dir=${dir} rows=${options.markdown ? 6 : 3} .value=${live(value)} aria-required=${isDefault && options.required ? 'true' : 'false'} aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput}></textarea>`
      : html`<input id=${id} lang=${lang} dir=${dir} .value=${live(value)} aria-required=${isDefault && options.required ? 'true' : 'false'} aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput} @change=${onChange} />`;
    return html`<div class="field lang-field">
      <label for=${id}>${labelText}</label>
      ${options.markdown ? this.markdownToolbar(key, [...path, lang], id, label) : nothing}
      ${control}
      ${options.markdown ? html`<p class="help" id="${id}-md-help">${this.t('markdown.help')}</p>` : nothing}
      ${msg.template}
      ${options.markdown && this._previews.has(id) ? this.markdownPreview(id, value, lang) : nothing}
    </div>`;
  }

  /* ───────────────────────────── Markdown ───────────────────────────── */

  private markdownToolbar(key: ItemKey, path: PathSegment[], id: string, label: string): TemplateResult {
    const wrap = (before: string, after: string, placeholder: string, linePrefix = false) => () => {
      const ta = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${CSS.escape(id)}`)!;
      const { selectionStart: s, selectionEnd: e, value } = ta;
      const selected = value.slice(s, e) || placeholder;
      let next: string;
      let caret: [number, number];
      if (linePrefix) {
        const lineStart = value.lastIndexOf('\n', s - 1) + 1;
        const lines = value.slice(lineStart, Math.max(e, s)).split('\n').map((l, i) => (before === '1. ' ? `${i + 1}. ` : before) + l);
        const block = lines.join('\n') || before + placeholder;
        next = value.slice(0, lineStart) + block + value.slice(Math.max(e, s));
        caret = [lineStart, lineStart + block.length];
      } else {
        next = value.slice(0, s) + before + selected + after + value.slice(e);
        caret = [s + before.length, s + before.length + selected.length];
      }
      this.setField(key, path, next);
      void this.updateComplete.then(() => {
        ta.focus();
        ta.setSelectionRange(caret[0], caret[1]);
      });
    };
    const previewOn = this._previews.has(id);
    return html`<div class="toolbar" role="toolbar" aria-label=${this.t('markdown.toolbar', { field: label })} aria-controls=${id}>
      <button type="button" @click=${wrap('**', '**', this.t('markdown.boldText'))}><strong>${this.t('markdown.bold')}</strong></button>
      <button type="button" @click=${wrap('_', '_', this.t('markdown.italicText'))}><em>${this.t('markdown.italic')}</em></button>
      <button type="button" @click=${wrap('[', '](https://)', this.t('markdown.linkText'))}>${this.t('markdown.link')}</button>
      <button type="button" @click=${wrap('## ', '', this.t('markdown.headingText'), true)}>${this.t('markdown.heading')}</button>
      <button type="button" @click=${wrap('- ', '', this.t('markdown.itemText'), true)}>${this.t('markdown.bullets')}</button>
      <button type="button" @click=${wrap('1. ', '', this.t('markdown.itemText'), true)}>${this.t('markdown.numbered')}</button>
      <button type="button" aria-pressed=${previewOn ? 'true' : 'false'} @click=${() => this.togglePreview(id)}>${this.t('markdown.preview')}</button>
    </div>`;
  }

  private togglePreview(id: string): void {
    const next = new Set(this._previews);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this._previews = next;
  }

  private markdownPreview(id: string, source: string, lang: string): TemplateResult {
    const cached = this.compiled.get(id);
    if (!cached || cached.source !== source) {
      void import('../authoring/markdown.js').then(({ compileMarkdown }) => {
        const { rich, issues } = compileMarkdown(source);
        this.compiled.set(id, { source, rich, issues: issues.map((i) => i.message) });
        this.requestUpdate();
      });
    }
    // Exactly the reader's renderer (render-rich-text.ts) and its markup.
    return html`<section class="preview rich" aria-label=${this.t('markdown.previewLabel')} lang=${lang} dir=${directionOf(lang)}>
      ${cached ? renderRichText(cached.rich) : html`<p>…</p>`}
    </section>`;
  }

  /* ───────────────────────────── opening hours ───────────────────────────── */

  private hoursField(key: ItemKey, entry: SourceEntry): TemplateResult {
    const id = idFor('openingHours');
    const rule = entry.openingHours ?? '';
    const msg = this.messages(key, 'openingHours', id);
    const preview = rule.trim() ? this._hours.get(rule) : undefined;
    if (rule.trim() && !preview) this.scheduleHoursPreview(rule);
    const ready = preview && preview !== 'loading' ? preview : undefined;
    const err = ready?.error;
    if (!customElements.get('kompass-hours-editor')) void import('./fields/hours-editor/kompass-hours-editor.js').then(({ KompassHoursEditor }) => defineAll([['kompass-hours-editor', KompassHoursEditor]]));
    const m = this.draft.municipality;
    const expertOnly = (e: CustomEvent<boolean>) => e.detail && ((e.target as HTMLElement).nextElementSibling as HTMLDetailsElement).setAttribute('open', '');
    return html`<div class="field hours">
      <h3>${this.t('fields.openingHours')}</h3>
      <kompass-hours-editor .value=${rule} .state=${m.state} .timeZone=${m.timeZone} .closedOnPublicHolidays=${m.closedOnPublicHolidays ?? true} .i18n=${this._i18n} .lang=${this._i18n?.language ?? 'en'} .now=${this.now} .expert=${false} @kompass-hours-change=${(e: CustomEvent<string>) => this.setField(key, ['openingHours'], e.detail || undefined)} @kompass-hours-expert-only=${expertOnly}></kompass-hours-editor>
      <details class="hours-expert" ?open=${!!err || msg.invalid}>
      <summary>${this.t('hoursEditor.expert')}</summary>
      <label for=${id}>${this.t('fields.openingHours')}</label>
      <input id=${id} class="mono" spellcheck="false" .value=${live(rule)} aria-invalid=${err || msg.invalid ? 'true' : 'false'} aria-describedby="${id}-help ${err ? `${id}-error` : ''} ${msg.ids}" @input=${(e: Event) => this.setField(key, ['openingHours'], (e.target as HTMLInputElement).value || undefined)} />
      <p class="help" id="${id}-help">${this.t('hours.help')}</p>
      ${err
        ? html`<div class="error" id="${id}-error" role="alert">
            <p>${this.say(err)}</p>
            ${err.position !== undefined
              ? html`<p class="mono where">${this.t('hours.here')} <code>${rule.slice(0, err.position)}<mark>${rule.slice(err.position, err.position + 1) || ' '}</mark>${rule.slice(err.position + 1)}</code></p>`
              : nothing}
          </div>`
        : msg.template}
      ${ready && !err
        ? html`<div class="hours-preview" aria-label=${this.t('hours.preview')} role="group">
            <p class="now ${ready.open ? 'open' : 'closed'}">${ready.open ? this.t('hours.openNow') : this.t('hours.closedNow')}${ready.comment ? ` · ${ready.comment}` : ''}${ready.next ? ` · ${this.t('hours.nextChange', { time: minutesText(ready.next.minutes), date: ready.next.date })}` : ''}</p>
            <table>
              <caption>${this.t('hours.thisWeek')}</caption>
              <tbody>
                ${ready.week.map(
                  (d) => html`<tr class=${d.today ? 'today' : ''}>
                    <th scope="row">${this.t(`hours.days.${d.weekday}`)} <span class="date">${d.date}</span></th>
                    <td>${d.intervals.length ? d.intervals.map((iv) => `${minutesText(iv.start)}–${minutesText(iv.end)}${iv.comment ? ` (${iv.comment})` : ''}`).join(', ') : this.t('hours.closed')}${d.holiday ? html` <span class="holiday">${this.t('hours.holiday', { name: d.holiday })}</span>` : nothing}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      </details>
    </div>`;
  }

  private scheduleHoursPreview(rule: string): void {
    if (this.hoursTimers.has(rule)) return;
    this.hoursTimers.set(
      rule,
      setTimeout(() => {
        void import('./hours-preview.js').then(({ previewHours }) => {
          const m = this.draft.municipality;
          const result = previewHours(rule, { state: m.state, timeZone: m.timeZone, now: this.now ?? new Date(), closedOnPublicHolidays: m.closedOnPublicHolidays ?? true });
          this.hoursTimers.delete(rule);
          const next = new Map(this._hours);
          if (next.size > 50) next.clear();
          next.set(rule, result);
          this._hours = next;
        });
      }, 150),
    );
  }

  /* ───────────────────────────── item forms ───────────────────────────── */

  /** A new item under another id (the draft moves with it); false when the id is empty, the same or taken. */
  private renameItem(key: ItemKey, next: string): ItemKey | undefined {
    const item = this.item(key) as { id: string } | undefined;
    const { kind } = parseKey(key);
    if (!item || !next || next === item.id || itemsOf(this.draft).has(keyOf(kind, next))) return undefined;
    const overrides = new Map(this._overrides);
    overrides.delete(key);
    this._overrides = overrides;
    void this.drafts!.putItem(key, undefined);
    const newKey = keyOf(kind, next);
    this.change(newKey, { ...item, id: next } as Item, 'id');
    if (this._open === key) this._open = newKey;
    return newKey;
  }

  /** A new item's made-up id follows its name ("Tafel Musterstadt" → tafel-musterstadt) until the clerk sets one herself. */
  private idFromName(key: ItemKey, name: string): void {
    if (!this.autoIds.has(key) || !name.trim()) return;
    const { kind } = parseKey(key);
    const taken = new Set([...itemsOf(this.draft).keys()].filter((k) => k.startsWith(`${kind}:`) && k !== key).map((k) => parseKey(k).id));
    const next = this.renameItem(key, uniqueId(slugify(name, kind === 'entry' ? 'eintrag' : kind), taken));
    if (next) {
      this.autoIds.delete(key);
      this.autoIds.add(next);
    }
  }

  private idField(key: ItemKey, item: Item, isNew: boolean): TemplateResult {
    if (!isNew) return html`<p class="field readonly"><span class="label">${this.t('fields.id')}</span> <code>${(item as { id: string }).id}</code></p>`;
    const id = idFor('id');
    const msg = this.messages(key, 'id', id, true);
    const rename = (e: Event) => {
      const next = this.renameItem(key, (e.target as HTMLInputElement).value.trim());
      if (!next) return;
      this.autoIds.delete(key); // chosen by the clerk: it no longer follows the name
      this.focusAfterRender = id;
    };
    return html`<details class="advanced" ?open=${msg.invalid}>
      <summary>${this.t('fields.idAdvanced')}: <code>${(item as { id: string }).id}</code></summary>
      <div class="field">
        <label for=${id}>${this.t('fields.id')} <span class="required" aria-hidden="true">*</span></label>
        <input id=${id} class="mono" .value=${(item as { id: string }).id} aria-required="true" aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby="${id}-from ${id}-help ${msg.ids}" @change=${rename} />
        <p class="help" id="${id}-from">${this.t('fields.idFromName')}</p>
        <p class="help" id="${id}-help">${this.t('fields.idHelp')}</p>
        ${msg.template}
      </div>
    </details>`;
  }

  private entryFields(key: ItemKey, e: SourceEntry): TemplateResult {
    const cats = this.draft.categories;
    const catMsg = this.messages(key, 'categories', idFor('categories'));
    const toggleCat = (id: string, on: boolean) => {
      const list = new Set(e.categories ?? []);
      if (on) list.add(id);
      else list.delete(id);
      this.setField(key, ['categories'], cats.map((c) => c.id).filter((c) => list.has(c)));
    };
    return html`
      ${this.localizedField(key, e, ['name'], this.t('fields.name'), { required: true })}
      ${this.localizedField(key, e, ['summary'], this.t('fields.summary'), { required: true, multiline: true })}
      ${this.selectField(key, e, ['kind'], this.t('fields.kind'), ENTRY_KINDS, (k) => this.t(`kinds.${k}`), { required: true })}
      <fieldset class="checks" aria-describedby=${catMsg.ids || nothing}>
        <legend>${this.t('fields.categories')} <span class="required" aria-hidden="true">*</span></legend>
        ${cats.map((c) => html`<label class="check"><input type="checkbox" .checked=${live((e.categories ?? []).includes(c.id))} @change=${(ev: Event) => toggleCat(c.id, (ev.target as HTMLInputElement).checked)} /> ${textOf(c.label[this.defaultLanguage]) ?? c.id}</label>`)}
        <span id=${idFor('categories')}></span>
        ${catMsg.template}
      </fieldset>
      ${this.localizedField(key, e, ['description'], this.t('fields.description'), { markdown: true })}
      <fieldset class="group">
        <legend>${this.t('fields.address')}</legend>
        ${this.textField(key, e, ['address', 'street'], this.t('fields.street'))}
        ${this.textField(key, e, ['address', 'postalCode'], this.t('fields.postalCode'), { inputmode: 'numeric' })}
        ${this.textField(key, e, ['address', 'city'], this.t('fields.city'))}
        ${this.textField(key, e, ['address', 'lat'], this.t('fields.lat'), { type: 'number' })}
        ${this.textField(key, e, ['address', 'lon'], this.t('fields.lon'), { type: 'number' })}
        ${pointPaste({ id: idFor('point-paste'), t: (k, p) => this.t(k, p), lang: this._i18n?.language ?? 'de', take: (p) => this.setField(key, ['address'], { ...(e.address ?? {}), lat: p.lat, lon: p.lon }) })}
        ${this.localizedField(key, e, ['address', 'extra'], this.t('fields.addressExtra'))}
        ${this.localizedField(key, e, ['address', 'gettingThere'], this.t('fields.gettingThere'), { multiline: true })}
      </fieldset>
      ${this.hoursField(key, e)}
      ${this.localizedField(key, e, ['hoursNote'], this.t('fields.hoursNote'))}
      <fieldset class="group">
        <legend>${this.t('fields.phones')}</legend>
        ${(e.phones ?? []).map(
          (_, i) => html`<div class="phone">
            ${this.textField(key, e, ['phones', i, 'number'], this.t('fields.phoneNumber', { n: i + 1 }), { type: 'tel' })}
            ${this.localizedField(key, e, ['phones', i, 'label'], this.t('fields.phoneLabel', { n: i + 1 }))}
            <button type="button" @click=${() => this.setField(key, ['phones'], (e.phones ?? []).filter((__, j) => j !== i).length ? (e.phones ?? []).filter((__, j) => j !== i) : undefined)}>${this.t('fields.removePhone', { n: i + 1 })}</button>
          </div>`,
        )}
        <button type="button" @click=${() => this.setField(key, ['phones'], [...(e.phones ?? []), { number: '' }])}>${this.t('fields.addPhone')}</button>
      </fieldset>
      ${this.textField(key, e, ['email'], this.t('fields.email'), { type: 'email' })}
      ${this.textField(key, e, ['website'], this.t('fields.website'), { type: 'url', help: this.t('fields.websiteHelp') })}
      <fieldset class="group">
        <legend>${this.t('fields.appointment')}</legend>
        <label class="check"><input type="checkbox" .checked=${live(!!e.appointment?.required)} @change=${(ev: Event) => this.setField(key, ['appointment'], { ...(e.appointment ?? {}), required: (ev.target as HTMLInputElement).checked })} /> ${this.t('fields.appointmentRequired')}</label>
        ${this.textField(key, e, ['appointment', 'url'], this.t('fields.appointmentUrl'), { type: 'url' })}
      </fieldset>
      ${this.selectField(key, e, ['wheelchair'], this.t('fields.wheelchair'), WHEELCHAIR_VALUES, (w) => this.t(`wheelchair.${w}`), { empty: true })}
      ${this.listField(key, e, ['languages'], this.t('fields.languages'), this.t('fields.languagesHelp'))}
      <div class="checked-row">
        ${this.textField(key, e, ['lastChecked'], this.t('fields.lastChecked'), { type: 'date' })}
        <button type="button" @click=${() => this.setField(key, ['lastChecked'], new Date().toISOString().slice(0, 10))}>${this.t('fields.checkedToday')}</button>
      </div>
    `;
  }

  private listField(key: ItemKey, item: Item, path: PathSegment[], label: string, help: string): TemplateResult {
    const field = formatPath(path);
    const id = idFor(field);
    const msg = this.messages(key, field, id);
    const value = ((getAt(item, path) as string[] | undefined) ?? []).join(', ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} .value=${live(value)} aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby="${id}-help ${msg.ids}" @change=${(e: Event) => {
        const list = (e.target as HTMLInputElement).value.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
        this.setField(key, path, list.length ? list : undefined);
      }} />
      <p class="help" id="${id}-help">${help}</p>
      ${msg.template}
    </div>`;
  }

  private guideFields(key: ItemKey, g: SourceGuide): TemplateResult {
    const steps = g.steps ?? [];
    const addStep = () => {
      const taken = new Set(steps.map((s) => s.id));
      let n = steps.length + 1;
      while (taken.has(`schritt-${n}`)) n++;
      this.setField(key, ['steps'], [...steps, { id: `schritt-${n}`, title: { [this.defaultLanguage]: '' } }]);
    };
    const move = (i: number, d: number) => {
      const next = [...steps];
      const [s] = next.splice(i, 1);
      next.splice(i + d, 0, s!);
      this.setField(key, ['steps'], next);
    };
    return html`
      ${this.localizedField(key, g, ['title'], this.t('fields.title'), { required: true })}
      ${this.localizedField(key, g, ['intro'], this.t('fields.intro'), { markdown: true })}
      ${this.textField(key, g, ['icon'], this.t('fields.icon'))}
      ${steps.map(
        (s: SourceGuideStep, i) => html`<fieldset class="group step">
          <legend>${this.t('fields.step', { n: i + 1 })}</legend>
          ${this.textField(key, g, ['steps', i, 'id'], this.t('fields.stepId'), { required: true })}
          ${this.localizedField(key, g, ['steps', i, 'title'], this.t('fields.title'), { required: true })}
          ${this.localizedField(key, g, ['steps', i, 'text'], this.t('fields.stepText'), { markdown: true })}
          ${this.listField(key, g, ['steps', i, 'entries'], this.t('fields.stepEntries'), this.t('fields.stepEntriesHelp'))}
          ${(s.documents ?? []).map((_, j) => this.localizedField(key, g, ['steps', i, 'documents', j], this.t('fields.document', { n: j + 1 }), { required: true }))}
          <button type="button" @click=${() => this.setField(key, ['steps', i, 'documents'], [...(s.documents ?? []), { [this.defaultLanguage]: '' }])}>${this.t('fields.addDocument')}</button>
          <button type="button" ?disabled=${i === 0} @click=${() => move(i, -1)}>${this.t('fields.stepUp')}</button>
          <button type="button" ?disabled=${i === steps.length - 1} @click=${() => move(i, 1)}>${this.t('fields.stepDown')}</button>
          <button type="button" ?disabled=${steps.length < 2} @click=${() => this.setField(key, ['steps'], steps.filter((__, j) => j !== i))}>${this.t('fields.removeStep')}</button>
        </fieldset>`,
      )}
      <button type="button" @click=${addStep}>${this.t('fields.addStep')}</button>
    `;
  }

  private categoryFields(key: ItemKey, c: SourceCategory): TemplateResult {
    const others = this.draft.categories.filter((x) => x.id !== c.id).map((x) => x.id);
    return html`
      ${this.localizedField(key, c, ['label'], this.t('fields.label'), { required: true })}
      ${this.selectField(key, c, ['parent'], this.t('fields.parent'), others, (id) => this.nameOf(keyOf('category', id)), { empty: true })}
      ${this.textField(key, c, ['icon'], this.t('fields.icon'), { required: true })}
    `;
  }

  /* ───────────────────────────── translation matrix ───────────────────────────── */

  private renderMatrix(): TemplateResult {
    // What the next publish will record: translations of changed source texts become outdated.
    const stamped = structuredClone(this.draft);
    stampTranslations(this.baseSource, stamped);
    const status = translationStatus(stamped);
    const langs = this.languages.filter((l) => l !== status.defaultLanguage);
    const shownLangs = this._matrixLang ? [this._matrixLang] : langs;
    const perItem = new Map<string, Map<string, { states: Map<TranslationState, string[]> }>>();
    const itemKeyOf = (k: string) => {
      const [kind, id] = k.split(':');
      return kind === 'municipality' ? 'municipality' : `${kind}:${id}`;
    };
    const fieldOf = (k: string) => k.split(':').slice(2).join(':');
    for (const e of [...this.draft.entries.map((x) => keyOf('entry', x.id)), ...this.draft.guides.map((x) => keyOf('guide', x.id)), ...this.draft.categories.map((x) => keyOf('category', x.id))]) perItem.set(e, new Map());
    for (const it of status.items) {
      const key = itemKeyOf(it.key);
      const row = perItem.get(key);
      if (!row) continue;
      const cell = row.get(it.lang) ?? { states: new Map() };
      cell.states.set(it.state, [...(cell.states.get(it.state) ?? []), fieldOf(it.key)]);
      row.set(it.lang, cell);
    }
    const rows = [...perItem].filter(([key, row]) => {
      if (this._matrixKind && parseKey(key).kind !== this._matrixKind) return false;
      if (!this._matrixState) return true;
      return shownLangs.some((l) => row.get(l)?.states.has(this._matrixState as TranslationState));
    });
    return html`<section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">${this.t('matrix.heading')}</h2>
      <p>${this.t('matrix.intro')}</p>
      <ul class="totals">
        ${status.languages.filter((l) => l.code !== status.defaultLanguage).map((l) => html`<li><strong>${this.languageName(l.code)}</strong>: ${STATES.map((s) => `${this.t(`translation.${s}`)} ${l[s]}`).join(' · ')}</li>`)}
      </ul>
      <div class="filters">
        <label>${this.t('matrix.language')}
          <select id="matrix-language" @change=${(e: Event) => (this._matrixLang = (e.target as HTMLSelectElement).value)}>
            <option value="">${this.t('list.all')}</option>
            ${langs.map((l) => html`<option value=${l} ?selected=${this._matrixLang === l}>${this.languageName(l)}</option>`)}
          </select></label
        >
        <label>${this.t('matrix.state')}
          <select id="matrix-state" @change=${(e: Event) => (this._matrixState = (e.target as HTMLSelectElement).value)}>
            <option value="">${this.t('list.all')}</option>
            ${STATES.filter((s) => s !== 'done').map((s) => html`<option value=${s} ?selected=${this._matrixState === s}>${this.t(`translation.${s}`)}</option>`)}
          </select></label
        >
        <label>${this.t('matrix.kind')}
          <select id="matrix-kind" @change=${(e: Event) => (this._matrixKind = (e.target as HTMLSelectElement).value)}>
            <option value="">${this.t('list.all')}</option>
            ${(['entry', 'guide', 'category'] as const).map((k) => html`<option value=${k} ?selected=${this._matrixKind === k}>${this.t(`list.${k}.heading`)}</option>`)}
          </select></label
        >
      </div>
      <p role="status">${this.t('matrix.count', { count: rows.length })}</p>
      <table class="matrix">
        <thead>
          <tr>
            <th scope="col">${this.t('matrix.item')}</th>
            ${shownLangs.map((l) => html`<th scope="col" lang=${l}>${this.languageName(l)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([key, row]) => html`<tr>
              <th scope="row">${this.nameOf(key)} <span class="item-id">${parseKey(key).id}</span></th>
              ${shownLangs.map((l) => {
                const cell = row.get(l);
                const worst = WORST.find((s) => cell?.states.has(s)) ?? 'done';
                const fields = cell ? [...cell.states.entries()].flatMap(([s, f]) => f.map((x) => `${x}: ${this.t(`translation.${s}`)}`)) : [];
                const first = (this._matrixState && cell?.states.get(this._matrixState as TranslationState)?.[0]) || (cell ? [...cell.states.values()][0]?.[0] : undefined);
                return html`<td class="cell ${worst}">
                  <button type="button" class="cell-button" title=${fields.join('\n')} @click=${() => this.openTranslation(key, l, first)}>
                    ${this.t(`translation.${worst}`)}${fields.length > 1 ? ` (${fields.length})` : ''}<span class="visually-hidden"> — ${this.nameOf(key)}, ${this.languageName(l)}</span>
                  </button>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  /** Opens the field of a status key (`name`, `phones.0.label`, `steps.<stepId>.title`) in `lang`. */
  private openTranslation(key: ItemKey, lang: string, field: string | undefined): void {
    let path = field ?? (parseKey(key).kind === 'guide' ? 'title' : parseKey(key).kind === 'category' ? 'label' : 'name');
    const item = this.item(key) as SourceGuide | undefined;
    path = path.replace(/^steps\.([^.]+)/, (_, stepId: string) => `steps[${Math.max(0, item?.steps?.findIndex((s) => s.id === stepId) ?? 0)}]`);
    path = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    this.openItem(key, lang, `${path}.${lang}`);
  }

  /* ───────────────────────────── changes and merge ───────────────────────────── */

  private renderChanges(): TemplateResult {
    const changes = this.realChanges();
    return html`<section aria-labelledby="changes-heading">
      <h2 id="changes-heading" tabindex="-1">${this.t('changes.heading')}</h2>
      <p>${changes.length ? this.t('changes.intro', { revision: this._base?.revision ?? 0 }) : this.t('changes.none')}</p>
      ${changes.map(
        (c) => html`<article class="change" aria-labelledby=${idFor('change', c.key)}>
          <h3 id=${idFor('change', c.key)}>${this.nameOf(c.key)} <span class="item-id">${c.key}</span> <span class="badge">${this.t(`changes.${c.kind}`)}</span></h3>
          ${c.fields.length ? this.diffTable(c.fields.map((f) => ({ field: f.field, before: f.before, after: f.after })), this.t('changes.published'), this.t('changes.draft')) : nothing}
          ${c.kind !== 'removed' && hasForm(c.key) ? html`<button type="button" @click=${() => this.openItem(c.key)}>${this.t('changes.open')}</button>` : nothing}
          ${this._confirm === `discard:${c.key}`
            ? html`<span role="alert">${this.t('changes.confirmDiscard')}</span>
                <button type="button" id="confirm-discard" class="danger-button" @click=${() => this.discard(c.key)}>${this.t('changes.discardYes')}</button>
                <button type="button" @click=${() => (this._confirm = undefined)}>${this.t('form.deleteNo')}</button>`
            : html`<button type="button" @click=${() => ((this._confirm = `discard:${c.key}`), (this.focusAfterRender = 'confirm-discard'))}>${this.t('changes.discard')}</button>`}
        </article>`,
      )}
    </section>`;
  }

  private discard(key: ItemKey): void {
    this.change(key, (itemsOf(this.baseSource).get(key) ?? null) as Item | null, 'discard');
    if (!itemsOf(this.baseSource).has(key)) {
      const overrides = new Map(this._overrides);
      overrides.delete(key);
      this._overrides = overrides;
      void this.drafts!.putItem(key, undefined);
    }
    this._confirm = undefined;
  }

  private diffTable(rows: { field: string; before: unknown; after: unknown }[], beforeLabel: string, afterLabel: string): TemplateResult {
    return html`<table class="diff">
      <thead>
        <tr>
          <th scope="col">${this.t('changes.field')}</th>
          <th scope="col">${beforeLabel}</th>
          <th scope="col">${afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <th scope="row"><code>${r.field}</code></th>
            <td class="before">${r.before === undefined ? html`<em>${this.t('changes.empty')}</em>` : html`<del>${display(r.before)}</del>`}</td>
            <td class="after">${r.after === undefined ? html`<em>${this.t('changes.empty')}</em>` : html`<ins>${display(r.after)}</ins>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderMerge(): TemplateResult {
    const { plan, theirs } = this._merge!;
    const complete = mergeComplete(plan, this._choices);
    return html`<section class="merge" aria-labelledby="merge-heading">
      <h2 id="merge-heading" tabindex="-1">${this.t('merge.heading')}</h2>
      <p role="alert">${this.t('merge.intro', { by: theirs.by ?? '?', revision: theirs.revision, mine: this._base?.revision ?? 0 })}</p>
      ${plan.items.map((it) => {
        const c = this._choices.get(it.key);
        const hid = idFor('merge', it.key);
        return html`<article class="merge-item" aria-labelledby=${hid}>
          <h3 id=${hid}>${this.nameOf(it.key)} <span class="item-id">${it.key}</span></h3>
          ${it.situation === 'removed-by-them' || it.situation === 'removed-by-me'
            ? html`<fieldset>
                <legend>${this.t(`merge.${it.situation}`)}</legend>
                <label class="check"><input type="radio" name=${hid} .checked=${c?.item === 'mine'} @change=${() => this.choose(it.key, undefined, 'mine')} /> ${this.t(it.situation === 'removed-by-them' ? 'merge.keepMine' : 'merge.removeMine')}</label>
                <label class="check"><input type="radio" name=${hid} .checked=${c?.item === 'theirs'} @change=${() => this.choose(it.key, undefined, 'theirs')} /> ${this.t(it.situation === 'removed-by-them' ? 'merge.acceptRemoval' : 'merge.keepTheirs')}</label>
              </fieldset>`
            : html`<table class="diff merge-table">
                <thead>
                  <tr>
                    <th scope="col">${this.t('changes.field')}</th>
                    <th scope="col">${this.t('merge.theirs', { by: theirs.by ?? '?' })}</th>
                    <th scope="col">${this.t('merge.mine')}</th>
                    <th scope="col">${this.t('merge.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${it.fields.map((f) => {
                    const name = idFor('pick', it.key, f.field);
                    const pick = f.auto ?? c?.fields.get(f.field);
                    return html`<tr class=${f.auto === null ? 'conflict' : ''}>
                      <th scope="row"><code>${f.field}</code></th>
                      <td>${f.theirs === undefined ? html`<em>${this.t('changes.empty')}</em>` : display(f.theirs)}</td>
                      <td>${f.mine === undefined ? html`<em>${this.t('changes.empty')}</em>` : display(f.mine)}</td>
                      <td>
                        ${f.auto
                          ? html`${this.t(f.auto === 'mine' ? 'merge.autoMine' : 'merge.autoTheirs')}`
                          : html`<fieldset class="pick">
                              <legend class="visually-hidden">${f.field}</legend>
                              <label class="check"><input type="radio" name=${name} .checked=${pick === 'theirs'} @change=${() => this.choose(it.key, f.field, 'theirs')} /> ${this.t('merge.takeTheirs')}</label>
                              <label class="check"><input type="radio" name=${name} .checked=${pick === 'mine'} @change=${() => this.choose(it.key, f.field, 'mine')} /> ${this.t('merge.takeMine')}</label>
                            </fieldset>`}
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>`}
        </article>`;
      })}
      ${plan.theirsOnly.length
        ? html`<h3>${this.t('merge.theirsOnly', { by: theirs.by ?? '?' })}</h3>
            ${plan.theirsOnly.map((ch) => html`<h4>${ch.key} <span class="badge">${this.t(`changes.${ch.kind}`)}</span></h4>${ch.fields.length ? this.diffTable(ch.fields, this.t('merge.before'), this.t('merge.theirs', { by: theirs.by ?? '?' })) : nothing}`)}`
        : nothing}
      ${plan.mineOnly.length
        ? html`<h3>${this.t('merge.mineOnly')}</h3>
            ${plan.mineOnly.map((ch) => html`<h4>${ch.key} <span class="badge">${this.t(`changes.${ch.kind}`)}</span></h4>${ch.fields.length ? this.diffTable(ch.fields, this.t('merge.before'), this.t('merge.mine')) : nothing}`)}`
        : nothing}
      <p>${complete ? this.t('merge.readyToApply') : this.t('merge.chooseAll')}</p>
      <button type="button" id="merge-apply" class="primary" ?disabled=${!complete} @click=${() => void this.finishMerge()}>${this.t('merge.apply')}</button>
    </section>`;
  }

  /* ───────────────────────────── import / export ───────────────────────────── */

  private renderImport(): TemplateResult {
    const r = this._import;
    return html`<section aria-labelledby="import-heading">
      <h2 id="import-heading" tabindex="-1">${this.t('import.heading')}</h2>
      <p>${this.t('import.intro')}</p>
      <div class="field">
        <label for="import-file">${this.t('import.file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" aria-describedby="import-help" @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void this.importCsv(file);
        }} />
        <p class="help" id="import-help">${this.t('import.help')}</p>
      </div>
      <div role="status" aria-live="polite">
        ${r === 'loading' ? html`<p>${this.t('import.reading')}</p>` : nothing}
        ${r && r !== 'loading'
          ? html`<div class="report">
              <h3>${this.t('import.report', { file: r.file })}</h3>
              ${r.fileErrors.length ? html`<p class="error">${this.t('import.fileErrors')}</p><ul>${r.fileErrors.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}
              ${!r.fileErrors.length ? html`<p>${r.content ? this.t('import.applied', { added: r.added.length, changed: r.changed.length, rows: r.rows }) : this.t('import.notApplied', { count: r.rejected.length + r.fatal.length })}</p>` : nothing}
              ${r.rejected.length
                ? html`<h4>${this.t('import.rejected')}</h4>
                    <ul class="rejected">${r.rejected.map((x) => html`<li><strong>${x.origin ?? x.key}</strong> (${x.key}): <ul>${x.reasons.map((reason) => html`<li>${reason}</li>`)}</ul></li>`)}</ul>`
                : nothing}
              ${r.fatal.length ? html`<h4>${this.t('import.fatal')}</h4><ul>${r.fatal.map((p) => html`<li>${p.file}:${p.line}:${p.column} ${p.path} ${this.say(p)}</li>`)}</ul>` : nothing}
              ${r.notes.length ? html`<h4>${this.t('import.notes')}</h4><ul>${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
            </div>`
          : nothing}
      </div>
      <h2>${this.t('export.heading')}</h2>
      <p>${this.t('export.intro')}</p>
      ${CSV_KINDS.map((kind) => html`<button type="button" @click=${() => void this.exportCsv(kind)}>${this.t(`export.csv.${kind}`)}</button>`)}
      <button type="button" @click=${() => this.exportSource()}>${this.t('export.source')}</button>
      <h3 id="pack-heading">${this.t('export.packHeading')}</h3>
      <p id="pack-intro">${this.t('export.packIntro')}</p>
      <button type="button" id="export-pack" aria-describedby="pack-intro" ?disabled=${this._packExport?.state === 'loading'} @click=${() => void this.exportPack()}>${this.t('export.pack')}</button>
      <p class="pack-export" role="status" aria-live="polite">${this.renderPackExport()}</p>
    </section>`;
  }

  private renderPackExport(): string {
    const p = this._packExport;
    if (!p) return '';
    if (p.state === 'loading') return this.t('export.packLoading');
    if (p.state === 'done') return this.t('export.packDone', { name: p.name, revision: p.revision, count: p.files });
    return this.t('export.packFailed', { message: p.message });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-editor-app': KompassEditorApp;
  }
}
