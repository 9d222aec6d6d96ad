// A language helps at a Southern California program only when our guides name it as common among its patients.
import { describe, expect, it } from 'vitest';
import { socalPatientLanguages } from '../../src/plan/socal-languages.js';

describe('languages that help at a SoCal program', () => {
  it.each([
    [['Spanish', 'English'], ['Spanish']],
    [['tagalog'], ['tagalog']],
    [['Korean', 'Armenian', 'Farsi'], ['Korean', 'Armenian', 'Farsi']],
    [['Yoruba', 'English'], []],
    [['German', 'Urdu'], []],
  ])('%j -> %j', (given, kept) => {
    expect(socalPatientLanguages(given)).toEqual(kept);
  });
});
