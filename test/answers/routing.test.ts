// Proves the router generalises: phrasings written for this test only (in neither the routing examples nor any
// evaluation set) are refused first and alone by class, and residency questions that share their words are not.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { createRouter, route, ROUTING_FILE, routingExamples } from '../../src/answers/route.js';
import { ADVICE } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const ask = (q: string, profile?: Profile) => ADVICE.ask(q, profile ? { profile, now: NOW } : undefined);
const text = (r: AskResult) => (r.found ? r.answer : '');
const kind = (r: AskResult) => (r.found ? r.kind ?? 'articles' : 'nearest');
const IM_J1: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 224, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2020,
  usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county', 'orange_county'],
};

describe('refused first and alone, by class', () => {
  const classes: [string, RegExp, string[]][] = [
    ['unethical', /^I will not help/, [
      'my friend is a doctor in ohio, can he sign a letter saying i rotated with him when i did not',
      'is there someone who can write the ck for me, i will pay well',
      'could i list a research project i was never part of so my cv looks fuller',
      'where do people get the memorised questions from the last step 3 forms',
    ]],
    ['other country', /^I can only help with US residency/, [
      'what is the pass mark of the amc mcq these days',
      'need help with my gmc application, what documents do they want',
      'is the plab route faster than usmle for someone from egypt',
    ]],
    ['personal', /^(I cannot advise on your own health|Our guides do not cover legal matters)/, [
      'i keep having panic attacks before mock exams, which tablet should i take',
      'uscis sent me a request for evidence on my petition, what do i write back',
      'i want to sue my old hospital for withholding my salary, how do i start',
    ]],
    ['off topic', /^That is outside what I can help with/, [
      'give me a recipe for vegan lasagna',
      'who do you think wins the super bowl this year',
      'write a haiku about autumn leaves',
      'what are the best brunch places in pasadena',
    ]],
  ];
  for (const [name, opening, questions] of classes) {
    it(`declines ${name} questions in words it was not trained on`, () => {
      for (const q of questions) {
        const r = ask(q, IM_J1);
        expect(kind(r), q).toBe('refusal');
        expect(r.found ? r.answer : '', q).toMatch(opening);
        expect(r.found ? r.answer : '', q).not.toMatch(/Sources:|reach|target|safety/);
      }
    });
  }

  it('does not refuse residency questions that share words with a refusal class', () => {
    for (const q of [
      'do i need a training licence from the california medical board before july',
      'can a program see how many times i took step 1',
      'how do i write about my home country experience in the personal statement',
      'is it ok to email a program coordinator after the interview',
      'what should i list under volunteering on eras',
      'what is worth paying for when i set up a rotation in la',
      'which stories from my training should i bring up in an interview',
      'thanks', 'ok', 'lol',
    ]) expect(kind(ask(q)), q).not.toBe('refusal');
  });
});

describe('the router itself', () => {
  it('is trained from a validated file and names the plan topic of a first-person plan question', () => {
    const router = createRouter([]);
    expect(route(router, 'orange county programs that suit my file').topic).toBe('list');
    expect(() => routingExamples({ refuse: {}, ownPlan: {}, general: [] })).toThrow();
    expect(routingExamples(ROUTING_FILE).length).toBeGreaterThan(300);
  });
});

describe('questions about my own plan, in words the rules were not written from', () => {
  const ME: Profile = { ...IM_J1, usce: { months: 3, kind: 'observership', where: ['la_county'] }, usLors: { count: 1 }, regions: ['la_county', 'san_diego'] };
  const own = (q: string) => { const r = ask(q, ME); return r.found ? r.answer : ''; };

  it('answers from the plan, with exact region and specialty filters', () => {
    const sd = own('which san diego hospitals would be realistic for me');
    expect(sd).toMatch(/^Only in San Diego, from your plan:/);
    // Orange County is outside this applicant's regions (LA, San Diego): the plan lists only realistic fits there
    expect(own('any orange county IM programs that fit my numbers?')).toMatch(/^Only internal medicine programs in Orange County|^Your plan has no internal medicine programs in Orange County because Orange County is not a region you chose/);
    expect(own('list the la programs i should target')).toMatch(/^Only in LA County/);
    expect(own('put my programs in reach target safety buckets')).toMatch(/^Reach \(\d+\)/);
    expect(own('which of my programs are long shots')).toMatch(/^Reach \(\d+\)/);
    expect(own('do the riverside programs take people with my visa')).toMatch(/^From our program table/);
  });

  it('says where I stand in a specialty I name, and adds my own file to a general answer', () => {
    expect(own('is neurology doable for me or should i stick to im')).toMatch(/^neurology \(if you applied in it\)/i);
    expect(own('honestly is my step 2 score good enough for family medicine')).toMatch(/Step 2 CK 224/);
    expect(own('do i have enough letters to apply?')).toMatch(/For you: Your saved US letters: 1\./);
    expect(own('is my observership time enough or do i need more')).toMatch(/observership only \(not hands-on\)/);
    expect(own('should i wait until next cycle or go ahead and apply now')).toMatch(/For you: .*hands-on US clinical experience/);
    expect(own('should i sit this cycle out')).toMatch(/Your file as saved, part by part/);
    expect(own('are my two us letters good enough')).toMatch(/For you: Your saved US letters: 1\./);
  });

  it('answers "do I need Step 3" from the stored visa', () => {
    expect(own('do i even need step 3 if i\'m going the j1 route')).toMatch(/^For a J-1 you do not need Step 3/);
    expect(text(ask('do i need step 3', { ...ME, visa: 'us_citizen' }))).toMatch(/^You do not need Step 3[^\n]*US citizen/);
    expect(text(ask('do i need step 3', { ...ME, visa: 'needs_h1b' }))).toMatch(/Step 3[\s\S]*\$100,000/);
  });
});
