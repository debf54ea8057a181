/** Machine-readable codes for everything that can go wrong where a host may want to react. */
export type KompassErrorCode =
  | 'no-source'
  | 'network'
  | 'http'
  | 'integrity'
  | 'malformed'
  | 'stale-revision'
  | 'storage-full'
  | 'storage-unavailable'
  | 'unknown';

/** Fired on `<kompass-app>` when something fails. The message is already shown to the reader. */
export class KompassErrorEvent extends Event {
  static readonly eventName = 'kompass-error';
  constructor(
    readonly code: KompassErrorCode,
    readonly detail: string,
  ) {
    super(KompassErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-error': KompassErrorEvent;
  }
}
