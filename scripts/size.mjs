/**
 * `npm run size`: minified and gzipped size of each entry, read from the build output.
 * The reader's initial JavaScript is everything `<kompass-app>` needs for its first render:
 * `kompass.js`, its static imports, and the English UI strings it always loads (the
 * fallback) — dependencies included, the editor and other languages excluded.
 * Exits non-zero when that is over budget.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const READER_BUDGET = 50 * 1024;
const dist = 'dist';
const manifestPath = join(dist, 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
const keyToFile = new Map(Object.entries(manifest).map(([k, c]) => [k, c.file]));

const sizeOf = (file) => {
  const buf = readFileSync(join(dist, file));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};
/** A chunk plus its static imports, each counted once. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const key of byFile.get(file)?.imports ?? []) staticClosure(keyToFile.get(key) ?? key, seen);
  return seen;
}
const total = (files) =>
  [...files].reduce((acc, f) => {
    const s = sizeOf(f);
    return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, files: acc.files + 1 };
  }, { raw: 0, gzip: 0, files: 0 });

const entry = Object.values(manifest).find((c) => c.isEntry && c.file === 'kompass.js');
const englishKey = Object.keys(manifest).find((k) => /locales\/en\/kompass\.json$/.test(k));
const initial = staticClosure(entry.file);
if (englishKey) staticClosure(manifest[englishKey].file, initial);

const rows = [['reader: initial (kompass.js + static imports + en strings)', total(initial), READER_BUDGET]];
const editorKey = Object.keys(manifest).find((k) => /(^|\/)src\/editor\/kompass-editor-app\.ts$/.test(k) && manifest[k].isDynamicEntry);
if (editorKey) {
  const editorFiles = [...staticClosure(manifest[editorKey].file)].filter((f) => !initial.has(f));
  rows.push(['editor (lazy chunk, beyond the reader)', total(editorFiles), undefined]);
  // Everything the editor may load later: validation (ajv, yaml), opening_hours, Markdown, its UI strings.
  const all = new Set();
  const walk = (file) => {
    if (all.has(file)) return;
    all.add(file);
    const c = byFile.get(file);
    for (const key of [...(c?.imports ?? []), ...(c?.dynamicImports ?? [])]) walk(keyToFile.get(key) ?? key);
  };
  walk(manifest[editorKey].file);
  rows.push(['editor with all its lazy parts (validation, hours, Markdown)', total([...all].filter((f) => !initial.has(f))), undefined]);
}
const localeSizes = Object.keys(manifest).filter((k) => /locales\/[^/]+\/kompass\.json$/.test(k)).map((k) => sizeOf(manifest[k].file).gzip);
if (localeSizes.length) rows.push([`one UI language (largest of ${localeSizes.length})`, { ...sizeOf(manifest[Object.keys(manifest).find((k) => /locales\/[^/]+\/kompass\.json$/.test(k) && sizeOf(manifest[k].file).gzip === Math.max(...localeSizes))].file), files: 1 }, undefined]);
const cli = join(dist, 'cli', 'kompass.js');
if (existsSync(cli)) rows.push(['CLI (node, dist/cli/kompass.js)', { ...sizeOf('cli/kompass.js'), files: 1 }, undefined]);
const allJs = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`).concat('kompass.js');
rows.push(['everything in dist/kompass.js + chunks', total(allJs), undefined]);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const table = [['entry', 'files', 'minified', 'gzip', 'budget (gzip)', 'result']];
let failed = false;
for (const [name, s, budget] of rows) {
  const ok = budget === undefined || s.gzip <= budget;
  if (!ok) failed = true;
  table.push([name, String(s.files), kb(s.raw), kb(s.gzip), budget ? kb(budget) : '–', budget ? (ok ? 'pass' : 'FAIL') : '']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const [i, r] of table.entries()) {
  console.log('| ' + r.map((c, j) => c.padEnd(widths[j])).join(' | ') + ' |');
  if (i === 0) console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
}

/*
 * The reader's initial files must not contain the editor: no module of
 * src/editor/, src/authoring/ or src/node/ (the tiny loader element lives in src/reader/), and none of
 * the libraries only the editor needs. Read from the source maps of the initial files.
 */
const EDITOR_ONLY = /(^|\/)src\/(editor|authoring|node)\/|(^|\/)node_modules\/(ajv|ajv-formats|yaml|opening_hours|marked|suncalc)\//;
const leaks = [];
for (const file of initial) {
  const mapFile = join(dist, `${file}.map`);
  if (!existsSync(mapFile)) {
    leaks.push(`${file}: no source map to check`);
    continue;
  }
  for (const source of JSON.parse(readFileSync(mapFile, 'utf8')).sources ?? []) if (EDITOR_ONLY.test(source.replace(/\\/g, '/'))) leaks.push(`${file}: ${source}`);
}
if (!editorKey) leaks.push('the editor chunk (src/editor/kompass-editor-app.ts, a dynamic entry) is missing from the build');
if (leaks.length) console.error(`The editor must not be in the reader's initial files:\n  ${leaks.join('\n  ')}`);
else console.log('Editor check: no editor module in the reader\'s initial files.');

// `--json`: the same figures as one machine-readable line, for `npm run bench` (scripts/bench/all.mjs).
if (process.argv.includes('--json')) {
  const out = rows.map(([name, s, budget]) => ({ name: `${name}, gzip`, value: kb(s.gzip), budget: budget ? kb(budget) : null, pass: budget ? s.gzip <= budget : null }));
  out.push({ name: "editor modules in the reader's initial files", value: String(leaks.length), budget: '0', pass: leaks.length === 0 });
  console.log(`BENCH_JSON ${JSON.stringify({ rows: out })}`);
}
if (failed) console.error(`The reader's initial JavaScript is over its budget of ${kb(READER_BUDGET)} gzip.`);
if (failed || leaks.length) process.exit(1);
