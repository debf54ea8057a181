/**
 * End-to-end harness: serves the built demo (dist/ + demo/ pages) and a content pack built
 * from a temporary copy of the demo source on 127.0.0.1, and drives Debian's Chromium with
 * playwright-core. Each test gets its own server, pack and browser profile.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { createDemoProxy } from '../../scripts/demo-proxy.mjs';
import { buildFromSource } from '../../src/node/build/build-pack.js';

export interface Site {
  url: string;
  /** The temporary copy of the demo source; edit it and call `publish()`. */
  sourceDir: string;
  packDir: string;
  distDir: string;
  publish(): Promise<number>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'kompass-e2e-'));
  const sourceDir = join(root, 'content');
  const packDir = join(root, 'pack');
  const distDir = join(root, 'dist');
  cpSync('demo/content', sourceDir, { recursive: true });
  cpSync('dist', distDir, { recursive: true });
  const publish = async () => {
    const result = await buildFromSource(sourceDir, packDir);
    if (!result.pack) throw new Error(`The test pack did not build: ${JSON.stringify(result.problems.filter((p) => p.severity === 'error'))}`);
    return result.pack.manifest.revision;
  };
  await publish();
  const server: Server = await startStaticServer({ port: 0, mounts: { '/dist/': distDir, '/pack/': packDir, '/': 'demo' } });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sourceDir,
    packDir,
    distDir,
    publish,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function launch(options: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'kompass-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'de-DE', // a German reader: the demo's German page is then the certain choice (no chooser)
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    serviceWorkers: 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`Errors on the page: ${errors.join('\n')}`);
    },
  };
}

/** Edits one entry's German summary in the source copy. */
export function editSummary(site: Site, entryId: string, text: string): void {
  const file = join(site.sourceDir, 'entries', `${entryId}.yaml`);
  const yaml = readFileSync(file, 'utf8');
  const next = yaml.replace(/^summary:\n(\s+)de: .*$/m, (_m, indent: string) => `summary:\n${indent}de: ${text}`);
  if (next === yaml) throw new Error(`No German summary found in ${file}`);
  writeFileSync(file, next);
}

/** The walker of test/support/deep-text.mjs, as source to evaluate in a page (no loader helpers). */
const DEEP_TEXT = readFileSync(new URL('../support/deep-text.mjs', import.meta.url), 'utf8').replace(/^export /m, '');

/** The visible text of the first <kompass-app> (shadow DOM included). */
export function appText(page: Page, index = 0): Promise<string> {
  return page.evaluate(`(() => {
    ${DEEP_TEXT}
    const app = document.querySelectorAll('kompass-app')[${index}];
    return app && app.shadowRoot ? deepText(app.shadowRoot) : '';
  })()`);
}

export async function waitForText(page: Page, text: string, index = 0, timeout = 10_000): Promise<void> {
  const start = Date.now();
  let last = '';
  while (Date.now() - start < timeout) {
    last = await appText(page, index);
    if (last.includes(text)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`"${text}" did not appear within ${timeout} ms. The app showed: ${last.slice(0, 600)}`);
}

export interface PublishSite {
  /** The demo pages (dist/ + demo/), with `/pack/…` and `/api/…` passed through to the publish server. */
  url: string;
  /** The publish server itself (127.0.0.1). */
  publishUrl: string;
  /** An editor's token ("E2E Redaktion"). */
  token: string;
  /** The publish server's data folder. */
  dataDir: string;
  close(): Promise<void>;
}

/**
 * As `npm start` (scripts/start.mjs) runs the demo: a real publish server on 127.0.0.1 whose
 * first revision is a copy of demo/content, an editor's token, and in front of it the static
 * demo with `/pack/…` (what demo/index.html reads) and `/api/…` (what demo/editor.html uses)
 * passed through to that server, so both are on one origin.
 */
export async function startPublishSite(): Promise<PublishSite> {
  const { ContentStore } = await import('../../src/node/publish/publish-store.js');
  const { startServer } = await import('../../src/node/server/server.js');
  const { addToken } = await import('../../src/node/server/tokens.js');
  const root = mkdtempSync(join(tmpdir(), 'kompass-e2e-publish-'));
  const sourceDir = join(root, 'source');
  const dataDir = join(root, 'data');
  cpSync('demo/content', sourceDir, { recursive: true });
  const store = new ContentStore(dataDir);
  await store.init();
  await store.publishFolder(sourceDir, 'cli:e2e', { message: 'demo/content' });
  const token = await addToken(store.tokensFile, 'E2E Redaktion');

  const statics: Server = await startStaticServer({ port: 0, mounts: { '/dist/': 'dist', '/': 'demo' } });
  let apiPort = 0;
  const staticPort = (statics.address() as AddressInfo).port;
  const front = createDemoProxy({ host: '127.0.0.1', staticPort, apiPort: () => apiPort });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  const publish = await startServer({ content: dataDir, port: 0, host: '127.0.0.1', origins: [url] });
  apiPort = publish.port;
  return {
    url,
    publishUrl: publish.url,
    token,
    dataDir,
    close: async () => {
      for (const s of [front, statics]) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
      publish.server.closeAllConnections();
      await publish.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Headless Chromium keeps every tab `visible`: `page.bringToFront()` changes nothing and fires
 * no `visibilitychange` (neither do minimised windows). This emulates a tab going to the
 * background or coming to the front — `document.visibilityState`/`hidden` report `state` and
 * the event is dispatched — so the page's own `visibilitychange` handlers run as in a browser.
 */
export async function setTabVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate(`(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => ${JSON.stringify(state)} });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${state === 'hidden'} });
    document.dispatchEvent(new Event('visibilitychange'));
  })()`);
}
