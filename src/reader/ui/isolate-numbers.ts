import { html, type TemplateResult } from 'lit';

/**
 * Plain text whose left-to-right runs (phone numbers, number ranges such as "104–112") are
 * isolated, so a right-to-left paragraph does not reorder them ("112–104").
 */
export function isolateNumbers(text: string): TemplateResult | string {
  const parts = text.split(/(\+?\d[\d\s/().–-]*\d)/u);
  if (parts.length === 1) return text;
  return html`${parts.map((p, i) => (i % 2 ? html`<bdi dir="ltr">${p}</bdi>` : p))}`;
}
