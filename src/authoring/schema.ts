/**
 * The JSON Schemas (draft 2020-12) of the source files and the pack files, compiled with
 * ajv (node only: build, CLI, tests). The schemas themselves live in `schema/*.json`.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import packBase from '../pack/schema/pack-base.json';
import packManifest from '../pack/schema/pack-manifest.json';
import packText from '../pack/schema/pack-text.json';
import sourceCategories from './schema/source-categories.json';
import sourceEntry from './schema/source-entry.json';
import sourceEvent from './schema/source-event.json';
import sourceNotices from './schema/source-notices.json';
import sourcePage from './schema/source-page.json';
import sourceGuide from './schema/source-guide.json';
import sourceMunicipality from './schema/source-municipality.json';
import synonyms from './schema/synonyms.json';

export const SCHEMAS = {
  'source-municipality': sourceMunicipality,
  'source-categories': sourceCategories,
  'source-entry': sourceEntry,
  'source-guide': sourceGuide,
  'source-event': sourceEvent,
  'source-notices': sourceNotices,
  'source-page': sourcePage,
  synonyms,
  'pack-manifest': packManifest,
  'pack-base': packBase,
  'pack-text': packText,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictTuples: false });
    // An annotation: how to write the value, used in error messages.
    ajv.addKeyword({ keyword: 'errorHint', schemaType: 'string' });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  }
  return ajv;
}

export function schemaValidator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    v = instance().compile(SCHEMAS[name]);
    compiled.set(name, v);
  }
  return v;
}

export interface SchemaIssue {
  /** Path to the value, as segments (numbers for list positions). */
  path: (string | number)[];
  /** Whether `path` ends in a key (an unknown field) rather than a value. */
  atKey: boolean;
  /** Name of the field a message is about, when it is missing (position: its parent). */
  message: string;
}

function pathOf(instancePath: string, data: unknown): (string | number)[] {
  if (!instancePath) return [];
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key: string | number = Array.isArray(node) && /^\d+$/.test(seg) ? Number(seg) : seg;
    out.push(key);
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

const quote = (v: unknown): string => JSON.stringify(v);

function describe(err: ErrorObject): string {
  const hint = (err.parentSchema as { errorHint?: string } | undefined)?.errorHint;
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return `The required field "${String(p.missingProperty)}" is missing; add it.`;
    case 'additionalProperties':
      return `Unknown field "${String(p.additionalProperty)}"; remove it or check its spelling.`;
    case 'propertyNames':
      return `"${String(p.propertyName)}" is not a valid ${hint ? hint.replace(/^an? /, '') : 'name here'}.`;
    case 'type':
      return `Expected ${hint ?? `a value of type ${String(p.type)}`}, found ${quote(err.data)}.`;
    case 'enum':
      return `${quote(err.data)} is not allowed here; use ${hint ?? `one of ${(p.allowedValues as unknown[]).map(quote).join(', ')}`}.`;
    case 'const':
      return `Expected ${quote(p.allowedValue)}.`;
    case 'uniqueItems':
      return `The list contains ${quote((err.data as unknown[])[Number(p.i)])} twice; remove the duplicate.`;
    case 'minItems':
      return `The list needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}.`;
    case 'minLength':
      return 'The text is empty; write a text or remove the field.';
    case 'minProperties':
      return `Add at least ${String(p.limit)} language${p.limit === 1 ? '' : 's'}.`;
    case 'minimum':
    case 'maximum':
      return `${quote(err.data)} is out of range; expected ${hint ?? `a number ${String(p.comparison)} ${String(p.limit)}`}.`;
    case 'format':
    case 'pattern':
      return `${quote(err.data)} is not valid; expected ${hint ?? (err.keyword === 'format' ? `a valid ${String(p.format)}` : `text matching ${String(p.pattern)}`)}.`;
    case 'anyOf':
      if (err.data === '') return 'The text is empty; write a text or remove the field.';
      return `${quote(err.data)} is not valid; expected ${hint ?? 'another kind of value'}.`;
    default:
      return `${err.message ?? 'is not valid'}${hint ? `; expected ${hint}` : ''}.`;
  }
}

/** Validates `data` and turns ajv's errors into plain-English issues, one per problem. */
export function schemaIssues(name: SchemaName, data: unknown): SchemaIssue[] {
  const validate = schemaValidator(name);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // An anyOf failure is reported once, not with every branch's complaint.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    if (err.keyword !== 'anyOf' && anyOfPaths.some((p) => err.instancePath === p || err.instancePath.startsWith(`${p}/`))) continue;
    if (err.keyword === 'propertyNames') continue; // reported through the nested pattern error
    if (err.keyword === 'if') continue; // a conditional's branch reports its own errors
    let path = pathOf(err.instancePath, data);
    let atKey = false;
    let message = describe(err);
    if (err.keyword === 'additionalProperties') {
      path = [...path, String((err.params as { additionalProperty: string }).additionalProperty)];
      atKey = true;
    } else if (err.propertyName !== undefined) {
      path = [...path, err.propertyName];
      atKey = true;
      const hint = (err.parentSchema as { errorHint?: string } | undefined)?.errorHint;
      message = `"${err.propertyName}" is not ${hint ?? 'a valid name here'}.`;
    }
    const key = `${path.join('/')}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, atKey, message });
  }
  return issues;
}
