import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { osmFromDayRules } from '../../../src/authoring/hours/osm-week.js';

describe('osmFromDayRules (the importers\' week → opening_hours)', () => {
  it('groups days with the same times, runs of three or more as ranges', () => {
    const office = '08:00-12:00';
    assert.equal(osmFromDayRules([office, office, office, office, office, '', '']), 'Mo-Fr 08:00-12:00');
    assert.equal(osmFromDayRules([office, '08:00-12:00,14:00-18:00', office, '08:00-12:00,14:00-18:00', office, '', '']), 'Mo,We,Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00');
  });
  it('keeps two neighbouring days a list and orders rules by their first day', () => {
    assert.equal(osmFromDayRules(['', '', '', '', '', '10:00-14:00', '10:00-14:00']), 'Sa,Su 10:00-14:00');
    assert.equal(osmFromDayRules(['09:00-12:00', '09:00-12:00', '09:00-12:00', '14:00-16:00', '09:00-12:00', '09:00-12:00', '09:00-12:00']), 'Mo-We,Fr-Su 09:00-12:00; Th 14:00-16:00');
  });
  it('is empty when every day is closed', () => {
    assert.equal(osmFromDayRules(['', '', '', '', '', '', '']), '');
  });
});
