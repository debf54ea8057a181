/**
 * `npm run size:search`: the gzip size of each language's stemmer chunk, as the bundler splits
 * src/reader/search/stemmer.ts (one lazy chunk per `import()`), and of the loader itself.
 * Exits non-zero when a language's stemmer is over its budget (issue #16: lexicon + stemmer
 * ≤ 15 kB gzip per language, the lexicon ≤ 8 kB, so ≤ 7 kB for the stemmer).
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';

const STEMMER_BUDGET = 7 * 1024;
const entry = 'src/reader/search/stemmer.ts';

// Which language imports which @orama/stemmers module, from the loader's own table.
const source = readFileSync(entry, 'utf8');
const langOfFile = new Map();
for (const [, lang, sub] of source.matchAll(/^\s*(\w+): \(\) => import\('@orama\/stemmers\/(\w+)'\)/gm)) {
  const file = fileURLToPath(import.meta.resolve(`@orama/stemmers/${sub}`));
  langOfFile.set(relative(process.cwd(), file), `${lang} (${sub})`);
}
if (!langOfFile.size) throw new Error(`${entry}: found no stemmer imports`);

const result = await build({
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: 'dist-size-stemmers',
  write: false,
  metafile: true,
  logLevel: 'warning',
});
const gzipOf = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), { raw: f.contents.length, gzip: gzipSync(f.contents, { level: 9 }).length }]));

const rows = [];
for (const [out, meta] of Object.entries(result.metafile.outputs)) {
  if (!out.endsWith('.js')) continue;
  const size = gzipOf.get(out);
  const lang = Object.keys(meta.inputs).map((i) => langOfFile.get(i)).find(Boolean);
  if (lang) rows.push([lang, size, STEMMER_BUDGET]);
  else if (meta.entryPoint) rows.unshift(['loader (stemmer.ts, stem-prepare.ts, normalize.ts)', size, undefined]);
  else rows.push([`shared chunk ${out}`, size, undefined]);
}
const found = rows.filter(([, , b]) => b).length;
if (found !== langOfFile.size) throw new Error(`expected ${langOfFile.size} stemmer chunks, found ${found}: a language shares a chunk`);

const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const table = [['chunk', 'minified', 'gzip', 'budget (gzip)', 'result']];
let failed = false;
for (const [name, s, budget] of rows.sort((a, b) => (a[2] ? 1 : 0) - (b[2] ? 1 : 0) || a[0].localeCompare(b[0]))) {
  const ok = budget === undefined || s.gzip <= budget;
  if (!ok) failed = true;
  table.push([name, kb(s.raw), kb(s.gzip), budget ? kb(budget) : '–', budget ? (ok ? 'pass' : 'FAIL') : '']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const [i, r] of table.entries()) {
  console.log('| ' + r.map((c, j) => c.padEnd(widths[j])).join(' | ') + ' |');
  if (i === 0) console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
}
if (failed) {
  console.error(`A stemmer is over ${kb(STEMMER_BUDGET)} gzip.`);
  process.exit(1);
}
