/** The plain page's own script: sets attributes and logs Kompass's events into the page. */
import type {} from '../../../src/reader/events/kompass-navigate.js';
import type {} from '../../../src/reader/events/kompass-language-change.js';

const app = document.querySelector<HTMLElement>('kompass-app')!;
const log = document.querySelector('#events')!;

function record(text: string): void {
  const li = document.createElement('li');
  li.textContent = text;
  log.append(li);
}

// Typed through Kompass's `GlobalEventHandlersEventMap` declarations.
app.addEventListener('kompass-navigate', (e) => record(`navigate ${e.path}`));
app.addEventListener('kompass-language-change', (e) => record(`language ${e.lang} ${e.dir}`));
for (const lang of ['de', 'en']) {
  document.querySelector(`#lang-${lang}`)!.addEventListener('click', () => app.setAttribute('lang', lang));
}
