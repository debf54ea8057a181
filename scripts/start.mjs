/** `npm start`: builds Kompass and serves the Musterstadt demo on http://127.0.0.1:5173 (or $PORT). */
import { execFileSync } from 'node:child_process';
import { startStaticServer } from './static-server.mjs';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync('node', ['--import', 'tsx', 'scripts/build-packs.ts', 'demo'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 5173);
try {
  await startStaticServer({ port });
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: start with another, e.g. PORT=5174 npm start` : error);
  process.exit(1);
}
console.log(`\nKompass demo (Musterstadt): http://127.0.0.1:${port}/\nPress Ctrl+C to stop.`);
