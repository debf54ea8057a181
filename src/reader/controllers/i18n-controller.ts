import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { localeContext, type LocaleState } from '../context/locale-context.js';

/**
 * Gives a component the reader's language: `t()` for UI strings, `lang` and `dir` for
 * markup. Re-renders the host when the language changes.
 */
export class I18nController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof localeContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.consumer = new ContextConsumer(host, { context: localeContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {}

  get state(): LocaleState | undefined {
    return this.consumer.value;
  }

  get lang(): string {
    return this.consumer.value?.lang ?? 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    return this.consumer.value?.dir ?? 'ltr';
  }

  t(key: string, options?: TOptions): string {
    const i18n = this.consumer.value?.i18n;
    return i18n ? i18n.t(key, options) : '';
  }
}
