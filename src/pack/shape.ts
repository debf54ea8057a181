/**
 * A compact, hand-written check of the shape of a pack's base and text files: strings where
 * the reader expects strings, rich text as arrays of known nodes, arrays and maps where they
 * belong. The sync runs it before it activates a revision, so a tampered or broken file is
 * refused as `malformed` instead of breaking a view. It is not the JSON Schema (that is the
 * build's and the editor's job, with ajv): unknown keys pass, values are not range-checked,
 * and it says only where the first problem is — every byte of it is in the reader's bundle.
 */

/** Returns where the value is wrong (`entries[3].name`), or undefined. */
type Check = (v: unknown, at: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const is = (type: string): Check => (v, at) => (typeof v === type ? undefined : at);
const str = is('string');
const num = is('number');
const opt = (c: Check): Check => (v, at) => (v === undefined ? undefined : c(v, at));
const nullOr = (c: Check): Check => (v, at) => (v === null ? undefined : c(v, at));
const ostr = opt(str);

/** Every element (`arr`), every value of an object used as a map (`map`), or the given fields (`obj`; others pass). */
const arr = (c: Check): Check => (v, at) => {
  if (!Array.isArray(v)) return at;
  for (let i = 0; i < v.length; i++) {
    const p = c(v[i], `${at}[${i}]`);
    if (p) return p;
  }
  return undefined;
};
const fields = (v: unknown, at: string, check: (k: string) => Check, keys?: string[]): string | undefined => {
  if (!isObject(v)) return at;
  for (const k of keys ?? Object.keys(v)) {
    const p = check(k)(v[k], `${at}.${k}`);
    if (p) return p;
  }
  return undefined;
};
const map = (c: Check): Check => (v, at) => fields(v, at, () => c);
const obj = (shape: Record<string, Check>): Check => (v, at) => fields(v, at, (k) => shape[k]!, Object.keys(shape));

/* Rich text: the tree src/authoring/markdown.ts compiles (types in src/pack/types.ts), nesting bounded. */
const inline = (depth: number): Check => (v, at) => {
  if (typeof v === 'string') return undefined;
  if (!isObject(v) || depth > 8) return at;
  if (v.t === 'br') return undefined;
  const c = arr(inline(depth + 1))(v.c, `${at}.c`);
  if (v.t === 'em' || v.t === 'strong') return c;
  return v.t === 'a' ? str(v.href, `${at}.href`) ?? c : `${at}.t`;
};
const inlines = arr(inline(0));
const block: Check = (v, at) => {
  if (!isObject(v)) return at;
  if (v.t === 'p') return inlines(v.c, `${at}.c`);
  if (v.t === 'h') return [2, 3, 4].includes(v.level as number) ? inlines(v.c, `${at}.c`) : `${at}.level`;
  return v.t === 'ul' || v.t === 'ol' ? arr(inlines)(v.items, `${at}.items`) : `${at}.t`;
};
const richText = opt(arr(block));

const strings = arr(str);
const interval = arr(num);
const hours = obj({
  week: arr(arr(interval)),
  exceptions: map(arr(interval)),
  comments: opt(strings),
  meanings: opt(arr(nullOr(str))),
});

const address = obj({ street: str, postalCode: str, city: str, lat: opt(num), lon: opt(num) });
const oneOf = (values: string[]): Check => (v, at) => (values.includes(v as string) ? undefined : at);

const base = obj({
  hoursWindow: obj({ from: str, until: str }),
  hoursTable: opt(arr(hours)),
  categories: arr(obj({ id: str, parent: ostr, icon: str })),
  entries: arr(
    obj({
      id: str,
      kind: str,
      categories: strings,
      address: opt(address),
      openingHours: ostr,
      hoursRef: opt(num),
      hours: opt(hours),
      phones: opt(arr(obj({ number: str }))),
      email: ostr,
      website: ostr,
      appointment: opt(obj({ required: is('boolean'), url: ostr })),
      languages: opt(strings),
      wheelchair: ostr,
      lastChecked: ostr,
    }),
  ),
  guides: arr(obj({ id: str, icon: ostr, steps: arr(obj({ id: str, entries: strings })) })),
  synonyms: arr(strings),
  pages: opt(arr(obj({ id: str, parent: ostr, icon: ostr, entries: opt(strings), guides: opt(strings), pages: opt(strings), attachments: opt(arr(obj({ url: str }))) }))),
  events: opt(
    arr(
      obj({
        id: str,
        place: ostr,
        address: opt(address),
        organizer: ostr,
        languages: opt(strings),
        registration: opt(obj({ url: ostr, phone: ostr })),
        repeat: opt(obj({ every: str, on: arr((v, at) => (typeof v === 'string' || isObject(v) ? undefined : at)) })),
        start: ostr,
        end: ostr,
        occurrences: arr(arr(str)),
      }),
    ),
  ),
  eventsWindow: opt(obj({ from: str, until: str })),
  notices: opt(arr(obj({ id: str, from: str, until: str, severity: oneOf(['info', 'warning', 'urgent']), entries: opt(strings) }))),
});

const text = obj({
  municipalityName: ostr,
  categories: map(str),
  entries: map(
    obj({
      name: ostr,
      summary: ostr,
      description: richText,
      addressExtra: ostr,
      gettingThere: ostr,
      hoursNote: ostr,
      phoneLabels: opt(arr(nullOr(str))),
      keywords: opt(strings),
    }),
  ),
  guides: map(
    obj({
      title: ostr,
      intro: richText,
      steps: opt(map(obj({ title: ostr, text: richText, documents: opt(strings) }))),
    }),
  ),
  pages: opt(map(obj({ title: ostr, text: richText, attachments: opt(arr(nullOr(str))) }))),
  events: opt(map(obj({ title: ostr, description: richText, cost: ostr, addressExtra: ostr, gettingThere: ostr, registrationNote: ostr }))),
  notices: opt(map(str)),
});

/** `entries[3].name has the wrong shape`, or undefined when the whole value is as expected. */
const problem = (check: Check) => (json: unknown): string | undefined => {
  const at = check(json, '');
  return at === undefined ? undefined : `${at.slice(1) || 'the file'} has the wrong shape`;
};

/** Where a base file's shape is wrong, or undefined. (`format` is checked by the caller.) */
export const baseShapeProblem = problem(base);

/** Where a text file's shape is wrong, or undefined. (`format` and `lang` are checked by the caller.) */
export const textShapeProblem = problem(text);

const manifest = obj({
  municipality: obj({
    name: map(str),
    timeZone: str,
    imprintUrl: ostr,
    privacyUrl: ostr,
    contact: opt(obj({ email: ostr, phone: ostr, name: ostr })),
  }),
  languages: arr(obj({ endonym: str, dir: str })),
});

/** Where what the reader shows of a manifest (municipality, language names) is wrongly shaped, or undefined. */
export const manifestShapeProblem = problem(manifest);
