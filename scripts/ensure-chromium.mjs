/**
 * Makes sure a Chromium is there for the browser tests. On Debian as root it installs
 * Debian's `chromium`; anywhere else it stops with one sentence saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath } from './chrome-path.mjs';

export function ensureChromium() {
  const found = chromePath();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = chromePath();
    if (installed) return installed;
  }
  console.error('The browser tests need Chromium or Chrome: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
