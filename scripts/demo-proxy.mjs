/**
 * The demo's front server, shared by `npm start` and the end-to-end harness: `/pack/…` goes
 * to the publish server's pack, `/api/…` to its API, everything else to the static demo —
 * so the reader pages and the editor page share one origin, as a town's proxy would do it.
 */
import { createServer, request } from 'node:http';

/**
 * @param {{ host: string, staticPort: number, apiPort: () => number }} ports
 *   `apiPort` is read per request: the publish server may start after the proxy.
 * @returns {import('node:http').Server} not yet listening
 */
export function createDemoProxy({ host, staticPort, apiPort }) {
  return createServer((req, res) => {
    const url = req.url ?? '/';
    const [port, path] = url.startsWith('/pack/') ? [apiPort(), url.slice('/pack'.length)] : url.startsWith('/api/') ? [apiPort(), url] : [staticPort, url];
    const upstream = request({ host, port, path, method: req.method, headers: { ...req.headers, host: `${host}:${port}` } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The demo server cannot reach the publish server.');
    });
    req.pipe(upstream);
  });
}
