/** Weekdays as in OSM and ISO 8601, Monday first: apart from the recurrence code, so a form can name them without loading it (and the holiday data). */
export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
