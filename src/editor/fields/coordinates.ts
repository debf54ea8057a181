/**
 * Numbers and map points as clerks type or paste them: a decimal comma or point
 * ("51,5012", "51.5012"), a pair ("51,5012 7,4652", "51.5012, 7.4652"), or a link copied
 * from OpenStreetMap or Google Maps. Nothing is looked up anywhere: the point is read from
 * the text.
 */

/** A decimal number with a comma or a point, or undefined while it is not one yet ("51,", "-"). */
export function parseDecimal(raw: string): number | undefined {
  const s = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) || s.endsWith('.')) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export interface Point {
  lat: number;
  lon: number;
}

const valid = (lat: number, lon: number): Point | undefined => (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined);

/** The point in a pasted text: a map link or two numbers; undefined when there is none. */
export function pointFromText(text: string): Point | undefined {
  const t = text.trim();
  const num = String.raw`(-?\d{1,3}(?:\.\d+)?)`;
  const patterns = [
    // Google Maps: …!3d51.5!4d7.46 (the place itself) before @51.5,7.46,17z (the view)
    new RegExp(String.raw`!3d${num}!4d${num}`),
    // OpenStreetMap: ?mlat=51.5&mlon=7.46 (a marker) before #map=18/51.5/7.46 (the view)
    new RegExp(String.raw`mlat=${num}&mlon=${num}`),
    new RegExp(String.raw`[?&](?:q|query|ll|daddr)=${num}(?:,|%2C)\s*${num}`),
    new RegExp(String.raw`@${num},${num}`),
    new RegExp(String.raw`#map=\d+/${num}/${num}`),
    new RegExp(String.raw`^geo:${num},${num}`),
  ];
  for (const re of patterns) {
    const m = re.exec(t);
    if (m) return valid(Number(m[1]), Number(m[2]));
  }
  // Two numbers typed by hand: "51.5012, 7.4652", "51,5012 7,4652", "51,5012; 7,4652".
  const pair = /^(-?\d{1,3}(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)$/.exec(t);
  if (pair) {
    const lat = parseDecimal(pair[1]!);
    const lon = parseDecimal(pair[2]!);
    if (lat !== undefined && lon !== undefined) return valid(lat, lon);
  }
  return undefined;
}
