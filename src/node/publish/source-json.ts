/**
 * A revision's `source.json` (node only): `JSON.stringify` of the source, with each entry's
 * JSON remembered per entry object, so that a publish of one changed entry of 5,000 does not
 * serialise 34 MB again. The caller never changes an entry in place (see ContentStore).
 */
import { SLOT, fillSlot } from '../build/pack-pieces.js';
import type { SourceContent, SourceEntry } from '../../pack/types.js';

const entryJson = new WeakMap<SourceEntry, string>();

/** Exactly `JSON.stringify(source)`. */
export function sourceJson(source: SourceContent): string {
  const entries = source.entries.map((e) => {
    let json = entryJson.get(e);
    if (json === undefined) entryJson.set(e, (json = JSON.stringify(e)));
    return json;
  });
  return fillSlot(JSON.stringify({ ...source, entries: SLOT }), `[${entries.join(',')}]`);
}
