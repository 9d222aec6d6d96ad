// A bare score answering one exam's question is that exam's, even when another exam's stored score is the same number;
// a clause that points back ("the 233 was my first attempt", "233 took 2 tries") still names the exam that holds it.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const ck233 = { step2ck: { taken: true as const, score: 233, attempts: 1 } };

describe('Step 3 asked, CK already 233', () => {
  it.each(['233', 'passed with 233'])('"%s" is Step 3 passed with 233', (message) => {
    expect(read('step3', message, ck233).got.step3).toEqual({ status: 'passed', score: 233 });
  });
  it('look-alike: "233 took 2 tries" corrects CK\'s attempts', () => {
    expect(read('step3', '233 took 2 tries', ck233).got.step2ck).toMatchObject({ score: 233, attempts: 2 });
  });
});
