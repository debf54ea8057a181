/**
 * Signing in to `<kompass-editor>`: a reactive controller with the phase (starting, asking for
 * the access key, loading, ready), the signed-in clerk's name, the error she can act on, and the
 * key kept for this tab or this device (`SavedSignIn`). It renders the sign-in form. With drafts
 * from an earlier visit, she may start offline. It asks the host to render when its state changes.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ApiError, EditorApi } from '../api.js';
import type { LoadedDrafts } from '../drafts.js';
import { SavedSignIn } from '../saved-sign-in.js';
import type { EditorModel } from '../editor-model.js';

export type Phase = 'starting' | 'signin' | 'loading' | 'ready';

const TOKEN_KEY = 'kompass-editor-token:';

export interface SignInOptions {
  model: EditorModel;
  /** The publish server's API, resolved against the page. */
  api(): string;
  /** The drafts kept on this device. */
  loadDrafts(): Promise<LoadedDrafts>;
  /** Signed in (or offline with drafts to work on): load the workspace. */
  signedIn(client: EditorApi, drafts: LoadedDrafts): Promise<void>;
}

export class SignInController {
  phase: Phase = 'starting';
  /** The signed-in clerk's name (undefined offline). */
  me: string | undefined;
  error: string | undefined;
  client: EditorApi | undefined;
  private saved: SavedSignIn | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SignInOptions,
  ) {}

  private set(values: Partial<Pick<SignInController, 'phase' | 'me' | 'error' | 'client'>>): void {
    Object.assign(this, values);
    this.host.requestUpdate();
  }

  /** Signs in with the key kept for `scope`, else asks for one. */
  async start(scope: string): Promise<void> {
    this.saved = new SavedSignIn(TOKEN_KEY + scope);
    const remembered = this.saved.get();
    if (remembered) await this.signIn(remembered.token, remembered.onThisDevice);
    else this.set({ phase: 'signin' });
  }

  async signIn(token: string, onThisDevice: boolean): Promise<void> {
    const { t, serverSays } = this.options.model;
    this.set({ error: undefined, phase: 'loading' });
    const client = new EditorApi(this.options.api(), token);
    const drafts = await this.options.loadDrafts();
    try {
      this.set({ me: (await client.me()).name });
    } catch (e) {
      const offline = e instanceof ApiError && e.code === 'offline';
      if (!(offline && drafts.base)) {
        const refused = e instanceof ApiError && e.status === 401;
        if (refused) this.saved?.clear(); // withdrawn: not again at the next start
        this.set({ phase: 'signin', error: offline ? t('signIn.offline') : refused ? t('signIn.wrongToken') : t('signIn.failed', { message: serverSays(e) }) });
        return;
      }
    }
    this.set({ client });
    this.saved?.save(token, onThisDevice);
    await this.options.signedIn(client, drafts);
    this.set({ phase: 'ready' });
  }

  signOut(): void {
    this.saved?.clear();
    this.set({ client: undefined, me: undefined, phase: 'signin' });
  }

  renderForm(): TemplateResult {
    const { model } = this.options;
    const { t } = model;
    const submit = (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const token = (form.elements.namedItem('token') as HTMLInputElement).value.trim();
      const remember = (form.elements.namedItem('remember') as HTMLInputElement).checked;
      if (!token) return this.set({ error: t('signIn.empty') });
      void this.signIn(token, remember).then(() => {
        if (this.phase === 'ready') model.focus('list-heading'); // into the work, not back to the top of the page
      });
    };
    const error = this.error;
    return html`<form class="signin" @submit=${submit} novalidate>
      <h2>${t('signIn.heading')}</h2>
      <p>${t('signIn.intro')}</p>
      <label for="token">${t('signIn.token')} <span class="required" aria-hidden="true">*</span></label>
      <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby="token-help ${error ? 'token-error' : ''}" />
      <p id="token-help" class="help">${t('signIn.help')}</p>
      ${error ? html`<p id="token-error" class="error" role="alert">${error}</p>` : nothing}
      <label class="check"><input type="checkbox" name="remember" aria-describedby="remember-help" /> ${t('signIn.remember')}</label>
      <p id="remember-help" class="help">${t('signIn.rememberHelp')}</p>
      <button type="submit" class="primary">${t('signIn.submit')}</button>
    </form>`;
  }
}
