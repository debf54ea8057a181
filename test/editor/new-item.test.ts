import { expect } from '@open-wc/testing';
import { newItem } from '../../src/editor/panels/form/new-item.js';
import { setAt } from '../../src/editor/model.js';

describe('a new item from "add"', () => {
  it('has a text of its own for each field: typing the summary leaves the name as it was', () => {
    const entry = newItem('entry', 'neuer-eintrag', 'de', '2026-12-04');
    const named = setAt(entry, ['name', 'de'], 'Nähcafé Nordstadt');
    const described = setAt(named, ['summary', 'de'], 'Gemeinsam nähen und reparieren.');
    expect(described).to.deep.include({ name: { de: 'Nähcafé Nordstadt' }, summary: { de: 'Gemeinsam nähen und reparieren.' } });
    const guide = newItem('guide', 'neuer-leitfaden', 'de', '2026-12-04');
    const titled = setAt(guide, ['title', 'de'], 'Anmeldung');
    expect((titled as unknown as { steps: { title: { de: string } }[] }).steps[0]!.title.de, 'the first step keeps its own title').to.equal('');
  });
});
