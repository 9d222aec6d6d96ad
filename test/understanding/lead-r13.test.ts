// The lead's round-13 trial: a plan to APPLY said while the Step 3 question waits is not a plan for Step 3.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a plan to apply is not a plan for the exam asked about', () => {
  it('"will apply sept 2027" to the Step 3 question stores no Step 3 plan', () => {
    for (const m of ['preparing, will apply sept 2027', 'will apply next year', 'planning to apply 2027', 'gonna apply in september'])
      expect(read('step3', m).got.step3, m).toBeUndefined();
  });
  it('look-alikes: the exam itself planned, before or beside applying', () => {
    for (const m of ['i will take it before applying', 'will do it before applying', 'gonna apply this sept, step 3 after', 'going to sit for it in march', 'planned, before i apply'])
      expect(read('step3', m).got.step3, m).toEqual({ status: 'planned' });
  });
});

describe('Spanish "e" before a word that starts with i', () => {
  it('"español e inglés" keeps both languages, asked or not', () => {
    for (const pending of ['languages', 'step3'] as const) {
      for (const m of ['español e ingles', 'hablo español e inglés'])
        expect(read(pending, m).got.languages, m).toEqual(['Spanish', 'English']);
    }
  });
});
