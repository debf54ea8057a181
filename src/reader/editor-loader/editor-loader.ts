import { defineAll } from '../define/define-all.js';

/**
 * `<kompass-editor api="https://…/api">`: a tiny element (no dependencies) that loads the
 * editor chunk when it is first connected and shows the editor inside itself. The reader's
 * bundle carries only this class; everything else of the editor (forms, validation with
 * ajv and the opening_hours library, Markdown) is fetched by editors only.
 *
 * Attributes are passed on: `api`, `pack`, `lang`, `store-name`.
 *
 * @summary The editor for municipal staff (loaded lazily).
 *
 * @attr {string} api - Base URL of the publish server's API, e.g. `https://kompass.example-stadt.de/api`.
 * @attr {string} pack - URL of the published pack's `manifest.json`, for "Export pack" (default: beside the API).
 * @attr {string} lang - UI language (`de`, `en`); default: the page's language.
 * @attr {string} store-name - IndexedDB database name for drafts (default `kompass`).
 *
 * @slot loading - Shown while the editor's code loads (default "…").
 *
 * @cssproperty [--kompass-editor-max-width=72rem] - Widest the editor grows; it is centred beyond that.
 * @cssproperty [--kompass-editor-padding=var(--kompass-space)] - Padding around the editor.
 */
export class KompassEditor extends HTMLElement {
  static readonly observedAttributes = ['api', 'pack', 'lang', 'store-name'];
  private inner: HTMLElement | undefined;
  private loading: Promise<HTMLElement> | undefined;
  private readonly root: ShadowRoot;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    // Shown until the chunk is there (and as the only content if it cannot load). Built with
    // DOM calls and a constructed style sheet: no HTML from strings, nothing a strict CSP blocks.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host{display:block}');
    this.root.adoptedStyleSheets = [sheet];
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    const slot = document.createElement('slot');
    slot.name = 'loading';
    slot.textContent = '…';
    status.append(slot);
    this.root.append(status);
  }

  /** Resolves with the editor once its chunk has loaded. */
  get editor(): Promise<HTMLElement> {
    this.loading ??= import('../../editor/kompass-editor-app.js').then(({ KompassEditorApp }) => {
      defineAll([['kompass-editor-app', KompassEditorApp]]);
      const inner = document.createElement('kompass-editor-app');
      for (const name of KompassEditor.observedAttributes) {
        const v = this.getAttribute(name);
        if (v !== null) inner.setAttribute(name, v);
      }
      this.root.replaceChildren(inner);
      this.inner = inner;
      return inner;
    });
    return this.loading;
  }

  connectedCallback(): void {
    void this.editor;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (!this.inner) return;
    if (value === null) this.inner.removeAttribute(name);
    else this.inner.setAttribute(name, value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-editor': KompassEditor;
  }
}
