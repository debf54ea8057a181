import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderRichText } from '../../../src/reader/ui/render-rich-text.js';
import { richTextToPlain } from '../../../src/pack/plain-text.js';
import type { RichText } from '../../../src/pack/types.js';

const text: RichText = [
  { t: 'h', level: 2, c: ['What to bring'] },
  { t: 'ul', items: [['your ', { t: 'strong', c: ['passport'] }], [{ t: 'em', c: ['landlord confirmation'] }]] },
  { t: 'p', c: ['Call ', { t: 'a', href: 'tel:+49221123456', c: ['us'] }, { t: 'br' }, { t: 'a', href: 'https://example.org', c: ['online'] }] },
  { t: 'p', c: [{ t: 'a', href: 'javascript:alert(1)', c: ['evil'] }, ' <img src=x onerror=alert(1)>'] },
  { t: 'ol', items: [['one'], ['two']] },
  { t: 'h', level: 4, c: ['Small'] },
];

/** Renders synchronously into a fresh container (no animation frame needed: background tabs have none). */
function mount(template: ReturnType<typeof html>): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(template, el);
  return el;
}

describe('renderRichText', () => {
  it('renders headings, lists, emphasis and safe links as elements', async () => {
    const el = mount(html`${renderRichText(text)}`);
    expect(el.querySelector('h3')!.textContent).to.equal('What to bring');
    expect(el.querySelector('h5')!.textContent).to.equal('Small');
    expect(el.querySelectorAll('ul li')).to.have.length(2);
    expect(el.querySelector('strong')!.textContent).to.equal('passport');
    expect(el.querySelector('a[href="tel:+49221123456"]')).to.exist;
    const external = el.querySelector('a[href="https://example.org"]')!;
    expect(external.getAttribute('rel')).to.contain('noopener');
    expect(el.querySelectorAll('ol li')).to.have.length(2);
  });

  it('never turns text into markup and drops unsafe links to plain text', async () => {
    const el = mount(html`${renderRichText(text)}`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(el.textContent).to.contain('evil');
    expect(el.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('gives the plain text for reading aloud', () => {
    const plain = richTextToPlain(text);
    expect(plain).to.contain('What to bring');
    expect(plain).to.contain('your passport\nlandlord confirmation');
  });

  it('skips nodes of the wrong type instead of throwing (content that got past the sync check)', () => {
    const bad = [null, 7, 'loose', { t: 'p', c: 'string' }, { t: 'x' }, { t: 'ul', items: 'no' }, { t: 'ol', items: [null, ['kept']] },
      { t: 'p', c: ['A ', null, { t: 'em', c: 'bad' }, { t: 'a', href: 5, c: ['link'] }, { t: 'a', href: ' javascript:x', c: ['js'] }, { t: 'strong' }, '.'] }] as unknown as RichText;
    const el = mount(html`${renderRichText(bad)}`);
    expect(el.textContent).to.contain('A linkjs.');
    expect(el.textContent).to.contain('kept');
    expect(el.querySelector('a')).to.equal(null);
    expect(mount(html`${renderRichText({ t: 'p' } as unknown as RichText)}`).textContent).to.equal('');
  });
});
