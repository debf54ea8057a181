import { expect } from '@open-wc/testing';
import { tokenize } from '../../../src/reader/search/normalize.js';
import { scriptOf, skeleton, SkeletonIndex, toLatin, toLatinCandidates } from '../../../src/reader/search/transliterate.js';

/** A query as the search sees it: its tokens, joined (a two-word spelling of a German compound). */
const sk = (text: string) => skeleton(tokenize(text).join(''));

const SAME_WORD: [string, string][] = [
  ['اوسلندربهورده', 'Ausländerbehörde'], ['اوسلاندر', 'Ausländer'], ['بورگربورو', 'Bürgerbüro'],
  ['بورغربورو', 'Bürgerbüro'], ['البورگربورو', 'Bürgerbüro'], ['والجوبسنتر', 'Jobcenter'], ['جوب سنتر', 'Jobcenter'], ['جاب سنتر', 'Jobcenter'],
  ['شتاندسامت', 'Standesamt'], ['اشتاندزامت', 'Standesamt'], ['فاميليين كاسه', 'Familienkasse'],
  ['تافل', 'Tafel'], ['كيتا', 'Kita'], ['شبار كاسه', 'Sparkasse'], ['اشپارکاسه', 'Sparkasse'],
  ['бюргербюро', 'Bürgerbüro'], ['йобцентр', 'Jobcenter'], ['джобцентр', 'Jobcenter'],
  ['аусландербехёрде', 'Ausländerbehörde'], ['ауслендербехорде', 'Ausländerbehörde'], ['штандесамт', 'Standesamt'],
  ['шпаркассе', 'Sparkasse'], ['тафель', 'Tafel'], ['кита', 'Kita'], ['фамилиенкассе', 'Familienkasse'],
  ['интеграционскурс', 'Integrationskurs'],
  ['vrach', 'врач'], ['bolnitsa', 'больница'], ['doktor', 'доктор'], ['pomoshch', 'помощь'], ['dom', 'дом'],
  ['dactar', 'دکتر'], ['doktor', 'دکتر'], ['bimarestan', 'بیمارستان'], ['polis', 'پلیس'], ['komak', 'کمک'], ['kar', 'کار'],
];

describe('transliteration for search', () => {
  it('tells the script of a token', () => {
    expect(['burgerburo', 'бюро', 'بورو', '東京'].map(scriptOf)).to.deep.equal(['latin', 'cyrillic', 'arabic', 'other']);
  });

  it('spells Cyrillic the German way, with the variants German spelling needs', () => {
    expect(toLatin('шпаркассе')).to.equal('schparkasse');
    expect(toLatin('щи')).to.equal('schtschi');
    expect(toLatinCandidates('бюро')).to.include('buro');
    expect(toLatinCandidates(tokenize('Хаус')[0]!)).to.include('haus');
    expect(toLatinCandidates(tokenize('йод')[0]!)[0]).to.equal('jod');
    expect(toLatinCandidates(tokenize('вохнунг')[0]!)).to.have.length.at.most(4);
    expect(toLatinCandidates('burgerburo')).to.deep.equal(['burgerburo']);
  });

  for (const [a, b] of SAME_WORD) {
    it(`gives "${a}" and "${b}" one skeleton`, () => {
      expect(sk(a)).to.equal(sk(b));
      expect(sk(a)).to.match(/^[A-Z]+$/);
    });
  }

  it('keeps unrelated words apart', () => {
    const words = ['Bürgerbüro', 'Jobcenter', 'Standesamt', 'Sparkasse', 'Familienkasse', 'Ausländerbehörde', 'Tafel', 'Rathaus', 'Krankenhaus', 'Polizei', 'Apotheke', 'Schule'];
    expect(new Set(words.map(sk)).size).to.equal(words.length);
    expect(sk('Wohnung')).not.to.equal(sk('Schule'));
    expect(sk('врач')).not.to.equal(sk('Arzt'));
  });

  it('finds index terms by skeleton, never on short skeletons', () => {
    const index = new SkeletonIndex(['burgerburo', 'jobcenter', 'standesamt', 'kita', 'tafel']);
    expect(index.lookup('бюргербюро')).to.deep.equal(['burgerburo']);
    expect(index.lookup(tokenize('جوب سنتر').join(''))).to.deep.equal(['jobcenter']);
    expect(index.lookup('кита')).to.deep.equal([]);
    expect(index.lookup('standesamt')).to.deep.equal([]);
  });

  it('finds a Cyrillic spelling among 30,000 Latin terms (its cost is measured by npm run bench:search)', () => {
    const syllables = ['ber', 'kas', 'tor', 'min', 'gel', 'haus', 'sch', 'amt', 'lan', 'dru', 'pfe', 'wek'];
    const terms: string[] = [];
    for (let i = 0; terms.length < 30000; i++) {
      terms.push(syllables[i % 12]! + syllables[Math.floor(i / 12) % 12]! + syllables[Math.floor(i / 144) % 12]! + (i >= 1728 ? syllables[Math.floor(i / 1728) % 12] : ''));
    }
    expect(new SkeletonIndex(terms).lookup('кастормин')).to.include('kastormin');
  });
});
