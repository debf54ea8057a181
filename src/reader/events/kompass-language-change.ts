/** Fired on `<kompass-app>` when the reader's language changes (by the picker or the `lang` attribute). */
export class KompassLanguageChangeEvent extends Event {
  static readonly eventName = 'kompass-language-change';
  constructor(
    /** The content language now shown (a BCP 47 tag from the pack, e.g. `ar`). */
    readonly lang: string,
    /** Writing direction of that language. */
    readonly dir: 'ltr' | 'rtl',
  ) {
    super(KompassLanguageChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompass-language-change': KompassLanguageChangeEvent;
  }
}
