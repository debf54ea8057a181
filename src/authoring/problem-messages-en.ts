/**
 * The English texts of validation problems, keyed by the problem's code (the table every
 * other language must match: `ProblemCode` is its keys). `Problem.message` is rendered from
 * it, so logs and older tools keep plain English.
 *
 * Codes starting with `hoursError.` / `hoursWarning.` are the opening-hours library's
 * findings; they are rendered inside `hours.unreadable` / `hours.warning` (`{text}`).
 */
import type { Template } from './message-table.js';

const plural = (n: unknown, one: string, other: string) => (n === 1 ? one : other);
const hoursExample = 'Write them in OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 08:00-12:00; Th 14:00-18:00".';

export const PROBLEMS_EN = {
  // Texts and languages
  'text.unknownLanguage': '"{lang}" is not one of the municipality\'s languages ({langs}); add it to languages in municipality.yaml or remove this text.',
  'words.unknownLanguage': '"{lang}" is not one of the municipality\'s languages ({langs}); add it to languages in municipality.yaml or remove these words.',
  'translation.defaultMissing': 'There is no text in the default language "{defaultLang}"; add it (other languages fall back to it).',
  'translation.missing': (p) => `Missing translation: ${String(p.langs)}; readers of ${plural(p.count, 'this language', 'these languages')} see the "${String(p.defaultLang)}" text.`,
  'translation.missingComment': (p) => `Missing translation: ${String(p.langs)}; readers of ${plural(p.count, 'this language', 'these languages')} see the "${String(p.defaultLang)}" comment.`,
  'text.bidiControl': 'The text contains the invisible character {char} ({name}), which can make it read in a misleading order; remove it (Kompass sets the direction of right-to-left text itself).',
  'concept.unknown': '"{id}" is not one of Kompass\'s built-in concepts. Some of them: {area}.',
  'concept.unknownNear': '"{id}" is not one of Kompass\'s built-in concepts. Did you mean "{suggestion}"?',
  'icon.unknown': '"{icon}" is not one of Kompass\'s icons, so readers see a generic one; use one of {icons}.',
  // Ids and references
  'id.duplicateLine': 'The {kind} id "{id}" is already used (line {line}); ids must be unique — rename one of them.',
  'id.duplicateFile': 'The {kind} id "{id}" is already used ({file}); ids must be unique — rename one of them.',
  'ref.categoryMissing': 'The category "{id}" does not exist; use an id from categories.yaml.',
  'ref.entryMissing': 'The entry "{id}" does not exist; use the id of a file in entries/.',
  'ref.entryMissingFor': 'The entry "{id}" ({role}) does not exist; use the id of a file in entries/.',
  'ref.guideMissing': 'The guide "{id}" does not exist; use the id of a file in guides/.',
  'ref.pageMissing': 'The page "{id}" does not exist; use the id of a file in pages/.',
  'category.parentMissing': 'The parent category "{id}" does not exist; use an id from categories.yaml or remove parent.',
  'category.cycle': 'The categories form a cycle ({chain}); a category cannot be its own ancestor — change one parent.',
  'page.parentMissing': 'The parent page "{id}" does not exist; use the id of a file in pages/ or remove parent.',
  'page.cycle': 'The pages form a cycle ({chain}); a page cannot be inside itself — change one parent.',
  'page.linksItself': 'The page links to itself; remove this link.',
  'guide.stepDuplicate': 'The step id "{id}" is already used by steps[{index}]; step ids must be unique within a guide.',
  // The municipality
  'municipality.defaultNotInLanguages': 'The default language "{defaultLang}" is not in languages; add it to languages.',
  'municipality.timeZone': '"{timeZone}" is not a known time zone; use an IANA name such as Europe/Berlin.',
  'fallback.kompassCode': 'Kompass writes this language as "{code}", not "{written}"; use {code}.',
  'fallback.unknownCode': '"{written}" is not a known language code; use a code such as {examples} or prs, ps, ku.',
  'fallback.defaultLanguage': '"{lang}" is the default language: its readers need no fallback; remove this chain.',
  'fallback.itself': '"{lang}" falls back to itself; a chain lists the other languages its readers read — remove it.',
  'fallback.twice': '"{fallbackLang}" is already in the chain of "{lang}"; list each language once.',
  'fallback.notTownLanguage': '"{fallbackLang}" is not one of the municipality\'s languages ({langs}), so it never supplies a text; add it to languages or remove it.',
  'hoursComment.unused': 'No opening hours use the comment "{comment}"; write the key exactly as it is quoted in openingHours, or remove it.',
  'hoursComment.defaultLanguage': 'The comment itself is the "{lang}" text; remove "{lang}" here.',
  // Opening hours
  'hours.unreadable': `The opening hours cannot be read: {text} ${hoursExample}`,
  'hours.warning': 'Opening hours: {text}',
  'hours.unknownWithoutComment': 'Times marked "unknown" without a comment are shown as closed; add a comment such as "nur mit Termin" or remove them.',
  'hoursError.library': '{detail}',
  'hoursError.outsideDay': '{detail}',
  'hoursError.germanDate': '{detail}',
  'hoursError.rangeExpected': '{detail}',
  'hoursWarning.library': '{detail}',
  'hoursWarning.useOff': '{detail}',
  'hoursWarning.germanDay': '{detail}',
  'hoursWarning.englishWord': '{detail}',
  'hoursWarning.omitWord': '{detail}',
  'hoursWarning.noMinutes': '{detail}',
  'hoursWarning.colon': '{detail}',
  'hoursWarning.dash': '{detail}',
  'hoursWarning.emptyRule': '{detail}',
  'hoursWarning.twelveHours': '{detail}',
  'hoursWarning.reordered': '{detail}',
  'hoursWarning.overridden': (p) =>
    `"${String(p.rule)}" replaces the hours of "${String(p.earlier)}" on ${String(p.days)} (a later rule overrides the days it names). ` +
    `If you mean both, list all times of those days in one rule, e.g. "${String(p.example)} 08:00-12:00,14:00-18:00", ` +
    'or join the rules with a comma instead of a semicolon.',
  'hoursWarning.fallbackAppointment': 'The fallback rule || "{comment}" applies at every time the rules before it do not cover, nights and Sundays included: shown as "by appointment" then.',
  'hoursWarning.fallbackCondition': 'The fallback rule || "{comment}" applies at every time the rules before it do not cover, nights and Sundays included: shown as open under that condition then.',
  'hoursWarning.fallback': '"||" is a fallback rule: it applies at every time the rules before it do not cover.',
  'hoursWarning.openEnd': 'An open end ("18:00+") is shown as "open from 18:00", without a closing time.',
  'hoursWarning.appointmentOnly': 'The value has no times: it is shown as "by appointment" on every day.',
  // Events and notices
  'event.placeAndAddress': 'Give either a place (an entry) or an address, not both.',
  'event.noDate': 'Give the event a date (dates) or a rule (repeat).',
  'event.datesAndRepeat': 'Give either dates or a rule (repeat), not both.',
  'event.repeatNeedsFrom': 'A repeating event needs its first day (from).',
  'event.endWithoutStart': 'An end time needs a start time.',
  'event.weekdaysMissing': 'Say on which weekdays ({weekdays}).',
  'event.monthWeekdaysMissing': 'Say which weekdays of the month, e.g. the first Monday.',
  'event.interval': 'The interval is a whole number of weeks from 1 to 8.',
  'event.weekOfMonth': 'The week of the month is 1, 2, 3, 4 or -1 (the last).',
  'event.every': 'A rule repeats every "week" or every "month".',
  'date.invalid': '"{value}" is not a date; write 2026-12-08.',
  'time.invalid': '"{value}" is not a time; write 15:00.',
  'weekday.invalid': '"{value}" is not a weekday; use {weekdays}.',
  'dates.untilBeforeFrom': 'The last day ({until}) is before the first ({from}).',
  'notice.closedWithoutEntries': 'A notice that closes something names the entries it closes (entries: [...]).',
  // Markdown
  'markdown.heading': 'Heading level {level} ("{marks}") is not supported; use "##", "###" or "####".',
  'markdown.blockquote': 'Block quotes (">") are not supported; they are shown as normal paragraphs.',
  'markdown.codeBlock': 'Code blocks are not supported; they are shown as plain text.',
  'markdown.html': 'HTML is not allowed; it is removed. Use Markdown instead.',
  'markdown.table': 'Tables are not supported; each row is shown as a paragraph. Use a list instead.',
  'markdown.rule': 'Horizontal rules ("---") are not supported; they are removed.',
  'markdown.unsupported': 'Markdown "{type}" is not supported; it is shown as plain text.',
  'markdown.nestedList': 'Nested lists are not supported; their items are shown in the outer list.',
  'markdown.link': (p) => `The link "${String(p.href)}" is not allowed: links must start with ${String(p.schemes).replace(/, ([^,]*)$/, ' or $1')}. Fix or remove it.`,
  'markdown.image': 'Images are not supported; only their description is shown.',
  'markdown.inlineCode': 'Inline code (`…`) is not supported; it is shown as plain text.',
  'markdown.strike': 'Strike-through ("~~") is not supported; the text is shown normally.',
  // JSON Schema (the shape of a file)
  'schema.required': 'The required field "{field}" is missing; add it.',
  'schema.unknownField': 'Unknown field "{field}"; remove it or check its spelling.',
  'schema.name': '"{name}" is not a valid name here.',
  'schema.nameHint': '"{name}" is not {hint}.',
  'schema.type': 'Expected a value of type {type}, found {found}.',
  'schema.typeHint': 'Expected {hint}, found {found}.',
  'schema.enum': '{found} is not allowed here; use one of {allowed}.',
  'schema.enumHint': '{found} is not allowed here; use {hint}.',
  'schema.const': 'Expected {allowed}.',
  'schema.duplicateItem': 'The list contains {found} twice; remove the duplicate.',
  'schema.minItems': (p) => `The list needs at least ${String(p.limit)} item${plural(p.limit, '', 's')}.`,
  'schema.emptyText': 'The text is empty; write a text or remove the field.',
  'schema.minLanguages': (p) => `Add at least ${String(p.limit)} language${plural(p.limit, '', 's')}.`,
  'schema.range': '{found} is out of range; expected a number {comparison} {limit}.',
  'schema.rangeHint': '{found} is out of range; expected {hint}.',
  'schema.format': '{found} is not valid; expected a valid {format}.',
  'schema.pattern': '{found} is not valid; expected text matching {pattern}.',
  'schema.invalidHint': '{found} is not valid; expected {hint}.',
  'schema.anyOf': '{found} is not valid; expected another kind of value.',
  'schema.other': '{detail}.',
  'schema.otherHint': '{detail}; expected {hint}.',
  // Files
  'file.missing': '{file} is missing; create it in the source folder.',
  'yaml.syntax': 'YAML syntax error: {detail}. Fix the YAML at this position (check indentation, colons and quotes).',
  'yaml.warning': 'YAML: {detail}',
  'cli.warning': 'warning: {text}',
  'cli.count': (p) => `${String(p.errors)} error${plural(p.errors, '', 's')}, ${String(p.warnings)} warning${plural(p.warnings, '', 's')}`,
} satisfies Record<string, Template>;

export type ProblemCode = keyof typeof PROBLEMS_EN;

/** Words some params stand for (`kind: 'entry'` → "entry"); a param's value is looked up as `name.value`. */
export const TERMS_EN: Record<string, string> = {
  'kind.synonyms': 'synonym group',
  'role.place': 'the place',
  'role.organizer': 'the organizer',
  'role.notice': 'the notice is about',
  'role.page': 'linked from the page',
};
