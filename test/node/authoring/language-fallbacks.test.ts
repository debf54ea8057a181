import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatProblem } from '../../../src/authoring/problems.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { schemaIssues } from '../../../src/authoring/schema.js';
import { DEFAULT_FALLBACKS } from '../../../src/pack/languages.js';
import { fixture, cli } from '../support.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kompass-fallbacks-'));
  await cp(fixture('source-small'), dir, { recursive: true });
});
after(() => rm(dir, { recursive: true, force: true }));

/** The small source's municipality.yaml with `lines` added at its end. */
async function withMunicipality(lines: string): Promise<void> {
  // The fixture's own chains (its last lines) make way for the ones under test.
  const base = (await readFile(fixture('source-small/municipality.yaml'), 'utf8')).replace(/# Somali[\s\S]*$/, '');
  await writeFile(join(dir, 'municipality.yaml'), `${base}${lines}`);
}

const fallbackProblems = async () =>
  (await loadAndValidate(dir)).problems.filter((p) => p.path.startsWith('languageFallbacks')).map(formatProblem);

describe('languageFallbacks in municipality.yaml', () => {
  it('accepts a town\'s chains and carries them, over the built-in ones, into the manifest', async () => {
    await withMunicipality('languageFallbacks:\n  so: [en]\n  ps: [ar, en]\n');
    assert.deepEqual(await fallbackProblems(), []);
    const { source } = await loadAndValidate(dir);
    const pack = buildPack(source.content, { date: '2026-11-02' });
    assert.deepEqual(pack.manifest.municipality.languageFallbacks, { ...DEFAULT_FALLBACKS, so: ['en'], ps: ['ar', 'en'] });
    assert.deepEqual(schemaIssues('pack-manifest', pack.manifest), []);
  });

  it('reports unknown codes, self-reference, repeats and useless entries at their line and field', async () => {
    await withMunicipality(['languageFallbacks:', '  ps: [ps, en]', '  kmr: [tr]', '  ti: [en, en, qqq]', '  de: [en]', '  so: [xx-Fake-Code]', ''].join('\n'));
    assert.deepEqual(await fallbackProblems(), [
      'municipality.yaml:18:8  -  languageFallbacks.ps[0]  "ps" falls back to itself; a chain lists the other languages its readers read — remove it.',
      'municipality.yaml:19:3  -  languageFallbacks.kmr  Kompass writes this language as "ku", not "kmr"; use ku.',
      'municipality.yaml:19:9  -  languageFallbacks.kmr[0]  warning: "tr" is not one of the municipality\'s languages (de, en, ar), so it never supplies a text; add it to languages or remove it.',
      'municipality.yaml:20:12  -  languageFallbacks.ti[1]  "en" is already in the chain of "ti"; list each language once.',
      'municipality.yaml:20:16  -  languageFallbacks.ti[2]  "qqq" is not a known language code; use a code such as de, en, ar or prs, ps, ku.',
      'municipality.yaml:21:3  -  languageFallbacks.de  warning: "de" is the default language: its readers need no fallback; remove this chain.',
      'municipality.yaml:22:8  -  languageFallbacks.so[0]  "xx-Fake-Code" is not a known language code; use a code such as de, en, ar or prs, ps, ku.',
    ]);
    const { code, out, err } = await cli('validate', dir);
    assert.equal(code, 1);
    assert.ok([...out, ...err].some((l) => l.includes('languageFallbacks.kmr  Kompass writes this language as "ku"')), [...out, ...err].join('\n'));
  });

  it('has no politically loaded default: Ukrainian never falls back to Russian', () => {
    assert.equal(DEFAULT_FALLBACKS.uk, undefined);
    assert.ok(!Object.values(DEFAULT_FALLBACKS).some((chain) => chain.includes('ru')));
    assert.deepEqual(DEFAULT_FALLBACKS.prs, ['fa']);
    assert.deepEqual(DEFAULT_FALLBACKS.fa, ['prs']);
    assert.deepEqual(DEFAULT_FALLBACKS['de-x-simple'], ['de']);
  });
});
