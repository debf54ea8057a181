import { expect } from '@open-wc/testing';
import { listProjection } from '../../src/pack/text-projection.js';
import type { PackText } from '../../src/pack/types.js';

describe('listProjection', () => {
  it('keeps what lists show and leaves out descriptions, guide texts, documents and keywords', () => {
    const text: PackText = {
      format: 'kompass-pack/1',
      lang: 'en',
      municipalityName: 'Musterstadt',
      categories: { behoerden: 'Offices' },
      entries: { a: { name: 'A', summary: 'Sum', description: [{ t: 'p', c: ['Long'] }], keywords: ['k'], hoursNote: 'Note' } },
      guides: { g: { title: 'G', intro: [{ t: 'p', c: ['Intro'] }], steps: { s1: { title: 'Step', text: [{ t: 'p', c: ['Do it'] }], documents: ['Passport'] } } } },
    };
    expect(listProjection(text)).to.deep.equal({
      format: 'kompass-pack/1',
      lang: 'en',
      municipalityName: 'Musterstadt',
      categories: { behoerden: 'Offices' },
      entries: { a: { name: 'A', summary: 'Sum', hoursNote: 'Note' } },
      guides: { g: { title: 'G', steps: { s1: { title: 'Step' } } } },
    });
    expect(JSON.stringify(listProjection(text)).length).to.be.lessThan(JSON.stringify(text).length);
  });
});
