// Round 16 (understand16a): a field other than the one asked changes only on a statement of the applicant's own value.
// Messages written for this test (other words and order than the development sets'), each a reply while the bot waits.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { say } from '../helpers/say-while-asked.js';
import { stored } from './read-message.js';

const FILE: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 233, attempts: 1 } };
const LATER: Profile = { ...FILE, step3: { status: 'not_taken' }, graduationYear: 2019 };
// everything the interview asks before the stage, so the stage and the cycle questions are the ones waiting
const TO_STAGE: Profile = {
  ...LATER, usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2 }, languages: ['English'], regions: ['la_county'],
  laTies: { family: false, lived: false, trained: false }, research: { publications: 0, posters: 0 },
};
const TO_CYCLE: Profile = { ...TO_STAGE, stage: 'applying', ecfmg: { status: 'certified' }, couples: { matching: false } };

describe('a specialty named for something else (interviews, a job, a program, training held) is no choice', () => {
  it.each([
    ['stage', 'interviewing now: 3 invites so far, two family med and one transitional year', TO_STAGE],
    ['graduationYear', '2018, then a year of pediatrics house job at a district hospital', FILE],
    ['cycle', 'submitted on the 26th. one invite from Desert Regional FM so far', TO_CYCLE],
    ['visa', 'ran a neurology ward in Karachi for 3 years. J1 please', FILE],
  ] as const)('asked %s, "%s" keeps the specialty', (pending, message, before) => {
    expect(say(pending, before, message).changed.specialty).toBeUndefined();
  });

  it.each([
    ['visa', 'switching to peds after all. J1 still', 'pediatrics'],
    ['step3', 'not taken. psych is what I want now', 'psychiatry'],
    ['step3', 'not taken. Neurology.', 'neurology'],
  ] as const)('asked %s, a choice said in passing still changes it: "%s"', (pending, message, primary) => {
    expect(say(pending, FILE, message).changed.specialty).toMatchObject({ primary });
  });
});

describe('a place named for something else (where rotations were, who wrote a letter) sets no training region', () => {
  it.each([
    ['usce', '6 weeks at Hoag and 4 at Scripps, enjoyed both a lot'],
    ['usLors', 'letters: Dr. Kim (UCI, FM), Dr. Ruiz (Loma Linda, IM)'],
    ['usce', 'a few months in the US, mainly around Houston'],
  ] as const)('asked %s, "%s" keeps the regions', (pending, message) => {
    expect(say(pending, LATER, message).changed.regions).toBeUndefined();
  });

  it('an edit of the list told beside another answer still changes them', () => {
    const before: Profile = { ...LATER, usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2 }, languages: ['English'], regions: ['la_county'], laTies: { family: false, lived: false, trained: false } };
    expect(say('research', before, 'please put Orange County on my regions list too. research: just 2 posters').changed.regions).toEqual(['la_county', 'orange_county']);
  });
});

describe('the application service named as a cost sets no stage', () => {
  it.each([
    ['regions', 'LA only. the ERAS fees already took most of my savings'],
    ['step3', 'no step 3, I would rather spend that money on ERAS'],
    ['visa', 'need an H1B. saving up for ERAS right now'],
  ] as const)('asked %s, "%s" leaves the stage unset', (pending, message) => {
    expect(say(pending, LATER, message).changed.stage).toBeUndefined();
  });

  it('a stage told in passing still counts', () => {
    expect(say('visa', LATER, 'J1. I submitted ERAS in September').changed.stage).toBe('applying');
  });
});

describe('where experience was: Southern California hospitals and towns named by their own names', () => {
  it.each([
    ['8 weeks of hands-on at Pomona Valley Hospital', 'la_county'],
    ['1 month obs in Chino Hills', 'inland_empire'],
    ['six weeks observing at Kaiser Woodland Hills', 'la_county'],
    ['a month shadowing at Desert Regional in palm springs', 'inland_empire'],
    ['2 months hands-on, all at a clinic in Upland', 'inland_empire'],
  ] as const)('"%s" is in %s', (message, region) => {
    expect(stored(message, 'usce').usce?.where).toEqual([region]);
  });
});
