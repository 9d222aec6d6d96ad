// Round 11 (second wave): things the guides do not hold although a near passage shares their words. Whether a passed
// Step's score expires, a single hospital's exact cutoff, the resident duty-hour cap (said in the singular), working as
// a PA or NP instead of a physician, and whether a visitor visa allows an observership: each is said plainly to be
// outside the guides. Honest look-alikes with the same words and another meaning are still answered.
import { describe, expect, it } from 'vitest';
import { ask, kind, needs, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';
import { outOfScopeTopic } from '../../src/answers/scope.js';

/** Said plainly to be outside the guides, or declined: never a near article given as the answer. */
const uncovered = (q: string) => { const r = ask(q); return !r.found || r.kind === 'refusal'; };
const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 160)}`;

describe('questions about things the guides do not hold are said to be uncovered', () => {
  for (const q of [
    'Is my USMLE Step 1 result still valid if I passed it back in 2015?',
    'My CK score is from 2017, does it expire before I apply this year?',
    'How long is a Step 2 CK score valid for residency applications?',
    'What is the official minimum Step 2 score at Cedars-Sinai for internal medicine?',
    'Does Harbor-UCLA have a hard cutoff for CK, like 240?',
    'Is there an hour limit per week for PGY-1 residents in California?',
    'How strict is the 80 hour duty hour rule for interns?',
    'Could I get a job as a nurse practitioner in Texas with my foreign MD while I wait?',
    'Is it possible to work as a physician assistant with my MBBS?',
    'Am I allowed to do an externship while on a tourist visa?',
    'Can I do a hands-off observership with an ESTA or do I need a different visa?',
  ]) it(q, () => expect(uncovered(q), show(q)).toBe(true));
});

describe('honest look-alikes with the same words are answered from the guides', () => {
  for (const q of [
    'Does an ECFMG pathway expire if it was accepted in an earlier cycle?',
    'What Step 2 CK score do IMGs who match internal medicine usually have?',
    'Is 225 on CK below the cutoff most LA community programs use?',
    'How do I explain a two-year gap in my CV to programs?',
    'How much hands-on USCE do I need before applying?',
    'Does an observership count as US clinical experience?',
  ]) it(q, () => expect(uncovered(q), show(q)).toBe(false));
});

describe('buying a car is an errand, not a residency question; a car named otherwise is not refused as one', () => {
  for (const q of [
    'Which SUV should I buy for commuting to Loma Linda?',
    'Can you suggest a cheap second-hand car for my externship months in Fresno?',
    'What is the most reliable sedan for driving between LA hospitals?',
  ]) it(q, () => expect(kind(ask(q)), show(q)).toBe('refusal'));
  for (const q of [
    'Which programs are reachable without a car in LA?',
    'What is the best way to get hands-on USCE in LA?',
  ]) it(q, () => expect(kind(ask(q)), show(q)).not.toBe('refusal'));
});

describe('"which programs in a place should I apply to" is the asker\'s own list, so the missing visa is asked first', () => {
  const noVisa = without(ROUTING_FULL, 'visa');
  for (const q of [
    'which programs in san diego should I put on my list for IM',
    'Which hospitals near Riverside would I apply to with my file?',
    'what programs in Orange County should I target for FM?',
  ]) it(q, () => expect(needs(ask(q, noVisa)), `${kind(ask(q, noVisa))}: ${text(ask(q, noVisa)).slice(0, 140)}`).toContain('visa'));
  // the guides' advice on a place, not the asker's list
  it('What hospitals in LA do I need to know about for USCE?', () => expect(kind(ask('What hospitals in LA do I need to know about for USCE?', noVisa))).not.toBe('plan'));
});

describe('research work named in a message (case reports, an RCT, a hospitalist to write with) keeps it off the errand refusal', () => {
  for (const q of [
    '6 months free: join a big RCT team as a volunteer or do case reports with a hospitalist I know?',
    'I have a gap year: write case reports with an attending or volunteer at a free clinic?',
  ]) it(q, () => expect(kind(ask(q)), show(q)).not.toBe('refusal'));
  it('an errand that names research only in passing is still declined', () => {
    const q = 'recommend a good phone plan for my case reports time lol';
    expect(kind(ask(q)), show(q)).toBe('refusal');
  });
});

describe('a topic the asker sets aside (", not the visa stamping") is not what the question asks', () => {
  it('the set-aside words alone do not pick the uncovered topic', () => {
    expect(outOfScopeTopic('how much is the ECFMG J-1 fee? just that fee, not the visa stamping')?.id).not.toBe('immigration-law');
    expect(outOfScopeTopic('What does ECFMG charge for J-1 sponsorship, except the visa stamping?')?.id).not.toBe('immigration-law');
  });
  it('the same topic asked for itself is still uncovered', () => {
    expect(outOfScopeTopic('How long does visa stamping take in Lagos?')).toBeDefined();
    expect(outOfScopeTopic('Can my wife work on H-4, not as a student?')?.id).toBeDefined();
  });
});
