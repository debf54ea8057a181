import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { tokens } from '../reader/ui/tokens.styles.js';
import { controls } from '../reader/ui/controls.styles.js';
import { editorButtons } from './editor-buttons.styles.js';
import { styles } from './kompass-editor.styles.js';
import { feedbackStyles } from './panels/feedback-inbox.styles.js';
import { contentFormStyles } from './panels/content-forms.styles.js';
import { ApiError, type EditorApi } from './api.js';
import type { LoadedDrafts } from './drafts.js';
import { createEditorI18n, setEditorLanguage, EDITOR_UI_LANGUAGES } from './i18n.js';
import { keyOf, sourceChanges, type ItemKey } from './model.js';
import { openKompassStore, type KompassStore } from '../reader/store/index.js';
import type { Problem } from '../authoring/problems.js';
import type { SourceContent } from '../pack/types.js';
import { EditorModel, type Tab } from './editor-model.js';
import { DraftsController } from './controllers/drafts.js';
import { HistoryController } from './controllers/history.js';
import { ValidationController } from './controllers/validation.js';
import { PublishingController } from './controllers/publishing.js';
import { SignInController } from './controllers/sign-in.js';
import { FeedbackInbox } from './panels/feedback-inbox.js';
import { ItemForm } from './panels/form/item-form.js';
import { ListPanel } from './panels/list.js';
import { MatrixPanel } from './panels/matrix.js';
import { ChangesPanel } from './panels/changes.js';
import { MergePanel } from './panels/merge.js';
import { PackExportPanel } from './panels/pack-export.js';
import { ImportPanel } from './panels/import.js';
import { PublishBar } from './panels/publish-bar.js';

// The element composes its parts: the shared EditorModel (editor-model.ts), controllers for
// drafts, history, validation, publishing and sign-in (controllers/), and one panel per section
// (panels/). It keeps its attributes, its public API, the header and the sections' tabs.

const TABS: Tab[] = ['entries', 'guides', 'categories', 'pages', 'events', 'notices', 'settings', 'translations', 'changes', 'reports', 'import'];
/** Tabs that are a list of items. */
const LIST_TABS = { entries: 'entry', guides: 'guide', categories: 'category', pages: 'page', events: 'event', notices: 'notice' } as const;

/** The heading each section starts with: focus goes there, so a screen reader says where the clerk is now. */
const HEADING: Record<Tab, string> = {
  entries: 'list-heading',
  guides: 'list-heading',
  categories: 'list-heading',
  pages: 'list-heading',
  events: 'list-heading',
  notices: 'list-heading',
  settings: 'form-heading',
  translations: 'matrix-heading',
  changes: 'changes-heading',
  reports: 'feedback-heading',
  import: 'import-heading',
};

/**
 * The editor for municipal staff: sign in with a token, edit entries, guides, categories,
 * information pages, events, notices and the town's settings
 * with their translations, see problems as you type, publish. Loaded lazily by the tiny
 * `<kompass-editor>` element (src/reader/editor-loader/editor-loader.ts), never part of the reader's bundle.
 *
 * @summary The editor itself; use `<kompass-editor api="…">` on a page.
 */
export class KompassEditorApp extends LitElement {
  static override styles = [tokens, controls, editorButtons, styles, feedbackStyles, contentFormStyles];

