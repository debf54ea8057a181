/**
 * Which client a request comes from (node only), for the sign-in limits. Behind a reverse
 * proxy every request's socket address is the proxy's, so the address the proxy saw is taken
 * from `X-Forwarded-For` (or RFC 7239 `Forwarded`) — but only as far as the hops are trusted:
 * walking the list from the right, each address appended by a trusted proxy is believed, and
 * the first untrusted one is the client. Without `trustProxy` the headers are ignored
 * (anyone could send them).
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** `true` (every hop: only when the server is reachable through the proxy alone), `'loopback'`, or addresses / CIDR ranges. */
export type TrustProxySetting = boolean | string | string[];

export interface TrustProxy {
  all: boolean;
  list: BlockList;
  /** False: the headers are ignored. */
  any: boolean;
}

const LOOPBACK = ['127.0.0.0/8', '::1/128'];

/** Normalises an address: IPv4-mapped IPv6 becomes IPv4, brackets and ports are dropped. */
export function normalizeAddress(raw: string): string {
  let a = raw.trim().replace(/^"|"$/g, '');
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracket) a = bracket[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  return (mapped ? mapped[1]! : a).toLowerCase();
}

/**
 * Reads the setting from server.json, `--trust-proxy` or `KOMPASS_TRUST_PROXY`: `true` /
 * `"true"`, `false`, `"loopback"`, or a list (array or comma-separated) of addresses, CIDR
 * ranges and `loopback`. Throws an Error naming `where` for anything else.
 */
export function parseTrustProxy(value: unknown, where: string): TrustProxy {
  const list = new BlockList();
  if (value === undefined || value === false || value === 'false' || value === '') return { all: false, list, any: false };
  if (value === true || value === 'true') return { all: true, list, any: true };
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!items) throw new Error(`${where}: trustProxy must be true, "loopback" or a list of addresses and CIDR ranges, not ${JSON.stringify(value)}.`);
  for (const item of items) {
    const text = typeof item === 'string' ? item.trim() : '';
    if (!text) continue;
    for (const entry of text === 'loopback' ? LOOPBACK : [text]) {
      const [address = '', prefix, more] = entry.split('/');
      const ip = normalizeAddress(address);
      const family = isIP(ip);
      const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
      if (!family || more !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32))
        throw new Error(`${where}: "${String(item)}" in trustProxy is not an IP address, a CIDR range (such as 10.0.0.0/8) or "loopback".`);
      list.addSubnet(ip, bits, family === 6 ? 'ipv6' : 'ipv4');
    }
  }
  return { all: false, list, any: true };
}

function trusted(address: string, trust: TrustProxy): boolean {
  if (trust.all) return true;
  const family = isIP(address);
  return family !== 0 && trust.list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** The hops a request passed, oldest first: from X-Forwarded-For if present, else from Forwarded's `for=`. */
function forwardedHops(req: IncomingMessage): string[] {
  const xff = req.headers['x-forwarded-for'];
  if (xff) return (Array.isArray(xff) ? xff.join(',') : xff).split(',').map((h) => h.trim()).filter(Boolean);
  const fwd = req.headers.forwarded;
  if (!fwd) return [];
  return [...fwd.matchAll(/(?:^|[;,\s])for\s*=\s*("[^"]*"|[^;,\s]+)/gi)].map((m) => m[1]!);
}

/** The client's address as far as it can be trusted (at most 64 characters, used as a limiter key). */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  let address = normalizeAddress(req.socket.remoteAddress ?? 'unknown');
  if (!trust.any) return address;
  const hops = forwardedHops(req);
  for (let i = hops.length - 1; i >= 0 && trusted(address, trust); i--) address = normalizeAddress(hops[i]!).slice(0, 64);
  return address;
}
