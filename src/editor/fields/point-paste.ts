import { html, type TemplateResult } from 'lit';
import { pointFromText, type Point } from './coordinates.js';

/**
 * "Paste a map link": the point of an OpenStreetMap or Google Maps link (or two typed
 * numbers) goes into the latitude and longitude fields; what was taken, or why nothing was,
 * is said in a live region.
 */
export function pointPaste(o: { id: string; t: (key: string, params?: Record<string, unknown>) => string; lang: string; take: (p: Point) => void }): TemplateResult {
  const say = (input: HTMLInputElement, text: string) => {
    const status = input.parentElement!.querySelector<HTMLElement>('[role=status]')!;
    status.textContent = text;
  };
  const read = (input: HTMLInputElement) => {
    if (!input.value.trim()) return say(input, '');
    const p = pointFromText(input.value);
    if (!p) return say(input, o.t('fields.pointNone'));
    o.take(p);
    const f = new Intl.NumberFormat(o.lang, { maximumFractionDigits: 6 });
    say(input, o.t('fields.pointTaken', { lat: f.format(p.lat), lon: f.format(p.lon) }));
  };
  // The pasted text is in the field only after the event; by then the event's target is no
  // longer the input (the editor is in a shadow root), so the input is taken now.
  const paste = (e: Event) => {
    const input = e.target as HTMLInputElement;
    setTimeout(() => read(input));
  };
  return html`<div class="field">
    <label for=${o.id}>${o.t('fields.pointPaste')}</label>
    <input id=${o.id} type="text" inputmode="url" autocomplete="off" spellcheck="false" aria-describedby="${o.id}-help ${o.id}-status" @change=${(e: Event) => read(e.target as HTMLInputElement)} @paste=${paste} />
    <p class="help" id="${o.id}-help">${o.t('fields.pointPasteHelp')}</p>
    <p class="help" id="${o.id}-status" role="status"></p>
  </div>`;
}
