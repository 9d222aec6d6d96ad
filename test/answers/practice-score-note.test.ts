// A practice or predicted score beside a tier or list question, from someone whose Step 2 CK is not taken: the plan's
// tiers are shown and said not to count that number. A real saved score, or no practice number, gets no such note.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, ROUTING_FULL, text } from '../helpers/ask-kit.js';
import { practiceScoreNote } from '../../src/answers/practice-score-note.js';

const notTaken: Profile = { ...ROUTING_FULL, step2ck: { taken: false } };
const NOTE = /practice score is not your result/;

describe('a practice score does not make a program a target', () => {
  for (const q of [
    'My NBME 12 was 238. Is Cedars-Sinai a target for me now?',
    'Free 120 predicted 241, can I treat UCLA IM as a target?',
    'I scored 246 on UWSA1, which LA programs are my targets?',
    'Amboss self assessment says 239. Where do I stand for internal medicine?',
    'mock exam 250 last week, am I competitive for USC?',
  ]) it(q, () => expect(practiceScoreNote(notTaken, q), q).toBeDefined());
});

describe('look-alikes get no note', () => {
  it('a real saved score is the one read, not the practice number', () => {
    const note = practiceScoreNote(ROUTING_FULL, 'My NBME was 238 but my real CK is saved. Is UCLA a target?');
    expect(note).toMatch(/real Step 2 CK/);
    expect(note).not.toMatch(/238/);
  });
  for (const q of [
    'Is UCLA a target for me?',
    'I have 3 years of practice back home, which LA programs are my targets?',
    'Which programs should I target with 2 years of clinical practice?',
  ]) it(q, () => expect(practiceScoreNote(notTaken, q), q).toBeUndefined());
});

describe('through the whole answer path', () => {
  it('says the tiers wait for the real score', () => {
    const r = ask('UWSA2 said 245, exam is next month. Can I count the LA university programs as targets yet?', notTaken);
    expect(text(r)).toMatch(NOTE);
  });
});
