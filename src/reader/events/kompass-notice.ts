export interface KompassNoticeDetail {
  /** `notice` for a dated notice, `event` for an event. */
  kind: 'notice' | 'event';
  id: string;
  /** The notice's text or the event's title, in the reader's language (or the default one). */
  title: string;
}

/**
 * Fired on `<kompass-app>` after a sync, once for each notice or event id that the new
 * revision has and the previous one had not: a city app can turn it into its own push
 * message. Kompass itself sends no push and contacts no push service.
 */
export class KompassNoticeEvent extends CustomEvent<KompassNoticeDetail> {
  static readonly eventName = 'kompass-notice';
  constructor(detail: KompassNoticeDetail) {
    super(KompassNoticeEvent.eventName, { bubbles: true, composed: true, detail });
  }
  /** Also as properties of the event, like Kompass's other events. */
  get kind(): KompassNoticeDetail['kind'] {
    return this.detail.kind;
  }
  get id(): string {
    return this.detail.id;
  }
  get title(): string {
    return this.detail.title;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-notice': KompassNoticeEvent;
  }
}
