import type { FeedbackKind } from '../feedback/report.js';

/**
 * Fired when a reader sends the "report a mistake" form, before Kompass sends anything.
 * Cancelable: a host with its own channel calls `preventDefault()`, takes the report from the
 * event, and Kompass sends nothing (the reader is thanked all the same). Otherwise Kompass
 * posts it to the content source's feedback inbox (`api/feedback` beside the manifest), or
 * queues it on the device until it is online.
 */
export class KompassFeedbackEvent extends Event {
  static readonly eventName = 'kompass-feedback';
  constructor(
    /** The entry (or page, or event) the reader reports. */
    readonly entryId: string,
    /** The pack revision the reader saw. */
    readonly revision: number,
    /** What is wrong, in the reader's words. */
    readonly message: string,
    /** How the editors can reach the reader, if they said. */
    readonly contact: string | undefined,
    /** What `entryId` names. */
    readonly kind: FeedbackKind,
    /** The reader's language. */
    readonly lang: string,
  ) {
    super(KompassFeedbackEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-feedback': KompassFeedbackEvent;
  }
}
