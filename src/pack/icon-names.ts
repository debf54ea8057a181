/**
 * The icons content may name (categories, guides, pages). The drawings are the reader's
 * (src/reader/ui/icons.ts, typed by this list, so the two cannot drift); validation and
 * importers check names against it.
 */
export const ICON_NAMES = [
  'building',
  'chat',
  'book',
  'briefcase',
  'heart',
  'stethoscope',
  'school',
  'child',
  'home',
  'basket',
  'ball',
  'music',
  'siren',
  'phone',
  'document',
  'euro',
  'map',
  'info',
  'people',
  'language',
  'clock',
  'search',
  'settings',
  'back',
  'check',
  'mail',
  'globe',
  'speaker',
  'share',
  'wheelchair',
  'flag',
  'calendar',
  'print',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

export const isIconName = (name: string): name is IconName => (ICON_NAMES as readonly string[]).includes(name);
