#!/usr/bin/env node
/**
 * The `kompass` command. In an installed package it runs the bundled CLI
 * (dist/cli/kompass.js); in the repository it runs the TypeScript sources through tsx.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = new URL('../dist/cli/kompass.js', import.meta.url);
let cli;
if (existsSync(fileURLToPath(bundled))) {
  cli = await import(bundled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/node/cli/main.ts', import.meta.url).href);
}
process.exitCode = await cli.run(process.argv.slice(2));
