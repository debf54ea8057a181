import { expect } from '@open-wc/testing';
import { createEditorI18n } from '../../src/editor/i18n.js';
import { fieldLabel } from '../../src/editor/text/field-label.js';
import { languageName } from '../../src/editor/problem-text.js';

describe('field labels: a path as the form names it', () => {
  it('says fields, list items and languages in German as the clerk reads them', async () => {
    const i18n = await createEditorI18n('de');
    const model = { i18n, t: (k: string, o?: Record<string, unknown>) => i18n.t(k, o), languages: ['de', 'ar', 'uk'], languageName: (c: string) => languageName(c, 'de') };
    const cases: [string, string][] = [
      ['summary.de', 'Kurzbeschreibung (Deutsch)'],
      ['name.ar', 'Name (Arabisch)'],
      ['phones[0].number', 'Telefonnummer 1'],
      ['phones[1].label.uk', 'Bezeichnung von Telefonnummer 2 (Ukrainisch)'],
      ['phones.0.label', 'Bezeichnung von Telefonnummer 1'],
      ['address.street', 'Straße und Hausnummer'],
      ['steps[1].title.ar', 'Schritt 2: Titel (Arabisch)'],
      ['steps[0].documents[2].de', 'Schritt 1: Mitzubringendes Dokument 3 (Deutsch)'],
      ['steps.anmelden.title', 'Schritt: Titel'],
      ['openingHours', 'Öffnungszeiten'],
      ['time.repeat.interval', 'Wann: Wie oft'],
      ['time.except[1]', 'Wann: Fällt aus am'],
      ['time.repeat.on[0].day', 'Wann: Wochentag'],
      ['order', 'Reihenfolge'],
    ];
    for (const [path, label] of cases) expect(fieldLabel(model, path), path).to.equal(label);
  });
});
