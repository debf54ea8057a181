import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { overriddenDaysWarnings } from '../../../src/authoring/hours/hours-overrides.js';

describe('warning about rules that replace earlier days', () => {
  it('warns when a later rule names days an earlier rule already has', () => {
    const [w, ...rest] = overriddenDaysWarnings('Mo-Fr 08:00-12:00; Tu,Th 14:00-18:00');
    assert.equal(rest.length, 0);
    assert.match(w!, /"Tu,Th 14:00-18:00" replaces the hours of "Mo-Fr 08:00-12:00" on Tu, Th/);
    assert.match(w!, /Tu,Th 08:00-12:00,14:00-18:00/);
  });

  it('stays quiet for separate days, additions with a comma, closings and holidays', () => {
    assert.deepEqual(overriddenDaysWarnings('Mo,We,Fr 08:00-12:00; Tu,Th 14:00-18:00'), []);
    assert.deepEqual(overriddenDaysWarnings('Mo-Fr 08:00-12:00, Tu,Th 14:00-18:00'), []);
    assert.deepEqual(overriddenDaysWarnings('Mo-Fr 08:00-16:00; We off'), []);
    assert.deepEqual(overriddenDaysWarnings('Mo-Fr 08:00-12:00; PH off'), []);
    assert.deepEqual(overriddenDaysWarnings('24/7'), []);
    assert.deepEqual(overriddenDaysWarnings('Mo-Fr 08:00-12:00; Sa 09:00-12:00 "nur mit Termin; bitte anrufen"'), []);
  });

  it('understands ranges across the week end', () => {
    assert.equal(overriddenDaysWarnings('Fr-Mo 10:00-14:00; Su 12:00-13:00').length, 1);
  });
});
