// Proves that one-answer replies typed the way IMGs really type them are read into the right profile values.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const ctx = { now: new Date('2026-11-26T12:00:00Z') };

/** Reads `text` as the reply to the pending question `field` on an empty profile, in the shape ok / not understood / refused. */
function parseAnswer(field: ProfileField, text: string, c: typeof ctx) {
  const u = understand(text, { pending: field, profile: {}, now: c.now });
  const update = u.updates.find((x) => x.field === field);
  if (update) return { ok: true, value: update.value };
  if (u.clarify?.field === field && u.clarify.topic === 'implausible') return { ok: false, issue: 'out_of_range', hint: String(u.clarify.facts?.hint) };
  return { ok: false, issue: 'not_understood' };
}

// [field, what the user typed, what we expect to read]
const UNDERSTOOD: [ProfileField, string, unknown][] = [
  ['specialty', 'internal med', { primary: 'internal_medicine' }],
  ['specialty', 'IM', { primary: 'internal_medicine' }],
  ['specialty', 'psych', { primary: 'psychiatry' }],
  ['specialty', 'famly medicine', { primary: 'family_medicine' }],
  ['specialty', 'Internal Medicine', { primary: 'internal_medicine' }],
  ['specialty', 'peds', { primary: 'pediatrics' }],
  ['specialty', 'pyschiatry', { primary: 'psychiatry' }],
  ['specialty', 'IM with FM as backup', { primary: 'internal_medicine', backup: 'family_medicine' }],
  ['specialty', 'fm, backup im', { primary: 'family_medicine', backup: 'internal_medicine' }],
  ['specialty', 'derm but backup internal medicine', { primary: 'dermatology', backup: 'internal_medicine' }],
  ['specialty', 'ob/gyn', { primary: 'obstetrics_gynecology' }],
  ['specialty', 'neuro', { primary: 'neurology' }],
  ['specialty', 'general surgery', { primary: 'general_surgery' }],
  ['specialty', 'i want to do family medicine', { primary: 'family_medicine' }],
  ['specialty', 'pediatrcs', { primary: 'pediatrics' }],
  ['specialty', 'transitional year', { primary: 'transitional_year' }],
  ['visa', 'I need a J-1', 'needs_j1'],
  ['visa', 'j1', 'needs_j1'],
  ['visa', 'h1b', 'needs_h1b'],
  ['visa', 'H-1B please', 'needs_h1b'],
  ['visa', 'green card holder', 'green_card'],
  ['visa', "I'm a US citizen", 'us_citizen'],
  ['visa', 'citizen', 'us_citizen'],
  ['visa', 'permanent resident', 'green_card'],
  ['visa', 'j1 or h1b', 'either'],
  ['visa', 'either is fine', 'either'],
  ['visa', 'not sure', 'unsure'],
  ['visa', 'idk', 'unsure'],
  ['step1', 'failed once then passed', { result: 'passed', attempts: 2 }],
  ['step1', 'passed first attempt', { result: 'passed', attempts: 1 }],
  ['step1', 'pass', { result: 'passed', attempts: 1, attemptsUnstated: true }],
  ['step1', 'P', { result: 'passed', attempts: 1, attemptsUnstated: true }],
  ['step1', 'passed on 3rd attempt', { result: 'passed', attempts: 3 }],
  ['step1', 'passed after 2 attempts', { result: 'passed', attempts: 2 }],
  ['step1', 'failed twice, not passed yet', { result: 'failed', attempts: 2 }],
  ['step1', '231', { result: 'score', score: 231, attempts: 1, attemptsUnstated: true }],
  ['step1', 'I got 215 back in 2019', { result: 'score', score: 215, attempts: 1, attemptsUnstated: true }],
  ['step1', 'passed on the second try', { result: 'passed', attempts: 2 }],
  ['step1', 'yes passed', { result: 'passed', attempts: 1, attemptsUnstated: true }],
  ['step2ck', 'I got a 231 on CK', { taken: true, score: 231, attempts: 1, attemptsUnstated: true }],
  ['step2ck', 'two hundred twenty', { taken: true, score: 220, attempts: 1, attemptsUnstated: true }],
  ['step2ck', '218', { taken: true, score: 218, attempts: 1, attemptsUnstated: true }],
  ['step2ck', 'Step 2 CK 218', { taken: true, score: 218, attempts: 1, attemptsUnstated: true }],
  ['step2ck', '218 on second attempt', { taken: true, score: 218, attempts: 2 }],
  ['step2ck', 'two thirty one', { taken: true, score: 231, attempts: 1, attemptsUnstated: true }],
  ['step2ck', 'not taken yet, predicting 225', { taken: false, predicted: 225 }],
  ['step2ck', 'not_taken', { taken: false }],
  ['step2ck', "haven't taken it", { taken: false }],
  ['step2ck', 'nope', { taken: false }],
  ['step2ck', 'scheduled for january, nbme 230', { taken: false, predicted: 230 }],
  ['step2ck', 'ck 226 after failing once', { taken: true, score: 226, attempts: 2 }],
  ['step2ck', 'my score is 245!', { taken: true, score: 245, attempts: 1, attemptsUnstated: true }],
  ['step3', 'nope', { status: 'not_taken' }],
  ['step3', 'not taken', { status: 'not_taken' }],
  ['step3', 'passed with 220', { status: 'passed', score: 220 }],
  ['step3', '215', { status: 'passed', score: 215 }],
  ['step3', 'scheduled for march', { status: 'planned' }],
  ['step3', 'planning to take it next month', { status: 'planned' }],
  ['step3', 'passed', { status: 'passed' }],
  ['graduationYear', "class of '19", 2019],
  ['graduationYear', 'graduated 5 years ago', 2021],
  ['graduationYear', '2012', 2012],
  ['graduationYear', 'I graduated in 2018', 2018],
  ['graduationYear', 'last year', 2025],
  ['graduationYear', '2 yrs ago', 2024],
  ['graduationYear', 'batch of 2016', 2016],
  ['usce', '6 months hands-on in LA', { months: 6, kind: 'hands_on', where: ['la_county'] }],
  ['usce', 'nope', { months: 0, kind: 'none', where: [] }],
  ['usce', 'none', { months: 0, kind: 'none', where: [] }],
  ['usce', '3 month observership in Houston', { months: 3, kind: 'observership', where: ['other_us'] }],
  ['usce', '2 months externship in Orange County and 1 month observership in San Diego', { months: 3, kind: 'mixed', where: ['orange_county', 'san_diego'] }],
  ['usce', 'four weeks of electives in Riverside', { months: 1, kind: 'hands_on', where: ['inland_empire'] }],
  ['usce', 'a year of clinical rotations in NY', { months: 12, kind: 'hands_on', where: ['other_us'] }],
  ['usLors', '3 US letters, 2 in IM, one from California', { count: 3, inSpecialty: true, fromCalifornia: true }],
  ['usLors', 'none', { count: 0 }],
  ['usLors', 'two', { count: 2 }],
  ['usLors', '2', { count: 2 }],
  ['usLors', 'i have 4 letters but none from california', { count: 4, fromCalifornia: false }],
  ['languages', 'English, Spanish and Tagalog', ['English', 'Spanish', 'Tagalog']],
  ['languages', 'just english', ['English']],
  ['languages', 'spanich and englsh', ['Spanish', 'English']],
  ['languages', 'english, hindi, urdu', ['English', 'Hindi', 'Urdu']],
  ['languages', 'Fluent Arabic and English', ['Arabic', 'English']],
  ['languages', 'armenian + russian', ['Armenian', 'Russian']],
  ['regions', 'LA and Orange County', ['la_county', 'orange_county']],
  ['regions', 'socal', ['la_county', 'orange_county', 'san_diego', 'inland_empire']],
  ['regions', 'anywhere in the US', ['anywhere']],
  ['regions', 'los angeles', ['la_county']],
  ['regions', 'LA, IE, or San Diego', ['la_county', 'inland_empire', 'san_diego']],
  ['regions', 'la_county', ['la_county']],
  ['regions', 'I would go anywhere', ['anywhere']],
  ['laTies', 'my family lives in Glendale', { family: true, lived: false, trained: false }],
  ['laTies', 'nope', { family: false, lived: false, trained: false }],
  ['laTies', 'I lived in Pasadena for 3 years and did an externship at White Memorial', { family: false, lived: true, trained: true }],
  ['laTies', 'none', { family: false, lived: false, trained: false }],
  ['research', '2 publications and 3 posters', { publications: 2, posters: 3 }],
  ['research', 'none', { publications: 0, posters: 0 }],
  ['research', 'one case report', { publications: 1, posters: 0 }],
  ['research', '5 pubs', { publications: 5, posters: 0 }],
  ['stage', 'applying this cycle', 'applying'],
  ['stage', "didn't match last year", 'reapplying'],
  ['stage', 'just studying for now', 'preparing'],
  ['stage', 'I have 3 interviews', 'interviewing'],
  ['stage', 'submitting ERAS in september', 'applying'],
];

