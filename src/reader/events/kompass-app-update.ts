/**
 * Fired on `<kompass-app>` when a new version of Kompass itself is installed and waiting.
 * Call `preventDefault()` to show your own notice instead of Kompass's; call `event.activate()`
 * when the reader agrees, and the page reloads into the new version.
 */
export class KompassAppUpdateEvent extends Event {
  static readonly eventName = 'kompass-app-update';
  constructor(readonly activate: () => void) {
    super(KompassAppUpdateEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-app-update': KompassAppUpdateEvent;
  }
}
