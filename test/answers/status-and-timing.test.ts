// Round 5 classes, in phrasings written for this test: statuses that are neither J-1 nor H-1B (a work permit, F-1
// and OPT) are answered from the guides and not refused; counts of sponsoring programs come from the table; a
// refusal's follow-up suggests nothing that may not apply; ECFMG timing questions get the NRMP timing.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { ADVICE } from './grade.js';
import { questionShape } from '../../src/answers/question-shape.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const IM: Profile = { specialty: { primary: 'internal_medicine' }, step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 224, attempts: 1 }, graduationYear: 2020, regions: ['la_county'] };
const ask = (q: string, profile?: Profile) => ADVICE.ask(q, profile ? { profile, now: NOW } : undefined);
const text = (r: AskResult) => (r.found ? r.answer : '');
const kind = (r: AskResult) => (r.found ? r.kind ?? 'articles' : 'nearest');

describe('a status that is neither J-1 nor H-1B', () => {
  it.each([
    'i have daca and an ead card, will residency programs even consider me?',
    'my asylum case is pending but i have a work permit, do i still need a j1 for residency?',
    'can someone with DACA apply to the match?',
  ])('a work permit: no sponsorship needed, ask each program (%s)', (q) => {
    const r = ask(q);
    expect(kind(r)).toBe('articles');
    expect(text(r)).toMatch(/Employment Authorization Document|work permit/);
    expect(text(r)).toMatch(/do not need a program to sponsor/);
  });
  it.each([
    'finishing my masters in the US on an F-1, can OPT carry me through residency?',
    'does stem opt cover a 3 year residency or do i need another visa',
    "i'm on f-1 right now, which visa will i need for residency training?",
  ])('F-1 or OPT: time-limited, plan for J-1 or H-1B (%s)', (q) => {
    const r = ask(q);
    expect(kind(r)).toBe('articles');
    expect(text(r)).toMatch(/OPT/);
    expect(text(r)).toMatch(/plan for a J-1/);
  });
  it('what to put down: the real status, and where to check the form', () => {
    const r = ask('i am a dreamer, not on any visa. what do i select for visa status in the application?');
    expect(text(r)).toMatch(/State your real status|work permit/);
  });
  it('an asylum or DACA process question unrelated to residency is still not answered as if the guides covered it', () => {
    expect(kind(ask('how long does a daca renewal take these days?'))).toBe('refusal');
  });
});

describe('counts of sponsoring programs come from the table', () => {
  it.each([
    'how many hospitals in los angeles sponsor h-1b?',
    'how many programs in socal offer J1?',
    'how many IM programs around LA take h1b visas',
  ])('%s', (q) => {
    const r = ask(q, IM);
    expect(kind(r)).toBe('plan');
    expect(text(r)).toMatch(/in our table/);
    expect(text(r)).not.toMatch(/San Francisco|Sacramento/);
  });
  it('asks for the visa when the question names none and none is stored', () => {
    const r = ask('how many programs here sponsor visas?', IM);
    expect(text(r)).toMatch(/I need your visa situation/);
  });
});

describe('refusal follow-ups suggest nothing that may not apply', () => {
  it.each([
    'i already passed ck, just send me the recalls from this month',
    'anyone have the leaked step 3 questions from the new forms?',
  ])('%s', (q) => {
    const r = ask(q);
    expect(kind(r)).toBe('refusal');
    expect(text(r)).not.toMatch(/retake|explain a fail/);
  });
});

describe('ECFMG timing', () => {
  it.each([
    'do i need my ecfmg certificate before i send eras in september?',
    'when is the latest my ecfmg certification can be finished for this match?',
    'how late can ecfmg verify my pathway and exams if i want to match this year?',
    'is it ok to apply before ecfmg certifies me?',
  ])('%s', (q) => {
    const r = ask(q);
    expect(kind(r)).toBe('articles');
    expect(text(r)).toMatch(/rank order list deadline/);
  });
});

describe('a question that points back is read with the topic before it', () => {
  it.each([
    ['The ERAS fees keep adding up for me. What can I do about it?', /ERAS fees/],
    ['i graduated in 2014, how do i handle that?', /graduated in 2014/],
    ['Will my CK fail show up on my application, and how should I address that?', /CK fail/],
  ])('%s', (q, topic) => {
    const parts = questionShape(q).questions;
    expect(parts.some((p) => /\b(it|that)\b/.test(p.text) && topic.test(p.text))).toBe(true);
  });
  it('a follow-up long enough to stand alone keeps its own words', () => {
    const parts = questionShape('I have 3 months of USCE. What should I do about letters from those rotations in internal medicine?').questions;
    expect(parts[0]!.text).not.toMatch(/3 months/);
  });
  it('the pointing-back part is answered on its topic', () => {
    const r = ask('I failed Step 1 on my first try. How should I handle that with programs?');
    expect(kind(r)).toBe('articles');
    expect(text(r)).toMatch(/fail/i);
  });
});

describe('a visa comparison states what each side needs', () => {
  it.each([
    'j1 vs h1b if i want a green card eventually?',
    'which is better long term, h-1b or j-1?',
  ])('%s', (q) => {
    expect(text(ask(q))).toMatch(/Step 3/);
  });
});

describe('overlapping articles: splitting a list by place is the core-plus-extended method', () => {
  it.each([
    'should most of my applications be outside LA?',
    'whats the right balance between LA programs and out of state ones?',
    'how do i spread my list across los angeles and other states',
  ])('%s', (q) => {
    expect(text(ask(q))).toMatch(/Tier 3, extended|majority of programs/);
  });
});

describe('a sponsor count names the public filings it counted', () => {
  it('H-1B in SoCal: stated sources first, then institutions with their own public H-1B filings, and how it was counted', async () => {
    const { answerFromPlan } = await import('../../src/answers/plan-answers.js');
    const { FULL_KB } = await import('../helpers/plan-kb.js');
    const r = answerFromPlan('sponsors', 'how many programs in southern california sponsor h1b?', IM, FULL_KB, NOW);
    expect(r.text).toMatch(/in our table/);
    expect(r.text).toMatch(/Public filings: \d+ more programs? there/);
    expect(r.text).toMatch(/How this was counted/);
  });
});
