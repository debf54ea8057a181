import { mkdirSync, writeFileSync } from 'node:fs';

/** Counts passed / failed / skipped tests of a run and writes them for `.ci/run` and `npm test`. */
export function countsReporter({ file = '.test-results/browser.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else counts.failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as a failure: its tests never ran.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
