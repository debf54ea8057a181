/**
 * "Open in map" and "route" links for a place, per platform. These are links the reader taps;
 * Kompass itself requests nothing. A route link carries only the destination: where the reader
 * is, is never part of it (the map app or page asks for the start itself).
 */
import { html, nothing } from 'lit';
import { isolateNumbers } from './isolate-numbers.js';

/** Where the reader is: the map app or page that opens best there. */
export type MapPlatform = 'android' | 'ios' | 'other';

/** A place as the views know it (an entry's or an event's address). */
export interface MapPlace {
  street: string;
  postalCode: string;
  city: string;
  lat?: number | undefined;
  lon?: number | undefined;
  /** The place's name, shown as the pin's label where the map supports it. */
  name?: string | undefined;
}

export interface MapLinks {
  /** Shows the place. */
  open: string;
  /** Directions to the place. */
  route: string;
}

interface NavigatorLike {
  userAgent: string;
  maxTouchPoints?: number;
  userAgentData?: { platform?: string };
}

/**
 * The platform from the browser: the User-Agent Client Hints platform where the browser has
 * it, else the user agent (an iPad says "Macintosh" but has touch points).
 */
export function detectPlatform(nav: NavigatorLike = navigator as NavigatorLike): MapPlatform {
  const hint = nav.userAgentData?.platform;
  if (hint) return /android/i.test(hint) ? 'android' : /ios/i.test(hint) ? 'ios' : 'other';
  if (/Android/i.test(nav.userAgent)) return 'android';
  if (/iPhone|iPad|iPod/.test(nav.userAgent)) return 'ios';
  if (/Macintosh/.test(nav.userAgent) && (nav.maxTouchPoints ?? 0) > 1) return 'ios';
  return 'other';
}

/** `encodeURIComponent` that also escapes `!'()*`, so a name cannot close the `geo:` label. */
const enc = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const addressLine = (p: MapPlace): string => `${p.street}, ${p.postalCode} ${p.city}`;

/** The links for a place on a platform. */
export function mapLinks(p: MapPlace, platform: MapPlatform): MapLinks {
  const point = p.lat !== undefined && p.lon !== undefined ? `${p.lat},${p.lon}` : undefined;
  const address = enc(addressLine(p));
  switch (platform) {
    case 'android': {
      // `geo:` (RFC 5870) opens the phone's own map app; `q=` with a label sets the pin, and
      // `0,0?q=` is the address search Android's map apps understand. The route is the same
      // link: every map app offers directions from the pin, while vendor schemes
      // (google.navigation:) tie the reader to one app and the web page ignores the app.
      const open = point ? `geo:${point}?q=${point}${p.name ? `(${enc(p.name)})` : ''}` : `geo:0,0?q=${address}`;
      return { open, route: open };
    }
    case 'ios': {
      const open = point ? `https://maps.apple.com/?ll=${point}${p.name ? `&q=${enc(p.name)}` : ''}` : `https://maps.apple.com/?address=${address}`;
      // `dirflg=r`: public transport, which newcomers use most.
      return { open, route: `https://maps.apple.com/?daddr=${point ?? address}&dirflg=r` };
    }
    default:
      return point
        ? {
            open: `https://www.openstreetmap.org/?mlat=${p.lat}&mlon=${p.lon}#map=18/${p.lat}/${p.lon}`,
            route: `https://www.openstreetmap.org/directions?route=%3B${p.lat}%2C${p.lon}`,
          }
        : { open: `https://www.openstreetmap.org/search?query=${address}`, route: `https://www.openstreetmap.org/directions?to=${address}` };
  }
}

/** Web links open in a new tab; `geo:` goes to the map app and needs none. */
export const isWebLink = (href: string): boolean => href.startsWith('https:');

/** A map or route link: web links in a new tab, `geo:` as it is (the phone hands it to the map app). */
export const mapLink = (href: string, content: unknown, className?: string) => {
  const web = isWebLink(href);
  return html`<a class=${className ?? nothing} href=${href} target=${web ? '_blank' : nothing} rel=${web ? 'noopener noreferrer' : nothing}>${content}</a>`;
};

/**
 * The "Getting there" pair of a facts list (`dl.facts`): the place's getting-there text, if
 * any, in its language and direction, and the route link.
 */
export const gettingThereFacts = (labels: { heading: string; route: string }, route: string, text?: { value: string; lang: string }, dir?: string | typeof nothing) =>
  html`<dt>${labels.heading}</dt>
    <dd class="getting-there">
      ${text ? html`<p lang=${text.lang} dir=${dir ?? nothing}>${isolateNumbers(text.value)}</p>` : nothing}
      ${mapLink(route, labels.route)}
    </dd>`;
