// Round 11 (understand11b): US letters. A letters total with some of them from home counts only the US ones; who wrote
// the letters just counted, and where, is read from the clause after the count ("all from IM attendings", "none from
// Cali"); a letter waited on is no letter in hand; "one of my 3 letters is from Kaiser" places a letter of the three.
// Messages written in our own words; the look-alikes keep the total where all the letters are US letters.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const lors = (message: string, profile = {}) => read('usLors', message, profile).got.usLors as Record<string, unknown> | undefined;

describe('a letters total with some from home: the US part counts', () => {
  it.each([
    ['5 letters in all: 2 from the US and 3 from my home country', 2],
    ['3 LORs total, 2 US ones and one from Egypt', 2],
    ['4 letters: 3 from US IM attendings and 1 from home', 3],
    ['6 letters overall - 4 american, 2 from back home', 4],
    ['4 letters total - 3 US (IM attendings) and 1 from my prof back home in Lahore', 3],
  ])('%s', (message, count) => {
    expect(lors(message)).toMatchObject({ count });
  });
});

describe('look-alikes: every part a US letter, the total stands', () => {
  it.each([
    ['4 letters total, 3 from IM and 1 from my PI', 4],
    ['3 letters total - 2 from my obs at Mayo and 1 from my externship in Ohio', 3],
    ['3 US letters, one from my observership at a partner hospital in Texas', 3],
  ])('%s', (message, count) => {
    expect(lors(message)).toMatchObject({ count });
  });
});

describe('who wrote the letters just counted, and where', () => {
  it('all from IM attendings in Houston, none from Cali', () => {
    expect(lors('i have 3 US LORs, all from IM attendings at my externship in Houston, none from Cali', { specialty: { primary: 'internal_medicine' } }))
      .toMatchObject({ count: 3, inSpecialty: true, fromCalifornia: false, kind: 'clinical' });
  });
  it('both from FM docs in LA', () => {
    expect(lors('2 US letters, both from FM docs in LA', { specialty: { primary: 'family_medicine' } })).toMatchObject({ count: 2, inSpecialty: true, fromCalifornia: true });
  });
  it('none from california, all from my obs in NY', () => {
    expect(lors('3 letters, none from california, all from my obs in NY')).toMatchObject({ count: 3, fromCalifornia: false });
  });
  it('a trio of US letters is three, a pair two', () => {
    expect(lors('a trio of US letters, all from IM folks')).toMatchObject({ count: 3 });
    expect(lors('a pair of US letters from my obs')).toMatchObject({ count: 2 });
  });
  it('Hindi-Urdu: "do US LORs hain, dono IM se" is two letters in IM', () => {
    expect(lors('do US LORs hain, dono IM se', { specialty: { primary: 'internal_medicine' } })).toMatchObject({ count: 2, inSpecialty: true });
  });
  it('one of my 3 letters from Kaiser LA keeps three letters and places one in California', () => {
    expect(lors('ah one of my 3 letters is actually from Kaiser LA, so 1 from california', { usLors: { count: 3, inSpecialty: true, fromCalifornia: false } }))
      .toMatchObject({ count: 3, fromCalifornia: true });
  });
  it('2 of my 3 letters are from IM is still three letters', () => {
    expect(lors('2 of my 3 letters are from IM', { usLors: { count: 3 } })).toMatchObject({ count: 3 });
  });
});

describe('a letter waited on is no letter in hand', () => {
  it('waiting on one LOR to upload, before submitting, is the cycle only', () => {
    const r = read('cycle', "haven't submitted yet, still waiting on one LOR to upload");
    expect(r.got.cycle).toEqual({ submitted: false });
    expect(r.got.usLors).toBeUndefined();
  });
  it('waiting on one letter beside two in hand is two', () => {
    expect(lors('waiting on one letter to be uploaded, I have 2 US LORs already')).toMatchObject({ count: 2 });
  });
  it('submitted, waiting on 2 letters stores no letters', () => {
    expect(read('cycle', 'submitted, waiting on 2 letters').got.usLors).toBeUndefined();
  });
  it('look-alike: "not in IM" is the letters\' specialty, not a letter still to come', () => {
    expect(lors("2 US letters but not in IM, they're from surgery attendings", { specialty: { primary: 'internal_medicine' } })).toMatchObject({ count: 2, inSpecialty: false });
  });
  it('look-alike: waiting on my last LoR, letters stored, changes no letters', () => {
    expect(read('cycle', 'not submitted yet, waiting on my last LoR', { usLors: { count: 2 } }).clarify).toBeUndefined();
  });
  it('look-alike: letters all uploaded are letters', () => {
    expect(lors('got 3 letters, all uploaded')).toMatchObject({ count: 3 });
  });
});
