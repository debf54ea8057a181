import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { slugify } from '../../../authoring/import/import-plan.js';
import { GERMAN_STATES } from '../../../authoring/hours/hours-compile.js';
import { loadAndValidate } from '../../source/validate-folder.js';
import { UsageError, type CliIo } from '../io.js';
import { parse } from './args.js';
import { countLine } from './validate.js';

export const NEW_HELP = `Usage: kompass new <dir> [--name "Musterstadt"] [--state NW] [--languages de,en,ar]

Creates a content folder for a municipality with a commented example of every file:
  municipality.yaml   the municipality: name, languages, time zone, state
  categories.yaml     the category tree
  entries/            one office, counselling service or association per file
  guides/             step-by-step guides ("the first weeks")
  pages/              information pages: a tree of topics and sub-pages
  events/             one event per file: a weekly Sprachcafé, a monthly evening, a festival
  notices.yaml        dated notices: "closed 24.12.–2.1.", "strike on Thursday"
  synonyms.yaml       words that mean the same for search

Options:
  --name <text>        the municipality's name (default: from the folder name)
  --id <id>            its id (default: made from the name)
  --state <code>       German state for public holidays: ${Object.keys(GERMAN_STATES).join(' ')} (default NW)
  --languages <list>   languages offered, default language first (default: de,en,ar)
  --help, -h           show this help

The folder must not exist or be empty. Then: edit the files, "kompass validate <dir>",
"kompass build <dir> --out <pack>". Docs: docs/content-format.md.`;

