import { tokenize } from './normalize.js';
import { SpanTable } from './span-table.js';

/**
 * Words that carry no meaning for finding a place — articles, pronouns, question words,
 * modal verbs — per language, so a whole question ("where do I register my address?",
 * "wo kann ich mich anmelden?", "أين أسجل عنواني؟") searches for its content words only.
 * Kept short on purpose: a word that names a thing in any of the languages stays out.
 * Written as people type them; normalised once when first used.
 */
const LISTS: Record<string, string> = {
  de: `der die das den dem des ein eine einen einem einer eines und oder aber auch nicht kein keine ich du er sie es wir ihr mich mir
    mein meine meinen meinem meiner dich dir dein deine sich uns unser unsere euch ihre ihren ist sind bin bist war waren wird werden
    wurde kann könnte können kannst muss müssen musst soll sollen möchte möchten will wollen darf dürfen habe hast hat haben hatte wo
    wie was wer wen wem wann warum wohin woher welche welcher welches gibt es man zu zum zur im in am an auf aus bei mit nach von vom
    vor für über um unter bis ob dass wenn so da hier dort bitte mal noch schon gerne jemand etwas finde finden bekomme bekommen brauche
    brauchen tun mache machen gehe gehen`,
  'de-x-simple': '',
  en: `a an the and or but not no i me my mine you your we our us he she it its they them their is are am was were be been being do does
    did doing done can could shall should will would may might must have has had having get got getting where how what who whom which
    when why there here this that these those to of in on at by for with from about into as if so please some any find need want
    someone something go going out wants`,
  ar: `في من إلى الى على عن مع هل أين اين كيف ماذا ما متى لماذا أي اي و أو او ثم لا لم لن أنا انا أنت انت نحن هو هي هم هذا هذه ذلك تلك
    التي الذي الذين أريد اريد أستطيع استطيع يمكن يمكنني يمكنك أحتاج احتاج يجب عند عندي لي لك كان يكون هناك هنا أن ان إن قد كل بعض
    أجد اجد أحصل احصل الحصول ل ب ف`,
  fa: `در از به با برای تا که و یا را این آن اینجا آنجا من تو او ما شما آنها کجا چگونه چطور چه چی چرا کی کدام آیا است هست هستم
    هستند بود باید می میخواهم می‌خواهم میتوانم می‌توانم توانم خواهم کنم کند کنید شود شده دارم دارد داریم نیاز کجاست چیست ها های
    هم نه یک پیدا بگیرم بگیرید لطفا`,
  uk: `і й та а але або не ні я ти він вона воно ми ви вони мене мені мій моя моє мої мою ти тебе тобі свій своє свою свої це той та ті
    де як що хто коли чому куди звідки який яка яке які чи є був була були бути можна може можу мені потрібно треба хочу мушу маю
    в у на з із зі до від для по про за при через під над біля щоб якщо тут там будь ласка знайти отримати`,
  ru: `и а но или не нет я ты он она оно мы вы они меня мне мой моя моё мое мои мою тебя тебе свой своё свою свои это тот та те
    где как что кто когда почему куда откуда какой какая какое какие ли есть был была были быть можно может могу нужно надо хочу
    должен имею в во на с со из к ко до от для по про за при через под над у около чтобы если тут здесь там пожалуйста найти получить`,
  tr: `ve veya ile ama de da ki bu şu o ben sen biz siz onlar beni bana benim senin bizim nerede nereye nasıl ne neden niçin kim hangi
    zaman mi mı mu mü için gibi bir var yok nereden istiyorum lazım gerek gerekiyor yapabilirim alabilirim bulabilirim miyim mıyım
    lütfen arıyorum ediyorum olan olarak daha çok en her`,
  fr: `le la les l un une des et ou mais ne pas je j tu il elle nous vous ils elles me m mon ma mes ton ta tes son sa ses notre votre
    leur où comment quoi que qu qui quand pourquoi quel quelle quels quelles est sont suis es être ai as a avons avez ont peux peut
    puis pouvez dois doit veux voudrais faut de d du au aux à en dans pour avec sur par se s ce cet cette ces y il trouver cherche
    besoin s'il plaît`,
  es: `el la los las lo un una unos unas y o pero no yo tu tú él ella nosotros vosotros ellos me mi mis te se su sus nuestro dónde donde
    cómo como qué que quién cuál cuándo cuando por para con en de del al es son soy estoy está están hay puedo puede necesito quiero
    busco tengo ser estar hacer encontrar favor`,
  it: `il lo la i gli le un uno una e o ma non io tu lui lei noi voi loro mi ti si mio mia miei mie dove come cosa che chi quando perché
    quale di del della dei delle a al alla ai in nel nella con su per da dal è sono ho ha posso può devo voglio vorrei bisogno cerco
    trovare c ci`,
  pt: `o a os as um uma uns umas e ou mas não eu tu ele ela nós vós eles elas me te se meu minha meus minhas onde como que quem quando
    porquê porque qual de do da dos das no na nos nas em ao aos à com por para é são sou estou está há posso pode preciso quero
    procuro encontrar favor`,
  pl: `i a ale lub albo nie ja ty on ona ono my wy oni one mnie mi mój moja moje mojego się gdzie jak co kto kiedy dlaczego który która
    które czy jest są jestem być w we na z ze do od dla po o przy przez pod nad u mogę może muszę chcę potrzebuję szukam znaleźć
    proszę`,
  ro: `și sau dar nu eu tu el ea noi voi ei ele mă mi meu mea mei mele se unde cum ce cine când de ce care este e sunt sunt am are
    pot poate trebuie vreau caut găsi în la pe cu din de pentru prin un o al a ale lui vă rog`,
};
// Dari (prs) is Persian.
LISTS['prs'] = LISTS['fa']!;

const cache = new Map<string, ReadonlySet<string>>();

/** The stop words of a language (its base language for variants like `de-x-simple`), normalised. */
export function stopWords(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const base = lang.split('-')[0]!;
    set = new Set([...tokenize(LISTS[lang] ?? ''), ...tokenize(LISTS[base] ?? '')]);
    cache.set(lang, set);
  }
  return set;
}

const tables = new Map<string, SpanTable>();

/** The stop words of a language as a `SpanTable`: to test a word where it stands in a text (the index build). */
export function stopWordTable(lang: string): SpanTable {
  let table = tables.get(lang);
  if (!table) tables.set(lang, (table = SpanTable.of(stopWords(lang))));
  return table;
}

/** Whether `token` (normalised) is a stop word in any of `langs`. */
export function isStopWord(token: string, langs: readonly string[]): boolean {
  return langs.some((l) => stopWords(l).has(token));
}
