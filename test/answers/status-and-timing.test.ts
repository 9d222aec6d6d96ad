// Round 5 classes, in phrasings written for this test: statuses that are neither J-1 nor H-1B (a work permit, F-1
// and OPT) are answered from the guides and not refused; counts of sponsoring programs come from the table; a
// refusal's follow-up suggests nothing that may not apply; ECFMG timing questions get the NRMP timing.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { ADVICE } from './grade.js';

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
