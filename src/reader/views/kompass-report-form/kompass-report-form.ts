import { html, nothing } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { controls } from '../../ui/controls.styles.js';
import { reportFormStyles } from './kompass-report-form.styles.js';
import { KompassFeedbackEvent } from '../../events/kompass-feedback.js';
import { CONTACT_MAX, MESSAGE_MAX, type FeedbackKind } from '../../feedback/report.js';
import type { ReportOutcome } from '../../context/app-context.js';

type FormState = 'editing' | 'sending' | 'handed-over' | ReportOutcome['status'];

/**
 * The "report a mistake" form, shown inline where the reader asked for it: what is wrong
 * (required) and, if they like, how the town's editors can reach them. Sends through
 * `<kompass-app>` (to the content source's feedback inbox, or queued while offline); where
 * the source has no inbox, it offers the town's e-mail address instead.
 *
 * @summary Lets a reader report a mistake in an entry, a page or an event.
 * @event kompass-feedback - Before anything is sent; cancelable (see `KompassFeedbackEvent`).
 * @event kompass-report-close - The reader closed the form (Cancel, or Close after sending). Does not bubble.
 * @csspart form - The form.
 * @csspart status - What became of the report.
 */
export class KompassReportForm extends KompassElement {
  static override styles = [tokens, viewStyles, controls, reportFormStyles];

  static override properties = {
    entry: {},
    kind: {},
    subject: {},
    _message: { state: true },
    _contact: { state: true },
    _state: { state: true },
    _empty: { state: true },
  };

  /** The id of what is reported. */
  declare entry: string;
  /** What `entry` names. */
  declare kind: FeedbackKind;
  /** Its name, for the subject of an e-mail. */
  declare subject: string;
  declare private _message: string;
  declare private _contact: string;
  declare private _state: FormState;
  declare private _empty: boolean;

  constructor() {
    super();
    this.entry = '';
    this.kind = 'entry';
    this.subject = '';
    this._message = '';
    this._contact = '';
    this._state = 'editing';
    this._empty = false;
  }

  /** Moves the focus into the form (to what is wrong). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('textarea, [data-close]')?.focus(options);
  }

  private async onSubmit(ev: Event): Promise<void> {
    ev.preventDefault();
    if (this._state === 'sending') return;
    const message = this._message.trim();
    this._empty = !message;
    if (!message) {
      await this.updateComplete;
      this.focus();
      return;
    }
    const contact = this._contact.trim() || undefined;
    const lang = this.app?.lang ?? '';
    const revision = this.app?.snapshot?.revision ?? 0;
    const event = new KompassFeedbackEvent(this.entry, revision, message, contact, this.kind, lang);
    if (!this.dispatchEvent(event)) return this.settle('handed-over');
    const feedback = this.app?.feedback;
    if (!feedback) return this.settle('failed');
    this._state = 'sending';
    const outcome = await feedback.submit({ entryId: this.entry, revision, lang, message, ...(contact ? { contact } : {}), kind: this.kind });
    await this.settle(outcome.status, outcome.status === 'rejected' ? outcome.reason : undefined);
  }

  private rejection: 'too-long' | 'invalid' | undefined;

  private async settle(state: FormState, rejection?: 'too-long' | 'invalid'): Promise<void> {
    this.rejection = rejection;
    this._state = state;
    await this.updateComplete;
    // Sent or saved: the form is gone, so the focus goes to the button that closes the message.
    if (this.done) this.focus();
  }

  private get done(): boolean {
    return this._state === 'sent' || this._state === 'queued' || this._state === 'handed-over';
  }

  private close(): void {
    this.dispatchEvent(new Event('kompass-report-close'));
  }

  protected override render() {
    return html`
      ${this.done ? nothing : this.renderForm()}
      <div part="status" role="status" aria-live="polite">${this.renderStatus()}</div>
    `;
  }

  private renderForm() {
    const describedBy = this._empty ? 'message-count message-error' : 'message-count';
    return html`
      <form part="form" novalidate aria-label=${this.t('entry.report')} @submit=${this.onSubmit}>
        <label for="message">${this.t('report.message')}</label>
        <textarea
          id="message"
          name="message"
          dir="auto"
          required
          maxlength=${MESSAGE_MAX}
          aria-describedby=${describedBy}
          aria-invalid=${this._empty ? 'true' : 'false'}
          .value=${this._message}
          @input=${(e: Event) => {
            this._message = (e.target as HTMLTextAreaElement).value;
            if (this._message.trim()) this._empty = false;
          }}
        ></textarea>
        <p id="message-count" class="hint muted">${this.t('report.count', { length: this._message.length, max: MESSAGE_MAX })}</p>
        ${this._empty ? html`<p id="message-error" class="error">${this.t('report.empty')}</p>` : nothing}
        <label for="contact">${this.t('report.contact')}</label>
        <input
          id="contact"
          name="contact"
          type="text"
          dir="auto"
          autocomplete="email"
          maxlength=${CONTACT_MAX}
          aria-describedby="contact-note"
          .value=${this._contact}
          @input=${(e: Event) => (this._contact = (e.target as HTMLInputElement).value)}
        />
        <p id="contact-note" class="hint muted">${this.t('report.contactNote')}</p>
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this._state === 'sending'}>${this.t('report.send')}</button>
          <button class="button" type="button" @click=${this.close}>${this.t('report.cancel')}</button>
        </div>
      </form>
    `;
  }

  private renderStatus() {
    switch (this._state) {
      case 'editing':
        return nothing;
      case 'sending':
        return html`<p class="muted">${this.t('report.sending')}</p>`;
      case 'sent':
      case 'handed-over':
        return this.renderDone(this.t('report.thanks'));
      case 'queued':
        return this.renderDone(this.t('report.queued'));
      case 'rejected':
        return html`<p class="notice warning">${this.t(this.rejection === 'too-long' ? 'report.tooLong' : 'report.invalid')}</p>`;
      case 'no-inbox':
        return this.renderNoInbox();
      case 'failed':
        return html`<p class="notice warning">${this.t('report.failed')}</p>`;
    }
  }

  private renderDone(text: string) {
    return html`<p class="notice">${text}</p>
      <button class="button" type="button" data-close @click=${this.close}>${this.t('report.close')}</button>`;
  }

  private renderNoInbox() {
    const email = this.app?.snapshot?.manifest.municipality.contact?.email;
    if (!email) return html`<p class="notice warning">${this.t('report.notSent')}</p>`;
    const subject = `${this.t('entry.reportSubject')}: ${this.subject} (${this.entry})`;
    const href = `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(this._message.trim())}`;
    return html`<p class="notice warning">${this.t('report.noInbox')}</p>
      <p><a class="button" href=${href}>${this.t('report.byEmail')}</a></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-report-form': KompassReportForm;
  }
}
