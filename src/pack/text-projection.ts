import type { PackText } from './types.js';

/**
 * The part of a language's texts that lists need: names, summaries, labels, guide and step titles —
 * without descriptions, guide and page texts, documents and search keywords, which make up most of the bytes.
 * The sync stores it beside each text file, so a cold start parses a fraction of the texts
 * and loads the rest right after the first screen.
 */
export function listProjection(text: PackText): PackText {
  const entries: PackText['entries'] = {};
  for (const [id, e] of Object.entries(text.entries)) {
    const rest = { ...e };
    delete rest.description;
    delete rest.keywords;
    entries[id] = rest;
  }
  const guides: PackText['guides'] = {};
  for (const [id, g] of Object.entries(text.guides)) {
    const steps: NonNullable<PackText['guides'][string]['steps']> = {};
    for (const [stepId, step] of Object.entries(g.steps ?? {})) steps[stepId] = step.title === undefined ? {} : { title: step.title };
    guides[id] = { ...(g.title === undefined ? {} : { title: g.title }), steps };
  }
  // Pages: titles for home and the sub-page lists; the page's own text comes with the rest.
  const pages = text.pages && Object.fromEntries(Object.entries(text.pages).map(([id, { text: _text, ...rest }]) => [id, rest]));
  return { ...text, entries, guides, ...(pages ? { pages } : {}) };
}
