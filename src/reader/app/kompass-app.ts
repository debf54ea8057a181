import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import type { i18n as I18n } from 'i18next';
import { tokens } from '../ui/tokens.styles.js';
import { controls } from '../ui/controls.styles.js';
import { styles } from './kompass-app.styles.js';
import { localeContext, type LocaleState } from '../context/locale-context.js';
import { appContext, type AppState, type DeviceState } from '../context/app-context.js';
import { changeUiLanguage, createI18n, directionOf } from '../i18n/i18n.js';
import { DEFAULT_FALLBACKS, UI_LANGUAGES, fallbackChain, matchLanguage } from '../../pack/languages.js';
import { safeHref } from '../../pack/url-schemes.js';
import { chooseLanguage, offeredLanguages, type LanguageChoice, type OfferedLanguage } from '../i18n/choose-language.js';
import { KompassLanguageChangeEvent } from '../events/kompass-language-change.js';
import { KompassNavigateEvent } from '../events/kompass-navigate.js';
import { KompassErrorEvent, type KompassErrorCode } from '../events/kompass-error.js';
import { KompassContentUpdatedEvent } from '../events/kompass-content-updated.js';
import { KompassAppUpdateEvent } from '../events/kompass-app-update.js';
import { ServiceWorkerController } from '../controllers/service-worker-controller.js';
import { FeedbackQueueController } from '../controllers/feedback-queue.js';
import { RouterController, HASH_PREFIX, type RoutingMode } from '../router/router-controller.js';
import { languageOfPath, parsePath, pathOf, type Route } from '../router/routes.js';
import { openKompassStore, type KompassStore } from '../store/index.js';
import { storageDurability } from '../store/storage-durability.js';
import { SyncService, type SyncActivatedEvent, type SyncProgressEvent, type SyncResult } from '../sync/index.js';
import type { ContentSnapshot } from '../content/snapshot.js';
import { icon } from '../ui/icons.js';
import { formatBytes, formatDateTime } from '../i18n/format.js';

type Status = 'starting' | 'loading' | 'ready' | 'error';

const LANGUAGE_KEY = 'kompass:language:';
/** The least time between two checks for new content when the page becomes visible again. */
const VISIBLE_CHECK_MS = 60_000;
/** After a failed check (no connection, a stalled download, a server error): the next try in 30 s, 2 min, then every 10 min; a success resets it. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000];

/**
 * The newcomers' guide: directory, entries, guides, search — offline once loaded.
 *
 * @summary Embeds the whole reader. Give it a content source with `src`.
 *
 * @event kompass-language-change - The reader's language changed. `event.lang`, `event.dir`.
 * @event kompass-navigate - A view inside Kompass was opened. `event.path`.
 * @event kompass-content-updated - A new content revision is shown. `event.revision`.
 * @fires {KompassNoticeEvent} kompass-notice - After a sync, once for each notice or event new in this revision. `event.detail`: `{ kind: 'notice' | 'event', id, title }`. Kompass sends no push itself.
 * @event kompass-feedback - The reader sends a report of a mistake, before Kompass sends it. `event.entryId`, `event.revision`, `event.message`, `event.contact`, `event.kind`, `event.lang`. `preventDefault()` to take it through your own channel; otherwise Kompass posts it to `api/feedback` beside the manifest (queued while offline).
 * @event kompass-error - Something failed. `event.code`, `event.detail`.
 * @event kompass-app-update - A new version of Kompass is ready. `preventDefault()` to show your own notice; `event.activate()` reloads into it.
 *
 * @csspart header - The top bar with the title, language picker and settings.
 * @csspart status - The online/offline and last-update line.
 * @csspart content - The current view.
 * @csspart footer - Imprint and privacy links.
 * @csspart search - The search form (home and search views).
 * @csspart categories - The grid of topics on the home view.
 * @csspart guides - The list of first-steps guides on the home view.
 * @csspart list - A list of places (category, open now).
 * @csspart filters - Filter and sort controls of a list or of the search.
 * @csspart results - The search results.
 * @csspart actions - Read aloud, share, print, report on an entry.
 * @csspart hours-status - The open/closed badge on an entry.
 * @csspart hours-table - The week's opening hours on an entry.
 * @csspart steps - The steps of a guide.
 * @csspart progress - A guide's progress bar.
 * @csspart breadcrumbs - The path to an information page.
 * @csspart subpages - The sub-pages of an information page.
 * @csspart pages - The information topics on the home view.
 * @csspart languages - The table of languages in settings.
 *
 * @cssproperty [--kompass-color-primary=#0b5cad] - Brand colour for links, buttons and accents.
 * @cssproperty [--kompass-color-on-primary=#ffffff] - Text on the brand colour.
 * @cssproperty [--kompass-color-surface=#ffffff] - Background.
 * @cssproperty [--kompass-color-surface-alt=#f2f4f7] - Background of notices and highlighted rows.
 * @cssproperty [--kompass-color-text=#1a1d21] - Text colour.
 * @cssproperty [--kompass-color-text-muted=#4a5260] - Secondary text.
 * @cssproperty [--kompass-color-border=#c4cad3] - Borders of cards and inputs.
 * @cssproperty [--kompass-color-open=#186a3b] - "Open now" colour.
 * @cssproperty [--kompass-color-closed=#a12622] - "Closed" and warning colour.
 * @cssproperty [--kompass-color-focus=#c05600] - Focus ring.
 * @cssproperty [--kompass-color-primary-dark=#7cb8ff] - Brand colour when the device prefers a dark colour scheme.
 * @cssproperty [--kompass-color-on-primary-dark=#0b1b2e] - Text on the brand colour, dark scheme.
 * @cssproperty [--kompass-color-surface-dark=#15181c] - Background, dark scheme.
 * @cssproperty [--kompass-color-surface-alt-dark=#22262c] - Background of notices and highlighted rows, dark scheme.
 * @cssproperty [--kompass-color-text-dark=#eef1f5] - Text colour, dark scheme.
 * @cssproperty [--kompass-color-text-muted-dark=#b8c0cc] - Secondary text, dark scheme.
 * @cssproperty [--kompass-color-border-dark=#4a525e] - Borders of cards and inputs, dark scheme.
 * @cssproperty [--kompass-color-open-dark=#6fdc9a] - "Open now" colour, dark scheme.
 * @cssproperty [--kompass-color-closed-dark=#ff9a94] - "Closed" and warning colour, dark scheme.
 * @cssproperty [--kompass-color-focus-dark=#ffb36b] - Focus ring, dark scheme.
 * @cssproperty [--kompass-font-family=system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif] - Font stack.
 * @cssproperty [--kompass-font-size=1rem] - Base font size.
 * @cssproperty [--kompass-radius=0.5rem] - Corner radius of the app, cards and buttons.
 * @cssproperty [--kompass-space=1rem] - Base spacing unit.
 * @cssproperty [--kompass-app-padding=var(--kompass-space)] - Padding around the whole app.
 * @cssproperty [--kompass-app-radius=var(--kompass-radius)] - Corner radius of the app's frame.
 * @cssproperty [--kompass-heading-size=1.25rem] - Size of the app's title in the header.
 */
