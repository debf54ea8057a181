import { expect } from '@open-wc/testing';
import { openSearch } from '../../../src/reader/search/engine.js';
import { evaluateQuality, type QualityCase } from './quality.js';
import { demoSnapshot } from './demo-pack.js';

/**
 * The figures `npm run bench:search` reached (recall@5 1.000, MRR 0.969 over 111 queries);
 * a change to search or to the demo content may not push them below these floors.
 */
const FLOOR = { recallAt5: 0.97, mrr: 0.93, perLanguageRecall: 0.9 };

describe('search quality over the Musterstadt demo pack', () => {
  it('keeps recall@5 and MRR of test/reader/search/queries.json at or above the reached figures', async () => {
    const { cases } = (await (await fetch('/test/reader/search/queries.json')).json()) as { cases: QualityCase[] };
    expect(cases.length).to.be.at.least(80);
    expect(new Set(cases.map((c) => c.lang)).size).to.be.at.least(6);
    const snapshot = await demoSnapshot();
    const report = await evaluateQuality(cases, (lang) => openSearch(snapshot, lang));
    const misses = report.misses.map((m) => `[${m.case.lang}] ${m.case.query} → ${m.case.expect.join(',')} (top: ${m.top.join(',')})`).join('\n');
    expect(report.overall.recallAt5, misses).to.be.at.least(FLOOR.recallAt5);
    expect(report.overall.mrr, misses).to.be.at.least(FLOOR.mrr);
    for (const [lang, f] of Object.entries(report.byLanguage)) expect(f.recallAt5, `${lang}\n${misses}`).to.be.at.least(FLOOR.perLanguageRecall);
  });
});
