// Round 18 (understand18b): attempts told as a story, ties by living together, a tie that was once, other people's facts,
// months written as a product, corrections of one part. Each class with messages written for this test (other words,
// order and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { stateOf } from './grade.js';

const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };

/** The bot waits on `pending` with `before` stored; the applicant says `message`: what changed, and what is asked next. */
function say(pending: ProfileField, before: Profile, message: string) {
  const state = stateOf({ id: 'test', kind: 'conversation', pending, before, message, expect: { set: {} } });
  const after = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-07T12:00:00Z') }).state;
  const changed = Object.fromEntries(Object.entries(after.profile).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as ProfileField])));
  return { changed: changed as Partial<Record<ProfileField, unknown>>, asked: after.clarifying?.field };
}

describe('a fail told beside a later result is an earlier attempt, in every language', () => {
  it.each([
    ['step1', 'step1', 'passei no Step 1 em 2022, mas antes reprovei uma vez'],
    ['step1', 'step1', 'reprobé el step 1 en 2021 y lo aprobé en 2022'],
    ['step2ck', 'step2ck', 'got 228 on CK, the first sitting was a fail though'],
    ['step2ck', 'step2ck', 'CK 219. failed it on my first try, that was the retake'],
  ] as const)('to %s, %s of "%s" is a second attempt', (pending, field, message) => {
    expect(say(pending, START, message).changed[field]).toMatchObject({ attempts: 2 });
  });

  it('a failed score alone is still the first attempt', () => {
    expect(say('step2ck', START, 'failed CK with 207 on the first attempt').changed.step2ck).toMatchObject({ score: 207, attempts: 1 });
  });
});
