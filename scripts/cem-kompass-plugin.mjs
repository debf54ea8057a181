/**
 * Analyzer plugin (custom-elements-manifest.config.mjs) that makes custom-elements.json say
 * what the elements really are:
 *
 * - Tag names. Kompass registers its tags in loops (`defineAll([...])`), which the analyzer
 *   cannot follow; every component file declares its tag in `HTMLElementTagNameMap` instead
 *   (or `@tag` in JSDoc), and that is read here. Each tag becomes a
 *   `custom-element-definition` export, so the core plugins set `tagName` and
 *   `customElement: true` (views extend `KompassElement`, which the analyzer's heuristic
 *   does not recognise).
 * - Public attributes only. Members named `_…`, marked `private`/`protected`, or declared
 *   `state: true` in `static properties` are internal: marked private and never attributes.
 * - Event names. `dispatchEvent(new KompassErrorEvent(code, …))` makes the analyzer guess the
 *   event is called `code`; the event classes carry the real name in `static eventName`.
 */

/** `{ 'kompass-x': KompassX }` entries of an `interface HTMLElementTagNameMap`. */
function tagMapEntries(ts, node) {
  if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementTagNameMap') return [];
  return node.members.flatMap((member) => {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) return [];
    const tag = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
    return tag ? [{ tag, className: member.type.typeName.getText() }] : [];
  });
}

/** Names in a class's `static properties = { name: { state: true } }` (Lit's internal reactive state). */
function stateProperties(ts, node) {
  if (!ts.isClassDeclaration(node) || !node.name) return [];
  const props = node.members.find(
    (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
  );
  let init = props?.initializer;
  while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init))) init = init.expression;
  if (!init || !ts.isObjectLiteralExpression(init)) return [];
  return init.properties.flatMap((p) => {
    if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) return [];
    const isState = p.initializer.properties.some(
      (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
    );
    return isState ? [p.name.getText().replace(/^['"]|['"]$/g, '')] : [];
  });
}

const unquote = (text) => String(text ?? '').replace(/^['"`]|['"`]$/g, '');

/** Lit state, `_` names and private/protected members are not part of the element's API. */
function hidePrivate(decl, isState) {
  const hidden = new Set();
  for (const member of decl.members ?? []) {
    const internal = member.name?.startsWith('_') || isState(member) || member.privacy === 'private' || member.privacy === 'protected';
    if (!internal) continue;
    // The analyzer calls a field without a modifier `public`; state and `_` fields are not.
    if (member.privacy !== 'protected') member.privacy = 'private';
    if (member.kind === 'field') hidden.add(member.name);
    delete member.attribute;
    delete member.reflects;
  }
  decl.attributes = (decl.attributes ?? []).filter((a) => !a.name?.startsWith('_') && !hidden.has(a.fieldName ?? a.name));
  if (!decl.attributes.length) delete decl.attributes;
}

/**
 * Gives events dispatched as `new SomeEvent(…)` the name in `SomeEvent.eventName`, and events
 * known only from `@event` the class whose `eventName` they carry; one entry per name.
 */
function nameEvents(decl, eventNames) {
  if (!decl.events) return;
  const classOf = new Map([...eventNames].map(([cls, name]) => [name, cls]));
  const byName = new Map();
  for (const event of decl.events) {
    const real = event.type?.text && eventNames.get(event.type.text);
    const named = real ? { ...event, name: real } : event;
    if (!named.type && classOf.has(named.name)) named.type = { text: classOf.get(named.name) };
    const key = named.name ?? `?${named.type?.text}`;
    byName.set(key, { ...byName.get(key), ...named });
  }
  decl.events = [...byName.values()];
}

export function kompassManifestPlugin() {
  /** module path → tags declared there; class name → its state properties. */
  const tagsByModule = new Map();
  const stateByClass = new Map();
  return {
    name: 'kompass-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      const entries = tagMapEntries(ts, node);
      if (entries.length) tagsByModule.set(moduleDoc.path, [...(tagsByModule.get(moduleDoc.path) ?? []), ...entries]);
      const state = stateProperties(ts, node);
      if (state.length) stateByClass.set(`${moduleDoc.path}#${node.name.text}`, new Set(state));
    },
    moduleLinkPhase({ moduleDoc }) {
      const classes = (moduleDoc.declarations ?? []).filter((d) => d.kind === 'class');
      const entries = [...(tagsByModule.get(moduleDoc.path) ?? [])];
      for (const c of classes) if (c.tagName && !entries.some((e) => e.tag === c.tagName)) entries.push({ tag: c.tagName, className: c.name });
      for (const { tag, className } of entries) {
        if (!classes.some((c) => c.name === className)) {
          console.warn(`${moduleDoc.path}: HTMLElementTagNameMap names <${tag}> as ${className}, which this module does not declare; declare the tag where the class is.`);
          continue;
        }
        moduleDoc.exports ??= [];
        if (moduleDoc.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) continue;
        moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: moduleDoc.path } });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => ({ d, path: m.path })));
      const eventNames = new Map();
      for (const { d } of classes) {
        const eventName = d.members?.find((m) => m.static && m.name === 'eventName')?.default;
        if (eventName) eventNames.set(d.name, unquote(eventName));
      }
      for (const { d, path } of classes) {
        if (!d.customElement) continue;
        // An inherited member is state if the class that declares it says so.
        const isState = (m) => stateByClass.get(m.inheritedFrom ? `${m.inheritedFrom.module}#${m.inheritedFrom.name}` : `${path}#${d.name}`)?.has(m.name) ?? false;
        hidePrivate(d, isState);
        nameEvents(d, eventNames);
      }
    },
  };
}