export class KompassApp extends LitElement {
  static override styles = [tokens, controls, styles];

  static override properties = {
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    routing: { type: String, reflect: true },
    syncInterval: { type: Number, attribute: 'sync-interval' },
    now: { attribute: false },
    storeName: { attribute: 'store-name' },
    serviceWorker: { attribute: 'service-worker' },
    serviceWorkerScope: { attribute: 'service-worker-scope' },
    municipality: { type: String },
    _firstName: { state: true },
    _appUpdate: { state: true },
    _askDownload: { state: true },
    _locale: { state: true },
    _snapshot: { state: true },
    _status: { state: true },
    _error: { state: true },
    _notice: { state: true },
    _device: { state: true },
    _chosenLang: { state: true },
    _remembered: { state: true },
  };

  /** URL of the content pack's `manifest.json`. */
  declare src: string | undefined;
  /** The reader's language (BCP 47). Default: the host page's `<html lang>`, else the browser's languages. */
  declare lang: string;
  /** `hash` (default: `#/kompass/…`, back button and deep links work) or `memory` (the URL is never touched). */
  declare routing: RoutingMode;
  /** Minutes between background checks for new content (at start, when back online). Default 60. */
  declare syncInterval: number;
  /** A fixed clock for "open now" (tests, screenshots); default: the device's clock. */
  declare now: Date | undefined;
  /** IndexedDB database name, to keep two independent apps on one origin apart. Default `kompass`. */
  declare storeName: string | undefined;
  /**
   * URL of Kompass's service worker (`kompass-sw.js`), to make the app itself load offline.
   * Opt-in: leave it out when the host has a service worker of its own (see the README).
   */
  declare serviceWorker: string | undefined;
  /** Scope for that worker; default: the worker's folder. */
  declare serviceWorkerScope: string | undefined;
  /** The town's name, shown from the first paint of a first visit (until the content's own name is there). Default: the name in the pack's manifest, as soon as that arrives. */
  declare municipality: string | undefined;
  /** The town's name from the manifest of a first download (before any content is active). */
  declare private _firstName: string | undefined;
  declare private _appUpdate: boolean;
  /** A language waiting for the reader's yes before downloading (Save-Data is on). */
  declare private _askDownload: string | undefined;
  declare private _locale: LocaleState | undefined;
  declare private _snapshot: ContentSnapshot | undefined;
  declare private _status: Status;
  declare private _error: { code: KompassErrorCode; message: string } | undefined;
  declare private _notice: string;
  declare private _device: DeviceState;
  /** Picked in Kompass (or by a deep link) in this session. */
  declare private _chosenLang: string | undefined;
  /** The reader's choice from an earlier visit, remembered on this device. */
  declare private _remembered: string | undefined;

  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly appProvider = new ContextProvider(this, { context: appContext });
  private readonly router = new RouterController(this, () => this.routing, (route, fromHistory, replaced) => this.onRoute(route, fromHistory, replaced));
  private i18n: Promise<I18n> | undefined;
  /** A language the reader chose while offline: downloaded when the connection returns. */
  private _waiting: string | undefined;
  private languageRequest = 0;
  private pendingLanguage: Promise<void> = Promise.resolve();
  private pendingStart: Promise<void> = Promise.resolve();
  private pendingDownload: Promise<void> = Promise.resolve();
  private store: KompassStore | undefined;
  private sync: SyncService | undefined;
  private startedFor: string | undefined;
  private progress = new Map<string, Set<string>>();
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private tick = new Date();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAt = 0;
  private failures = 0;
  private warnedEphemeral = false;
  private readonly onOnline = () => {
    if (navigator.onLine) this.retryAt = 0; // back online: worth a check at once
    this.onConnectivity();
  };
  private viewsLoading: Promise<void> | undefined;
  private readonly onVisible = () => {
    // Back to this tab (or app): worth a look at most once a minute — a conditional request
    // of a few hundred bytes when nothing changed.
    if (document.visibilityState === 'visible') this.onConnectivity(Math.min(VISIBLE_CHECK_MS, this.syncInterval * 60_000));
  };
  private readonly feedbackQueue = new FeedbackQueueController(this, () => (this.store && this.sync ? { store: this.store, scope: this.sync.scope } : undefined));
  private readonly worker = new ServiceWorkerController(this, (activate) => {
    const event = new KompassAppUpdateEvent(activate);
    if (this.dispatchEvent(event)) this._appUpdate = true;
  });

