/**
 * `npm start`: builds Kompass and serves the Musterstadt demo on http://127.0.0.1:5173 (or $PORT).
 *
 * It also runs a local publish server (`kompass serve`) on 127.0.0.1:8787 (or $PORT+1) whose
 * data folder starts as a copy of demo/content, and prints a demo token for the editor page
 * (demo/editor.html). The demo's `/pack/…` (what the reader pages read) and `/api/…` are
 * passed through to that server, so edit → publish → the reader in another tab updates.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from './static-server.mjs';
import { createDemoProxy } from './demo-proxy.mjs';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync('node', ['--import', 'tsx', 'scripts/build-packs.ts', 'demo'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 5173);
const apiPort = process.env.PORT ? port + 1 : 8787;
const host = '127.0.0.1';

// The publish server's data survives restarts (revisions only ever increase, and readers
// refuse an older one); delete the folder to start again from demo/content.
const data = join(tmpdir(), `kompass-demo-${port}`);
mkdirSync(data, { recursive: true });
const cli = (...args) => execFileSync('node', ['bin/kompass.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  cli('token', 'remove', 'Demo', '--content', data);
} catch {
  // no demo token yet
}
const token = /kompass_\S+/.exec(cli('token', 'add', 'Demo', '--content', data))?.[0];

const publish = spawn('node', ['bin/kompass.js', 'serve', '--content', data, '--source', 'demo/content', '--port', String(apiPort), '--host', host, '--origin', `http://${host}:${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
const stopAll = () => {
  publish.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
try {
  await new Promise((resolve, reject) => {
    let out = '';
    publish.stdout.on('data', (chunk) => {
      out += chunk;
      if (/listening on/.test(out)) resolve();
    });
    publish.once('exit', (code) => reject(new Error(`The publish server stopped (exit ${code}). ${out.trim()}${/EADDRINUSE/.test(out) ? ` Port ${apiPort} is in use: start with another PORT.` : ''}`)));
  });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

/** `/pack/…` → the publish server's pack, `/api/…` → its API; everything else → the static demo (scripts/demo-proxy.mjs). */
let statics;
try {
  statics = await startStaticServer({ port: 0 });
} catch (error) {
  console.error(error);
  stopAll();
}
const staticPort = statics.address().port;
const front = createDemoProxy({ host, staticPort, apiPort: () => apiPort });
try {
  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, host, resolve);
  });
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: start with another, e.g. PORT=5174 npm start` : error);
  stopAll();
}
publish.stdout.pipe(process.stdout);
console.log(`\nKompass demo (Musterstadt): http://${host}:${port}/
Editor (for municipal staff): http://${host}:${port}/editor.html
  Demo token: ${token}
Publish server: http://${host}:${apiPort}/ (data: ${data}; delete it to start again from demo/content)
Press Ctrl+C to stop.`);
