// Classes a new user's trial found before round 9 (fix the class, not the message); each with new messages of its own.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a tie to Fresno or Sacramento is not a tie to Los Angeles or Southern California', () => {
  it.each([
    'my cousin lives in fresno, not LA',
    'lived in sacramento only',
    'my parents are in the bay area',
    'did an externship in Oakland',
    'brother lives up north in San Jose',
  ])('%s', (m) => {
    const { got } = read('laTies', m);
    expect(got.laTies).toEqual({ family: false, lived: false, trained: false });
  });
  it('a tie in Southern California still counts', () => {
    expect(read('laTies', 'my aunt lives in Riverside').got.laTies).toMatchObject({ family: true });
    expect(read('laTies', 'grew up in Irvine').got.laTies).toMatchObject({ lived: true });
  });
});

describe('"fail x2 then pass" counts the failed attempts and one more', () => {
  it.each([
    ['step 1 fail x2 then pass', 3],
    ['failed step 1 2x but passed eventually', 3],
    ['x2 fail, then passed', 3],
    ['step 1 passed, took it x2', 2],
    ['failed once then passed', 2],
  ])('%s', (m, attempts) => {
    expect(read('step1', m).got.step1).toEqual({ result: 'passed', attempts });
  });
});
