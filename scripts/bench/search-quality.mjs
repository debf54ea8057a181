/**
 * The quality part of `npm run bench:search` (scripts/bench/search.mjs): its flags, the pack
 * to measure (the demo, a source folder built first, optionally without keywords, or a built
 * pack), and recall@5 / MRR of a query set over it, printed and returned as the summary the
 * bench ends with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stripKeywordsCopy } from './strip-keywords.mjs';

/** A printed table: first row the header, first column left-aligned, the others right-aligned. */
export const table = (r) => {
  const w = r[0].map((_, i) => Math.max(...r.map((x) => String(x[i]).length)));
  return r.map((x, j) => x.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ') + (j === 0 ? `\n${w.map((n) => '─'.repeat(n)).join('  ')}` : '')).join('\n');
};

// `npm run` starts scripts in the package folder; paths on the command line are the caller's.
const fromCaller = (path) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

const usage = (message) => {
  console.error(`bench:search: ${message}\nflags: --queries FILE, --source DIR | --pack DIR, --strip-keywords, --quality-only, --target N (see scripts/bench/search.mjs)`);
  process.exit(2);
};

/** The flags of bench:search (a wrong one exits 2 with what is wrong), with the query file and target resolved. */
export function parseSearchFlags(root) {
  const DEFAULT_QUERIES = join(root, 'test', 'reader', 'search', 'queries.json');
  const DEFAULT_TARGET = 0.9;
  let flags;
  try {
    flags = parseArgs({
      options: {
        queries: { type: 'string' },
        source: { type: 'string' },
        pack: { type: 'string' },
        'strip-keywords': { type: 'boolean', default: false },
        'quality-only': { type: 'boolean', default: false },
        target: { type: 'string' },
        // `npm run bench` (all.mjs) passes --json to every suite; this one's table is read from its output.
        json: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    usage(e.message);
  }
  const queriesFile = flags.queries ? fromCaller(flags.queries) : DEFAULT_QUERIES;
  if (flags.pack && flags.source) usage('--pack and --source exclude each other: give a built pack or a source folder.');
  if (flags.pack && flags['strip-keywords']) usage('--strip-keywords needs a source to rebuild without keywords; it does not work with --pack (use --source DIR).');
  const target = flags.target === undefined ? (queriesFile === DEFAULT_QUERIES ? DEFAULT_TARGET : 0) : Number(flags.target);
  if (!(target >= 0 && target <= 1)) usage(`--target must be a number from 0 to 1, not "${flags.target}".`);
  return { flags, queriesFile, target };
}

/** Builds or reads the pack, measures the query set over it, prints the figures; `bundle(code, outfile, platform)` bundles TypeScript. */
export async function measureQuality(root, cacheDir, bundle, { flags, queriesFile, target }) {
  let cases;
  try {
    cases = JSON.parse(readFileSync(queriesFile, 'utf8')).cases;
  } catch (e) {
    usage(`cannot read the query set ${queriesFile}: ${e.message}`);
  }
  if (!Array.isArray(cases) || !cases.length) usage(`${queriesFile} has no "cases" list.`);
  cases.forEach((c, i) => {
    const ok = c && typeof c.query === 'string' && typeof c.lang === 'string' && typeof c.kind === 'string' && Array.isArray(c.expect) && c.expect.length && c.expect.every((x) => typeof x === 'string');
    if (!ok) usage(`${queriesFile}: case ${i + 1} needs "query", "lang", "kind" (strings) and "expect" (a non-empty list of ids).`);
  });

  const qualityModule = await bundle(
    `export { ContentSnapshot } from './src/reader/content/snapshot.ts';
     export { openSearch } from './src/reader/search/engine.ts';
     export { evaluateQuality, expectationKey } from './test/reader/search/quality.ts';
     export { buildFromSource } from './src/node/build/build-pack.ts';
     export { formatProblem } from './src/authoring/problems.ts';`,
    join(cacheDir, 'search-quality.mjs'),
    'node',
  );
  const { ContentSnapshot, openSearch, evaluateQuality, expectationKey, buildFromSource, formatProblem } = await import(`${pathToFileURL(qualityModule).href}?t=${Date.now()}`);
  for (const c of cases) {
    try {
      c.expect.forEach(expectationKey);
    } catch (e) {
      usage(`${queriesFile}, query "${c.query}": ${e.message}`);
    }
  }

  const shownPath = (p) => relative(root, p) || '.';
  const temporary = [];
  process.on('exit', () => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));
  let packDir;
  let packLabel;
  if (flags.pack) {
    packDir = fromCaller(flags.pack);
    if (!existsSync(join(packDir, 'manifest.json'))) usage(`${packDir} is not a built pack: it has no manifest.json.`);
    packLabel = `pack ${shownPath(packDir)}`;
  } else if (!flags.source && !flags['strip-keywords']) {
    const built = spawnSync('node', ['--import', 'tsx', 'scripts/build-packs.ts', 'demo'], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) {
      console.error(`Building the demo pack failed:\n${built.stdout}${built.stderr}`);
      process.exit(1);
    }
    packDir = join(root, 'demo', 'pack');
    packLabel = 'the Musterstadt demo pack';
  } else {
    let sourceDir = flags.source ? fromCaller(flags.source) : join(root, 'demo', 'content');
    if (!existsSync(join(sourceDir, 'municipality.yaml'))) usage(`${sourceDir} is not a content source folder: it has no municipality.yaml.`);
    packLabel = flags.source ? `source ${shownPath(sourceDir)}` : 'the Musterstadt demo source';
    if (flags['strip-keywords']) {
      const stripped = stripKeywordsCopy(sourceDir);
      sourceDir = stripped.dir;
      temporary.push(sourceDir);
      packLabel += ` without keywords (${stripped.keywords} fields removed) and ${stripped.synonyms ? 'without synonyms.yaml' : 'no synonyms.yaml'}`;
    }
    packDir = mkdtempSync(join(tmpdir(), 'kompass-bench-pack-'));
    temporary.push(packDir);
    const result = await buildFromSource(sourceDir, packDir);
    if (!result.pack) {
      console.error(`Building ${sourceDir} failed:`);
      for (const p of result.problems.filter((x) => x.severity === 'error')) console.error(formatProblem(p));
      process.exit(1);
    }
  }
  const readJson = (file) => JSON.parse(readFileSync(join(packDir, file), 'utf8'));
  const manifest = readJson('manifest.json');
  const snapshot = new ContentSnapshot(manifest, readJson(manifest.base.file), new Map(manifest.languages.map((l) => [l.code, readJson(l.file)])));
  const quality = await evaluateQuality(cases, (lang) => openSearch(snapshot, lang));

  const f3 = (n) => n.toFixed(3);
  console.log(`\nKompass search quality — ${cases.length} queries (${shownPath(queriesFile)}) over ${packLabel} (revision ${manifest.revision})\n`);
  const qualityRows = [['', 'queries', 'recall@5', 'MRR']];
  qualityRows.push(['overall', quality.overall.cases, f3(quality.overall.recallAt5), f3(quality.overall.mrr)]);
  for (const [lang, q] of Object.entries(quality.byLanguage)) qualityRows.push([`  reader language ${lang}`, q.cases, f3(q.recallAt5), f3(q.mrr)]);
  for (const [kind, q] of Object.entries(quality.byKind)) qualityRows.push([`  kind ${kind}`, q.cases, f3(q.recallAt5), f3(q.mrr)]);
  console.log(table(qualityRows));
  if (quality.misses.length) console.log(`\n${quality.misses.length} misses (not every expected result in the first five):`);
  for (const m of quality.misses) console.log(`  miss [${m.case.lang}] "${m.case.query}" → expected ${m.case.expect.join(', ')}; top 5: ${m.top.join(', ') || '(nothing)'}`);
  const recallOk = quality.overall.recallAt5 >= target;
  console.log(`recall@5 target ${target}: ${target === 0 ? 'none (report only)' : recallOk ? 'pass' : 'FAIL'}`);
  const round = (n) => Math.round(n * 1000) / 1000;
  const figures = (f) => ({ cases: f.cases, recallAt5: round(f.recallAt5), mrr: round(f.mrr) });
  const mapFigures = (o) => Object.fromEntries(Object.entries(o).map(([k, f]) => [k, figures(f)]));
  const summary = {
    queries: shownPath(queriesFile),
    pack: packLabel,
    revision: manifest.revision,
    stripKeywords: flags['strip-keywords'],
    cases: cases.length,
    recallAt5: round(quality.overall.recallAt5),
    mrr: round(quality.overall.mrr),
    byLanguage: mapFigures(quality.byLanguage),
    byKind: mapFigures(quality.byKind),
    misses: quality.misses.map((m) => ({ query: m.case.query, lang: m.case.lang, expect: m.case.expect, top: m.top })),
    target,
    recallPass: recallOk,
  };
    return { summary, recallOk };
}
