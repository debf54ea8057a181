/**
 * A small static file server for the demo and the end-to-end tests: serves `demo/` at `/`
 * and the build at `/dist/`, on 127.0.0.1 only. `manifest.json` files are sent with
 * `no-cache` and an ETag; content-hashed files as immutable.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * `gzip: true` compresses text responses for clients that accept it (as a production server or
 * CDN would; Lighthouse measures with it).
 * @param {{ port?: number, host?: string, mounts?: Record<string, string>, headers?: Record<string, string>, gzip?: boolean }} options
 */
export function startStaticServer({ port = 5173, host = '127.0.0.1', mounts = { '/dist/': 'dist', '/': 'demo' }, headers = {}, gzip = false } = {}) {
  const roots = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const mount = roots.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return send(res, 404, 'Not found');
    const [prefix, root] = mount;
    const file = normalize(join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(root)) return send(res, 403, 'Forbidden');
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) return send(res, 404, 'Not found');
    } catch {
      return send(res, 404, 'Not found');
    }
    const etag = `"${createHash('sha1').update(`${stat.size}-${stat.mtimeMs}`).digest('base64url')}"`;
    const hashed = /[.-][A-Za-z0-9_-]{8,}\.(js|json|css)$/.test(file) && !file.endsWith('manifest.json');
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Kompass's worker lives in dist/ but may control the demo page at / (opt-in scope).
    if (file.endsWith('kompass-sw.js')) res.setHeader('Service-Worker-Allowed', '/');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      return res.end();
    }
    if (gzip && /^(text\/|application\/(json|manifest)|image\/svg)/.test(String(res.getHeader('Content-Type'))) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      if (req.method === 'HEAD') return res.end();
      return createReadStream(file).pipe(createGzip()).pipe(res);
    }
    res.setHeader('Content-Length', stat.size);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

function send(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}
