/**
 * A field's path as the form labels it, in the UI language: `summary.de` → "Kurzbeschreibung
 * (Deutsch)", `phones[0].number` → "Telefonnummer 1", `steps[1].title.ar` → "Schritt 2: Titel
 * (Arabisch)", `address.street` → "Straße und Hausnummer", `time.repeat.interval` → "Wann: Wie oft". Also the translation status's keys
 * (`phones.0.label`, `steps.<step id>.title`). A clerk never has to read a path.
 */
import type { EditorModel } from '../editor-model.js';

/** Names in a path that the form labels under another key, by the list or object they are in. */
const RENAMED: Record<string, Record<string, string>> = {
  phones: { number: 'phoneNumber', label: 'phoneLabel' },
  address: { extra: 'addressExtra' },
  steps: { text: 'stepText', entries: 'stepEntries', documents: 'document' },
  // An event's time: named by its last part (`time.repeat.on[0].day` → "Wann: Wochentag").
  time: { dates: 'eventDates', except: 'eventExcept', from: 'eventFrom', until: 'eventUntil', start: 'eventStart', end: 'eventEnd', skipHolidays: 'eventSkipHolidays', repeat: 'eventRepeat', every: 'eventRepeat', on: 'eventDays', interval: 'eventInterval', week: 'eventWeek', day: 'eventDay' },
};

export function fieldLabel(model: Pick<EditorModel, 't' | 'i18n' | 'languages' | 'languageName'>, path: string): string {
  const parts = path.split(/[.[\]]+/).filter(Boolean);
  const lang = parts.length > 1 && model.languages.includes(parts.at(-1)!) ? parts.pop() : undefined;
  const label = (key: string, n?: number) => (model.i18n?.exists(`fields.${key}`) ? model.t(`fields.${key}`, { n: n ?? '' }).trim() : key);
  /** A list index as people count: `0` → 1; undefined for anything else (a step's id). */
  const counted = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) + 1 : undefined);
  const [head = path, second, third, fourth] = parts;
  const renamed = (list: string, key: string) => RENAMED[list]?.[key] ?? key;
  let text: string;
  if (head === 'steps' && second !== undefined) {
    const step = label('step', counted(second));
    text = third === undefined ? step : `${step}: ${label(renamed('steps', third), counted(fourth))}`;
  } else if (head === 'phones' && counted(second) !== undefined) text = label(renamed('phones', third ?? 'number'), counted(second));
  else if (head === 'address' && second !== undefined) text = label(renamed('address', second));
  else if (head === 'time' && second !== undefined) text = `${label('time')}: ${label(renamed('time', parts.filter((x) => !/^\d+$/.test(x)).at(-1)!))}`;
  else text = label(head);
  return lang ? `${text} (${model.languageName(lang)})` : text;
}
