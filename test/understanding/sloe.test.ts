// Emergency medicine's standardized letters (SLOEs, SLORs) are US letters in the specialty, not a specialty answer.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { initialState } from '../../src/engine/state.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const EM: Profile = { specialty: { primary: 'emergency_medicine' }, visa: 'us_citizen', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 241, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022, usce: { months: 4, kind: 'hands_on', where: ['other_us'] } };

describe('an EM applicant answering the letters question', () => {
  it.each(['2 SLOEs from EM', '2 sloes', 'two SLORs from my EM rotations'])('"%s" stores two letters in the specialty', (text) => {
    const { state } = step({ ...initialState(), greeted: true, profile: structuredClone(EM) }, { kind: 'text', text }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-01T12:00:00Z') });
    expect(state.profile.usLors).toMatchObject({ count: 2, inSpecialty: true });
    expect(state.profile.specialty).toEqual({ primary: 'emergency_medicine' });
  });
});
