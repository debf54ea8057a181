/**
 * Events as a spreadsheet (browser-safe; the rules all kinds share are in csv-kind.ts, the
 * time cells in csv-event-time.ts): `id; title@; description@ (Markdown); place (an entry's
 * id or name); street; postalCode; city; addressExtra@; organizer; languages; cost@;
 * registration (yes/no); registrationUrl; registrationPhone; registrationNote@; dates;
 * repeat; from; until; except; holidays; extra`.
 */
import { canonicalJson } from '../../pack/canonical-json.js';
import { applyTextColumns, languagesOf, parseDate, parseYesNo, splitList, textCells, textHeaders, type Column } from './csv-columns.js';
import { datesCell, parseDatesCell, parseRepeatCell, repeatCell, type Times } from './csv-event-time.js';
import { lookupEntry, setField, type KindRowContext, type KindSpec } from './csv-kind.js';
import { lookupLanguage, nearest } from './vocabulary.js';
import type { LocalizedText, SourceContent, SourceEvent, SourceEventTime } from '../../pack/types.js';

const TEXTS = ['title', 'description', 'addressExtra', 'cost', 'registrationNote'] as const;
const SCALARS = ['id', 'place', 'street', 'postalCode', 'city', 'organizer', 'languages', 'registration', 'registrationUrl', 'registrationPhone', 'dates', 'repeat', 'from', 'until', 'except', 'holidays', 'extra'] as const;

const ALIASES: Record<string, string> = {
  titel: 'title',
  name: 'title',
  veranstaltung: 'title',
  beschreibung: 'description',
  ort: 'place',
  veranstaltungsort: 'place',
  treffpunkt: 'place',
  strasse: 'street',
  straße: 'street',
  adresse: 'street',
  plz: 'postalCode',
  postleitzahl: 'postalCode',
  stadt: 'city',
  veranstalter: 'organizer',
  träger: 'organizer',
  sprachen: 'languages',
  kosten: 'cost',
  preis: 'cost',
  anmeldung: 'registration',
  'anmeldung nötig': 'registration',
  'anmeldung url': 'registrationUrl',
  'anmeldung telefon': 'registrationPhone',
  'anmeldung hinweis': 'registrationNote',
  termine: 'dates',
  termin: 'dates',
  datum: 'dates',
  wiederholung: 'repeat',
  regel: 'repeat',
  von: 'from',
  ab: 'from',
  bis: 'until',
  ausnahmen: 'except',
  'außer': 'except',
  'entfällt': 'except',
  feiertage: 'holidays',
  'ohne feiertage': 'holidays',
  skipholidays: 'holidays',
};

const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'yes' : 'no');

function table(content: SourceContent): { header: string[]; rows: string[][] } {
  const langs = languagesOf(content);
  const t = (f: string) => textHeaders(f, langs);
  const header = ['id', ...t('title'), ...t('description'), 'place', 'street', 'postalCode', 'city', ...t('addressExtra'), 'organizer', 'languages', ...t('cost')];
  header.push('registration', 'registrationUrl', 'registrationPhone', ...t('registrationNote'), 'dates', 'repeat', 'from', 'until', 'except', 'holidays', 'extra');
  const rows = (content.events ?? []).map((e) => [
    e.id,
    ...textCells(e.title, langs),
    ...textCells(e.description, langs),
    e.place ?? '',
    e.address?.street ?? '',
    e.address?.postalCode ?? '',
    e.address?.city ?? '',
    ...textCells(e.address?.extra, langs),
    e.organizer ?? '',
    (e.languages ?? []).join(', '),
    ...textCells(e.cost, langs),
    yesNo(e.registration?.required),
    e.registration?.url ?? '',
    e.registration?.phone ?? '',
    ...textCells(e.registration?.note, langs),
    datesCell(e.time),
    repeatCell(e.time),
    e.time?.from ?? '',
    e.time?.until ?? '',
    (e.time?.except ?? []).join(', '),
    yesNo(e.time?.skipHolidays),
    e.extra && Object.keys(e.extra).length ? canonicalJson(e.extra) : '',
  ]);
  return { header, rows };
}

/** An entry's id for place/organizer, by id or name; a reason when there is none. */
function entryOf(v: string, col: Column, cx: KindRowContext): { id?: string; reason?: string } {
  const id = lookupEntry(v, cx.content);
  if (id) {
    if (id !== v) cx.mapped.push(`"${v}" → ${id}`);
    return { id };
  }
  const suggestion = nearest(v, cx.content.entries.map((e) => e.id));
  return { reason: cx.bad(col, 'csv.notEntry', { value: v }) + (suggestion ? cx.m('common.didYouMean', { suggestion }) : '') };
}

/** Sets the time's dates/repeat/start/end from the two cells (an absent column keeps what the event has). */
function applyTime(time: SourceEventTime, cells: string[], columns: Column[], cx: KindRowContext): string[] {
  const datesCol = columns.find((c) => c.field === 'dates');
  const repeatCol = columns.find((c) => c.field === 'repeat');
  if (!datesCol && !repeatCol) return [];
  const reasons: string[] = [];
  const dv = datesCol ? (cells[datesCol.index] ?? '').trim() : '';
  const rv = repeatCol ? (cells[repeatCol.index] ?? '').trim() : '';
  let times: Times | undefined;
  if (datesCol) {
    if (!dv) delete time.dates;
    else {
      const d = parseDatesCell(dv);
      if ('error' in d) reasons.push(d.error === 'times' ? cx.bad(datesCol, 'csv.datesTimes', { times: d.times ?? '' }) : cx.bad(datesCol, 'csv.notDates', { value: dv }));
      else {
        time.dates = d.dates;
        times = d.times;
      }
    }
  }
  if (repeatCol) {
    if (!rv) delete time.repeat;
    else {
      const r = parseRepeatCell(rv);
      if (!r) reasons.push(cx.bad(repeatCol, 'csv.notRepeat', { value: rv }));
      else {
        time.repeat = r.repeat as SourceEventTime['repeat'];
        times = r.times;
      }
    }
  }
  if (dv && rv) reasons.push(cx.m('csv.datesAndRepeat', { dates: datesCol!.header, repeat: repeatCol!.header }));
  // The time is said in the cell that has the dates or the rule; with neither, the event has none.
  if (times || (!time.dates?.length && !time.repeat)) {
    setField(time, 'start', times?.start);
    setField(time, 'end', times?.end);
  }
  return reasons;
}

