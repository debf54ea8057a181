import { expect } from '@open-wc/testing';
import { parsePath, pathOf, type Route } from '../../../src/reader/router/routes.js';

describe('routes', () => {
  it('round-trips every view through its path', () => {
    const routes: Route[] = [
      { view: 'home' },
      { view: 'category', id: 'behoerden' },
      { view: 'entry', id: 'bürger büro' },
      { view: 'guide', id: 'anmeldung' },
      { view: 'page', id: 'wohnen' },
      { view: 'search', query: 'wo melde ich mich an?' },
      { view: 'open-now' },
      { view: 'settings' },
      { view: 'events', when: 'next-week' },
      { view: 'events', when: '2026-12-12' },
      { view: 'event', id: 'sprachcafe' },
    ];
    for (const r of routes) expect(parsePath(pathOf(r))).to.deep.equal(r);
  });

  it('shows home for unknown or incomplete paths', () => {
    expect(parsePath('/nonsense')).to.deep.equal({ view: 'home' });
    expect(parsePath('/entry/')).to.deep.equal({ view: 'home' });
    expect(parsePath('/page/')).to.deep.equal({ view: 'home' });
    expect(parsePath('/events')).to.deep.equal({ view: 'events', when: '' });
    expect(pathOf({ view: 'events' })).to.equal('/events');
    expect(parsePath('/entry/%E0%A4%A')).to.deep.equal({ view: 'entry', id: '%E0%A4%A' });
  });
});
