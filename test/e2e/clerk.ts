/**
 * A clerk's walk through <kompass-editor> (demo/editor.html) in German, counted: every page
 * action a person does — a click, a field typed (the whole text is one action), a key
 * pressed, a choice in a list, a file chosen, a paste — is one action. The editor-clerk-*
 * walks record their counts with `recordWalk()` and print them with `printWalks()`.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import type { PublishSite } from './harness.js';

export class Clerk {
  /** What the clerk did, one line an action. */
  readonly actions: string[] = [];

  constructor(readonly page: Page) {
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => console.error(`Error on the page: ${e.stack}`)); // where it was; launch() fails the test
  }

  get count(): number {
    return this.actions.length;
  }

  private did(what: string): void {
    this.actions.push(what);
  }

  async click(target: Locator, what = 'click'): Promise<void> {
    await target.click();
    this.did(what);
  }

  /** Types a whole field (one action). */
  async fill(target: Locator, text: string, what = 'type'): Promise<void> {
    await target.fill(text);
    this.did(`${what}: ${text.slice(0, 40)}`);
  }

  /** Types into whatever has focus, as keystrokes (one action: one field's text). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.did(`type: ${text.slice(0, 40)}`);
  }

  /** One key (Tab, Enter, …) on `target`, or on whatever has focus. */
  async press(key: string, target?: Locator): Promise<void> {
    await (target ? target.press(key) : this.page.keyboard.press(key));
    this.did(`key ${key}`);
  }

  async selectOption(target: Locator, option: { label: string } | string): Promise<void> {
    await target.selectOption(option);
    this.did(`choose ${typeof option === 'string' ? option : option.label}`);
  }

  async setInputFiles(target: Locator, file: string): Promise<void> {
    await target.setInputFiles(file);
    this.did(`file ${file}`);
  }

  /** Pastes `text` (copied elsewhere, e.g. from a map) into the focused field with Ctrl+V. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('ControlOrMeta+V');
    this.did(`paste ${text.slice(0, 40)}`);
  }
}

export interface Focused {
  id: string;
  tag: string;
  /** Its text (a heading's, a button's), trimmed. */
  text: string;
}

/** The element that has focus, inside the shadow roots. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { id: el?.id ?? '', tag: el?.tagName.toLowerCase() ?? '', text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });
}

/** Where focus is once it went to `id` (focus moves after the next render), or after 2 s wherever it is. */
export async function focusAfterRender(page: Page, id: string): Promise<Focused> {
  const start = Date.now();
  let f = await focused(page);
  while (f.id !== id && Date.now() - start < 2000) {
    await page.waitForTimeout(50);
    f = await focused(page);
  }
  return f;
}

/** Presses Tab (or Shift+Tab) until focus is where `wanted` says, each press one action. */
export async function tabTo(clerk: Clerk, wanted: (f: Focused) => boolean, options: { back?: boolean; max?: number } = {}): Promise<Focused> {
  for (let i = 0; i < (options.max ?? 40); i++) {
    await clerk.press(options.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(clerk.page);
    if (wanted(f)) return f;
  }
  throw new Error(`Focus did not get there with ${options.max ?? 40} presses; it is on ${JSON.stringify(await focused(clerk.page))}`);
}

/** Opens the editor page and signs in with the token (2 actions: type it, press Enter). */
export async function signIn(clerk: Clerk, site: PublishSite): Promise<void> {
  const { page } = clerk;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.goto(`${site.url}/editor.html`);
  const token = page.getByLabel('Zugangsschlüssel');
  await clerk.fill(token, site.token, 'type token');
  await clerk.press('Enter', token);
  await page.getByRole('heading', { name: 'Einträge', level: 2 }).waitFor();
}

/** Clicks "Veröffentlichen" and waits for "Als Version N veröffentlicht"; returns N. */
export async function publish(clerk: Clerk): Promise<number> {
  const { page } = clerk;
  await clerk.click(page.getByRole('button', { name: 'Veröffentlichen', exact: true }), 'publish');
  return publishedRevision(page);
}

export async function publishedRevision(page: Page): Promise<number> {
  const state = page.locator('.publish-state', { hasText: /Als Version \d+ veröffentlicht/ });
  await state.waitFor({ timeout: 15_000 });
  return Number(/Als Version (\d+)/.exec(await state.innerText())![1]);
}

export interface PublishedPack {
  revision: number;
  /** base.json: ids, kinds, addresses, hours, guides' steps. */
  base: { entries: Record<string, unknown>[]; guides: { id: string; steps: { id: string; entries: string[] }[] }[] };
  /** The German texts: per kind, per id. */
  de: { entries: Record<string, Record<string, unknown>>; guides: Record<string, Record<string, unknown>> };
  text(lang: string): Promise<{ entries: Record<string, Record<string, unknown>> }>;
}

/** The pack as the reader gets it from the publish server (`/pack/…`). */
export async function readPack(site: PublishSite): Promise<PublishedPack> {
  const get = async (file: string) => {
    const res = await fetch(`${site.url}/pack/${file}`, { cache: 'no-store' });
    assert.equal(res.status, 200, `/pack/${file}`);
    return res.json();
  };
  const manifest = (await get('manifest.json')) as { revision: number; base: { file: string }; languages: { code: string; file: string }[] };
  const text = (lang: string) => get(manifest.languages.find((l) => l.code === lang)!.file);
  return { revision: manifest.revision, base: await get(manifest.base.file), de: await text('de'), text };
}

/** An entry of the published pack by id (base fields and German texts), or undefined. */
export function packEntry(pack: PublishedPack, id: string): (Record<string, unknown> & { de: Record<string, unknown> }) | undefined {
  const base = pack.base.entries.find((e) => e.id === id);
  return base && { ...base, de: pack.de.entries[id] ?? {} };
}

const walks: { walk: string; actions: number; bound: number }[] = [];

/** Records a walk's count and fails it when the clerk needed more than `bound` actions. */
export function recordWalk(walk: string, clerk: Clerk, bound: number): void {
  walks.push({ walk, actions: clerk.count, bound });
  assert.ok(clerk.count <= bound, `${walk}: ${clerk.count} actions, at most ${bound} expected:\n${clerk.actions.join('\n')}`);
}

export function printWalks(): void {
  if (!walks.length) return;
  const w = Math.max(...walks.map((x) => x.walk.length));
  console.log(['', `${'walk'.padEnd(w)}  actions  bound`, ...walks.map((x) => `${x.walk.padEnd(w)}  ${String(x.actions).padStart(7)}  ${String(x.bound).padStart(5)}`)].join('\n'));
}

const AXE = createRequire(import.meta.url).resolve('axe-core');

/** axe (WCAG 2.0/2.1 A and AA) over the editor, shadow roots included; the violations found, as text. */
export async function axeViolations(page: Page, view: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(`axe.run(document.querySelector('kompass-editor'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')))`)) as string[];
  return found.map((v) => `${view}: ${v}`);
}
