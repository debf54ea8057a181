/** Fired on `<kompass-app>` after every navigation inside Kompass. */
export class KompassNavigateEvent extends Event {
  static readonly eventName = 'kompass-navigate';
  constructor(
    /** Kompass's own path, e.g. `/entry/buergerbuero`. */
    readonly path: string,
  ) {
    super(KompassNavigateEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-navigate': KompassNavigateEvent;
  }
}
