// A Step 1 pass told in the same sentence as an ECFMG status stays the applicant's result: the ECFMG sentence names
// exams as what is still missing only where the clause says so.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('step 1 told beside ECFMG certification', () => {
  it.each([
    'step 1 passed first attempt, ecfmg certified',
    'IM. step 1 pass first try, ck 231, ecfmg certified',
    'Step 1 cleared 1st attempt and ECFMG certified since march',
    'passed step 1 on first attempt, ecfmg done',
    'step1 passed first attempt; ecfmg certification complete',
  ])('%s', (message) => {
    const { got } = read('specialty', message);
    expect(got.step1).toMatchObject({ result: 'passed', attempts: 1 });
    expect(got.ecfmg).toMatchObject({ status: 'certified' });
  });

  it('still reads exams named as missing for ECFMG as missing, not as results', () => {
    const { got } = read('ecfmg', 'not certified yet, still need ck and oet');
    expect(got.step2ck).toBeUndefined();
    expect(got.ecfmg).toMatchObject({ status: 'in_progress' });
  });
});