function apply(event: SourceEvent, cells: string[], columns: Column[], cx: KindRowContext): string[] {
  const reasons: string[] = [];
  const address: Record<string, unknown> = { ...(event.address ?? {}) };
  let addressTouched = false;
  const registration: Record<string, unknown> = { ...(event.registration ?? {}) };
  let registrationTouched = false;
  const time = structuredClone(event.time ?? {}) as SourceEventTime;
  for (const col of columns) {
    const v = (cells[col.index] ?? '').trim();
    switch (col.field) {
      case 'place':
      case 'organizer': {
        if (!v) setField(event, col.field, undefined);
        else {
          const r = entryOf(v, col, cx);
          if (r.reason) reasons.push(r.reason);
          else setField(event, col.field, r.id);
        }
        break;
      }
      case 'street':
      case 'postalCode':
      case 'city':
        addressTouched = true;
        setField(address, col.field, col.field === 'postalCode' && /^\d{4}$/.test(v) ? `0${v}` : v || undefined); // Excel drops the leading zero of 01067
        break;
      case 'languages': {
        const codes: string[] = [];
        for (const word of splitList(v)) {
          const l = lookupLanguage(word, cx.lang);
          if ('value' in l) {
            codes.push(l.value);
            if (l.value !== word) cx.mapped.push(`"${word}" → ${l.value}`);
          } else reasons.push(cx.bad(col, 'csv.notLanguage', { value: word }) + (l.suggestion ? cx.m('common.didYouMean', { suggestion: l.suggestion }) : ''));
        }
        setField(event, 'languages', codes.length ? [...new Set(codes)] : undefined);
        break;
      }
      case 'registration': {
        registrationTouched = true;
        const b = v ? parseYesNo(v) : undefined;
        if (v && b === undefined) reasons.push(cx.bad(col, 'csv.notYesNo', { value: v }));
        else setField(registration, 'required', b);
        break;
      }
      case 'registrationUrl':
      case 'registrationPhone':
        registrationTouched = true;
        setField(registration, col.field === 'registrationUrl' ? 'url' : 'phone', v || undefined);
        break;
      case 'from':
      case 'until': {
        const d = v ? parseDate(v) : undefined;
        if (v && !d) reasons.push(cx.bad(col, 'csv.notDate', { value: v }));
        else setField(time, col.field, d);
        break;
      }
      case 'except': {
        const dates = splitList(v).map((s) => [s, parseDate(s)] as const);
        for (const [s, d] of dates) if (!d) reasons.push(cx.bad(col, 'csv.notDate', { value: s }));
        setField(time, 'except', dates.length ? dates.map(([, d]) => d!) : undefined);
        break;
      }
      case 'holidays': {
        const b = v ? parseYesNo(v) : undefined;
        if (v && b === undefined) reasons.push(cx.bad(col, 'csv.notYesNo', { value: v }));
        else setField(time, 'skipHolidays', b);
        break;
      }
      case 'extra':
        if (!v) setField(event, 'extra', undefined);
        else {
          try {
            const parsed = JSON.parse(v) as unknown;
            if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
            setField(event, 'extra', parsed);
          } catch {
            reasons.push(cx.bad(col, 'csv.notJson'));
          }
        }
        break;
    }
  }
  reasons.push(...applyTime(time, cells, columns, cx));
  const e = event as unknown as Record<string, unknown>;
  applyTextColumns(cells, columns, ['title', 'description', 'cost'], ['description'], (f) => e[f] as LocalizedText | undefined, (f, v) => setField(event, f, v));
  applyTextColumns(cells, columns, ['addressExtra'], [], () => address.extra as LocalizedText | undefined, (_f, v) => {
    addressTouched = true;
    setField(address, 'extra', v);
  });
  applyTextColumns(cells, columns, ['registrationNote'], [], () => registration.note as LocalizedText | undefined, (_f, v) => {
    registrationTouched = true;
    setField(registration, 'note', v);
  });
  if (addressTouched) setField(event, 'address', Object.keys(address).length ? address : undefined);
  if (registrationTouched) setField(event, 'registration', Object.keys(registration).length ? registration : undefined);
  event.time = time;
  return reasons;
}

export const EVENTS_CSV: KindSpec<SourceEvent> = {
  kind: 'events',
  key: 'event',
  columns: { texts: TEXTS, scalars: SCALARS, aliases: ALIASES },
  distinctive: ['place', 'organizer', 'cost', 'registration', 'registrationUrl', 'registrationPhone', 'registrationNote', 'dates', 'repeat', 'except', 'holidays'],
  distinctiveAliases: ['veranstaltungsort', 'veranstalter', 'kosten', 'anmeldung', 'termine', 'wiederholung', 'ausnahmen', 'feiertage'],
  nameField: 'title',
  items: (c) => c.events,
  setItems: (c, items) => {
    if (items.length || c.events) c.events = items;
  },
  table,
  apply,
};
