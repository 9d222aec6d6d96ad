// Questions about ECFMG certification timing and the NRMP's own fees get the facts that answer them: the rank order
// list deadline for a requirement still open, Pathway expiry, the certificate by July 1, and NRMP (not ERAS) fees.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const ask = (q: string) => answerTraced(answerer, q).result;
const reply = (q: string) => { const r = ask(q); return r.found && r.kind !== 'refusal' ? r.answer : ''; };

describe('a part of ECFMG certification still open this cycle', () => {
  it.each([
    'OET booked for january, will I still be able to match in march?',
    'my pathway application is still pending, can i still be in this match?',
    "haven't done OET yet, is this cycle lost?",
    'todavía no tengo el OET, ¿puedo entrar al match este año?',
    'CK result only arrives late february - am I still in the match?',
  ])('"%s" is told what must be done by the rank order list deadline', (q) => {
    expect(reply(q)).toMatch(/rank order list deadline/i);
  });
});

describe('a Pathway accepted in an earlier cycle', () => {
  it.each([
    'my pathway got accepted for the 2024 match, is it still good now?',
    'does an accepted pathway ever expire',
    'pathway from two years ago, do i have to do it again',
    'i was accepted on a pathway in 2022 and never got certified, what do i need to do with ecfmg now',
    'Pathway accepted back in 2023 and I never matched. Do I need to redo anything with ECFMG for this match?',
  ])('"%s" hears that a Pathway can expire and must be revalidated', (q) => {
    expect(reply(q)).toMatch(/revalidate/i);
  });
});

describe('the certificate and the diploma', () => {
  it.each([
    'do i need the ECFMG certificate in hand before my residency starts',
    'if my ecfmg certificate isnt issued by july can i still start intern year',
  ])('"%s" hears that training on July 1 needs the certificate itself', (q) => {
    const text = reply(q);
    expect(text).toMatch(/July 1/);
    expect(text).toMatch(/holding the ECFMG certificate/);
  });

  it('a diploma awaiting verification does not keep one out of the Match, but blocks the certificate', () => {
    const text = reply("my school still hasn't verified my diploma with ecfmg, does that block me from the match?");
    expect(text).toMatch(/need not keep you out of the Match/);
    expect(text).toMatch(/certificate cannot be issued without it/);
  });
});

describe('the NRMP fee for ranking more than 20 programs', () => {
  it.each([
    'NRMP fee for ranking more than 20 programs',
    'nrmp charge for ranking 24 programs',
    'is there an extra fee if my rank list has more than 20 programs',
    'cost of adding programs past 20 on my ROL',
    'how much does NRMP charge per extra rank',
    'rank list of 22 programs, will nrmp charge me more?',
  ])('"%s" is answered with the NRMP fee, not the ERAS fee table', (q) => {
    const text = reply(q);
    expect(text).toMatch(/ranked beyond 20/);
    expect(text).not.toMatch(/ERAS season charges/);
  });

  it('states the amounts with their year and address, and that they change', () => {
    const text = reply('how much is the nrmp late fee');
    expect(text).toMatch(/\$30 for each program ranked beyond 20/);
    expect(text).toMatch(/2016.*nrmp\.org/);
    expect(text).toMatch(/revises its fees/);
  });

  it('leaves the couples fee, which our data do not state, to nrmp.org', () => {
    const r = ask('what does the NRMP charge for the couples match?');
    expect(r.found && r.kind).toBe('refusal');
    expect(r.found ? r.answer : '').toMatch(/nrmp\.org/);
  });
});

describe('which visa is easier', () => {
  it.each([
    'which visa is easier for me?',
    'no se, whatever visa is easier',
    "what's the easier visa route for residency, j1 or h1b",
    'easier visa for an img with low scores?',
  ])('"%s" gets the practical answer: apply with the J-1, H-1B as a bonus', (q) => {
    expect(reply(q)).toMatch(/apply with the J-1/);
  });
});
