import type { Server } from 'node:http';

export function startStaticServer(options?: {
  port?: number;
  host?: string;
  mounts?: Record<string, string>;
  headers?: Record<string, string>;
  /** Compress text responses for clients that accept gzip (as a CDN would). */
  gzip?: boolean;
}): Promise<Server>;
