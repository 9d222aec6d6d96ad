// Round 20: a program named where the message asks, with one of its stated facts asked (its visa policy, its
// graduation-year limit, its minimum Step 2 CK), is answered from the program table with each fact's source before the
// guides' general answer; programs of one system that agree are said once; a fact the table lacks is said as the
// table's gap; a program named only as the asker's background, or named with nothing of these asked, adds nothing.
// Phrasings written for this test only.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { programFactsAsked } from '../../src/answers/program-facts-asked.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { KB } from './grade.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const text = (q: string) => { const r = answerTraced(answerer, q).result; return r.found ? r.answer : ''; };
const TABLE = /^From our program table/;

describe('a named program\'s stated facts, asked in the question', () => {
  it('one system\'s programs that agree on the visa are said once, with the system\'s own page', () => {
    const t = text('is Kaiser in Southern California open to J-1 doctors?');
    expect(t).toMatch(TABLE);
    expect(t).toMatch(/programs of Kaiser Permanente Southern California[^\n]*do not sponsor a J-1 or an H-1B\. Source: residency-scal-kaiserpermanente\.org/);
  });
  it('a graduation limit asked in other words', () => {
    expect(text('San Joaquin General internal medicine: how many years since graduation do they allow?')).toMatch(/San Joaquin General Hospital Program \(internal medicine, French Camp\): graduation within the last 3 years, a stated limit/);
  });
  it('one visa stated and the other unknown are said apart', () => {
    expect(text('Eisenhower IM — H1B possible there?')).toMatch(/no source says whether it sponsors a J-1; does not sponsor an H-1B/);
  });
  it('asked in Spanish, in the city named', () => {
    expect(text('la residencia de Kaiser en Los Angeles patrocina visa J1?')).toMatch(/do not sponsor a J-1/);
  });
  it('a fact the table lacks is the table\'s gap, not the program\'s silence', () => {
    expect(programFactsAsked('San Joaquin General IM: what is the minimum CK score and the YOG cutoff?', KB.programs)).toMatch(/no Step 2 CK minimum in our table \(its page may state a score rule\)/);
  });
  it('in a conversation, a question the plan answers keeps the plan\'s answer (the same stated fact)', () => {
    const r = answerTraced(answerer, 'does San Joaquin General IM take J-1?', { profile: {}, now: new Date('2026-12-01T12:00:00Z'), kb: KB }).result;
    expect(r.found ? r.answer : '').toMatch(/San Joaquin General Hospital Program \(internal medicine, French Camp\): J-1: yes/);
  });
});

describe('nothing from the table when no fact of a named program is asked', () => {
  it.each([
    'I do research at Cedars on a J-1. Can I change to a clinical J-1 for residency?',
    'why do so many people want Kaiser?',
    'which visa is easier for residency in general, J-1 or H-1B?',
  ])('"%s"', (q) => expect(text(q)).not.toMatch(TABLE));
});
