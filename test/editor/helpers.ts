import { waitUntil } from '@open-wc/testing';
import '../../src/reader/define/define-editor.js';
import type { KompassEditorApp } from '../../src/editor/kompass-editor-app.js';
import type { KompassEditor } from '../../src/reader/editor-loader/editor-loader.js';
import type { SourceContent } from '../../src/pack/types.js';

/** A real publish server (src/node/server) on 127.0.0.1 with test/fixtures/source-small as revision 1. */
export interface TestServer {
  id: string;
  api: string;
  tokens: { anna: string; ben: string };
}

const control = async (): Promise<string> => ((await import(/* @vite-ignore */ String('/__editor-control.js'))) as { controlUrl: string }).controlUrl;

async function call<T>(path: string, body: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${await control()}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${await res.text()}`);
  return (await res.json()) as T;
}

export const startServer = () => call<TestServer>('/reset');
export const pauseServer = (s: TestServer) => call('/pause', { id: s.id });
export const resumeServer = (s: TestServer) => call('/resume', { id: s.id });
export const closeServer = (s: TestServer) => call('/close', { id: s.id });

/** The API as another editor uses it. */
export async function apiAs(s: TestServer, token: string, method: string, path: string, body?: unknown, ifMatch?: string): Promise<{ status: number; data: Record<string, unknown> }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const res = await fetch(`${s.api}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  return { status: res.status, data: (await res.json()) as Record<string, unknown> };
}

export async function publishedSource(s: TestServer): Promise<{ revision: number; etag: string; source: SourceContent }> {
  return (await apiAs(s, s.tokens.ben, 'GET', '/source')).data as unknown as { revision: number; etag: string; source: SourceContent };
}

export const uniqueStore = () => `kompass-editor-test-${Math.random().toString(36).slice(2)}`;

const mounted: KompassEditor[] = [];

export function unmountEditors(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Mounts `<kompass-editor>` and waits for its chunk and its start. */
export async function mountEditor(api: string, storeName: string, lang = 'en'): Promise<{ host: KompassEditor; app: KompassEditorApp }> {
  // Mounted by hand, not with fixture(): that waits for an animation frame, which a
  // background test page (web-test-runner runs two at once) may never get.
  unmountEditors();
  const host = document.createElement('kompass-editor');
  host.setAttribute('api', api);
  host.setAttribute('store-name', storeName);
  host.setAttribute('lang', lang);
  document.body.append(host);
  mounted.push(host);
  const app = (await host.editor) as KompassEditorApp;
  await app.updateComplete;
  await app.ready;
  await app.updateComplete;
  return { host, app };
}

export const $ = <T extends Element = HTMLElement>(app: KompassEditorApp, selector: string): T | null => app.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(app: KompassEditorApp, selector: string): T[] => [...app.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (app: KompassEditorApp) => app.shadowRoot!.textContent!.replace(/\s+/g, ' ');

export async function until(app: KompassEditorApp, predicate: () => boolean, message: string, timeout = 8000): Promise<void> {
  await waitUntil(predicate, message, { timeout });
  await app.updateComplete;
}

export async function signIn(app: KompassEditorApp, token: string): Promise<void> {
  const input = $<HTMLInputElement>(app, '#token')!;
  input.value = token;
  $<HTMLFormElement>(app, 'form.signin')!.requestSubmit();
  await until(app, () => !!$(app, 'nav.tabs'), 'the editor shows its sections after signing in');
}

/** Types into an input as a person would: one input event per character. */
export async function type(app: KompassEditorApp, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(app, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await app.updateComplete;
}

export async function click(app: KompassEditorApp, selectorOrText: string): Promise<void> {
  const el = selectorOrText.startsWith('text=')
    ? $$<HTMLButtonElement>(app, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim().includes(selectorOrText.slice(5)))
    : $<HTMLElement>(app, selectorOrText);
  if (!el) throw new Error(`nothing to click: ${selectorOrText}`);
  el.click();
  await app.updateComplete;
}

export async function openEntry(app: KompassEditorApp, id: string): Promise<void> {
  await click(app, 'text=' + id);
  await until(app, () => !!$(app, '#form-heading'), `the form of ${id} opens`);
}
