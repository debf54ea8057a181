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
import { buildFromSource } from '../../src/content/build-pack.js';

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
    locale: options.locale ?? 'en-US',
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

/** The visible text of the first <kompass-app> (shadow DOM included). */
export function appText(page: Page, index = 0): Promise<string> {
  // A string, not a function: the TypeScript loader would add helpers the page does not have.
  return page.evaluate(`(() => {
    const collect = (root) => {
      let text = '';
      for (const node of Array.from(root.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
        else if (node instanceof Element) {
          if (node.shadowRoot) text += collect(node.shadowRoot);
          text += collect(node);
        }
      }
      return text;
    };
    const app = document.querySelectorAll('kompass-app')[${index}];
    return app && app.shadowRoot ? collect(app.shadowRoot).replace(/\\s+/g, ' ') : '';
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
