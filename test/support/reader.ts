import { fixture, html, waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../src/index.js';
import '../../src/define.js';
import { deepText } from './deep-text.mjs';

export const SMALL_PACK = '/test/fixtures/.packs/small/manifest.json';

/** Wednesday 4 November 2026, 10:00 in Berlin (CET, UTC+1). */
export const WEDNESDAY_10AM = new Date('2026-11-04T09:00:00Z');

let counter = 0;

/** Mounts `<kompass-app>` on a real pack with its own database, memory routing and a fixed clock. */
export async function mountReader(options: { lang?: string; now?: Date; src?: string; routing?: 'memory' | 'hash' } = {}): Promise<KompassApp> {
  const storeName = `kompass-test-${Date.now()}-${counter++}`;
  localStorage.clear(); // the language a reader picked is remembered per pack
  const el = await fixture<KompassApp>(html`
    <kompass-app
      src=${options.src ?? SMALL_PACK}
      lang=${options.lang ?? 'en'}
      routing=${options.routing ?? 'memory'}
      store-name=${storeName}
      .now=${options.now ?? WEDNESDAY_10AM}
    ></kompass-app>
  `);
  await el.ready();
  await waitUntil(() => view(el) !== null, 'the first view did not render', { timeout: 8000 });
  await settle(el);
  return el;
}

/** The current view element inside the app. */
export function view(el: KompassApp): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[data-view]');
}

/** Waits until the app and its current view (and their children) have rendered. */
export async function settle(el: KompassApp): Promise<void> {
  await el.ready();
  const v = view(el) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await v?.updateComplete;
  for (const child of v?.shadowRoot?.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*') ?? []) {
    if (child.updateComplete) await child.updateComplete;
  }
}

/** Text of the current view, as a person reads it (shadow roots included). */
export function viewText(el: KompassApp): string {
  const v = view(el);
  return v ? deepText(v.shadowRoot!) : '';
}

/** Clicks the link in the current view whose text contains `text`, and waits for the next view. */
export async function follow(el: KompassApp, text: string): Promise<void> {
  const links = deepQueryAll<HTMLAnchorElement>(view(el)!.shadowRoot!, 'a');
  const link = links.find((a) => a.textContent?.includes(text));
  if (!link) throw new Error(`No link with "${text}" in: ${links.map((a) => a.textContent?.trim()).join(' | ')}`);
  link.click();
  await settle(el);
}

export function deepQueryAll<T extends Element>(root: ParentNode, selector: string): T[] {
  const out: T[] = [...root.querySelectorAll<T>(selector)];
  for (const host of Array.from(root.querySelectorAll('*'))) {
    if (host.shadowRoot) out.push(...deepQueryAll<T>(host.shadowRoot, selector));
  }
  return out;
}
