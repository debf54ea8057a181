/**
 * Kompass as a page of its own: `dist/app/` for city apps that open modules by URL in a
 * WebView or in-app browser (Open Smart City App, Smart Village App). Run by `npm run build`
 * after the bundle, before the service worker (which precaches this folder too):
 *   dist/app/index.html           one <kompass-app>, filling the screen
 *   dist/app/app.js               reads ?lang=, ?src= and the deep link (src/app-page/)
 *   dist/app/manifest.webmanifest name, icons, start_url, display: standalone
 *   dist/app/app.css              the page's few styles (a file: a strict CSP needs no 'unsafe-inline')
 *   dist/app/icon.svg, icon-192.png, icon-512.png (the PNGs drawn here, no image library)
 * Set at build or deploy time (environment variables):
 *   KOMPASS_APP_SOURCE           the pack's manifest URL, relative to the page (default /pack/manifest.json)
 *   KOMPASS_APP_ALLOWED_ORIGINS  further origins a ?src= may name, space-separated (default: none, same origin only)
 *   KOMPASS_APP_NAME             the town's name for the title, the home-screen label and the first paint
 *   KOMPASS_APP_COLOR            theme colour (default #0b5cad)
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const out = 'dist/app';
const env = process.env;
const name = env.KOMPASS_APP_NAME?.trim() || '';
const color = /^#[0-9a-f]{6}$/i.test(env.KOMPASS_APP_COLOR ?? '') ? env.KOMPASS_APP_COLOR : '#0b5cad';
const config = {
  KOMPASS_APP_NAME: name || 'Kompass',
  KOMPASS_APP_DESCRIPTION: `${name ? `${name}: ` : ''}Kompass – offices, counselling and associations for newcomers, in their language, also offline.`,
  KOMPASS_APP_SOURCE: env.KOMPASS_APP_SOURCE?.trim() || '/pack/manifest.json',
  KOMPASS_APP_ALLOWED_ORIGINS: (env.KOMPASS_APP_ALLOWED_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean).map((o) => new URL(o).origin).join(' '),
};

mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/app-page/app-page.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: `${out}/app.js`,
  logLevel: 'warning',
});

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
let page = readFileSync('src/app-page/index.html', 'utf8').replace(/__(KOMPASS_APP_[A-Z_]+)__/g, (_m, key) => escape(config[key] ?? ''));
if (!name) page = page.replace(/ municipality="[^"]*"/, ''); // the name then comes from the pack's manifest
page = page.replaceAll('#0b5cad', color);
writeFileSync(`${out}/index.html`, page);

writeFileSync(
  `${out}/manifest.webmanifest`,
  `${JSON.stringify(
    {
      name: name ? `${name} – Kompass` : 'Kompass',
      short_name: name || 'Kompass',
      description: config.KOMPASS_APP_DESCRIPTION,
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: color,
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      ],
    },
    null,
    2,
  )}\n`,
);

copyFileSync('src/app-page/icon.svg', `${out}/icon.svg`);
writeFileSync(`${out}/app.css`, readFileSync('src/app-page/app.css', 'utf8').replaceAll('#0b5cad', color));
for (const size of [192, 512]) writeFileSync(`${out}/icon-${size}.png`, drawIcon(size, color));
console.log(`App page: ${out}/ (source ${config.KOMPASS_APP_SOURCE}${config.KOMPASS_APP_ALLOWED_ORIGINS ? `, also ${config.KOMPASS_APP_ALLOWED_ORIGINS}` : ', same origin only'})`);

/** The icon of icon.svg (a compass on the brand colour, full bleed so it can be masked), as a PNG. */
function drawIcon(size, hex) {
  const bg = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const inDiamond = (x, y) => Math.abs(x - 256) / 46 + Math.abs(y - 256) / 120 <= 1;
  const sample = (x, y) => {
    const r = Math.hypot(x - 256, y - 256);
    if (inDiamond(x, y)) return y < 256 ? [255, 179, 107] : [255, 255, 255];
    if (Math.abs(r - 150) <= 14) return [255, 255, 255];
    return bg;
  };
  const rows = [];
  const scale = 512 / size;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0];
      for (const [dx, dy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]]) {
        const c = sample((px + dx) * scale, (py + dy) * scale);
        for (let k = 0; k < 3; k++) acc[k] += c[k] / 4;
      }
      for (let k = 0; k < 3; k++) row[1 + px * 3 + k] = Math.round(acc[k]);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
