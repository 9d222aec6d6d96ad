// A dated application month: in December 2026 this cycle's applications went out in September 2026, so "applying sept
// 2027" is the next cycle (preparing), and a month of this cycle's year is this cycle.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('an application month with its year places the applicant in a cycle', () => {
  it.each([
    'applying sept 2027',
    'i will submit ERAS in september 2027 inshallah',
    'plan is to apply in sep 2027 after step 3',
    'eras in june 2027, IM',
    'sending my apps on the 5th of sept 2027',
  ])('%s -> preparing (the next cycle)', (message) => {
    expect(read('stage', message).got.stage).toBe('preparing');
  });

  it.each([
    ['submitted in september 2026, 2 interviews so far', ['applying', 'interviewing']],
    ['applied sept 2026, no invites yet', ['applying']],
  ] as const)('%s -> this cycle', (message, stages) => {
    expect(stages).toContain(read('stage', message).got.stage);
  });
});
