// Round 18 (understand18a): when to store nothing. Each class with messages written for this test (other words, order
// and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { FLOW } from '../helpers/conversation.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');

const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };
const UP_TO_TIES: Profile = {
  ...START, step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 231, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2020,
  usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: false, kind: 'clinical' }, languages: ['English'], regions: ['la_county'],
};

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);
const meansOf = (id: ProfileField) => FLOW.questions.find((q) => q.id === id)!.means;

describe('a question about the question asked stores nothing: it is explained and asked again', () => {
  it.each([
    ['laTies', UP_TO_TIES, 'ties meaning what exactly, family?'],
    ['laTies', UP_TO_TIES, '¿a qué te refieres con lazos? ¿familia?'],
    ['laTies', UP_TO_TIES, 'o que você quer dizer com vínculos? tipo parentes?'],
    ['research', { ...UP_TO_TIES, laTies: { family: false, lived: false, trained: false } }, 'what counts as a pub? like is a pubmed abstract a pub?'],
    ['usce', START, 'by usce you mean observerships too?'],
  ] as const)('%s: "%s"', (pending, before, message) => {
    const { changed, said } = say(pending, before, message);
    expect(changed).toEqual({});
    expect(said).toContain(meansOf(pending));
  });

  it('a sentence that tells beside it is read as usual', () => {
    expect(say('laTies', UP_TO_TIES, 'my aunt lives in Irvine. what do you mean by ties though?').changed.laTies).toMatchObject({ family: true });
  });

  it('what a fact means for the applicant is a question for the guides, not about the question', () => {
    expect(say('laTies', UP_TO_TIES, 'what does that mean for me?').said).not.toContain(meansOf('laTies'));
  });
});

describe('a score told without its outcome is held against the USMLE pass marks', () => {
  it.each([
    ['step 3 done, got a 192 unfortunately'],
    ['S3 - 187 :/'],
    ['my step 3 came back at 190'],
  ])('under every Step 3 mark: "%s" is a fail', (message) => {
    expect(say('step3', START, message).changed.step3).toEqual({ status: 'failed' });
  });

  it('under today\'s Step 3 mark only, the outcome is asked; said passed, it stands', () => {
    const unsure = say('step3', START, 'step 3 199');
    expect(unsure.changed.step3).toBeUndefined();
    expect(unsure.asked).toBe('step3');
    expect(say('step3', START, 'passed step 3 with 199 back in 2023').changed.step3).toEqual({ status: 'passed', score: 199 });
  });

  it('a Step 1 number under every mark is a fail; a retake above it is the score', () => {
    expect(say('step1', START, 'step 1 was 188 back in 2019').changed.step1).toMatchObject({ result: 'failed' });
    expect(say('step1', START, '191 on step 1, retook and got 220').changed.step1).toMatchObject({ result: 'score', score: 220, attempts: 2 });
  });
});

describe('someone else\'s wish for the applicant is theirs, and the applicant\'s own choice after it counts', () => {
  it.each([
    ['my dad wants me to do surgery but I\'m going for IM', 'internal_medicine'],
    ['mis papás quieren que haga cardio, pero yo voy por FM', 'family_medicine'],
    ['meu pai quer que eu faça cirurgia, mas eu vou de pediatria', 'pediatrics'],
    ['everyone back home wants me to do IM. I want psych though', 'psychiatry'],
  ] as const)('"%s"', (message, primary) => {
    expect(say('specialty', {}, message).changed.specialty).toEqual({ primary });
  });

  it('a research year someone else expects is no research year of the applicant\'s', () => {
    const { changed } = say('stage', { ...UP_TO_TIES, research: { publications: 1, posters: 0 } }, 'my old boss expects me to spend a year in his lab, but im applying this season');
    expect(changed.research).toBeUndefined();
    expect(changed.stage).toBe('applying');
  });
});

describe('a number under a word several exams share is placed in none of them: which exam is asked', () => {
  it.each([
    ['step1', 'usmle 231'],
    ['step1', 'boards: 228'],
    ['step2ck', 'board score 245, first attempt'],
  ] as const)('%s: "%s"', (pending, message) => {
    const { changed, asked, said } = say(pending, START, message);
    expect(changed).toEqual({});
    expect(asked).toBe(pending);
    expect(said).toContain('Which exam is that score from');
  });

  it('the exam named beside the shared word is read', () => {
    expect(say('step1', START, 'usmle step 1 231').changed.step1).toMatchObject({ result: 'score', score: 231 });
  });
});

describe('two readings of the stage: applications sent this season beside a stage still ahead', () => {
  it.each([
    'sort of both, I applied to a handful of programs this cycle but the big push is next year',
    "both? sent ERAS to 10 programs this season, but I'm really preparing for next year's match",
    'honestly both - submitted to a few programs now as a trial run, the proper application is next cycle',
  ])('"%s": the applications kept, the stage asked', (message) => {
    const { changed, asked } = say('stage', { ...UP_TO_TIES, laTies: { family: false, lived: false, trained: false }, research: { publications: 0, posters: 0 } }, message);
    expect(changed.cycle).toMatchObject({ submitted: true });
    expect(changed.stage).toBeUndefined();
    expect(asked).toBe('stage');
  });
});

describe('the facts of a long post are kept whatever their form', () => {
  it('a short year ending a sentence, or a school after " + ", is the graduation', () => {
    expect(say('specialty', {}, 'Manipal ’18. CK 240. IM').changed.graduationYear).toBe(2018);
    expect(say('specialty', {}, 'PhD (UCLA) + MBBS Dhaka 2014. CK 231. FM').changed.graduationYear).toBe(2014);
  });

  it.each([
    ['my nbme was 250 but the actual exam was 231', 231],
    ['realistically my actual score was 229, uwsa said 250', 229],
    ['250 at best on practice tests, real one 228', 228],
  ])('the real exam beside a guess: "%s"', (message, score) => {
    expect(say('step2ck', START, message).changed.step2ck).toMatchObject({ taken: true, score });
  });

  it('a label and its count is the interviews; this season\'s applications and interviews say the stage', () => {
    const pasted = say('specialty', {}, 'Specialty: FM\nInvites - 2\n\nhow many should I rank?');
    expect(pasted.changed.cycle).toMatchObject({ submitted: true, interviews: 2 });
    expect(pasted.changed.stage).toBe('interviewing');
    expect(say('specialty', {}, 'Peds. Sent ERAS in September. 0 interviews so far. Is that normal?').changed.stage).toBe('applying');
  });
});