// Genuinely open answers get one short question back instead of a guess.
const CLARIFIED: [ProfileField, string, string][] = [
  ['visa', 'non-US citizen, need a visa', 'visa_which'],
  ['step1', 'fail', 'step1_later_pass'],
  ['usce', 'a year of research and clinical rotations in NY', 'usce_months'],
];

const NOT_UNDERSTOOD: [ProfileField, string][] = [
  ['specialty', 'asdfgh'],
  ['visa', 'nope'],
  ['step1', 'banana'],
  ['graduationYear', 'a while back'],
  ['usce', 'yes some'],
  ['research', 'a few'],
  ['regions', 'somewhere nice'],
  ['languages', 'qwerty'],
];

const OUT_OF_RANGE: [ProfileField, string, RegExp][] = [
  ['step2ck', '320', /1 to 300/],
  ['step2ck', 'my ck is 0', /1 to 300/],
  ['graduationYear', '2031', /future/],
  ['graduationYear', '1890', /too early/],
  ['usLors', '50 letters', /0 to 20/],
  ['step3', '400', /1 to 300/],
];

describe('parsing real phrasings', () => {
  it('has a table of at least 80 understood phrasings', () => {
    expect(UNDERSTOOD.length).toBeGreaterThanOrEqual(80);
  });
  it.each(UNDERSTOOD)('%s: %j', (field, text, expected) => {
    expect(parseAnswer(field, text, ctx)).toEqual({ ok: true, value: expected });
  });
  it.each(CLARIFIED)('%s: %j is asked about (%s), nothing stored', (field, text, topic) => {
    const u = understand(text, { pending: field, profile: {}, now: ctx.now });
    expect(u.clarify).toMatchObject({ field, topic });
    expect(u.updates).toEqual([]);
  });
  it.each(NOT_UNDERSTOOD)('%s: %j is not understood (not guessed)', (field, text) => {
    expect(parseAnswer(field, text, ctx)).toEqual({ ok: false, issue: 'not_understood' });
  });
  it.each(OUT_OF_RANGE)('%s: %j is refused with a hint', (field, text, hint) => {
    const result = parseAnswer(field, text, ctx);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.issue).toBe('out_of_range');
    expect(result.ok === false && result.issue === 'out_of_range' && result.hint).toMatch(hint);
  });
});

describe('places named the way people say them', () => {
  it.each([
    ['regions', 'anywhere in cali', ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']],
    ['regions', 'anywhere in socal', ['la_county', 'orange_county', 'san_diego', 'inland_empire']],
    ['usce', '2 months observership at cedars', { months: 2, kind: 'observership', where: ['la_county'] }],
    ['usce', '3 months externship at UCI and 1 month at Loma Linda', { months: 4, kind: 'hands_on', where: ['orange_county', 'inland_empire'] }],
  ] as [ProfileField, string, unknown][])('%s: %j', (field, text, expected) => {
    expect(parseAnswer(field, text, ctx)).toEqual({ ok: true, value: expected });
  });
});