  static override properties = {
    api: { type: String },
    pack: { type: String },
    lang: { type: String },
    storeName: { attribute: 'store-name' },
    now: { attribute: false },
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

  private store: KompassStore | undefined;
  private starting: Promise<void> = Promise.resolve();

  private readonly drafts = new DraftsController(this);
  private readonly history = new HistoryController(this, {
    enabled: () => this.session.phase === 'ready',
    restore: (key, value) => this.model.restore(key, value),
    announce: (what) => this.model.set({ notice: this.model.t(`history.${what}`) }),
  });
  private readonly model: EditorModel = new EditorModel(this, this.drafts, {
    edited: (edit) => {
      if (edit.record) this.history.record(edit.key, edit.field, edit.before, edit.after, edit.published);
      this.publishing.edited();
      this.validation.schedule();
    },
    restored: () => this.validation.schedule(),
    opened: () => this.form.fields.reset(),
  });
  private readonly validation = new ValidationController(this, {
    draft: () => this.model.draft,
    parts: () => ({ base: this.model.baseSource, changes: sourceChanges(this.model.overrides) }),
  });
  private readonly session: SignInController = new SignInController(this, {
    model: this.model,
    api: () => this.apiUrl,
    loadDrafts: () => this.drafts.load(),
    signedIn: (client, saved) => this.loadWorkspace(client, saved),
  });
  private readonly merge = new MergePanel({
    model: this.model,
    drafts: this.drafts,
    merged: (revision) => {
      this.history.clear();
      this.publishing.setStatus({ state: 'idle', text: this.model.t('merge.merged', { revision }) });
      this.validation.schedule(0);
    },
  });
  private readonly publishing: PublishingController = new PublishingController(this, {
    model: this.model,
    drafts: this.drafts,
    client: () => this.session.client,
    me: () => this.session.me,
    published: () => {
      this.history.clear();
      this.validation.schedule(0);
    },
    invalid: (problems) => this.validation.setFromServer(problems),
    conflict: (theirs) => this.merge.open(theirs),
    signedOut: () => this.session.signOut(),
  });
  /** Readers' reports of mistakes (panels/feedback-inbox.ts). */
  private readonly feedback = new FeedbackInbox(this, {
    t: this.model.t,
    uiLang: () => this.model.uiLang,
    errorText: this.model.serverSays,
    entryName: (id) => this.model.nameOf(keyOf('entry', id)),
    openEntry: (id) => this.openItem(keyOf('entry', id)),
  });
  private readonly form: ItemForm = new ItemForm({ model: this.model, validation: this.validation, feedback: this.feedback, now: () => this.now });
  private readonly list = new ListPanel({ model: this.model, validation: this.validation, feedback: this.feedback, add: (kind) => this.form.add(kind) });
  private readonly matrix = new MatrixPanel(this.model);
  private readonly changes = new ChangesPanel(this.model);
  private readonly importer = new ImportPanel(this, this.model, new PackExportPanel(this, { model: this.model, source: () => ({ pack: this.pack, api: this.api }) }));
  private readonly publishBar = new PublishBar({
    model: this.model,
    validation: this.validation,
    publishing: this.publishing,
    merging: () => this.merge.active,
    publish: () => void this.publish(),
  });

  constructor() {
    super();
    this.api = '';
    this.pack = '';
    this.lang = '';
    this.storeName = undefined;
    this.now = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.close();
  }

  /** The `lang` the strings were last asked for: a `lang` set while they were still loading is applied once they are there. */
  private langAsked = '';

  protected override updated(): void {
    const { i18n } = this.model;
    if (!i18n || !this.lang || this.lang === this.langAsked) return;
    this.langAsked = this.lang;
    void setEditorLanguage(i18n, this.lang).then(() => this.requestUpdate());
  }

  /** Resolves once the editor has signed in and loaded (or is waiting for a token). For tests and hosts. */
  get ready(): Promise<void> {
    return this.starting;
  }

  /** The CLI's checks on the whole draft, in the lazily loaded validation chunk; the latest run's problems. */
  validate(): Promise<Problem[]> {
    return this.validation.run();
  }

  /** Publishes the draft (queued while offline). */
  async publish(): Promise<void> {
    await this.publishing.publish(this.publishBar.minor(this.renderRoot));
  }

  /** Opens an item's form; `target` is the language to translate into, `focusPath` the field to focus (`name.ar`). */
  openItem(key: ItemKey, target?: string, focusPath?: string): void {
    this.model.openItem(key, target, focusPath);
  }

  /** The draft as the next publish would send it (tests read it). */
  protected get draft(): SourceContent {
    return this.model.draft;
  }

  private get apiUrl(): string {
    return new URL(this.api || '.', location.href).href;
  }

  private start(): Promise<void> {
    this.starting = (async () => {
      const wanted = this.lang || document.documentElement.lang || navigator.language || 'de';
      this.langAsked = this.lang;
      this.model.set({ i18n: await createEditorI18n(wanted) });
      this.store = await openKompassStore(this.storeName ? { name: this.storeName } : {});
      this.drafts.open(this.store.drafts, `editor:${this.apiUrl}`);
      await this.session.start(this.drafts.scope);
    })();
    return this.starting;
  }

  /** Signed in: the drafts kept on this device, then the published revision (a merge when both moved). */
  private async loadWorkspace(client: EditorApi, saved: LoadedDrafts): Promise<void> {
    void this.feedback.load(client);
    this.model.set({ overrides: saved.overrides, base: saved.base });
    try {
      await this.merge.catchUp(await client.source());
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'offline' && this.model.base)) throw e;
      this.model.set({ notice: this.model.t('status.offlineStart') });
    }
    this.publishing.resume(saved.pending);
    this.validation.schedule(0);
  }

  /* ───────────────────────────── rendering ───────────────────────────── */

  override render(): TemplateResult {
    const { i18n, t } = this.model;
    if (!i18n) return html`<p class="loading" role="status">…</p>`;
    const { phase } = this.session;
    return html`<div class="frame" lang=${i18n.language} dir="ltr">
      ${this.renderHeader()}
      ${phase === 'signin' ? this.session.renderForm() : phase === 'ready' ? this.renderWorkspace() : html`<p role="status">${t('status.loading')}</p>`}
    </div>`;
  }

  private renderHeader(): TemplateResult {
    const { model, session, history } = this;
    const { t } = model;
    const ready = session.phase === 'ready';
    const count = ready ? model.realChanges().length : 0;
    const saved = this.drafts.saved;
    const online = this.publishing.online;
    const i18n = model.i18n!;
    return html`<header part="header">
      <h1>${t('title')}</h1>
      <span class="connection ${online ? 'online' : 'offline'}">${online ? t('status.online') : t('status.offline')}</span>
      ${ready
        ? html`<span class="saved" role="status">${saved === 'saving' ? t('status.saving') : saved === 'failed' ? t('status.saveFailed') : count ? t('status.savedDrafts', { count }) : t('status.noDrafts')}</span>
            <button type="button" @click=${() => history.undo()} ?disabled=${!history.canUndo} aria-keyshortcuts="Control+Z">${t('history.undo')}</button>
            <button type="button" @click=${() => history.redo()} ?disabled=${!history.canRedo} aria-keyshortcuts="Control+Y">${t('history.redo')}</button>
            <span class="me">${session.me ? t('signIn.as', { name: session.me }) : ''}</span>
            <button type="button" @click=${() => session.signOut()}>${t('signIn.signOut')}</button>`
        : nothing}
      <label class="ui-language">
        ${t('uiLanguage')}
        <select @change=${(e: Event) => void setEditorLanguage(i18n, (e.target as HTMLSelectElement).value).then(() => this.requestUpdate())}>
          ${EDITOR_UI_LANGUAGES.map((l) => html`<option value=${l} ?selected=${i18n.language === l}>${l === 'de' ? 'Deutsch' : 'English'}</option>`)}
        </select>
      </label>
    </header>
    <p class="notice" role="status" aria-live="polite">${model.notice}</p>`;
  }

  private renderWorkspace(): TemplateResult {
    const { model } = this;
    const { t, tab: current, open } = model;
    const reports = this.feedback.openCount();
    const changes = model.realChanges().length;
    const badge = (n: number) => (n ? html` <span class="badge">${n}</span>` : nothing);
    return html`<nav class="tabs" aria-label=${t('nav.label')}>
        ${TABS.map(
          (tab) => html`<button type="button" aria-current=${current === tab && !open ? 'page' : 'false'} class=${current === tab ? 'active' : ''} @click=${() => this.go(tab)}>
            ${t(tab === 'reports' ? 'feedback.nav' : `nav.${tab}`)}${tab === 'changes' ? badge(changes) : tab === 'reports' ? badge(reports) : nothing}
          </button>`,
        )}
      </nav>
      ${this.publishBar.render()}
      <section class="workspace" aria-label=${t('nav.workspace')}>${open ? this.form.render(open) : this.renderTab(current)}</section>`;
  }

  private go(tab: Tab): void {
    this.model.set({ tab, open: undefined });
    // Focus to the section's heading, so that a screen reader says where the clerk is now.
    this.model.focus(HEADING[tab]);
    if (tab === 'reports') void this.feedback.load();
  }

  private renderTab(tab: Tab): TemplateResult {
    switch (tab) {
      case 'entries':
      case 'guides':
      case 'categories':
      case 'pages':
      case 'events':
      case 'notices':
        return this.list.render(LIST_TABS[tab]);
      case 'settings':
        return this.form.render('municipality');
      case 'translations':
        return this.matrix.render();
      case 'changes':
        return this.merge.active ? this.merge.render() : this.changes.render();
      case 'reports':
        return this.feedback.renderAll();
      case 'import':
        return this.importer.render();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-editor-app': KompassEditorApp;
  }
}
