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
  'hsds.service': 'service #{n}{id}',
  'hsds.noIdOrName': 'The service has no id or no name.',
  'hsds.duplicateId': 'The service id "{id}" appears twice.',
  'hsds.langNotInTown': '--lang {lang} is not one of the municipality\'s languages ({langs}).',
  'hsds.schedulesEnded': (p) => `${p.origin}: ${p.count} schedule${p.count === 1 ? '' : 's'} ended before ${p.date} (valid_to ${p.dates}); not used as opening hours, kept in extra.hsds.`,
  'hsds.schedulesFuture': (p) => `${p.origin}: ${p.count} schedule${p.count === 1 ? ' starts' : 's start'} after ${p.date} (valid_from ${p.dates}); not used as opening hours yet, kept in extra.hsds.`,
  'hsds.summary': (p) =>
    `${p.services} service${p.services === 1 ? '' : 's'} → entries; texts into "${p.lang}"; opening hours from schedules: ${p.hours}; addresses: ${p.addresses}; phones: ${p.phones}; languages spoken: ${p.languages}; entries with unmapped HSDS data kept in extra.hsds: ${p.extra}.`,
  'hsds.otherLanguage': '--lang {lang}: texts go into {langName}; addresses, hours, phones and other facts of entries that already exist come from the {defaultName} data.',
  'hsds.needCategory': 'New entries need a category: the HSDS data has no Kompass category for them; give one with --category <id>.',
  'hsds.needsDefaultText': (p) =>
    `${p.count} new service${p.count === 1 ? ' has' : 's have'} no ${p.defaultName} text yet, and an entry needs one before it is published. ${p.count === 1 ? 'It was' : 'They were'} written, with everything the data has, to ${p.file}: fill in the ${p.defaultName} columns (${p.columns}) in Excel and import the file with "kompass import csv ${p.file} --into ${p.dir}".`,
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
  'hsds.service': 'Angebot Nr. {n}{id}',
  'hsds.noIdOrName': 'Das Angebot hat keine Kennung oder keinen Namen.',
  'hsds.duplicateId': 'Die Kennung „{id}“ kommt bei zwei Angeboten vor.',
  'hsds.langNotInTown': '--lang {lang} ist keine Sprache der Kommune ({langs}).',
  'hsds.schedulesEnded': (p) => `${p.origin}: ${p.count} ${p.count === 1 ? 'Zeitplan endete' : 'Zeitpläne endeten'} vor dem ${p.date} (valid_to ${p.dates}); nicht als Öffnungszeiten übernommen, in extra.hsds aufbewahrt.`,
  'hsds.schedulesFuture': (p) => `${p.origin}: ${p.count} ${p.count === 1 ? 'Zeitplan beginnt' : 'Zeitpläne beginnen'} erst nach dem ${p.date} (valid_from ${p.dates}); noch nicht als Öffnungszeiten übernommen, in extra.hsds aufbewahrt.`,
  'hsds.summary': (p) =>
    `${p.services} ${p.services === 1 ? 'Angebot' : 'Angebote'} → Einträge; Texte in „${p.lang}“; Öffnungszeiten aus Zeitplänen: ${p.hours}; Adressen: ${p.addresses}; Telefonnummern: ${p.phones}; gesprochene Sprachen: ${p.languages}; Einträge mit weiteren HSDS-Daten in extra.hsds: ${p.extra}.`,
  'hsds.otherLanguage': '--lang {lang}: Die Texte gehen in {langName}; Adressen, Zeiten, Telefonnummern und andere Angaben schon vorhandener Einträge kommen aus den Daten in {defaultName}.',
  'hsds.needCategory': 'Neue Einträge brauchen eine Kategorie: Die HSDS-Daten nennen keine Kompass-Kategorie; geben Sie eine mit --category <Kennung> an.',
  'hsds.needsDefaultText': (p) =>
    `${p.count} ${p.count === 1 ? 'neues Angebot hat' : 'neue Angebote haben'} noch keinen Text auf ${p.defaultName}; ein Eintrag braucht ihn, bevor er veröffentlicht wird. ${p.count === 1 ? 'Es wurde' : 'Sie wurden'} mit allen Angaben der Daten in ${p.file} geschrieben: Füllen Sie in Excel die Spalten auf ${p.defaultName} aus (${p.columns}) und importieren Sie die Datei mit „kompass import csv ${p.file} --into ${p.dir}“.`,
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
