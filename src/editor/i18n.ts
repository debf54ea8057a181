/**
 * The editor's UI strings: an i18next instance of its own (never the global one, never the
 * reader's) with the `editor` namespace, loaded lazily with the editor chunk. German and
 * English; any other language falls back to English.
 */
import { createInstance, type i18n as I18n } from 'i18next';
import { matchLanguage } from '../pack/languages.js';

export const EDITOR_NAMESPACE = 'editor';

const LOADERS: Record<string, () => Promise<{ default: Record<string, unknown> }>> = {
  de: () => import('../../locales/de/editor.json'),
  en: () => import('../../locales/en/editor.json'),
};

export const EDITOR_UI_LANGUAGES = Object.keys(LOADERS);

export const editorUiLanguage = (wanted: readonly string[]): string => matchLanguage(wanted, EDITOR_UI_LANGUAGES) ?? 'en';

export async function createEditorI18n(lang: string): Promise<I18n> {
  const instance = createInstance();
  await instance.init({ lng: 'en', fallbackLng: 'en', ns: [EDITOR_NAMESPACE], defaultNS: EDITOR_NAMESPACE, interpolation: { escapeValue: false }, resources: {}, returnNull: false });
  await setEditorLanguage(instance, 'en');
  await setEditorLanguage(instance, lang);
  return instance;
}

export async function setEditorLanguage(instance: I18n, lang: string): Promise<string> {
  const ui = editorUiLanguage([lang]);
  if (!instance.hasResourceBundle(ui, EDITOR_NAMESPACE)) instance.addResourceBundle(ui, EDITOR_NAMESPACE, (await LOADERS[ui]!()).default, true, true);
  await instance.changeLanguage(ui);
  return ui;
}
