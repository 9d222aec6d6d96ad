// Round 13, two specialties named and one said again after a word of preference ("IM or FM, mostly FM", Portuguese
// "quero IM ou psiquiatria, mais IM"): the one said again is the first choice and the other the backup, whichever
// order they were named in; without a preference, or with a doubt, the choice is asked.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const specialty = (m: string) => read('specialty', m);

describe('the one said again after a word of preference is first', () => {
  it.each([
    ['i want im or fm, mostly fm', 'family_medicine', 'internal_medicine'],
    ['im or fm, leaning fm', 'family_medicine', 'internal_medicine'],
    ['psych or IM but more psych tbh', 'psychiatry', 'internal_medicine'],
    ['quero IM ou psiquiatria, mais IM', 'internal_medicine', 'psychiatry'],
    ['quero IM ou FM, mais FM', 'family_medicine', 'internal_medicine'],
    ['peds or FM, ideally peds', 'pediatrics', 'family_medicine'],
  ])('%s', (m, primary, backup) => expect(specialty(m).got.specialty).toEqual({ primary, backup }));

  it.each([
    ['mostly IM, maybe FM', 'internal_medicine', 'family_medicine'],
    ['IM, FM as backup, mostly because of visa', 'internal_medicine', 'family_medicine'],
  ])('the order told otherwise stays: %s', (m, primary, backup) => expect(specialty(m).got.specialty).toEqual({ primary, backup }));

  it.each([
    'IM or FM, still deciding, mostly FM i guess',
    'IM or FM',
  ])('asked: %s', (m) => {
    expect(specialty(m).got.specialty).toBeUndefined();
    expect(specialty(m).clarify).toBe('specialty');
  });
});
