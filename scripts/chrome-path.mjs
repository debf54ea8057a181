import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** The Chromium or Chrome to test with: CHROME_PATH, Debian's chromium, or Chrome on PATH. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  for (const name of ['chromium', 'google-chrome', 'chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}
