/**
 * A compact, hand-written check of the shape of a pack's base and text files: strings where
 * the reader expects strings, rich text as arrays of known nodes, arrays and maps where they
 * belong. The sync runs it before it activates a revision, so a tampered or broken file is
 * refused as `malformed` instead of breaking a view. It is not the JSON Schema (that is the
 * build's and the editor's job, with ajv): unknown keys pass, values are not range-checked.
 */

/** Returns where the value is wrong (`entries[3].name is not a string`), or undefined. */
type Check = (v: unknown, at: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const type = (ok: (v: unknown) => boolean, what: string): Check => (v, at) => (ok(v) ? undefined : `${at} is not ${what}`);

const str = type((v) => typeof v === 'string', 'a string');
const num = type((v) => typeof v === 'number' && Number.isFinite(v), 'a number');
const bool = type((v) => typeof v === 'boolean', 'true or false');
const opt = (c: Check): Check => (v, at) => (v === undefined ? undefined : c(v, at));
const oneOf = (values: unknown[]): Check => type((v) => values.includes(v), `one of ${values.join(', ')}`);

const arr = (c: Check): Check => (v, at) => {
  if (!Array.isArray(v)) return `${at} is not an array`;
  for (let i = 0; i < v.length; i++) {
    const p = c(v[i], `${at}[${i}]`);
    if (p) return p;
  }
  return undefined;
};
/** An object used as a map: every value of one shape. */
const map = (c: Check): Check => (v, at) => {
  if (!isObject(v)) return `${at} is not an object`;
  for (const k in v) {
    const p = c(v[k], `${at}.${k}`);
    if (p) return p;
  }
  return undefined;
};
/** An object with these fields (others pass). */
const obj = (fields: Record<string, Check>): Check => (v, at) => {
  if (!isObject(v)) return `${at} is not an object`;
  for (const k in fields) {
    const p = fields[k]!(v[k], `${at}.${k}`);
    if (p) return p;
  }
  return undefined;
};

/* Rich text: the tree src/authoring/markdown.ts compiles (types in src/pack/types.ts). Nesting is bounded. */
const inline = (depth: number): Check => (v, at) => {
  if (typeof v === 'string') return undefined;
  if (!isObject(v)) return `${at} is not text or a text node`;
  if (v.t === 'br') return undefined;
  if (depth > 8) return `${at} is nested too deeply`;
  const c = arr(inline(depth + 1));
  if (v.t === 'em' || v.t === 'strong') return c(v.c, `${at}.c`);
  if (v.t === 'a') return str(v.href, `${at}.href`) ?? c(v.c, `${at}.c`);
  return `${at}.t is not a text node type`;
};
const inlines = arr(inline(0));
const block: Check = (v, at) => {
  if (!isObject(v)) return `${at} is not a block`;
  if (v.t === 'p') return inlines(v.c, `${at}.c`);
  if (v.t === 'h') return oneOf([2, 3, 4])(v.level, `${at}.level`) ?? inlines(v.c, `${at}.c`);
  if (v.t === 'ul' || v.t === 'ol') return arr(inlines)(v.items, `${at}.items`);
  return `${at}.t is not a block type`;
};
const richText = arr(block);

const strings = arr(str);
const interval = arr(num);
const hours = obj({
  week: arr(arr(interval)),
  exceptions: map(arr(interval)),
  comments: opt(strings),
  meanings: opt(arr((v, at) => (v === null ? undefined : str(v, at)))),
});

const base = obj({
  hoursWindow: obj({ from: str, until: str }),
  hoursTable: opt(arr(hours)),
  categories: arr(obj({ id: str, parent: opt(str), icon: str })),
  entries: arr(
    obj({
      id: str,
      kind: str,
      categories: strings,
      address: opt(obj({ street: str, postalCode: str, city: str, lat: opt(num), lon: opt(num) })),
      openingHours: opt(str),
      hoursRef: opt(num),
      hours: opt(hours),
      phones: opt(arr(obj({ number: str }))),
      email: opt(str),
      website: opt(str),
      appointment: opt(obj({ required: bool, url: opt(str) })),
      languages: opt(strings),
      wheelchair: opt(str),
      lastChecked: opt(str),
    }),
  ),
  guides: arr(obj({ id: str, icon: opt(str), steps: arr(obj({ id: str, entries: strings })) })),
  synonyms: arr(strings),
});

const text = obj({
  municipalityName: opt(str),
  categories: map(str),
  entries: map(
    obj({
      name: opt(str),
      summary: opt(str),
      description: opt(richText),
      addressExtra: opt(str),
      hoursNote: opt(str),
      phoneLabels: opt(arr((v, at) => (v === null ? undefined : str(v, at)))),
      keywords: opt(strings),
    }),
  ),
  guides: map(
    obj({
      title: opt(str),
      intro: opt(richText),
      steps: opt(map(obj({ title: opt(str), text: opt(richText), documents: opt(strings) }))),
    }),
  ),
});

/** Where a base file's shape is wrong, or undefined. (`format` is checked by the caller.) */
export const baseShapeProblem = (json: unknown): string | undefined => base(json, '')?.slice(1);

/** Where a text file's shape is wrong, or undefined. (`format` and `lang` are checked by the caller.) */
export const textShapeProblem = (json: unknown): string | undefined => text(json, '')?.slice(1);

const manifest = obj({
  municipality: obj({
    name: map(str),
    timeZone: str,
    imprintUrl: opt(str),
    privacyUrl: opt(str),
    contact: opt(obj({ email: opt(str), phone: opt(str), name: opt(str) })),
  }),
  languages: arr(obj({ endonym: str, dir: oneOf(['ltr', 'rtl']) })),
});

/** Where what the reader shows of a manifest (municipality, language names) is wrongly shaped, or undefined. */
export const manifestShapeProblem = (json: unknown): string | undefined => manifest(json, '')?.slice(1);
