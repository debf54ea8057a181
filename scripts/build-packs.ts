/**
 * Builds the content packs the demo and the tests read: the Musterstadt demo source into
 * `demo/pack/`, and the small test source into `test/fixtures/.packs/small/`.
 * `node --import tsx scripts/build-packs.ts [demo|fixtures]` (default: both).
 */
import { buildFromSource } from '../src/node/build/build-pack.js';
import { formatProblem } from '../src/authoring/problems.js';

const which = process.argv[2] ?? 'all';
const jobs: [string, string, string | undefined][] = [];
// The demo is built for today, so its opening hours cover the coming 18 months.
if (which === 'all' || which === 'demo') jobs.push(['demo/content', 'demo/pack', undefined]);
// Test packs have a fixed date: the tests use fixed clocks inside its window.
if (which === 'all' || which === 'fixtures') {
  jobs.push(['test/fixtures/source-small', 'test/fixtures/.packs/small', '2026-11-02']);
  jobs.push(['demo/content', 'test/fixtures/.packs/demo', '2026-11-02']);
}

let failed = false;
for (const [source, out, date] of jobs) {
  const result = await buildFromSource(source, out, date ? { date } : {});
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    failed = true;
    console.error(`${source}: ${errors.length} error(s), nothing written:`);
    for (const p of errors) console.error(formatProblem(p));
  } else {
    console.log(`${source} → ${out}: revision ${result.pack!.manifest.revision}`);
  }
}
process.exit(failed ? 1 : 0);
