/**
 * Readers' reports of mistakes in `<kompass-editor>`: a reactive controller that loads the
 * open reports from the publish server (`GET /api/feedback?open=1`), marks them done, and
 * renders the count badges, an entry's reports and the overall "Reports" view. The editor app
 * only wires it in.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { directionOf } from '../../pack/languages.js';
import type { EditorApi, FeedbackItem } from '../api.js';
import { languageName } from '../problem-text.js';

export interface FeedbackInboxOptions {
  /** The editor's strings. */
  t(key: string, options?: Record<string, unknown>): string;
  /** The UI language. */
  uiLang(): string;
  /** A server error in the UI language. */
  errorText(e: unknown): string;
  /** An entry's name in the default language (its id when it has none). */
  entryName(id: string): string;
  /** Opens an entry's form. */
  openEntry(id: string): void;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

const reportId = (item: FeedbackItem) => `report-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export class FeedbackInbox implements ReactiveController {
  /** Open reports, newest first. */
  items: FeedbackItem[] = [];
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private error = '';
  /** The last "marked done" (or failure) message, and where it was said: an entry id, or `*` for the Reports view. */
  private status = { where: '', text: '' };
  private client: EditorApi | undefined;
  private focusAfter: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: FeedbackInboxOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusAfter) return;
    const el = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusAfter)}`);
    this.focusAfter = undefined;
    el?.focus();
  }

  /** Loads the open reports (again); with a client, from then on through it. */
  async load(client: EditorApi | undefined = this.client): Promise<void> {
    this.client = client;
    if (!client) return;
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      this.items = await client.feedback({ open: true });
      this.state = 'ready';
    } catch (e) {
      this.error = this.options.errorText(e);
      this.state = 'error';
    }
    this.host.requestUpdate();
  }

  /** Open reports, of one entry or all. */
  openCount(entryId?: string): number {
    return entryId === undefined ? this.items.length : this.items.filter((i) => i.kind === 'entry' && i.entryId === entryId).length;
  }

  /** "2 reports" beside an entry; nothing without open reports. */
  badge(entryId: string): TemplateResult | typeof nothing {
    const count = this.openCount(entryId);
    return count ? html`<span class="badge reports">${this.options.t('feedback.badge', { count })}</span>` : nothing;
  }

  /** An entry's open reports, on its form; nothing when there are none. */
  renderForEntry(entryId: string): TemplateResult | typeof nothing {
    const items = this.items.filter((i) => i.kind === 'entry' && i.entryId === entryId);
    const status = this.status.where === entryId ? this.status.text : '';
    if (!items.length && !status) return nothing;
    const { t } = this.options;
    return html`<section class="feedback-inbox" aria-labelledby="feedback-entry-heading">
      <h3 id="feedback-entry-heading" tabindex="-1">${t('feedback.entryHeading')} ${this.badge(entryId)}</h3>
      <p class="feedback-status" role="status">${status}</p>
      ${items.length ? html`<ul class="reports">${items.map((i) => this.renderReport(i, false))}</ul>` : html`<p>${t('feedback.none')}</p>`}
    </section>`;
  }

  /** The "Reports" view: every open report, with a way to its entry. */
  renderAll(): TemplateResult {
    const { t } = this.options;
    const body =
      this.state === 'loading' && !this.items.length
        ? html`<p>${t('feedback.loading')}</p>`
        : this.state === 'error'
          ? html`<p class="error" role="alert">${t('feedback.loadFailed', { message: this.error })}</p>`
          : this.items.length
            ? html`<ul class="reports">${this.items.map((i) => this.renderReport(i, true))}</ul>`
            : html`<p>${t('feedback.none')}</p>`;
    return html`<section class="feedback-inbox" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading" tabindex="-1">${t('feedback.heading')}</h2>
      <p class="help">${t('feedback.intro')}</p>
      <div class="filters">
        <p class="count" role="status">${this.state === 'ready' || (this.state === 'loading' && this.items.length) ? t('feedback.count', { count: this.items.length }) : ''} ${this.status.where === '*' ? this.status.text : ''}</p>
        <button type="button" id="feedback-reload" @click=${() => void this.load()} ?disabled=${this.state === 'loading'}>${t('feedback.reload')}</button>
      </div>
      ${body}
    </section>`;
  }

  private renderReport(item: FeedbackItem, withEntry: boolean): TemplateResult {
    const { t } = this.options;
    const ui = this.options.uiLang();
    const date = new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(item.receivedAt));
    const id = reportId(item);
    const entry =
      item.kind === 'entry'
        ? html`<button type="button" class="link" @click=${() => this.options.openEntry(item.entryId)}>${t('feedback.open', { name: this.options.entryName(item.entryId) })}</button>`
        : html`<span>${t(`feedback.kinds.${item.kind}`)} · ${item.entryId}</span>`;
    return html`<li class="report">
      ${withEntry ? html`<p class="report-entry">${entry}</p>` : nothing}
      <p class="report-meta" id=${id}>
        <time datetime=${item.receivedAt}>${t('feedback.received', { date })}</time> · ${t('feedback.language', { language: languageName(item.lang, ui) })} · ${t('feedback.revision', { revision: item.revision })}
      </p>
      <p class="report-message" lang=${item.lang} dir=${directionOf(item.lang)}>${item.message}</p>
      ${item.contact ? html`<p class="report-contact">${t('feedback.contact', { contact: item.contact })}</p>` : nothing}
      <button type="button" class="report-done" aria-describedby=${id} @click=${() => void this.markDone(item, withEntry)}>${t('feedback.done')}</button>
    </li>`;
  }

  private async markDone(item: FeedbackItem, inAll: boolean): Promise<void> {
    if (!this.client) return;
    const { t } = this.options;
    const where = inAll ? '*' : item.entryId;
    try {
      await this.client.markFeedbackDone(item.id);
      this.items = this.items.filter((i) => i.id !== item.id);
      this.status = { where, text: t('feedback.marked') };
      // The button is gone with its report: focus goes to the list's heading.
      this.focusAfter = inAll ? 'feedback-heading' : 'feedback-entry-heading';
    } catch (e) {
      this.status = { where, text: t('feedback.doneFailed', { message: this.options.errorText(e) }) };
    }
    this.host.requestUpdate();
  }
}
