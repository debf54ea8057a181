import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import type { i18n as I18n } from 'i18next';
import { tokens } from '../../styles/tokens.styles.js';
import { styles } from './kompass-app.styles.js';
import { localeContext, type LocaleState } from '../../context/locale-context.js';
import { changeUiLanguage, createI18n, directionOf } from '../../i18n/i18n.js';
import { KompassLanguageChangeEvent } from '../../events/kompass-language-change.js';

/**
 * The newcomers' guide: directory, entries, guides, search — offline once loaded.
 *
 * @summary Embeds the whole reader. Give it a content source with `src`.
 *
 * @event kompass-language-change - The reader's language changed. `event.lang`, `event.dir`.
 * @event kompass-navigate - A view inside Kompass was opened. `event.path`.
 * @event kompass-error - Something failed. `event.code`, `event.detail`.
 *
 * @csspart header - The top bar with the title.
 * @csspart content - The current view.
 *
 * @cssproperty --kompass-color-primary - Brand colour for links, buttons and accents.
 * @cssproperty --kompass-color-surface - Background.
 * @cssproperty --kompass-color-text - Text colour.
 * @cssproperty --kompass-font-family - Font stack.
 * @cssproperty --kompass-radius - Corner radius of cards and buttons.
 * @cssproperty --kompass-app-padding - Padding around the whole app.
 */
export class KompassApp extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    routing: { type: String, reflect: true },
    _locale: { state: true },
  };

  /** URL of the content pack's `manifest.json`. */
  declare src: string | undefined;
  /** The reader's language (BCP 47). Default: the host page's `<html lang>`, else the browser's languages. */
  declare lang: string;
  /** `hash` (default: `#/kompass/…`, back button and deep links work) or `memory` (the URL is never touched). */
  declare routing: 'hash' | 'memory';
  declare private _locale: LocaleState | undefined;
  private i18n: I18n | undefined;

  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private languageRequest = 0;
  private pendingLanguage: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.src = undefined;
    this.lang = '';
    this.routing = 'hash';
    this._locale = undefined;
  }

  /** The language actually in effect: the attribute, else the host page's, else the browser's. */
  get effectiveLang(): string {
    return this.lang || document.documentElement.lang || navigator.languages[0] || 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.i18n) this.pendingLanguage = this.applyLanguage(this.effectiveLang);
  }

  private async applyLanguage(lang: string): Promise<void> {
    const request = ++this.languageRequest;
    const i18n = this.i18n ?? (await createI18n(lang));
    if (this.i18n) await changeUiLanguage(i18n, lang);
    if (request !== this.languageRequest) return; // a newer switch overtook this one
    const dir = directionOf(lang);
    const hadLanguage = this._locale !== undefined;
    this.i18n = i18n;
    this._locale = { i18n, lang, dir };
    this.localeProvider.setValue(this._locale, true);
    if (hadLanguage) this.dispatchEvent(new KompassLanguageChangeEvent(lang, dir));
  }

  /** Resolves when the interface strings for the current language are loaded and rendered. */
  async ready(): Promise<void> {
    let pending: Promise<void>;
    do {
      pending = this.pendingLanguage;
      await pending;
      await this.updateComplete;
    } while (pending !== this.pendingLanguage);
  }

  protected override render() {
    const locale = this._locale;
    if (!locale) return html`<p role="status" aria-live="polite">…</p>`;
    const t = locale.i18n.t.bind(locale.i18n);
    return html`
      <div lang=${locale.lang} dir=${locale.dir}>
        <header part="header">
          <h1>${t('app.title')}</h1>
        </header>
        <main part="content">
          <p>${t('app.tagline', { municipality: 'Musterstadt' })}</p>
          ${this.src ? nothing : html`<p class="notice" role="alert">${t('app.noSource')}</p>`}
        </main>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-app': KompassApp;
  }
}
