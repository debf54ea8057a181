import { expect } from '@open-wc/testing';
import { normalize, tokenize } from '../../../src/reader/search/normalize.js';
import { loadStemmer, STEMMED_LANGUAGES, type Stem } from '../../../src/reader/search/stemmer.js';

/**
 * Per language, word forms a reader types or a text holds that must meet in one stem, after
 * normalisation (the stemmer receives the index's tokens). Each group is a different word:
 * groups must not meet each other.
 */
const FORMS: Record<string, string[][]> = {
  de: [
    ['Anerkennung', 'anerkennen'],
    ['Ärzte', 'Arzt', 'Aerzte'],
    ['Kinder', 'Kind', 'Kindern'],
    ['Beratungen', 'Beratung'],
    ['Ausländerbehörde', 'Ausländerbehörden'],
    ['Kurs', 'Kurse', 'Kursen', 'Kurses'],
    ['Ämter', 'Amt', 'Amtes'],
    ['Ärztinnen', 'Ärztin'],
    ['Lehrerinnen', 'Lehrerin'],
    ['Wohnungen', 'Wohnung'],
    ['beginnen', 'Beginn'],
  ],
  tr: [
    ['işler', 'iş'],
    ['doktorlar', 'doktor', 'doktora'],
    ['kadınlar', 'kadın', 'kadınların'],
    ['gözler', 'göz'],
    ['okullar', 'okul', 'okulda'],
    ['öğrenciler', 'öğrenci'],
    ['belgeler', 'belge'],
  ],
  ru: [
    ['врачи', 'врач'],
    ['новый', 'новая'],
    ['документы', 'документ'],
    ['районы', 'район'],
    ['детей', 'дети'],
    ['семьи', 'семья'],
  ],
  uk: [
    ['лікарі', 'лікар'],
    ['документи', 'документ'],
    ['новий', 'нова'],
    ['сім’ї', 'сім’я'],
    ['України', 'Україна'],
  ],
  bg: [
    ['лекарите', 'лекар'],
    ['документи', 'документ'],
    ['училищата', 'училища'],
  ],
  fr: [
    ['médecins', 'médecin'],
    ['activités', 'activité'],
    ['écoles', 'école'],
    ['réfugiés', 'réfugié'],
  ],
  es: [
    ['médicos', 'médico'],
    ['documentos', 'documento'],
    ['niños', 'niño'],
  ],
  it: [
    ['medici', 'medico'],
    ['documenti', 'documento'],
    ['scuole', 'scuola'],
  ],
  pt: [
    ['médicos', 'médico'],
    ['documentos', 'documento'],
    ['crianças', 'criança'],
  ],
  ro: [
    ['medicii', 'medic'],
    ['documente', 'document'],
    ['spitalele', 'spital'],
  ],
  en: [
    ['refugees', 'refugee'],
    ['doctors', 'doctor'],
    ['services', 'service'],
    ['counselling', 'counsel'],
  ],
  ar: [
    ['مدرسة', 'المدرسة'],
    ['اللاجئين', 'لاجئ'],
    ['طبيبة', 'طبيب', 'الطبيب', 'الطبيبة'],
    ['المستشفيات', 'مستشفى'],
    ['المعلمون', 'معلم'],
  ],
  hy: [
    ['երեխաներ', 'երեխա'],
    ['քաղաքներ', 'քաղաք'],
  ],
  hi: [
    ['डॉक्टरों', 'डॉक्टर'],
    ['बच्चों', 'बच्चा'],
    ['लड़कियाँ', 'लड़की'],
  ],
  ta: [
    ['மருத்துவர்கள்', 'மருத்துவர்'],
    ['பள்ளிகள்', 'பள்ளி'],
  ],
};

async function stemmerOf(lang: string): Promise<Stem> {
  const stem = await loadStemmer(lang);
  expect(stem, `a stemmer for ${lang}`).to.be.a('function');
  return stem!;
}

describe('stemmers', () => {
  it('has test words for every language it stems', () => {
    expect(Object.keys(FORMS).sort()).to.deep.equal([...STEMMED_LANGUAGES].sort());
  });

  for (const [lang, groups] of Object.entries(FORMS)) {
    it(`${lang}: the forms of a word meet in one stem, different words stay apart`, async () => {
      const stem = await stemmerOf(lang);
      const stems = groups.map((forms) => {
        // normalize(), not tokenize(): the tokenizer splits Devanagari and Tamil at vowel signs.
        const all = forms.map((w) => stem(normalize(w)));
        expect(new Set(all).size, `${lang} ${forms.join('/')} → ${all.join('/')}`).to.equal(1);
        return all[0]!;
      });
      expect(new Set(stems).size, `${lang}: ${stems.join(' ')}`).to.equal(groups.length);
    });
  }

  it('returns stems that are normalised index terms', async () => {
    for (const lang of STEMMED_LANGUAGES) {
      const stem = await stemmerOf(lang);
      for (const word of FORMS[lang]!.flat()) {
        const s = stem(normalize(word));
        expect(normalize(s), `${lang} ${word} → ${s}`).to.equal(s);
      }
    }
  });

  it('stems a word typed without umlauts or Turkish letters like the written one', async () => {
    const de = await stemmerOf('de');
    for (const [typed, written] of [['Arzte', 'Ärzte'], ['Auslanderbehorden', 'Ausländerbehörde'], ['Arztinnen', 'A\u0308rztinnen']]) {
      expect(de(tokenize(typed)[0]!)).to.equal(de(tokenize(written)[0]!));
    }
    const tr = await stemmerOf('tr');
    expect(tr(tokenize('KADINLAR')[0]!)).to.equal(tr(tokenize('kadın')[0]!));
    expect(tr(tokenize('gozler')[0]!)).to.equal(tr(tokenize('göz')[0]!));
  });

  it('leaves a word without a suffix as it is', async () => {
    expect((await stemmerOf('de'))('arzt')).to.equal('arzt');
    expect((await stemmerOf('en'))('doctor')).to.equal('doctor');
    expect((await stemmerOf('tr'))('is')).to.equal('is');
  });

  it('loads a language once and accepts a region subtag', async () => {
    const de = await stemmerOf('de');
    expect(await loadStemmer('de')).to.equal(de);
    expect(await loadStemmer('de-AT')).to.equal(de);
    expect(await loadStemmer('DE')).to.equal(de);
  });

  it('gives undefined for a language without a stemmer', async () => {
    for (const lang of ['xx', '', 'fa', 'prs', 'ckb', 'ku', 'am', 'zh', 'constructor', '__proto__']) {
      expect(await loadStemmer(lang), lang).to.equal(undefined);
    }
  });
});
