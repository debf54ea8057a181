import { tokenize } from './normalize.js';

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
    someone something go going`,
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
    lütfen`,
  fr: `le la les un une des et ou mais ne pas je tu il elle nous vous ils elles me mon ma mes où comment quoi que qui quand pourquoi
    est sont suis peux puis dois veux faut de du au aux à en dans pour avec sur par se trouver`,
  es: `el la los las un una y o pero no yo tu él ella nosotros me mi mis dónde donde cómo como qué que quién cuándo por para con en de del
    al es son puedo necesito quiero hay`,
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

/** Whether `token` (normalised) is a stop word in any of `langs`. */
export function isStopWord(token: string, langs: readonly string[]): boolean {
  return langs.some((l) => stopWords(l).has(token));
}
