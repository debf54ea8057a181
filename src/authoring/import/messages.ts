/**
 * The words of import reports, in the clerk's language (German and English; more can be
 * added as another column of the same table). Importers take `lang` in their options and
 * write every note and reason through `importMessages(lang)`, so the CLI (`--ui-lang`, or
 * the system's LANG) and the editor (its UI language) print the same report.
 */

import { fillTemplate, tableFor, uiLanguageFrom, type Params, type Template } from '../message-table.js';

const EN = {
  'csv.row': 'row {row}',
  'csv.encoding': 'The file was read as {encoding}.',
  'csv.encodingLegacy': 'The file was read as Windows-1252 (German Excel\'s "CSV (Trennzeichen-getrennt)"); umlauts are kept. "CSV UTF-8" avoids the guess.',
  'csv.emptyColumns': (p) => `Ignored ${p.count} empty column${p.count === 1 ? '' : 's'} without a header (Excel writes them at the end of a row).`,
  'csv.noHeader': 'Column {column} has no header; give it a name or delete the column.',
  'csv.phoneColumn': 'Column "{header}": use phone, phone2, … phone20.',
  'csv.langNotInTown': 'Column "{header}": "{lang}" is not one of the municipality\'s languages ({langs}); add it to municipality.yaml or fix the header.',
  'csv.langOnScalar': 'Column "{header}": {field} is the same in every language; remove "@{lang}".',
  'csv.sameField': 'Columns "{first}" and "{second}" are the same field; keep one of them.',
  'csv.needIdOrName': 'The file needs an "id" column or a "name@{lang}" column to know which entry each row is.',
  'csv.unknownColumns': 'Columns kept in each entry\'s extra (Kompass has no field for them): {columns}.',
  'csv.newId': '{origin}: new id "{id}" made from the name.',
  'csv.cellCount': 'The row has {cells} cells but the header has {header}; check for a separator or quote inside a cell.',
  'csv.noIdNoName': 'The row has neither an id nor a name; fill in one of them.',
  'csv.duplicateId': 'The id "{id}" is already used in row {row}; each entry may appear once.',
  'csv.notKind': 'column "{header}": "{value}" is not a kind; use one of {kinds}.',
  'csv.notNumber': 'column "{header}": "{value}" is not a number; write e.g. 50.9375 or 50,9375.',
  'csv.latLonPair': 'columns lat/lon: give both coordinates or none (without them the entry is simply not on "near me").',
  'csv.notYesNo': 'column "{header}": "{value}" is neither yes nor no (ja/nein).',
  'csv.notWheelchair': 'column "{header}": "{value}" is not one of {values} (ja, eingeschränkt, nein, unbekannt).',
  'csv.notDate': 'column "{header}": "{value}" is not a date; write 2026-11-02 or 02.11.2026.',
  'csv.notJson': 'column "{header}": not a JSON object; leave it as exported or empty it.',
  'csv.labelNoNumber': 'phone {n}: there is a label but no number; add the number or empty the label.',
  'csv.notLanguage': 'column "{header}": "{value}" is not a language Kompass knows; write names (Deutsch, Arabisch) or codes (de, ar).',
  'csv.notCategory': 'column "{header}": "{value}" is not a category; use a category\'s name or id ({categories}).',
  'csv.mapped': '{origin}: read {mappings}.',
  'csv.fileRow': '{file}, row {row}',
  'csv.kind': 'Read as a table of {kind} (from its columns; --kind to say otherwise).',
  'csv.unknownColumn': 'Column "{header}" is not a column of this table; use {known}, or delete the column.',
  'csv.needIdOrTitle': 'The file needs an "id" column or a "{field}" column to know which item each row is.',
  'csv.noIdNoTitle': 'The row has neither an id nor a title; fill in one of them.',
  'csv.duplicateRow': 'The id "{id}" is already used in row {row}; each item may appear once.',
  'csv.notEntry': 'column "{header}": "{value}" is not an entry; write its id or its name.',
  'csv.notPage': 'column "{header}": "{value}" is not a page; write the id of a page in the source or in this file.',
  'csv.ownParent': 'column "{header}": a page cannot be its own parent.',
  'csv.notLink': 'column "{header}": "{value}" is not an entry, guide or page; write its id (entry:…, guide:…, page:… where the same id is used twice).',
  'csv.notAttachment': 'column "{header}": "{value}" is not a link; write one per line as [Title](https://…).',
  'csv.attachmentUrl': 'column "{header}": the link {url} is not in the other languages\' attachment columns; every language lists the same links.',
  'csv.notWholeNumber': 'column "{header}": "{value}" is not a whole number; write e.g. 1, 2, 10.',
  'csv.notDates': 'column "{header}": "{value}" is not a date with an optional time; write 2027-01-12 15:00-17:00 or 12.01.2027, several separated by commas.',
  'csv.datesTimes': 'column "{header}": the dates have different times ({times}); an event has one time for all its dates, so make one event per time.',
  'csv.notRepeat': 'column "{header}": "{value}" is not a rule; write e.g. "weekly Tue 15:00-17:00", "every 2 weeks Thu", "monthly first Mon 18:00-20:00" or "monthly last Sat".',
  'csv.datesAndRepeat': 'columns "{dates}" and "{repeat}": an event has either dates or a rule; empty one of them.',
  'csv.notSeverity': 'column "{header}": "{value}" is not one of info, warning, urgent (Hinweis, Warnung, dringend).',
  'common.didYouMean': ' Did you mean "{suggestion}"?',
  'common.noMunicipality': 'municipality.yaml has no valid languages/defaultLanguage; run "kompass validate" and fix it first.',
  'common.notSourceFolder': '{dir} is not a source folder (municipality.yaml is missing); create one with "kompass new" first.',
  'common.line': 'line {line}: {message}',
  'report.read': (p) => `Read ${p.rows} row${p.rows === 1 ? '' : 's'} (separator "${p.delimiter}").`,
  'report.note': 'note: {text}',
  'report.rejected': 'rejected {label}: {reasons}',
  'report.nothingWritten': 'Nothing was written.',
  'report.stopped': 'Nothing was written: {count} {what} rejected{fatal}. Fix them{partial}.',
  'report.stoppedFatal': (p) => `, ${p.count} problem${p.count === 1 ? '' : 's'} in the source`,
  'report.usePartial': ', or use --partial to import the valid ones',
  'report.summary': '{added} added, {changed} changed, {unchanged} unchanged{rejected}',
  'report.summaryRejected': ', {count} rejected',
  'report.outdated': (p) => `${p.count} translation${p.count === 1 ? '' : 's'} marked outdated (their default-language text changed; use --minor for small fixes).`,
  'report.dryRun': 'Dry run: {summary}; nothing written.',
  'report.wouldAdd': 'would add {item}',
  'report.wouldChange': 'would change {item}: {fields}',
  'report.written': (p) => `${p.summary}; ${p.count} file${p.count === 1 ? '' : 's'} written${p.files}.`,
  'report.what.rows': 'rows',
  'report.what.items': 'items',
  'report.what.services': 'services',
  'report.what.units': 'translation units',
  'kind.entries': 'entries',
  'kind.pages': 'information pages',
  'kind.events': 'events',
  'kind.notices': 'notices',
} satisfies Record<string, Template>;

