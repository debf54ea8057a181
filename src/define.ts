/**
 * Registers every Kompass tag. Guarded, so loading the bundle twice (two copies on one
 * page, or a host that imports it again) does no harm.
 */
import { KompassApp } from './components/kompass-app/kompass-app.js';

const TAGS: ReadonlyArray<[string, CustomElementConstructor]> = [['kompass-app', KompassApp]];

for (const [tag, ctor] of TAGS) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
