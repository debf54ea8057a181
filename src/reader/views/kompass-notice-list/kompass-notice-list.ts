import { html, css, nothing } from 'lit';
import { KompassEventsElement } from '../../ui/kompass-events-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';
import { eventsOf } from '../../content/events-content.js';

/**
 * The notices shown today by the app's clock: the town-wide ones (no `entry`), or those about
 * one entry. Urgent first; the severity is said in words, not only by colour. As a `badge`,
 * one short "Notice" mark for lists.
 *
 * @csspart notice - One notice.
 * @cssproperty [--kompass-notice-urgent-color=var(--kompass-color-closed)] - Accent of urgent notices.
 * @cssproperty [--kompass-notice-warning-color=#8a5a00] - Accent of important notices.
 * @cssproperty [--kompass-notice-info-color=var(--kompass-color-primary)] - Accent of other notices.
 */
export class KompassNoticeList extends KompassEventsElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      :host {
        display: block;
      }
      :host([variant='badge']) {
        display: inline;
      }
      ul {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        padding: 0.6rem 0.75rem;
        border-radius: var(--_radius);
        background: var(--_surface-alt);
        border-inline-start: 0.3rem solid var(--_accent);
        --_accent: var(--kompass-notice-info-color, var(--_primary));
      }
      li.warning {
        --_accent: var(--kompass-notice-warning-color, #8a5a00);
      }
      li.urgent {
        --_accent: var(--kompass-notice-urgent-color, var(--_closed));
        font-weight: 600;
      }
      li .icon {
        color: var(--_accent);
        flex: none;
      }
      .severity {
        font-weight: 700;
      }
      @media (forced-colors: active) {
        li {
          border: 1px solid CanvasText;
          border-inline-start-width: 0.3rem;
        }
      }
    `,
  ];

  static override properties = {
    entry: { reflect: true },
    variant: { reflect: true },
  };

  /** An entry id: its notices; without, the town-wide notices. */
  declare entry: string | undefined;
  /** `list` (default) or `badge`. */
  declare variant: 'list' | 'badge';

  constructor() {
    super();
    this.entry = undefined;
    this.variant = 'list';
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!snapshot || !this.eventStrings.ready) return nothing;
    const notices = eventsOf(snapshot).activeNotices(app.now, app.lang, this.entry || undefined);
    if (!notices.length) return nothing;
    if (this.variant === 'badge') return html`<span class="badge notice-badge">${icon('info')}<span>${this.t('events:notice')}</span></span>`;
    return html`<ul aria-label=${this.t('events:notices')}>
      ${notices.map(
        (n) => html`<li part="notice" class=${n.severity}>
          ${icon(n.severity === 'info' ? 'info' : 'flag')}
          <span><span class="severity">${this.t(`events:severity_${n.severity}`)}:</span> <span lang=${n.text.lang}>${n.text.value}</span></span>
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-notice-list': KompassNoticeList;
  }
}
