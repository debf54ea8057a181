import { LitElement, html } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { TOptions } from 'i18next';
import { I18nController } from '../controllers/i18n-controller.js';
import { appContext, type AppState } from '../context/app-context.js';
import type { Route } from '../router/routes.js';

/**
 * Base of Kompass's views: the reader's language (`t`, `lang`, `dir`) and the app state
 * (content snapshot, clock, navigation) from `<kompass-app>`'s context. The tokens below are
 * read by the shared view styles, so every view has them.
 *
 * @cssproperty [--kompass-view-heading-size=1.4rem] - Size of a view's main heading.
 * @cssproperty [--kompass-card-radius=var(--kompass-radius)] - Corner radius of cards.
 * @cssproperty [--kompass-card-background=var(--kompass-color-surface)] - Background of cards.
 * @cssproperty [--kompass-button-radius=var(--kompass-radius)] - Corner radius of buttons.
 */
export class KompassElement extends LitElement {
  protected readonly i18n = new I18nController(this);
  private readonly appConsumer = new ContextConsumer(this, { context: appContext, subscribe: true });

  constructor() {
    super();
    // A view that cannot render what it was given (content of the wrong shape that got past the
    // sync's check, say from an older version's store) says so, instead of throwing and leaving
    // the previous page — another entry — on screen under the new address.
    const render = this.render.bind(this);
    this.render = () => {
      try {
        return render();
      } catch (e) {
        console.error(e);
        return html`<p class="notice error" role="alert" data-view-heading tabindex="-1">${this.t('errors.view')}</p>`;
      }
    };
  }

  protected get app(): AppState | undefined {
    return this.appConsumer.value;
  }

  protected t(key: string, options?: TOptions): string {
    return this.i18n.t(key, options);
  }

  /** A link target for a route; also intercepted by `<kompass-app>` for memory routing. */
  protected href(route: Route): string {
    return this.app?.href(route) ?? '#';
  }
}
