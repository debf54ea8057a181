import { html, css, nothing } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';
import { formatBytes, formatDateTime } from '../../i18n/format.js';
import { safeHref } from '../../../pack/url-schemes.js';

/**
 * Settings and about: languages on the device and their size, download another language,
 * storage used, delete local data, last update, imprint and privacy links.
 *
 * @csspart languages - The table of languages.
 */
export class KompassSettingsView extends KompassElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      table {
        border-collapse: collapse;
        inline-size: 100%;
        margin-block-end: 1rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.4rem;
        border-block-end: 1px solid var(--_border);
        vertical-align: middle;
      }
      progress {
        inline-size: 100%;
      }
    `,
  ];

  static override properties = {
    _estimate: { state: true },
    _confirmDelete: { state: true },
  };

  declare private _estimate: { usage: number; quota: number } | undefined;
  declare private _confirmDelete: boolean;

  constructor() {
    super();
    this._estimate = undefined;
    this._confirmDelete = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refreshEstimate();
  }

  private async refreshEstimate(): Promise<void> {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    if (estimate?.usage !== undefined && estimate.quota !== undefined) this._estimate = { usage: estimate.usage, quota: estimate.quota };
  }

  private async deleteData(): Promise<void> {
    this._confirmDelete = false;
    await this.app?.clearLocalData();
    await this.refreshEstimate();
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot) return nothing;
    const uiLang = this.i18n.lang;
    const m = snapshot.manifest.municipality;
    const imprint = safeHref(m.imprintUrl);
    const privacy = safeHref(m.privacyUrl);
    const device = app.device;
    return html`
      <h2 tabindex="-1" data-view-heading>${this.t('settings.heading')}</h2>

      <h3>${this.t('settings.languages')}</h3>
      <table part="languages">
        <thead>
          <tr>
            <th scope="col">${this.t('settings.language')}</th>
            <th scope="col">${this.t('settings.size')}</th>
            <th scope="col">${this.t('settings.status')}</th>
          </tr>
        </thead>
        <tbody>
          ${snapshot.languages.map((l) => {
            const onDevice = snapshot.hasLanguage(l.code);
            const downloading = device.downloading === l.code;
            return html`
              <tr>
                <td lang=${l.code} dir=${l.dir}>${l.endonym}</td>
                <td>${formatBytes(uiLang, l.bytes)}</td>
                <td>
                  ${onDevice
                    ? html`${icon('check', 18)} ${this.t('settings.onDevice')}`
                    : downloading
                      ? html`<progress aria-label=${this.t('settings.downloading', { language: l.endonym })}
                          max=${device.progress?.total ?? 1} .value=${device.progress?.done ?? 0}></progress>`
                      : html`<button class="button" type="button" ?disabled=${!device.online || !!device.downloading}
                          @click=${() => app.downloadLanguage(l.code)}
                          aria-label=${`${this.t('settings.download')} – ${l.endonym}`}>${this.t('settings.download')}</button>`}
                </td>
              </tr>
            `;
          })}
        </tbody>
      </table>

      <h3>${this.t('settings.storage')}</h3>
      <dl class="facts">
        <dt>${this.t('settings.lastUpdated')}</dt>
        <dd>${device.lastUpdated ? formatDateTime(uiLang, device.lastUpdated) : this.t('settings.never')}</dd>
        <dt>${this.t('settings.revision')}</dt>
        <dd>${snapshot.revision}</dd>
        ${this._estimate
          ? html`<dt>${this.t('settings.used')}</dt>
              <dd>${this.t('settings.usedOf', { used: formatBytes(uiLang, this._estimate.usage), quota: formatBytes(uiLang, this._estimate.quota) })}</dd>`
          : nothing}
        <dt>${this.t('settings.offline')}</dt>
        <dd>
          ${!device.persistent
            ? this.t('settings.notPersistent')
            : device.persisted === true
              ? this.t('settings.persisted')
              : this.t('settings.mayBeCleared')}
        </dd>
      </dl>
      <div class="actions">
        ${this._confirmDelete
          ? html`<p role="alert">${this.t('settings.confirmDelete')}</p>
              <button class="button primary" type="button" @click=${this.deleteData}>${this.t('settings.deleteConfirm')}</button>
              <button class="button" type="button" @click=${() => (this._confirmDelete = false)}>${this.t('settings.cancel')}</button>`
          : html`<button class="button" type="button" @click=${() => (this._confirmDelete = true)}>${this.t('settings.delete')}</button>`}
      </div>

      <h3>${this.t('settings.about')}</h3>
      <p>${this.t('settings.aboutText', { municipality: snapshot.municipalityName(app.lang).value })}</p>
      <ul>
        ${imprint ? html`<li><a href=${imprint} target="_blank" rel="noopener noreferrer">${this.t('settings.imprint')}</a></li>` : nothing}
        ${privacy ? html`<li><a href=${privacy} target="_blank" rel="noopener noreferrer">${this.t('settings.privacy')}</a></li>` : nothing}
        ${m.contact?.email ? html`<li><a href="mailto:${m.contact.email}">${this.t('settings.contact')}</a></li>` : nothing}
      </ul>
      <p class="muted">${this.t('settings.privacyNote')}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-settings-view': KompassSettingsView;
  }
}
