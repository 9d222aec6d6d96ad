// Proves the router generalises: phrasings written for this test only (in neither the routing examples nor any
// evaluation set) are refused first and alone by class, and residency questions that share their words are not.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { createRouter, route, ROUTING_FILE, routingExamples } from '../../src/answers/route.js';
import { ADVICE } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const ask = (q: string, profile?: Profile) => ADVICE.ask(q, profile ? { profile, now: NOW } : undefined);
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
