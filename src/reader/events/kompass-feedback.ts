/** Fired when a reader taps "report a mistake" on an entry, so the host may offer its own channel. */
export class KompassFeedbackEvent extends Event {
  static readonly eventName = 'kompass-feedback';
  constructor(
    /** The entry the reader reports. */
    readonly entryId: string,
    /** The pack revision the reader saw. */
    readonly revision: number,
  ) {
    super(KompassFeedbackEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-feedback': KompassFeedbackEvent;
  }
}
