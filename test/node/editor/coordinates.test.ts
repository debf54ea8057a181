import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDecimal, pointFromText } from '../../../src/editor/fields/coordinates.js';

describe('numbers and points as clerks type and paste them', () => {
  it('reads a decimal comma or point, and waits while a number is half typed', () => {
    assert.equal(parseDecimal('51,5012'), 51.5012);
    assert.equal(parseDecimal('51.5012'), 51.5012);
    assert.equal(parseDecimal(' -7,25 '), -7.25);
    for (const half of ['51,', '51.', '-', '', 'abc', '51,5,1']) assert.equal(parseDecimal(half), undefined, half);
  });

  const CASES: [string, string, [number, number] | undefined][] = [
    ['OpenStreetMap marker link', 'https://www.openstreetmap.org/?mlat=51.50123&mlon=7.46521#map=19/51.50100/7.46500', [51.50123, 7.46521]],
    ['OpenStreetMap view link', 'https://www.openstreetmap.org/#map=18/51.50123/7.46521', [51.50123, 7.46521]],
    ['Google Maps place link', 'https://www.google.com/maps/place/Rathaus/@51.5000,7.4600,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d51.50123!4d7.46521', [51.50123, 7.46521]],
    ['Google Maps view link', 'https://www.google.de/maps/@51.50123,7.46521,15z', [51.50123, 7.46521]],
    ['Google Maps search link', 'https://maps.google.com/?q=51.50123,7.46521', [51.50123, 7.46521]],
    ['a geo: link', 'geo:51.50123,7.46521?z=18', [51.50123, 7.46521]],
    ['two numbers with decimal commas', '51,50123 7,46521', [51.50123, 7.46521]],
    ['two numbers with points and a comma', '51.50123, 7.46521', [51.50123, 7.46521]],
    ['out of range', '151.5, 7.4', undefined],
    ['an address is not a point', 'Marktplatz 1, 12345 Musterstadt', undefined],
  ];
  for (const [what, text, want] of CASES) {
    it(what, () => assert.deepEqual(pointFromText(text), want && { lat: want[0], lon: want[1] }));
  }
});
