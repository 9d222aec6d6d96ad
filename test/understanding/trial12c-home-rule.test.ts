// Trial-12 class: an unwaived 212(e) two-year home requirement from an earlier J-1 closes the H-1B for now. An H-1B or
// "either" told beside it is asked about with what the guides say, never stored; a J-1 beside it, or a waiver, is kept.
import { describe, expect, it } from 'vitest';
import { clarifyQuestion } from '../../src/engine/understand/clarify.js';
import { read } from './read-message.js';

describe('an H-1B or either beside an unwaived 212(e) is asked, with why', () => {
  it.each([
    '212(e) applies to me, not waived. want H1B',
    'I have 212e from my postdoc J1, no waiver, h1b or j1',
    'subject to the 2 year home requirement from my old j1, either visa ok',
    'my previous J-1 left me with the two year home rule, never waived; prefer H-1B',
    'i have the 212 e requirement (no waiver yet), h1b please',
  ])('%s', (msg) => {
    const r = read('visa', msg);
    expect(r.got.visa, msg).toBeUndefined();
    expect(r.r.clarify?.facts?.homeRule, msg).toBe(true);
    expect(clarifyQuestion(r.r.clarify!).text).toMatch(/H-1B or a green card.*new clinical J-1/);
  });
});

describe('look-alikes: a J-1 beside it, a waiver in hand, or the rule only feared, is read as before', () => {
  it.each([
    ['I have 212e from my research J1, not waived, so J1 again for residency', 'needs_j1'],
    ['my 212(e) waiver was approved last year, need h1b', 'needs_h1b'],
    ['H1B only, the j1 two year home rule is a dealbreaker', 'needs_h1b'],
    ['either is fine, the 2 year home rule does not scare me', 'either'],
    ['got my waiver for the 2-year home requirement, h1b', 'needs_h1b'],
  ] as const)('%s', (msg, visa) => {
    expect(read('visa', msg).got.visa, msg).toBe(visa);
  });
});
