import type { Server } from 'node:http';

export function startStaticServer(options?: {
  port?: number;
  host?: string;
  mounts?: Record<string, string>;
  headers?: Record<string, string>;
}): Promise<Server>;
