/** Fired on `<kompass-app>` when a new content revision (or language) became active. */
export class KompassContentUpdatedEvent extends Event {
  static readonly eventName = 'kompass-content-updated';
  constructor(
    readonly revision: number,
    /** The revision shown before, if any. */
    readonly previousRevision: number | undefined,
  ) {
    super(KompassContentUpdatedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-content-updated': KompassContentUpdatedEvent;
  }
}
