// Round 11 (understand11b): a second application told in Spanish, Portuguese or Hindi-Urdu is a reapplication, a first
// one is applying; an earlier cycle's interviews are not this cycle's. Messages written in our own words, with look-alikes
// that use the same words of something else (a first time that is someone else's, "no me quede" of a place).
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const stage = (message: string) => read('stage', message).got.stage;

describe('a second application in another language is a reapplication', () => {
  it.each([
    ['segunda vez que aplico al match', 'reapplying'],
    ['no hice match el año pasado, vuelvo a aplicar', 'reapplying'],
    ['é a minha segunda vez, não dei match ano passado', 'reapplying'],
    ['pichle saal match nahi hua, is saal phir se apply kar raha hoon', 'reapplying'],
    ['es mi primera vez aplicando', 'applying'],
    ['primeira vez aplicando', 'applying'],
    ['no, not a reapplicant, this is my very first cycle', 'applying'],
  ])('%s', (message, want) => {
    expect(stage(message)).toBe(want);
  });
});

describe('look-alikes: another first or second time, a place not stayed in', () => {
  it.each([
    ['no me quede en LA, ahora aplicando', 'applying'],
    ['my first time applying, my friend is on her second time', 'applying'],
    ['tomé el step 2 por segunda vez y aprobé, estoy aplicando', 'applying'],
  ])('%s', (message, want) => {
    expect(stage(message)).toBe(want);
  });
});

describe("an earlier cycle's interviews are not this cycle's", () => {
  it('unmatched last year with 2 interviews stores no interviews now', () => {
    const r = read('stage', 'reapplying, went unmatched last year with only 2 interviews');
    expect(r.got.stage).toBe('reapplying');
    expect(r.got.cycle).toBeUndefined();
  });
  it('last cycle had 4 invites, nothing submitted this cycle yet', () => {
    expect(read('cycle', 'last cycle i had 4 invites; this cycle nothing submitted yet').got.cycle).toEqual({ submitted: false });
  });
  it("this cycle's count beside last year's is this cycle's", () => {
    expect(read('stage', 'went unmatched last year with 3 interviews, this cycle submitted and 5 interviews so far').got.cycle).toEqual({ submitted: true, interviews: 5 });
  });
});
