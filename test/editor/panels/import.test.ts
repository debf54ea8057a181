import { expect } from '@open-wc/testing';
import { $, click, text, until } from '../helpers.js';
import { signedInEditor } from './setup.js';

describe('<kompass-editor> import panel', function () {
  this.timeout(30_000);
  const ctx = signedInEditor();

  it('a file chosen while another is read wins: only its report shows and only its rows are applied', async () => {
    const app = ctx.app();
    await click(app, 'text=Import and export');
    const input = $<HTMLInputElement>(app, '#import-file')!;
    const pick = (name: string, csv: string) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], name, { type: 'text/csv' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change'));
    };
    pick('erste.csv', 'id;kind;categories;name@de;summary@de\neins;verein;beratung;Erster Verein;Hilft.\n');
    pick('zweite.csv', 'id;kind;categories;name@de;summary@de\nzwei;verein;beratung;Zweiter Verein;Hilft.\n');
    await app.updateComplete;
    expect($(app, 'div[role=status] p')?.textContent).to.equal('Reading the file…');
    await until(app, () => !!$(app, '.report'), 'a report appears');
    expect($(app, '.report h3')!.textContent).to.contain('zweite.csv');
    await until(app, () => text(app).includes('1 unpublished change'), 'the rows are drafts');
    await click(app, 'text=Unpublished changes');
    expect(text(app)).to.contain('entry:zwei');
    expect(text(app)).not.to.contain('entry:eins');
  });

  it('a table with a bad row imports nothing until asked, then only its good rows; the bad row stays in the report', async () => {
    const app = ctx.app();
    await click(app, 'text=Import and export');
    const input = $<HTMLInputElement>(app, '#import-file')!;
    const dt = new DataTransfer();
    dt.items.add(new File(['id;kind;categories;name@de;summary@de\ngut;verein;beratung;Guter Verein;Hilft.\nkaputt;wrong;beratung;Kaputt;X\n'], 'gemischt.csv', { type: 'text/csv' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(app, () => !!$(app, '#import-partial'), 'the offer to import the good row');
    expect($(app, '.report')!.textContent).to.contain('Nothing was imported: 1 row has a problem.');
    expect(text(app)).to.contain('Everything is published.');
    expect($(app, '#import-partial')!.textContent).to.equal('Import only the 1 row without problems');
    await click(app, '#import-partial');
    await until(app, () => text(app).includes('1 unpublished change'), 'the good row is a draft');
    expect($(app, '.report')!.textContent).to.contain('2 rows read: 1 new and 0 changed entries are now in your drafts.');
    expect($(app, '.report')!.textContent).to.contain('These rows were not imported.');
    expect($(app, 'ul.rejected')!.textContent).to.contain('"wrong" is not a kind');
    expect($(app, '#import-partial')).to.equal(null);
    await until(app, () => (app.shadowRoot!.activeElement as HTMLElement | null)?.id === 'import-report', 'focus on the report');
  });
});
