import { html, css, nothing, type PropertyValues } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';
import { renderRichText } from '../../ui/render-rich-text.js';
import { richTextToPlain } from '../../../pack/plain-text.js';
import { safeHref } from '../../../pack/url-schemes.js';
import { formatDate } from '../../i18n/format.js';
import { fallbackNote, languageList, otherLanguages, runDir } from '../../ui/language-runs.js';
import { isolateNumbers } from '../../ui/isolate-numbers.js';
import { localDate } from '../../hours/evaluate.js';
import { hoursCommentText } from '../../hours/comment-text.js';
import { ReadAloudController } from '../../controllers/read-aloud.js';
import { detectPlatform, gettingThereFacts, mapLink, mapLinks, type MapPlatform } from '../../ui/map-links.js';
import type { EntryView, Localized } from '../../content/snapshot.js';

/**
 * One entry: what it is, when it is open, how to get there and get in touch.
 *
 * @event kompass-feedback - The reader sends a report of a mistake from the form under the actions (cancelable; see `KompassFeedbackEvent`).
 * @csspart actions - Read aloud, share, print, report.
 * @csspart events - The list of "Events here" (the events at the entry or run by it).
 */
export class KompassEntryView extends KompassElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      .summary {
        font-size: 1.05rem;
      }
      address {
        font-style: normal;
      }
      .contact {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block: 0.5rem 1rem;
      }
      .contact a {
        overflow-wrap: anywhere;
      }
      .description {
        overflow-wrap: break-word;
      }
    `,
  ];

  static override properties = {
    entry: { reflect: true },
    platform: { attribute: false },
    _message: { state: true },
    _reporting: { state: true },
  };

  /** The entry id. */
  declare entry: string;
  /** Which map the map and route links open (`android`: `geo:`, `ios`: Apple Maps, `other`: OpenStreetMap); default: detected from the browser. */
  declare platform: MapPlatform | undefined;
  declare private _message: string;
  /** The "report a mistake" form is open. */
  declare private _reporting: boolean;
  private readonly speech = new ReadAloudController(this);

  constructor() {
    super();
    this.entry = '';
    this.platform = undefined;
    this._message = '';
    this._reporting = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('entry')) this._reporting = false; // another entry: not the report begun on the last one
  }

  private get view(): EntryView | undefined {
    return this.app?.snapshot?.entry(this.entry, this.app.lang);
  }

  private readAloud(e: EntryView): void {
    void this.speech.toggle([
      { text: e.name.value, lang: e.name.lang },
      ...(e.summary ? [{ text: e.summary.value, lang: e.summary.lang }] : []),
      ...(e.description ? [{ text: richTextToPlain(e.description.value), lang: e.description.lang }] : []),
    ]);
  }

  private async share(e: EntryView): Promise<void> {
    const url = new URL(this.href({ view: 'entry', id: e.id }), location.href).href;
    try {
      if (navigator.share) {
        await navigator.share({ title: e.name.value, text: e.summary?.value ?? '', url });
        return;
      }
      await navigator.clipboard.writeText(url);
      this._message = this.t('entry.linkCopied');
    } catch (err) {
      if ((err as DOMException).name !== 'AbortError') this._message = this.t('entry.shareFailed', { url });
    }
  }

  /** Opens the report form (and moves the focus into it), or closes it and returns the focus to the button. */
  private async toggleReport(open: boolean): Promise<void> {
    this._reporting = open;
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(open ? 'kompass-report-form' : '[data-report]');
    await target?.updateComplete;
    target?.focus();
  }

  protected override render() {
    const snapshot = this.app?.snapshot;
    if (!snapshot) return nothing;
    const e = this.view;
    if (!e) {
      return html`<h2 tabindex="-1" data-view-heading>${this.t('errors.notFound')}</h2>
        <p><a href=${this.href({ view: 'home' })}>${this.t('nav.home')}</a></p>`;
    }
    const lang = this.app!.lang;
    const tz = snapshot.manifest.municipality.timeZone;
    const comments = (e.hours?.comments ?? []).filter(Boolean).map((c) => hoursCommentText(snapshot, c, lang));
    const texts: (Localized<unknown> | undefined)[] = [e.name, e.summary, e.description, ...comments, e.hoursNote, e.addressExtra, e.gettingThere, ...e.phoneLabels];
    // Links from the pack only with an allowed scheme (a tampered pack's javascript: is left out).
    const website = safeHref(e.website);
    const booking = safeHref(e.appointment?.url);
    const run = (l: Localized<unknown>) => runDir(l.lang, lang);
    const map = e.address && mapLinks({ ...e.address, name: e.name.value }, this.platform ?? detectPlatform());
    return html`
      <h2 tabindex="-1" data-view-heading lang=${e.name.lang} dir=${run(e.name)}>${e.name.value}</h2>
      ${fallbackNote(this.t.bind(this), otherLanguages(lang, texts))}
      ${e.summary ? html`<p class="summary" lang=${e.summary.lang} dir=${run(e.summary)}>${isolateNumbers(e.summary.value)}</p>` : nothing}
      <p class="muted">${this.t(`kind.${e.kind}`)}</p>
      <kompass-notice-list entry=${e.id} exportparts="notice"></kompass-notice-list>

      <div class="contact no-print">
        ${(e.phones ?? []).map(
          (p, i) => html`<a class="button" href="tel:${p.number.replace(/[^+\d]/g, '')}"
            >${icon('phone')}<span>${e.phoneLabels[i] ? html`<bdi lang=${e.phoneLabels[i]!.lang} dir=${run(e.phoneLabels[i]!)}>${e.phoneLabels[i]!.value}</bdi>: ` : nothing}<bdi dir="ltr">${p.number}</bdi></span></a
          >`,
        )}
        ${e.email ? html`<a class="button" href="mailto:${e.email}">${icon('mail')}<bdi dir="ltr">${e.email}</bdi></a>` : nothing}
        ${website
          ? html`<a class="button" href=${website} target="_blank" rel="noopener noreferrer">${icon('globe')}<span>${this.t('entry.website')}</span></a>`
          : nothing}
        ${map ? mapLink(map.open, html`${icon('map')}<span>${this.t('entry.openMap')}</span>`, 'button') : nothing}
      </div>

      <h3>${this.t('entry.hours')}</h3>
      <kompass-hours exportparts="status: hours-status, table: hours-table" .hours=${e.hours} .closures=${e.closures} time-zone=${tz} variant="full"></kompass-hours>
      ${e.hoursNote ? html`<p lang=${e.hoursNote.lang} dir=${run(e.hoursNote)}>${isolateNumbers(e.hoursNote.value)}</p>` : nothing}
      ${snapshot.hoursOutdated(localDate(this.app!.now, tz))
        ? html`<p class="notice warning">${this.t('hours.outdated')}</p>`
        : nothing}

      <h3>${this.t('entry.details')}</h3>
      <dl class="facts">
        ${e.address
          ? html`<dt>${this.t('entry.address')}</dt>
              <dd>
                <address>
                  <bdi>${e.address.street}</bdi><br /><bdi>${e.address.postalCode} ${e.address.city}</bdi>
                  ${e.addressExtra ? html`<br /><bdi lang=${e.addressExtra.lang} dir=${run(e.addressExtra)}>${isolateNumbers(e.addressExtra.value)}</bdi>` : nothing}
                </address>
              </dd>
              ${gettingThereFacts({ heading: this.t('place.gettingThere'), route: this.t('place.route') }, map!.route, e.gettingThere, e.gettingThere && run(e.gettingThere))}`
          : nothing}
        ${e.appointment
          ? html`<dt>${this.t('entry.appointment')}</dt>
              <dd>
                ${this.t(e.appointment.required ? 'entry.appointmentRequired' : 'entry.appointmentNotRequired')}
                ${booking
                  ? html`<br /><a href=${booking} target="_blank" rel="noopener noreferrer">${this.t('entry.bookAppointment')}</a>`
                  : nothing}
              </dd>`
          : nothing}
        ${e.languages?.length
          ? html`<dt>${this.t('entry.languages')}</dt>
              <dd>${languageList(e.languages, this.t('list.separator'))}</dd>`
          : nothing}
        ${e.wheelchair && e.wheelchair !== 'unknown'
          ? html`<dt>${this.t('entry.wheelchair')}</dt>
              <dd>${this.t(`wheelchair.${e.wheelchair}`)}</dd>`
          : nothing}
        ${e.lastChecked
          ? html`<dt>${this.t('entry.lastChecked')}</dt>
              <dd>${formatDate(lang, e.lastChecked)}</dd>`
          : nothing}
      </dl>

      <kompass-entry-events entry=${e.id} exportparts="events"></kompass-entry-events>

      ${e.description
        ? html`<h3>${this.t('entry.about')}</h3>
            <div class="description" lang=${e.description.lang} dir=${run(e.description)}>${renderRichText(e.description.value)}</div>`
        : nothing}

      <div class="actions" part="actions">
        <button class="button" type="button" aria-pressed=${this.speech.state === 'speaking' ? 'true' : 'false'} @click=${() => this.readAloud(e)}>
          ${icon('speaker')}<span>${this.t('entry.readAloud')}</span>
        </button>
        <button class="button" type="button" @click=${() => this.share(e)}>${icon('share')}<span>${this.t('entry.share')}</span></button>
        <button class="button" type="button" @click=${() => print()}>${icon('print')}<span>${this.t('entry.print')}</span></button>
        <button class="button" type="button" data-report aria-expanded=${this._reporting ? 'true' : 'false'} @click=${() => this.toggleReport(!this._reporting)}>
          ${icon('flag')}<span>${this.t('entry.report')}</span>
        </button>
      </div>
      ${this._reporting
        ? html`<kompass-report-form class="no-print" entry=${e.id} kind="entry" subject=${e.name.value} @kompass-report-close=${() => this.toggleReport(false)}></kompass-report-form>`
        : nothing}
      <p role="status" aria-live="polite">${this.speechMessage()}${this._message}</p>
    `;
  }

  private speechMessage(): string {
    if (this.speech.state === 'no-voice') return this.t('entry.noVoice');
    if (this.speech.state === 'unsupported') return this.t('entry.noSpeech');
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-entry-view': KompassEntryView;
  }
}
