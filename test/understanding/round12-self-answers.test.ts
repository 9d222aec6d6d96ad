// Round 12: a question the applicant asks and answers at once ("first attempt? no. second? yes") states its answer.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';
import { selfAnswered } from '../../src/engine/understand/self-answers.js';

const FILE = { specialty: { primary: 'internal_medicine' as const }, visa: 'needs_j1' as const };

describe('an attempt asked and answered in turn is the one said yes to', () => {
  it.each([
    'step 1: passed. first attempt? no lol. second? yes',
    'passed step 1. 1st attempt? nope. 2nd? yep',
    'step 1 passed — first try? no. second try? yes',
    'step1 pass. first attempt? nah. second? yeah',
    'passed step 1, first attempt? no sadly, second? yes',
  ])('"%s" -> passed on attempt 2', (m) => expect(read('step1', m, FILE).got.step1).toEqual({ result: 'passed', attempts: 2 }));
  it('"passed step 1. first attempt? yes" -> attempt 1', () => expect(read('step1', 'passed step 1. first attempt? yes', FILE).got.step1).toEqual({ result: 'passed', attempts: 1 }));
});

describe('a place asked and denied is not where the experience was', () => {
  it.each([
    '4 months obs. in california? no. texas? yes',
    '3 months hands-on. california? nope, all in texas',
  ])('"%s" -> only outside California', (m) => expect((read('usce', m).got.usce as { where: string[] }).where).toEqual(['other_us']));
});

describe('look-alikes: a real question, or words after yes/no, are left as they are', () => {
  it.each([
    'is california realistic for me? no visa yet',
    'does the first attempt matter? no idea',
    'any chance in LA? no? be honest',
    'first attempt? yes or no, does it matter',
    'passed first attempt? yes?',
    'what do you think of IM?',
  ])('"%s" is unchanged', (m) => expect(selfAnswered(m.toLowerCase())).toBe(m.toLowerCase()));
});
