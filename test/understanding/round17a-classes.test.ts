// Round 17 (understand17a): quantities, totals and parts, pasted blocks. Each class with messages written for this
// test (other words, order and forms than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { stateOf } from './grade.js';

const START: Profile = { specialty: { primary: 'internal_medicine' } };

/** The bot waits on `pending` with `before` stored; the applicant says `message`: what changed, and what is asked next. */
function say(pending: ProfileField, before: Profile, message: string) {
  const state = stateOf({ id: 'test', kind: 'conversation', pending, before, message, expect: { set: {} } });
  const after = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-07T12:00:00Z') }).state;
  const changed = Object.fromEntries(Object.entries(after.profile).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as ProfileField])));
  return { changed: changed as Profile, asked: after.clarifying?.field };
}

describe('a pasted block: each line is read under its own label, never with the number of the line before', () => {
  it('an exam not taken on its own line takes no score from the line above', () => {
    const { changed } = say('step1', START, 'my stats\nStep 1: pass\nStep 2 CK: 238\nStep 3: not yet\nGrad: 2020');
    expect(changed.step2ck).toMatchObject({ taken: true, score: 238 });
    expect(changed.step3).toEqual({ status: 'not_taken' });
    expect(changed.graduationYear).toBe(2020);
  });

  it('a school and its year on their own line, after a comma or in brackets, is the graduation', () => {
    expect(say('step1', START, 'Background\n• Universidad de Carabobo, 2017\n• CK 229').changed.graduationYear).toBe(2017);
    expect(say('step1', START, 'Riphah International University (2020)\nStep 1 passed').changed.graduationYear).toBe(2020);
  });

  it('a line with a count keeps it to its own field', () => {
    const { changed } = say('usLors', START, 'Letters - 3 (all from IM attendings at Cook County)\nStep 3 - 221');
    expect(changed.usLors).toMatchObject({ count: 3, kind: 'clinical' });
    expect(changed.step3).toMatchObject({ status: 'passed', score: 221 });
  });
});
