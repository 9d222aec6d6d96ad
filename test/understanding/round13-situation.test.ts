// Round 13, situation facts told as a story: another process's application (ECFMG, a visa, a waiver) is not the
// residency application; whether to apply at all left open is asked, never read as a stage; the partner's visa told
// by nationality or compared with the applicant's ("needs an H1B like me") is the partner's; "all over again" is
// again, never anywhere.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('another process\'s application is not the cycle', () => {
  it.each([
    'ECFMG application submitted, waiting on diploma verification',
    'submitted my visa application last week, applying this cycle',
    'ECFMG application submitted, waiting for them to verify my diploma. step1 ck oet all done',
    'sent the OET application yesterday',
    'passport application submitted, hoping to apply in september',
  ])('%s', (m) => expect(read('stage', m).got.cycle).toBeUndefined());

  it.each([
    'ERAS application submitted in september, ECFMG certified',
    'ECFMG certified and ERAS submitted',
    'applied to 80 programs this cycle, visa is J1',
    'application submitted, 3 interviews so far',
    'submitted to 120 programs',
  ])('the residency application still is: %s', (m) => expect(read('cycle', m).got.cycle).toMatchObject({ submitted: true }));
});

describe('whether to apply at all, left open', () => {
  it.each([
    'not sure yet if I\'ll apply this year or wait for next',
    'undecided if im applying this year',
    'idk if i should apply now or wait a year',
    'might apply this cycle or might wait, depends on CK',
    'applying this cycle or next, havent decided',
  ])('%s', (m) => {
    const r = read('stage', m);
    expect(r.got.stage).toBeUndefined();
    expect(r.clarify).toBe('stage');
  });

  it.each([
    ['applying this cycle for sure, unsure about couples', 'applying'],
    ['i\'m applying this year, not sure yet how many programs', 'applying'],
    ['applying this cycle, wait for my CK score first', 'applying'],
    ['applying this year, not sure if to psych or FM', 'applying'],
    ['applied last cycle or the one before, reapplying now', 'reapplying'],
  ])('a doubt about something else: %s', (m, stage) => expect(read('stage', m).got.stage).toBe(stage));
});

describe('the partner\'s visa', () => {
  it.each([
    ['matching with my husband, he\'s doing gen surg, he\'s american so no visa', false],
    ['my fiancée and i are couples matching, she wants peds and needs an H1B like me', true],
    ['yes, my wife is doing IM, she is american', false],
    ['yes couples, he needs a J1 like me', true],
    ['couples matching with my girlfriend, she is a US national', false],
  ])('%s', (m, partnerNeedsVisa) => expect(read('couples', m).got.couples).toMatchObject({ matching: true, partnerNeedsVisa }));

  it('a visa compared with the applicant\'s is not stored as the applicant\'s own', () => {
    expect(read('stage', 'my fiancée and i are couples matching, she wants peds and needs an H1B like me').got.visa).toBeUndefined();
  });

  it.each([
    'yes we are couples matching, he is FM; I am IM and need H1B',
    'couples match with my wife. I need a J1, she does too',
  ])('the applicant\'s own visa still is: %s', (m) => expect(read('couples', m).got.visa).toBeDefined());

  it.each([
    'yes couples, she is in peds, no visa interview yet',
    'couples matching with my husband, he is in FM',
  ])('no visa word of the partner: %s', (m) => expect((read('couples', m).got.couples as { partnerNeedsVisa?: boolean }).partnerNeedsVisa).toBeUndefined());
});

describe('"all over again" is again', () => {
  it.each([
    'i actually started prelim in 2024 but left after 6 months for my mother\'s cancer, so now i\'m applying all over again',
    'unmatched, so applying all over again',
    'starting the whole match from scratch, applying again',
  ])('%s', (m) => expect(read('stage', m).got.stage).toBe('reapplying'));

  it.each([
    ['I did PGY1 in surgery in NY and then left the program, now applying to psych', 'applying'],
    ['did my internship back home then left for the US, applying this cycle', 'applying'],
  ])('leaving a post says nothing of an earlier match: %s', (m, stage) => expect(read('stage', m).got.stage).toBe(stage));

  it.each([
    'applying all over the US this cycle',
    'open to programs all over',
  ])('"all over" still is anywhere: %s', (m) => expect(read('regions', m).got.regions).toEqual(['anywhere']));

  it('"all over again" is no region', () => expect(read('stage', 'started prelim but left, so now applying all over again').got.regions).toBeUndefined());
});

describe('certification denied after it is named', () => {
  it.each([
    'not yet, applied for certification in october',
    'certified? not yet lol',
    'yes but my certificate is not issued yet',
    'all requirements met, certificate not received yet',
  ])('%s', (m) => expect(read('ecfmg', m).got.ecfmg).toEqual({ status: 'in_progress' }));

  it.each([
    'got certified last month',
    'yes certified, not yet applied to ERAS',
    'certificate issued in 2023',
    'certified since 2022',
  ])('certified still: %s', (m) => expect(read('ecfmg', m).got.ecfmg).toEqual({ status: 'certified' }));
});

describe('a couples plan given up', () => {
  it.each([
    'we were going to couples match but she decided to wait',
    'originally we planned to couples match, but now she\'s applying next year',
    'we were thinking of couples matching but he wants to wait a year',
  ])('is asked: %s', (m) => {
    const r = read('couples', m);
    expect(r.got.couples).toBeUndefined();
    expect(r.clarify).toBe('couples');
  });

  it.each([
    ['was going to apply solo but now couples matching with my husband', { matching: true }],
    ['yes, we are couples matching, she was going to do IM but switched to peds', { matching: true, partnerSpecialty: 'pediatrics' }],
    ['yes couples match with my wife', { matching: true }],
    ['no, I was going to but we broke up, so solo', { matching: false }],
  ])('what is true now stands: %s', (m, couples) => expect(read('couples', m).got.couples).toEqual(couples));
});

describe('to the couples question, the partner in or out of this match', () => {
  it.each([
    ['my fiancé is matching too (EM), he\'s american', { matching: true, partnerSpecialty: 'emergency_medicine', partnerNeedsVisa: false }],
    ['partner is matching in ortho and he\'ll need an H1B', { matching: true, partnerSpecialty: 'orthopaedic_surgery', partnerNeedsVisa: true }],
    ['my wife is applying too', { matching: true }],
    ['my husband isn\'t applying', { matching: false }],
    ['my wife matched last year', { matching: false }],
  ])('%s', (m, couples) => expect(read('couples', m).got.couples).toEqual(couples));

  it.each([
    'my girlfriend is a nurse',
    'my wife is applying next year',
  ])('nothing told of this match: %s', (m) => expect(read('couples', m).got.couples).toBeUndefined());

  it('my wife applying too, but not as a couple', () => {
    expect(read('couples', 'my wife is applying too but we\'re not couples matching').got.couples).toEqual({ matching: false });
  });

  it('off the couples question a partner applying is not read as a couples match', () => {
    expect(read('stage', 'my wife is applying too').got.couples).toBeUndefined();
  });
});
