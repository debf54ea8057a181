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
import { problem, type Coded, type ProblemCode, type ProblemParams } from './problem-messages.js';

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
  code: ProblemCode;
  params: ProblemParams;
  /** Plain English (rendered from code and params). */
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

const quote = (v: unknown): string => JSON.stringify(v) ?? String(v);

type Described = Pick<Coded, 'code' | 'params'>;

/** An ajv error as a problem code with its values (the field, the value found, the schema's hint). */
function describe(err: ErrorObject): Described {
  const hint = (err.parentSchema as { errorHint?: string } | undefined)?.errorHint;
  const p = err.params as Record<string, unknown>;
  const found = quote(err.data);
  const withHint = (code: ProblemCode, hinted: ProblemCode, params: Record<string, string | number>): Described =>
    hint ? { code: hinted, params: { ...params, hint } } : { code, params };
  switch (err.keyword) {
    case 'required':
      return { code: 'schema.required', params: { field: String(p.missingProperty) } };
    case 'additionalProperties':
      return { code: 'schema.unknownField', params: { field: String(p.additionalProperty) } };
    case 'propertyNames':
      return withHint('schema.name', 'schema.nameHint', { name: String(p.propertyName) });
    case 'type':
      return hint ? { code: 'schema.typeHint', params: { hint, found } } : { code: 'schema.type', params: { type: String(p.type), found } };
    case 'enum':
      return hint ? { code: 'schema.enumHint', params: { found, hint } } : { code: 'schema.enum', params: { found, allowed: (p.allowedValues as unknown[]).map(quote) } };
    case 'const':
      return { code: 'schema.const', params: { allowed: quote(p.allowedValue) } };
    case 'uniqueItems':
      return { code: 'schema.duplicateItem', params: { found: quote((err.data as unknown[])[Number(p.i)]) } };
    case 'minItems':
      return { code: 'schema.minItems', params: { limit: Number(p.limit) } };
    case 'minLength':
      return { code: 'schema.emptyText', params: {} };
    case 'minProperties':
      return { code: 'schema.minLanguages', params: { limit: Number(p.limit) } };
    case 'minimum':
    case 'maximum':
      return withHint('schema.range', 'schema.rangeHint', hint ? { found } : { found, comparison: String(p.comparison), limit: Number(p.limit) });
    case 'format':
      return withHint('schema.format', 'schema.invalidHint', hint ? { found } : { found, format: String(p.format) });
    case 'pattern':
      return withHint('schema.pattern', 'schema.invalidHint', hint ? { found } : { found, pattern: String(p.pattern) });
    case 'anyOf':
      if (err.data === '') return { code: 'schema.emptyText', params: {} };
      return withHint('schema.anyOf', 'schema.invalidHint', { found });
    default:
      return withHint('schema.other', 'schema.otherHint', { detail: err.message ?? 'is not valid' });
  }
}

/** Validates `data` and turns ajv's errors into coded issues (with plain English), one per problem. */
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
    let described = describe(err);
    if (err.keyword === 'additionalProperties') {
      path = [...path, String((err.params as { additionalProperty: string }).additionalProperty)];
      atKey = true;
    } else if (err.propertyName !== undefined) {
      path = [...path, err.propertyName];
      atKey = true;
      const hint = (err.parentSchema as { errorHint?: string } | undefined)?.errorHint;
      described = hint ? { code: 'schema.nameHint', params: { name: err.propertyName, hint } } : { code: 'schema.name', params: { name: err.propertyName } };
    }
    const { message } = problem(described.code, described.params);
    const key = `${path.join('/')}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, atKey, ...described, message });
  }
  return issues;
}
