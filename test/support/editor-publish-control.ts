/**
 * Real publish servers for the editor's browser tests, run by `editor-server.mjs` (a
 * web-test-runner plugin) in a node process of their own. A test asks this control server
 * (CORS open, 127.0.0.1 only) for a fresh publish server:
 *
 *   POST /reset               → { id, api, origin, tokens: { anna, ben } } a new data folder with
 *                                test/fixtures/source-small published as revision 1, two editors' tokens
 *   POST /pause   { id }      → the publish server stops listening (the editor sees a network failure)
 *   POST /resume  { id }      → it listens again on the same port
 *   POST /close   { id }      → stops it and removes its folder
 *
 * Each publish server allows the test page's origin (the request's Origin) by CORS.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ContentStore } from '../../src/node/publish/publish-store.js';
import { startServer, type RunningServer } from '../../src/node/server/server.js';
import { addToken } from '../../src/node/server/tokens.js';

interface Instance {
  dir: string;
  origin: string;
  port: number;
  running?: RunningServer;
}

const instances = new Map<string, Instance>();
let next = 1;

async function listen(inst: Instance): Promise<RunningServer> {
  return startServer({ content: inst.dir, port: inst.port, origins: [inst.origin], rateLimit: 10_000, authFailures: 10_000 });
}

async function reset(origin: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-editor-test-'));
  const store = new ContentStore(dir);
  await store.init();
  await store.publishFolder('test/fixtures/source-small', 'cli:test', { message: 'initial' });
  const anna = await addToken(store.tokensFile, 'Anna Schmidt');
  const ben = await addToken(store.tokensFile, 'Ben Weber');
  const inst: Instance = { dir, origin, port: 0 };
  inst.running = await listen(inst);
  inst.port = inst.running.port;
  const id = String(next++);
  instances.set(id, inst);
  return { id, api: `${inst.running.url}/api`, origin: inst.running.url, tokens: { anna, ben } };
}

async function body(req: IncomingMessage): Promise<Record<string, string>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, string>) : {};
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  void (async () => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const data = await body(req);
      const inst = data.id ? instances.get(data.id) : undefined;
      let out: unknown = { ok: true };
      if (url.pathname === '/reset') out = await reset(String(req.headers.origin ?? 'http://localhost'));
      else if (!inst) throw new Error(`no publish server ${data.id}`);
      else if (url.pathname === '/pause') {
        inst.running?.server.closeAllConnections();
        await inst.running?.close();
        inst.running = undefined;
      } else if (url.pathname === '/resume') {
        inst.running ??= await listen(inst);
      } else if (url.pathname === '/close') {
        await inst.running?.close();
        rmSync(inst.dir, { recursive: true, force: true });
        instances.delete(data.id!);
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(out));
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: String(e) }));
    }
  })();
});

server.listen(0, '127.0.0.1', () => {
  console.log(`editor-control http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

const stop = () => {
  for (const inst of instances.values()) rmSync(inst.dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