export type ImportMessageKey = keyof typeof EN;

const DE: Record<ImportMessageKey, Template> = {
  'csv.row': 'Zeile {row}',
  'csv.encoding': 'Die Datei wurde als {encoding} gelesen.',
  'csv.encodingLegacy': 'Die Datei wurde als Windows-1252 gelesen (so speichert das deutsche Excel „CSV (Trennzeichen-getrennt)“); Umlaute bleiben erhalten. Mit „CSV UTF-8“ muss nichts geraten werden.',
  'csv.emptyColumns': (p) => `${p.count} ${p.count === 1 ? 'leere Spalte' : 'leere Spalten'} ohne Überschrift übergangen (Excel schreibt sie am Zeilenende).`,
  'csv.noHeader': 'Spalte {column} hat keine Überschrift: geben Sie ihr einen Namen oder löschen Sie die Spalte.',
  'csv.phoneColumn': 'Spalte „{header}“: Verwenden Sie phone, phone2, … phone20 (oder Telefon, Telefon2, …).',
  'csv.langNotInTown': 'Spalte „{header}“: „{lang}“ ist keine Sprache der Kommune ({langs}); ergänzen Sie sie in municipality.yaml oder korrigieren Sie die Überschrift.',
  'csv.langOnScalar': 'Spalte „{header}“: {field} ist in allen Sprachen gleich; entfernen Sie „@{lang}“.',
  'csv.sameField': 'Die Spalten „{first}“ und „{second}“ sind dasselbe Feld; behalten Sie eine davon.',
  'csv.needIdOrName': 'Die Datei braucht eine Spalte „id“ oder „name@{lang}“ (bzw. „Bezeichnung“), damit klar ist, welcher Eintrag in welcher Zeile steht.',
  'csv.unknownColumns': 'Spalten, für die Kompass kein Feld hat, werden im Eintrag unter „extra“ aufbewahrt: {columns}.',
  'csv.newId': '{origin}: neue Kennung „{id}“ aus dem Namen gebildet.',
  'csv.cellCount': 'Die Zeile hat {cells} Zellen, die Überschrift aber {header}; prüfen Sie, ob in einer Zelle ein Trennzeichen oder Anführungszeichen steht.',
  'csv.noIdNoName': 'Die Zeile hat weder eine Kennung noch einen Namen; füllen Sie eines davon aus.',
  'csv.duplicateId': 'Die Kennung „{id}“ steht schon in Zeile {row}; jeder Eintrag darf nur einmal vorkommen.',
  'csv.notKind': 'Spalte „{header}“: „{value}“ ist keine Art; möglich sind {kinds}.',
  'csv.notNumber': 'Spalte „{header}“: „{value}“ ist keine Zahl; schreiben Sie z. B. 50,9375 oder 50.9375.',
  'csv.latLonPair': 'Spalten Breitengrad/Längengrad: geben Sie beide Koordinaten an oder keine (ohne sie erscheint der Eintrag nur nicht bei „in der Nähe“).',
  'csv.notYesNo': 'Spalte „{header}“: „{value}“ ist weder ja noch nein.',
  'csv.notWheelchair': 'Spalte „{header}“: „{value}“ ist nicht ja, eingeschränkt, nein oder unbekannt.',
  'csv.notDate': 'Spalte „{header}“: „{value}“ ist kein Datum; schreiben Sie 02.11.2026 oder 2026-11-02.',
  'csv.notJson': 'Spalte „{header}“: kein JSON-Objekt; lassen Sie die Zelle wie exportiert oder leeren Sie sie.',
  'csv.labelNoNumber': 'Telefon {n}: Es gibt eine Bezeichnung, aber keine Nummer; ergänzen Sie die Nummer oder leeren Sie die Bezeichnung.',
  'csv.notLanguage': 'Spalte „{header}“: „{value}“ ist keine Sprache, die Kompass kennt; schreiben Sie Namen (Deutsch, Arabisch) oder Kürzel (de, ar).',
  'csv.notCategory': 'Spalte „{header}“: „{value}“ ist keine Kategorie; verwenden Sie den Namen oder die Kennung einer Kategorie ({categories}).',
  'csv.mapped': '{origin}: gelesen als {mappings}.',
  'csv.fileRow': '{file}, Zeile {row}',
  'csv.kind': 'Als Tabelle der {kind} gelesen (nach ihren Spalten; mit --kind lässt sich das ändern).',
  'csv.unknownColumn': 'Die Spalte „{header}“ gehört nicht zu dieser Tabelle; möglich sind {known} – oder löschen Sie die Spalte.',
  'csv.needIdOrTitle': 'Die Datei braucht eine Spalte „id“ oder „{field}“, damit klar ist, welcher Eintrag in welcher Zeile steht.',
  'csv.noIdNoTitle': 'Die Zeile hat weder eine Kennung noch einen Titel; füllen Sie eines davon aus.',
  'csv.duplicateRow': 'Die Kennung „{id}“ steht schon in Zeile {row}; jeder Eintrag darf nur einmal vorkommen.',
  'csv.notEntry': 'Spalte „{header}“: „{value}“ ist kein Eintrag; schreiben Sie seine Kennung oder seinen Namen.',
  'csv.notPage': 'Spalte „{header}“: „{value}“ ist keine Seite; schreiben Sie die Kennung einer Seite aus dem Inhaltsordner oder dieser Datei.',
  'csv.ownParent': 'Spalte „{header}“: Eine Seite kann nicht unter sich selbst stehen.',
  'csv.notLink': 'Spalte „{header}“: „{value}“ ist weder Eintrag noch Wegweiser noch Seite; schreiben Sie die Kennung (entry:…, guide:…, page:…, wenn dieselbe Kennung zweimal vorkommt).',
  'csv.notAttachment': 'Spalte „{header}“: „{value}“ ist kein Link; schreiben Sie einen pro Zeile als [Titel](https://…).',
  'csv.attachmentUrl': 'Spalte „{header}“: Der Link {url} fehlt in den Anhang-Spalten der anderen Sprachen; jede Sprache nennt dieselben Links.',
  'csv.notWholeNumber': 'Spalte „{header}“: „{value}“ ist keine ganze Zahl; schreiben Sie z. B. 1, 2, 10.',
  'csv.notDates': 'Spalte „{header}“: „{value}“ ist kein Datum mit optionaler Uhrzeit; schreiben Sie 12.01.2027 15:00-17:00 oder 2027-01-12, mehrere durch Kommas getrennt.',
  'csv.datesTimes': 'Spalte „{header}“: Die Termine haben verschiedene Uhrzeiten ({times}); eine Veranstaltung hat eine Uhrzeit für alle Termine – legen Sie je Uhrzeit eine Veranstaltung an.',
  'csv.notRepeat': 'Spalte „{header}“: „{value}“ ist keine Regel; schreiben Sie z. B. „wöchentlich Di 15:00-17:00“, „alle 2 Wochen Do“, „monatlich erster Mo 18:00-20:00“ oder „monatlich letzter Sa“.',
  'csv.datesAndRepeat': 'Spalten „{dates}“ und „{repeat}“: Eine Veranstaltung hat entweder Termine oder eine Regel; leeren Sie eine der beiden.',
  'csv.notSeverity': 'Spalte „{header}“: „{value}“ ist nicht Hinweis, Warnung oder dringend (info, warning, urgent).',
  'common.didYouMean': ' Meinten Sie „{suggestion}“?',
  'common.noMunicipality': 'municipality.yaml hat keine gültigen Sprachen (languages/defaultLanguage); prüfen Sie die Datei mit „kompass validate“.',
  'common.notSourceFolder': '{dir} ist kein Inhaltsordner (municipality.yaml fehlt); legen Sie einen mit „kompass new“ an.',
  'common.line': 'Zeile {line}: {message}',
  'report.read': (p) => `${p.rows} ${p.rows === 1 ? 'Zeile' : 'Zeilen'} gelesen (Trennzeichen „${p.delimiter}“).`,
  'report.note': 'Hinweis: {text}',
  'report.rejected': 'abgelehnt {label}: {reasons}',
  'report.nothingWritten': 'Es wurde nichts geschrieben.',
  'report.stopped': 'Es wurde nichts geschrieben: {count} {what} abgelehnt{fatal}. Bitte korrigieren{partial}.',
  'report.stoppedFatal': (p) => `, ${p.count} ${p.count === 1 ? 'Problem' : 'Probleme'} im Inhaltsordner`,
  'report.usePartial': ' – oder mit --partial nur die gültigen übernehmen',
  'report.summary': '{added} neu, {changed} geändert, {unchanged} unverändert{rejected}',
  'report.summaryRejected': ', {count} abgelehnt',
  'report.outdated': (p) => `${p.count} ${p.count === 1 ? 'Übersetzung' : 'Übersetzungen'} als veraltet markiert (der Text in der Standardsprache hat sich geändert; --minor für kleine Korrekturen).`,
  'report.dryRun': 'Probelauf: {summary}; nichts geschrieben.',
  'report.wouldAdd': 'würde neu anlegen: {item}',
  'report.wouldChange': 'würde ändern: {item}: {fields}',
  'report.written': (p) => `${p.summary}; ${p.count} ${p.count === 1 ? 'Datei' : 'Dateien'} geschrieben${p.files}.`,
  'report.what.rows': 'Zeilen',
  'report.what.items': 'Einträge',
  'report.what.services': 'Angebote',
  'report.what.units': 'Übersetzungseinheiten',
  'kind.entries': 'Einträge',
  'kind.pages': 'Informationsseiten',
  'kind.events': 'Veranstaltungen',
  'kind.notices': 'Hinweise',
};

const CATALOGS: Record<string, Record<ImportMessageKey, Template>> = { en: EN, de: DE };

/** The report languages there are (`de`, `en`). */
export const IMPORT_REPORT_LANGUAGES = Object.keys(CATALOGS);

export type ImportMessages = (key: ImportMessageKey, params?: Params) => string;

/** The report language for a command line: `--ui-lang`, else the system's LC_ALL / LC_MESSAGES / LANG (`de_DE.UTF-8` → de). */
export function reportLanguage(explicit: string | undefined, env: Record<string, string | undefined>): string {
  return uiLanguageFrom(explicit, env, IMPORT_REPORT_LANGUAGES);
}

/** A formatter for `lang` (its base language; English when there is no catalog for it). */
export function importMessages(lang = 'en'): ImportMessages {
  const catalog = tableFor(CATALOGS, lang);
  return (key, params = {}) => fillTemplate(catalog[key], params);
}