export async function newCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, { name: { type: 'string' }, id: { type: 'string' }, state: { type: 'string' }, languages: { type: 'string' } });
  if (values.help) {
    io.out(NEW_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('new needs exactly one folder.');
  const dir = positionals[0]!;
  const existing = await readdir(dir).catch(() => [] as string[]);
  if (existing.length) {
    io.err(`kompass new: ${dir} exists and is not empty; choose a new folder.`);
    return 1;
  }
  const name = values.name ?? basename(resolve(dir)).replace(/^./, (c) => c.toUpperCase());
  const id = values.id ?? slugify(name, 'stadt');
  const state = (values.state ?? 'NW').toUpperCase();
  if (!(state in GERMAN_STATES)) throw new UsageError(`--state "${values.state}" is not one of ${Object.keys(GERMAN_STATES).join(', ')}.`);
  const languages = (values.languages ?? 'de,en,ar').split(',').map((l) => l.trim()).filter(Boolean);
  if (!languages.length || languages.some((l) => !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(l))) throw new UsageError(`--languages "${values.languages}" is not a list of language codes such as de,en,ar.`);
  const def = languages[0]!;
  const t = (texts: Record<string, string>, indent = 2) =>
    languages
      .filter((l) => texts[l] ?? texts.de)
      .filter((l, i) => i === 0 || texts[l])
      .map((l) => `${' '.repeat(indent)}${l}: ${JSON.stringify(texts[l] ?? texts.de)}`)
      .join('\n');

  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const today = inDays(0);
  const files: Record<string, string> = {
    'municipality.yaml': `# The municipality. Every text field is a map from language code to text; the default
# language (the first of "languages") is required, the others are translations.
# Reference: docs/content-format.md
id: ${id}
name:
${t({ de: name, en: name, ar: name })}
# The language texts are written in first; readers of other languages fall back to it.
defaultLanguage: ${def}
# The languages offered to readers, in the order the language menu shows them.
languages: [${languages.join(', ')}]
timeZone: Europe/Berlin
# German state (for public holidays in opening hours): ${Object.keys(GERMAN_STATES).join(' ')}
state: ${state}
# Entries are closed on public holidays unless their opening hours mention PH.
closedOnPublicHolidays: true
# imprintUrl: https://www.example-stadt.de/impressum
# privacyUrl: https://www.example-stadt.de/datenschutz
contact:
  # Shown to readers as "report a mistake".
  email: integration@example-stadt.de
  name: Integrationsbüro
`,
    'categories.yaml': `# The categories, in display order. "parent" makes a sub-category.
# Icons: building, document, chat, stethoscope, school, briefcase, home, people, language, … (kompass validate lists them all)
- id: behoerden
  icon: building
  label:
${t({ de: 'Ämter und Behörden', en: 'Offices and authorities', ar: 'الدوائر والسلطات' }, 4)}
- id: aufenthalt
  parent: behoerden
  icon: document
  label:
${t({ de: 'Aufenthalt', en: 'Residence', ar: 'الإقامة' }, 4)}
- id: beratung
  icon: chat
  label:
${t({ de: 'Beratung', en: 'Counselling', ar: 'الاستشارة' }, 4)}
`,
    'entries/buergerbuero.yaml': `# One entry per file, named after its id (lowercase letters, digits, hyphens).
id: buergerbuero
# authority, counselling, association, course, health, education, emergency or other
kind: authority
categories: [behoerden]
name:
${t({ de: 'Bürgerbüro', en: "Citizens' Office", ar: 'مكتب المواطنين' })}
summary:
${t({ de: 'Anmeldung der Wohnung, Ausweise, Meldebescheinigungen.', en: 'Registering your address, ID cards, registration certificates.', ar: 'تسجيل السكن، بطاقات الهوية، شهادات التسجيل.' })}
# Markdown: paragraphs, lists, **bold**, *italic*, links (https:, tel:, mailto:, geo:), ## headings.
description:
  ${def}: |
    ## ${def === 'de' ? 'Was Sie mitbringen' : 'What to bring'}

    - ${def === 'de' ? 'Ihren Pass oder Ausweis' : 'your passport or ID card'}
    - ${def === 'de' ? 'die Wohnungsgeberbestätigung' : "the landlord's confirmation"}
address:
  street: Marktplatz 1
  postalCode: "12345"      # always in quotes
  city: ${JSON.stringify(name)}
  lat: 50.9375
  lon: 6.9603
# OpenStreetMap opening_hours syntax; a later rule for the same day replaces an earlier one.
openingHours: Mo-Fr 08:00-12:00, Tu,Th 14:00-18:00 "nur mit Termin"; PH off
phones:
  - number: +49 221 123456
    label:
${t({ de: 'Zentrale', en: 'Switchboard', ar: 'المقسم' }, 6)}
email: buergerbuero@example-stadt.de
website: https://www.example-stadt.de/buergerbuero
appointment:
  required: true
  url: https://termine.example-stadt.de
languages: [de, en]        # spoken on site
wheelchair: yes            # yes, limited, no, unknown
lastChecked: ${new Date().toISOString().slice(0, 10)}
# A translation can record what it was made from and whether a machine made it:
#   ar:
#     text: …
#     from: 3f9a01c2       # short hash of the default-language text (kompass status shows outdated ones)
#     machine: true
`,
    'guides/ankommen.yaml': `# A guide: steps a newcomer takes, each pointing to entries.
id: ankommen
icon: map
title:
${t({ de: 'Die ersten Schritte', en: 'First steps', ar: 'الخطوات الأولى' })}
intro:
${t({ de: 'Diese Schritte helfen Ihnen in den **ersten Wochen**.', en: 'These steps help you in your **first weeks**.' })}
steps:
  - id: anmelden
    title:
${t({ de: 'Wohnung anmelden', en: 'Register your address', ar: 'تسجيل السكن' }, 6)}
    text:
${t({ de: 'Melden Sie sich innerhalb von zwei Wochen an.', en: 'Register within two weeks of moving in.' }, 6)}
    entries: [buergerbuero]
    documents:
      - ${def}: ${def === 'de' ? 'Pass' : 'Passport'}
`,
    'pages/ankommen.yaml': `# An information page. Without "parent" it is a topic on the reader's home.
# "order" sorts siblings (smaller first); "entries", "guides" and "pages" are linked below the text.
id: ankommen
order: 1
icon: info
title:
${t({ de: 'Ankommen', en: 'Arriving', ar: 'الوصول' })}
text:
${t({ de: 'Was in den **ersten Wochen** wichtig ist.', en: 'What matters in your **first weeks**.' })}
guides: [ankommen]
`,
    'pages/wohnsitz-anmelden.yaml': `# A sub-page: "parent" names the page above it (any depth).
id: wohnsitz-anmelden
parent: ankommen
title:
${t({ de: 'Wohnsitz anmelden', en: 'Registering your address', ar: 'تسجيل السكن' })}
text:
${t({ de: 'Melden Sie Ihre Wohnung innerhalb von zwei Wochen im Bürgerbüro an.', en: "Register your address at the Citizens' Office within two weeks." })}
entries: [buergerbuero]
# Documents to download: a link and a title each.
attachments:
  - url: https://www.${id}.example/formulare/anmeldung.pdf
    title:
${t({ de: 'Anmeldeformular (PDF)', en: 'Registration form (PDF)' }, 6)}
`,
    'events/sprachcafe.yaml': `# One event per file. The build turns the time into the dates of the next 12 months.
id: sprachcafe
title:
${t({ de: 'Sprachcafé', en: 'Language café', ar: 'مقهى اللغة' })}
description:
${t({ de: 'Deutsch üben bei Kaffee und Tee. **Ohne Anmeldung.**', en: 'Practise German over coffee and tea. **No registration.**' })}
place: buergerbuero           # an entry (its address is used) — or address: { street, postalCode, city }
languages: [${languages.join(', ')}]
cost:
${t({ de: 'kostenlos', en: 'free', ar: 'مجاناً' })}
# registration: { required: true, phone: "+49 …", url: "https://…" }
time:
  repeat: { every: week, on: [Tu] }   # or { every: month, on: [{ week: 1, day: Mo }] }; or dates: [${today}]
  from: ${today}
  start: "15:00"
  end: "17:00"
  except: []                          # dates it does not take place
  skipHolidays: true                  # leave out the state's public holidays
`,
    'notices.yaml': `# Short, dated notices, shown from "from" to "until" (inclusive), for the whole town or some entries.
- id: geschlossen-beispiel
  text:
${t({ de: 'Das Bürgerbüro ist an diesen Tagen geschlossen.', en: "The citizens' office is closed on these days.", ar: 'مكتب المواطنين مغلق في هذه الأيام.' }, 4)}
  from: ${inDays(30)}
  until: ${inDays(32)}
  severity: warning       # info (default), warning or urgent
  entries: [buergerbuero] # without: for the whole town
  closed: true            # "open now" says closed on these days
`,
    'synonyms.yaml': `# Words that mean the same for search, all languages together.
- id: anmeldung
  terms:
    de: [Anmeldung, Wohnsitzanmeldung, Ummeldung]
    en: [registration]
`,
  };
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(join(dir, rel, '..'), { recursive: true });
    await writeFile(join(dir, rel), text, 'utf8');
  }
  const { problems } = await loadAndValidate(dir);
  io.out(`Created ${dir}: ${Object.keys(files).join(', ')} (${countLine(problems)}).`);
  io.out(`Next: edit the files, then "kompass validate ${dir}" and "kompass build ${dir} --out <pack-dir>".`);
  return 0;
}
