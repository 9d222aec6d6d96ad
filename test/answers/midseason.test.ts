// Proves "should I apply to more programs now?" is answered from where the asker stands this cycle: after applying,
// whether adding programs mid-season helps, in their own visa and regions (never the LA or visa boilerplate that does
// not apply to them); before applying, the plan's own application range.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { ADVICE } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const text = (r: AskResult) => (r.found ? r.answer : '');
const US_EM_ANYWHERE: Profile = {
  specialty: { primary: 'emergency_medicine' }, visa: 'us_citizen', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 241, attempts: 1 }, regions: ['anywhere'], stage: 'interviewing', cycle: { submitted: true, interviews: 2 },
};
const J1_IM_SOCAL: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 226, attempts: 1 }, regions: ['la_county', 'orange_county'], stage: 'applying', cycle: { submitted: true },
};
const NOT_YET: Profile = { ...J1_IM_SOCAL, stage: 'preparing', cycle: { submitted: false } };

const QUESTIONS = [
  'should i apply to more programs now with only 2 interviews',
  'is it worth adding more programs at this point?',
  'only 2 invites so far, should I send more applications?',
  'bhai 2 interviews aaye hain, aur programs mein apply karu?',
  '¿debo aplicar a más programas ahora? solo tengo 2 entrevistas',
];

describe('applying to more programs mid-season', () => {
  it.each(QUESTIONS)('a US citizen, EM, anywhere, interviewing: "%s"', (q) => {
    const r = ADVICE.ask(q, { profile: US_EM_ANYWHERE, now: NOW });
    expect(r.found && r.kind, q).toBe('plan');
    const out = text(r);
    expect(out).toMatch(/You have 2 interviews so far. In 2026, non-US IMGs who matched in emergency medicine/);
    expect(out).toMatch(/fewer open slots/);
    expect(out).toMatch(/you need no visa/);
    expect(out).toMatch(/anywhere in the US/);
    expect(out).not.toMatch(/Los Angeles|visa need|80–120|J-1|H-1B/);
    expect(out).toMatch(/our guide "Apply early and apply broadly"/);
  });

  it('for a J-1 applicant in LA and Orange County whose applications are out, names their visa and regions', () => {
    const out = text(ADVICE.ask('should I add more programs now?', { profile: J1_IM_SOCAL, now: NOW }));
    expect(out).toMatch(/^Your applications are already out\./);
    expect(out).toMatch(/take J-1 residents/);
    expect(out).toMatch(/in LA County, Orange County, the regions you chose/);
  });

  it('before applying, the same question gets the plan\'s application range', () => {
    const out = text(ADVICE.ask('should I apply to more programs?', { profile: NOT_YET, now: NOW }));
    expect(out).toMatch(/^For your plan: apply to about \d+–\d+ programs/);
  });
});
