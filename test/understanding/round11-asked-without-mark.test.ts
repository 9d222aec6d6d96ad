// Round 11 (understand11b): a question asked with no question mark after a fact ("btw when do i open my ERAS account")
// is asked, not read as the stage; a clause with "when" that tells a fact ("when I took CK I got 240") is still read.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('when/where/which + do/should/can + someone, with no question mark, asks', () => {
  it.each([
    'CK booked for feb. btw when do i open my ERAS account',
    'CK booked for march, also when should i register for ERAS',
    'step 1 passed. where do programs list their visa policies',
    'CK in april, which programs do interviews in person',
    'ck booked. why do programs care about YOG',
  ])('%s', (message) => {
    const r = read('step2ck', message);
    expect(r.r.question).toBe(true);
    expect(r.got.stage).toBeUndefined();
  });
});

describe('look-alikes: a "when" that tells a fact is read', () => {
  it('btw when I took CK I got 240', () => {
    expect(read('step2ck', 'btw when I took CK I got 240').got.step2ck).toMatchObject({ taken: true, score: 240 });
  });
  it('CK 240 when I took it in june', () => {
    expect(read('step2ck', 'CK 240 when I took it in june').got.step2ck).toMatchObject({ taken: true, score: 240 });
  });
});
