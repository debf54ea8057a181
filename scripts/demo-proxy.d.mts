import type { Server } from 'node:http';

export function createDemoProxy(ports: { host: string; staticPort: number; apiPort: () => number }): Server;
