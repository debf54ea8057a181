/** Registers tags, each only if no element of that name exists yet (a second copy of the bundle does no harm). */
export function defineAll(tags: ReadonlyArray<[string, CustomElementConstructor]>): void {
  for (const [tag, ctor] of tags) {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }
}
