// Round 12: an exam said to be taken, with only when, is asked about (pass or fail, which attempt), never guessed.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('an exam taken with only a date is asked about', () => {
  it.each([
    ['step1', 'gave step 1 in october'],
    ['step1', 'took step 1 last month'],
    ['step1', 'sat for step 1 in march 2025'],
    ['step1', 'step 1 done in june'],
    ['step2ck', 'took ck in august'],
  ] as const)('%s: "%s" -> clarify', (pending, m) => {
    const r = read(pending, m, { visa: 'needs_j1' });
    expect(r.got[pending]).toBeUndefined();
    expect(r.clarify).toBe(pending);
  });
  it.each([
    ['step1', 'passed step 1 in october', { result: 'passed' }],
    ['step2ck', 'took ck in august, 236', { score: 236 }],
  ] as const)('look-alike %s: "%s" stores the result', (pending, m, want) => expect(read(pending, m, { visa: 'needs_j1' }).got[pending]).toMatchObject(want));
});