  constructor() {
    super();
    this.src = undefined;
    this.lang = '';
    this.routing = 'hash';
    this.syncInterval = 60;
    this.now = undefined;
    this.storeName = undefined;
    this.serviceWorker = undefined;
    this.serviceWorkerScope = undefined;
    this.municipality = undefined;
    this._firstName = undefined;
    this._appUpdate = false;
    this._askDownload = undefined;
    this._locale = undefined;
    this._snapshot = undefined;
    this._status = 'starting';
    this._error = undefined;
    this._notice = '';
    this._chosenLang = undefined;
    this._remembered = undefined;
    this._device = {
      online: typeof navigator === 'undefined' ? true : navigator.onLine,
      persistent: true,
      persisted: undefined,
      syncing: false,
      progress: undefined,
      lastUpdated: undefined,
      downloading: undefined,
    };
    this.addEventListener('click', this.onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisible);
    this.clockTimer = setInterval(() => {
      this.tick = new Date();
      this.publishApp();
      this.onConnectivity(); // checks for new content when the interval has passed
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisible);
    clearInterval(this.clockTimer);
    clearTimeout(this.retryTimer);
    this.store?.close();
  }

  /**
   * The reader's language and whether Kompass is sure of it: a language picked in Kompass or
   * by a deep link, else the `lang` attribute, else the one remembered from an earlier visit,
   * else the browser's languages, the page's `<html lang>`, the town's default language.
   */
  get languageChoice(): LanguageChoice {
    const snapshot = this._snapshot;
    return chooseLanguage({
      picked: this._chosenLang,
      attribute: this.lang,
      remembered: this._remembered,
      navigator: navigator.languages,
      html: document.documentElement.lang,
      offered: this.offeredLanguages.map((l) => l.code),
      fallback: snapshot?.defaultLanguage ?? 'en',
    });
  }

  /** Every language a reader can pick: the town's content languages and every UI language. */
  get offeredLanguages(): OfferedLanguage[] {
    return offeredLanguages(this._snapshot?.languages ?? [], UI_LANGUAGES);
  }

  /** The reader's language (a UI or content language; texts it lacks come from its fallback chain). */
  get contentLanguage(): string {
    return this.languageChoice.lang;
  }

  /** The content languages worth having on the device for the reader: their language and its fallbacks. */
  get wantedLanguages(): string[] {
    const m = this._snapshot?.manifest.municipality;
    const lang = this.contentLanguage;
    return fallbackChain(lang, m?.languageFallbacks ?? DEFAULT_FALLBACKS, m?.defaultLanguage ?? lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src && this.src !== this.startedFor) this.pendingStart = this.start(this.src);
    if (changed.has('serviceWorker') && this.serviceWorker) void this.worker.register(this.serviceWorker, this.serviceWorkerScope);
    if (changed.has('lang') && changed.get('lang') !== undefined) this._chosenLang = undefined; // the host decides again
    if (changed.has('lang') || changed.has('_chosenLang') || changed.has('_remembered') || changed.has('_snapshot') || !this.i18n) {
      const lang = this.contentLanguage;
      if (lang !== this._locale?.lang) this.pendingLanguage = this.applyLanguage(lang);
      else if (changed.has('_snapshot')) this.ensureLanguages(); // the pack's chains may ask for more
    }
    if (changed.has('_snapshot') && this._snapshot && !this._snapshot.complete) {
      // Lists first; descriptions and guide steps a moment later, without blocking the first screen.
      const snapshot = this._snapshot;
      void snapshot.loadFullTexts().then(() => {
        if (this._snapshot === snapshot) this.publishApp();
      });
    }
    if (changed.has('_snapshot') || changed.has('_device') || changed.has('now') || changed.has('_locale')) this.publishApp();
  }

  /** Resolves when content (or a clear error) and the interface strings are shown, with the reader's language downloaded. */
  async ready(): Promise<void> {
    let start: Promise<void>;
    let language: Promise<void>;
    let download: Promise<void>;
    do {
      start = this.pendingStart;
      language = this.pendingLanguage;
      download = this.pendingDownload;
      await start;
      await language;
      await download;
      await this.updateComplete;
    } while (start !== this.pendingStart || language !== this.pendingLanguage || download !== this.pendingDownload);
  }

  /** Opens a view by Kompass's own path, e.g. `/entry/buergerbuero` or `/search?q=Arzt` (a deep link from the host). */
  navigate(path: string): void {
    const lang = languageOfPath(path);
    if (lang) this.setLanguage(lang);
    this.router.navigate(parsePath(path));
  }

  /** Checks for new content now (the app also does so at start and when back online). */
  async checkForUpdates(): Promise<SyncResult | undefined> {
    return this.runSync(this.wantedLanguages);
  }

  /* ─────────────── content ─────────────── */

  private async start(src: string): Promise<void> {
    this.startedFor = src;
    this._status = 'loading';
    this.store ??= await openKompassStore(this.storeName ? { name: this.storeName } : {});
    this._device = { ...this._device, persistent: this.store.persistent };
    if (this.store.persistent) void this.warnIfEphemeral();
    const sync = new SyncService({ store: this.store, manifestUrl: src });
    if (this.sync && this.sync.manifestUrl !== sync.manifestUrl) {
      // Another pack: never show the previous one's content (or its progress) meanwhile.
      this._snapshot = undefined;
      this.progress.clear();
      this._error = undefined;
    }
    this.sync = sync;
    void this.feedbackQueue.flush(); // reports written offline on an earlier visit
    this._remembered = readChosenLanguage(sync.scope);
    if (this._chosenLang) writeChosenLanguage(sync.scope, this._chosenLang); // a deep link before the store was open
    sync.addEventListener('progress', (e) => {
      const p = e as SyncProgressEvent;
      this._device = { ...this._device, progress: { done: p.bytesDone, total: p.bytesTotal } };
      const names = p.manifest?.municipality.name;
      if (names) this._firstName = names[matchLanguage(this.wantedLanguages, Object.keys(names)) ?? p.manifest!.municipality.defaultLanguage] ?? Object.values(names)[0];
    });
    sync.addEventListener('activated', (e) => void this.onActivated((e as SyncActivatedEvent).snapshot));

    const stored = await sync.loadActive(this.wantedLanguages);
    if (this.sync !== sync) return; // src changed meanwhile
    const lastSync = await this.store.meta.lastSync(sync.scope).catch(() => undefined);
    this._device = { ...this._device, lastUpdated: lastSync ? new Date(lastSync) : undefined };
    if (stored) {
      await this.loadProgress(stored);
      this._snapshot = stored;
      this._status = 'ready';
      const due = !lastSync || Date.now() - lastSync > this.syncInterval * 60_000;
      // Languages the reader needs that are not on the device follow in `ensureLanguages`.
      if (due) void this.runSync(this.wantedLanguages);
      else if (!this.store.persistent) this.showStorageNotice();
      return;
    }
    const result = await this.runSync(this.wantedLanguages);
    if (!this._snapshot && result && result.status !== 'failed') {
      // Another app on this page (or another tab) stored the same pack while this one
      // waited for the sync lock: nothing was left to download, so read what is stored.
      const loaded = await sync.loadActive(this.wantedLanguages);
      if (loaded && this.sync === sync) {
        await this.loadProgress(loaded);
        this._snapshot = loaded;
        this._status = 'ready';
      }
    }
    if (!this._snapshot) {
      this._status = 'error';
      // Nothing on the device and no connection: say what helps (go online once), not just "no connection".
      if (!result?.error) this.fail('network', this.t('errors.noContent'));
      else if (result.error.code === 'network') this._error = { code: 'network', message: this.t('errors.noContent') };
    }
    if (!this.store.persistent) this.showStorageNotice();
  }

  private async runSync(languages: string[]): Promise<SyncResult | undefined> {
    const sync = this.sync;
    if (!sync) return undefined;
    this._device = { ...this._device, syncing: true, progress: undefined };
    const result = await sync.sync({ languages: [...new Set(languages)] });
    if (this.sync !== sync) return result;
    this._device = { ...this._device, syncing: false, progress: undefined };
    if (result.status === 'failed' && result.error) {
      const offline = !navigator.onLine;
      // Offline with content on the device is normal, not an error worth a banner.
      if (!(offline && this._snapshot)) this.fail(result.error.code, this.errorMessage(result.error.code), result.error.detail);
      this.retryLater(result.error.code);
    } else {
      this.failures = 0;
      this.retryAt = 0;
      clearTimeout(this.retryTimer);
      const at = Date.now();
      await this.store?.meta.setLastSync(sync.scope, at).catch(() => undefined);
      this._device = { ...this._device, lastUpdated: new Date(at) };
      void this.feedbackQueue.flush();
      if (result.status === 'updated' && this.store && !this._device.persisted) void this.requestPersistence();
    }
    return result;
  }

  private async onActivated(snapshot: ContentSnapshot): Promise<void> {
    const previous = this._snapshot;
    // Keep the languages already shown when an activation brings only some of them.
    const merged = previous && previous.revision === snapshot.revision && snapshot.loadedLanguages.length < previous.loadedLanguages.length
      ? await this.sync?.loadActive([...previous.loadedLanguages, ...snapshot.loadedLanguages]) ?? snapshot
      : snapshot;
    await this.loadProgress(merged);
    this._snapshot = merged;
    this._status = 'ready';
    this._error = undefined;
    if (previous && previous.revision !== merged.revision) {
      this._notice = this.t('status.updated');
      this.dispatchEvent(new KompassContentUpdatedEvent(merged.revision, previous.revision));
      // A chunk of its own, out of the first download. If it cannot load (offline meanwhile), the
      // host misses this announcement; the new content is shown all the same.
      void import('./announce-new.js').then((m) => m.announceNew(this, previous, merged, this.contentLanguage), () => undefined);
    } else if (!previous) {
      this.dispatchEvent(new KompassContentUpdatedEvent(merged.revision, undefined));
    }
  }

  private async loadProgress(snapshot: ContentSnapshot): Promise<void> {
    const pack = snapshot.manifest.municipality.id;
    const records = await this.store?.progress.list(pack).catch(() => []) ?? [];
    this.progress = new Map(records.map((r) => [r.guideId, new Set(r.checked)]));
  }

  private toggleProgress(guideId: string, stepId: string, checked: boolean): void {
    const set = new Set(this.progress.get(guideId) ?? []);
    if (checked) set.add(stepId);
    else set.delete(stepId);
    this.progress.set(guideId, set);
    this.publishApp();
    const pack = this._snapshot?.manifest.municipality.id;
    if (pack && this.store) {
      this.store.progress.set(pack, guideId, [...set]).catch((e: unknown) => this.fail('storage-full', this.t('errors.storage'), String(e)));
    }
  }

  private async requestPersistence(): Promise<void> {
    const persisted = await navigator.storage?.persist?.().catch(() => false);
    this._device = { ...this._device, persisted: persisted ?? false };
  }

  /** Schedules the next check after a failure that may pass by itself (connection, server), backing off. */
  private retryLater(code: KompassErrorCode): void {
    clearTimeout(this.retryTimer);
    if (code !== 'network' && code !== 'http') return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures++, RETRY_DELAYS_MS.length - 1)]!;
    this.retryAt = Date.now() + delay;
    this.retryTimer = setTimeout(() => {
      this.retryAt = 0;
      this.onConnectivity(0);
    }, delay);
  }

  /** Checks for new content when online and the last check is older than `minGapMs` (default: the sync interval), unless a retry is waiting. */
  private onConnectivity(minGapMs = this.syncInterval * 60_000): void {
    const online = navigator.onLine;
    this._device = { ...this._device, online };
    if (!online || !this.sync || this._device.syncing) return;
    if (this._waiting) {
      this.pendingDownload = this.downloadLanguage(this._waiting, true);
      return;
    }
    if (Date.now() < this.retryAt) return;
    const last = this._device.lastUpdated?.getTime() ?? 0;
    if (Date.now() - last > minGapMs || !this._snapshot) void this.runSync(this.wantedLanguages);
  }

  /** Once per page: storage that works but is thrown away with the window (incognito, an ephemeral WebView). */
  private async warnIfEphemeral(): Promise<void> {
    if (this.warnedEphemeral || (await storageDurability()) !== 'ephemeral') return;
    this.warnedEphemeral = true;
    await this.ready(); // the interface strings (and, on a first visit, the content) first
    this._notice = this.t('status.ephemeral');
  }

  private showStorageNotice(): void {
    this._notice = this.t('status.notPersistent');
  }

  private fail(code: KompassErrorCode, message: string, detail = message): void {
    this._error = { code, message };
    this.dispatchEvent(new KompassErrorEvent(code, detail));
  }

  private errorMessage(code: KompassErrorCode): string {
    switch (code) {
      case 'network':
        return this.t('errors.network');
      case 'storage-full':
        return this.t('errors.storageFull');
      case 'storage-unavailable':
        return this.t('errors.storage');
      case 'http':
        return this.t('errors.server');
      case 'stale-revision':
        return this.t('errors.stale');
      default:
        return this.t('errors.content');
    }
  }

  /* ─────────────── language ─────────────── */

  private async applyLanguage(lang: string): Promise<void> {
    const request = ++this.languageRequest;
    const first = !this.i18n;
    this.i18n ??= createI18n(lang);
    const i18n = await this.i18n;
    if (!first) await changeUiLanguage(i18n, lang);
    if (request !== this.languageRequest) return; // a newer switch overtook this one
    const dir = this._snapshot?.languages.find((l) => l.code === lang)?.dir ?? directionOf(lang);
    const hadLanguage = this._locale !== undefined;
    this._locale = { i18n, lang, dir };
    this.localeProvider.setValue(this._locale, true);
    if (hadLanguage) this.dispatchEvent(new KompassLanguageChangeEvent(lang, dir));
    this.ensureLanguages();
  }

  /** Downloads what the reader's language needs (its texts, its fallbacks' texts) that the pack has and the device does not. */
  private ensureLanguages(): void {
    const s = this._snapshot;
    const missing = this.wantedLanguages.find((l) => s?.languages.some((x) => x.code === l) && !s.hasLanguage(l));
    if (missing) this.pendingDownload = this.downloadLanguage(missing);
  }

  private setLanguage(lang: string): void {
    if (!this.languageChoice.certain) void this.pendingLanguage.then(() => this.focusView()); // from the chooser to the content
    this._chosenLang = lang;
    if (this.sync) writeChosenLanguage(this.sync.scope, lang);
  }

  private async downloadLanguage(lang: string, confirmed = false): Promise<void> {
    if (this._device.downloading) return;
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
    if (saveData && !confirmed) {
      this._askDownload = lang; // Save-Data: ask first, showing the size
      return;
    }
    this._askDownload = undefined;
    // Offline (or the connection drops): wait for it, say so, and download when it is back.
    this._waiting = lang;
    const wait = this.t('status.downloadWhenOnline', { language: this.endonymOf(lang) });
    this._notice = navigator.onLine ? '' : wait;
    if (!navigator.onLine) return;
    this._device = { ...this._device, downloading: lang };
    try {
      const result = await this.runSync([lang, ...this.wantedLanguages, ...(this._snapshot?.loadedLanguages ?? [])]);
      if (result?.error?.code !== 'network') this._waiting = undefined;
      else this._notice = wait;
    } finally {
      this._device = { ...this._device, downloading: undefined };
    }
  }

  private async clearLocalData(): Promise<void> {
    if (!this.store || !this.sync) return;
    await this.store.clear();
    this.progress.clear();
    if (this.sync) localStorage.removeItem(LANGUAGE_KEY + this.sync.scope);
    this._snapshot = undefined;
    this._notice = this.t('status.deleted');
    this.startedFor = undefined;
    if (this.src) this.pendingStart = this.start(this.src);
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this._locale?.i18n.t(key, options) ?? '';
  }

  /* ─────────────── navigation ─────────────── */

  /**
   * The views beyond home are a chunk of their own in the bundle: load it when a view needs
   * it, and once the home view is shown (so it is there before the reader goes offline).
   */
  private loadViews(): void {
    if (customElements.get('kompass-entry-view') || this.viewsLoading) return;
    this.viewsLoading = import('../define/define-views.js').then(
      () => this.requestUpdate(),
      (e: unknown) => {
        this.viewsLoading = undefined;
        this.fail('network', this.t('errors.network'), `Loading Kompass's views failed: ${String(e)}`);
      },
    );
  }

  private onRoute(route: Route, _fromHistory: boolean, replaced: boolean): void {
    const lang = this.routing === 'memory' ? undefined : languageOfPath(location.hash);
    if (lang) this.setLanguage(lang); // `#/kompass/…?lang=ar`: the link's language wins
    this.publishApp();
    this.dispatchEvent(new KompassNavigateEvent(pathOf(route)));
    // A route refined in place (the query while typing) keeps the focus where the reader is.
    if (!replaced) void this.focusView();
  }

  private async focusView(): Promise<void> {
    await this.viewsLoading;
    await this.updateComplete;
    const view = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-view]');
    await view?.updateComplete;
    const heading = view?.shadowRoot?.querySelector<HTMLElement>('[data-view-heading]');
    heading?.focus({ preventScroll: false });
  }

  /** Links inside Kompass are real `#/kompass/…` links; in memory mode they are handled here. */
  private readonly onClick = (e: MouseEvent): void => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const href = anchor?.getAttribute('href');
    if (!href?.startsWith(HASH_PREFIX)) return;
    e.preventDefault();
    const path = href.slice(HASH_PREFIX.length) || '/';
    this.router.navigate(parsePath(path));
  };

  private publishApp(): void {
    const store = this.store;
    const scope = this.sync?.scope;
    const app: AppState = {
      snapshot: this._snapshot,
      lang: this._locale?.lang ?? this.contentLanguage,
      now: this.now ?? this.tick,
      device: this._device,
      progress: {
        checked: (guideId) => this.progress.get(guideId) ?? new Set(),
        toggle: (guideId, stepId, checked) => this.toggleProgress(guideId, stepId, checked),
      },
      href: (route) => `${HASH_PREFIX}${pathOf(route)}`,
      navigate: (route, options) => this.router.navigate(route, options),
      setLanguage: (lang) => this.setLanguage(lang),
      downloadLanguage: (lang) => this.downloadLanguage(lang, true),
      clearLocalData: () => this.clearLocalData(),
      ...(store ? { feedback: this.feedbackQueue } : {}),
      searchIndexes:
        store && scope
          ? { get: (revision, lang) => store.searchIndex.get(scope, revision, lang), put: (revision, lang, data) => store.searchIndex.put(scope, revision, lang, data) }
          : undefined,
    };
    this.appProvider.setValue(app, true);
    this.requestUpdate();
  }

  /* ─────────────── rendering ─────────────── */

  protected override render() {
    const locale = this._locale;
    if (!locale) return this.renderFirstPaint();
    const snapshot = this._snapshot;
    // A labelled region, not page landmarks: the host page owns its banner, main and footer (and
    // may show two Kompass apps). Inside a section, header and footer are not landmarks.
    return html`
      <section class="frame" lang=${locale.lang} dir=${locale.dir} aria-label=${this.t('app.title')}>
        <header part="header" class=${this.router.route.view === 'home' ? 'home' : 'inner'}>
          ${this.router.route.view !== 'home'
            ? html`<button class="icon-button back" type="button" @click=${() => this.router.back()} aria-label=${this.t('nav.back')}>${icon('back')}</button>`
            : nothing}
          <a class="brand" href=${`${HASH_PREFIX}/`}>${snapshot ? snapshot.municipalityName(locale.lang).value : this.startName() ?? this.t('app.title')}<span class="visually-hidden"> – ${this.t('nav.home')}</span></a>
          ${this.renderLanguagePicker(locale.lang)}
          <a class="icon-button" href=${`${HASH_PREFIX}/settings`} aria-label=${this.t('nav.settings')}>${icon('settings')}</a>
        </header>
        ${this.renderStatus()}
        <div part="content" class="content">${this.renderContent()}</div>
        ${snapshot ? this.renderFooter(snapshot) : nothing}
      </section>
    `;
  }

  private renderLanguagePicker(lang: string) {
    return html`
      <label class="language">
        ${icon('language')}<span class="visually-hidden">${this.t('nav.language')}</span>
        <select @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value)}>
          ${this.offeredLanguages.map((l) => html`<option value=${l.code} lang=${l.code} dir=${l.dir} ?selected=${l.code === lang}>${l.endonym}</option>`)}
        </select>
      </label>
    `;
  }

  private renderStatus() {
    const d = this._device;
    const state = !d.online
      ? this.t('status.offline')
      : d.downloading
        ? this.t('settings.downloading', { language: this.endonymOf(d.downloading) })
        : d.syncing
          ? this.t('status.syncing')
          : this.t('status.online');
    const updated = d.lastUpdated ? this.t('status.lastUpdated', { time: formatDateTime(this._locale!.lang, d.lastUpdated) }) : '';
    return html`
      <p part="status" class="status ${d.online ? 'online' : 'offline'} ${this.router.route.view === 'home' ? '' : 'compact'}">
        <span class="dot" aria-hidden="true"></span><span role="status">${state}</span>${updated ? html`<span class="muted"> · ${updated}</span>` : nothing}
        ${d.syncing && d.progress?.total
          ? html`<progress max=${d.progress.total} .value=${d.progress.done} aria-label=${this.t('status.syncing')}></progress>`
          : nothing}
      </p>
      <div class="live" role="status" aria-live="polite">
        ${this._notice
          ? html`<p class="notice">${this._notice}
              <button class="link" type="button" @click=${() => (this._notice = '')}>${this.t('status.dismiss')}</button></p>`
          : nothing}
      </div>
      ${this._appUpdate
        ? html`<p class="notice" role="status">${this.t('status.appUpdate')}
            <button class="button" type="button" @click=${() => this.worker.activate()}>${this.t('status.reload')}</button></p>`
        : nothing}
      ${this._askDownload ? this.renderDownloadQuestion(this._askDownload) : nothing}
      <div role="alert">
        ${this._error && this._status === 'ready'
          ? html`<p class="notice error">${this._error.message}
              <button class="link" type="button" @click=${() => (this._error = undefined)}>${this.t('status.dismiss')}</button></p>`
          : nothing}
      </div>
    `;
  }

  private endonymOf(lang: string): string {
    return this.offeredLanguages.find((l) => l.code === lang)?.endonym ?? lang;
  }

  private renderDownloadQuestion(lang: string) {
    const l = this._snapshot?.languages.find((x) => x.code === lang);
    if (!l) return nothing;
    return html`<div class="notice" role="alertdialog" aria-labelledby="ask-download">
      <span id="ask-download">${this.t('status.askDownload', { language: l.endonym, size: formatBytes(this._locale!.lang, l.bytes) })}</span>
      <span>
        <button class="button" type="button" @click=${() => this.downloadLanguage(lang, true)}>${this.t('settings.download')}</button>
        <button class="link" type="button" @click=${() => (this._askDownload = undefined)}>${this.t('settings.cancel')}</button>
      </span>
    </div>`;
  }

  private renderContent() {
    if (!this.src) return html`<p class="notice error" role="alert">${this.t('app.noSource')}</p>`;
    if (this._status === 'error' || (!this._snapshot && this._error)) {
      return html`
        <h2 tabindex="-1" data-view-heading>${this.t('errors.heading')}</h2>
        <p class="notice error">${this._error?.message ?? this.t('errors.noContent')}</p>
        <button class="button" type="button" @click=${() => { this._error = undefined; this.startedFor = undefined; this.pendingStart = this.start(this.src!); }}>${this.t('errors.retry')}</button>
      `;
    }
    if (!this.languageChoice.certain) {
      // A first visit and only a guess: ask, while the content downloads.
      this.loadViews();
      if (customElements.get('kompass-language-chooser')) return this.renderChooser();
    }
    if (!this._snapshot) {
      return html`<p role="status">${this.t('app.loading')}</p>${this.renderProgress(this.t('app.loading'))}${skeleton}`;
    }
    const route = this.router.route;
    this.loadViews();
    if (route.view !== 'home' && !customElements.get('kompass-entry-view')) {
      return html`<p role="status">${this.t('app.loading')}</p>`;
    }
    switch (route.view) {
      case 'home':
        return html`<kompass-home-view data-view exportparts="search, categories, guides, pages"></kompass-home-view>`;
      case 'category':
        return html`<kompass-category-view data-view exportparts="list, filters" category=${route.id}></kompass-category-view>`;
      case 'open-now':
        return html`<kompass-category-view data-view exportparts="list, filters" open-now></kompass-category-view>`;
      case 'entry':
        return html`<kompass-entry-view data-view exportparts="actions, hours-status, hours-table" entry=${route.id}></kompass-entry-view>`;
      case 'guide':
        return html`<kompass-guide-view data-view exportparts="steps, progress" guide=${route.id}></kompass-guide-view>`;
      case 'page':
        return html`<kompass-page-view data-view exportparts="breadcrumbs, subpages" page=${route.id}></kompass-page-view>`;
      case 'search':
        return html`<kompass-search-view data-view exportparts="search, filters, results" query=${route.query}></kompass-search-view>`;
      case 'events':
        return html`<kompass-events-view data-view exportparts="filters, list" when=${route.when ?? ''}></kompass-events-view>`;
      case 'event':
        return html`<kompass-event-view data-view exportparts="actions" event=${route.id}></kompass-event-view>`;
      case 'settings':
        return html`<kompass-settings-view data-view exportparts="languages"></kompass-settings-view>`;
    }
  }

  private renderChooser() {
    return html`<kompass-language-chooser data-view .languages=${this.offeredLanguages} current=${this.contentLanguage}></kompass-language-chooser>`;
  }

  /** The town's name before content is active: the host's attribute, else the first manifest's. */
  private startName(): string | undefined {
    return this.municipality || this._firstName;
  }

  /**
   * Before the interface strings have arrived (a first visit on a slow line): the frame in the
   * reader's direction, the town's name when known, a bar for the download and a skeleton of
   * the home view — nothing that needs words.
   */
  private renderFirstPaint() {
    const lang = this.contentLanguage;
    const name = this.startName();
    return html`<section class="frame" lang=${lang} dir=${directionOf(lang)} aria-busy="true" aria-label=${name ?? 'Kompass'}>
      <header part="header" class="home"><span class="brand">${name ?? html`<span class="bone title"></span>`}</span></header>
      <div part="content" class="content">${this.renderProgress(name ?? 'Kompass')}${skeleton}</div>
    </section>`;
  }

  /** The download's bar: how much of the first download is done, or moving while its size is not yet known. */
  private renderProgress(label: string) {
    const p = this._device.progress;
    return p?.total ? html`<progress max=${p.total} .value=${p.done} aria-label=${label}></progress>` : html`<progress aria-label=${label}></progress>`;
  }

  private renderFooter(snapshot: ContentSnapshot) {
    const m = snapshot.manifest.municipality;
    const imprint = safeHref(m.imprintUrl);
    const privacy = safeHref(m.privacyUrl);
    if (!imprint && !privacy) return nothing;
    return html`<footer part="footer">
      ${imprint ? html`<a href=${imprint} target="_blank" rel="noopener noreferrer">${this.t('settings.imprint')}</a>` : nothing}
      ${privacy ? html`<a href=${privacy} target="_blank" rel="noopener noreferrer">${this.t('settings.privacy')}</a>` : nothing}
    </footer>`;
  }
}

/** A language-neutral outline of the home view (heading, search field, topics) while loading. */
const skeleton = html`<div class="skeleton" aria-hidden="true">
  <span class="bone heading"></span><span class="bone field"></span>
  <span class="bones">${[1, 2, 3, 4, 5, 6].map(() => html`<span class="bone card"></span>`)}</span>
</div>`;

function readChosenLanguage(scope: string): string | undefined {
  try {
    return localStorage.getItem(LANGUAGE_KEY + scope) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeChosenLanguage(scope: string, lang: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY + scope, lang);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-app': KompassApp;
  }
}
