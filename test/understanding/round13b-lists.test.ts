// Round 13 (understand13b): a denial over a list reaches every item of it; a backup named after "if not" is kept.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { grade } from './grade.js';
import { read } from './read-message.js';

/** One turn through the whole engine: what changed in the profile. */
function turn(pending: ProfileField, message: string, before: Profile = {}) {
  const g = grade({ id: 't', kind: 't', pending, before, message, expect: { set: {} } });
  const changed: Partial<Record<ProfileField, unknown>> = {};
  for (const k of Object.keys({ ...g.after, ...before }) as ProfileField[]) if (JSON.stringify(g.after[k]) !== JSON.stringify(before[k])) changed[k] = g.after[k];
  return { changed };
}

describe('a denial reaches every item of its list ("not a citizen or a GC holder")', () => {
  it.each([
    ["i'm not a citizen or a GC holder, I'll need sponsorship", undefined],
    ['not a us citizen or green card holder. need j1', 'needs_j1'],
    ['no gc or citizenship, need h1b', 'needs_h1b'],
    ["i'm not a citizen or permanent resident", undefined],
    ['not a citizen or a gc holder - j1 or h1 either is ok', 'either'],
  ])('"%s" -> visa %s (never a green card)', (m, v) => {
    const got = read('visa', m).got.visa;
    expect(got).not.toBe('green_card');
    expect(got).not.toBe('us_citizen');
    if (v) expect(got).toBe(v);
  });
  it.each([
    ['not a citizen, i have a green card', 'green_card'],
    ["i'm a citizen, not a gc holder", 'us_citizen'],
    ['green card holder, not a citizen yet', 'green_card'],
  ])('look-alike "%s" -> %s', (m, v) => expect(read('visa', m).got.visa).toBe(v));
});

describe('a backup named after "if not" is kept', () => {
  it.each([
    ['psych and if not FM', 'psychiatry', 'family_medicine'],
    ['IM, if not then FM', 'internal_medicine', 'family_medicine'],
    ['peds and if not peds then FM', 'pediatrics', 'family_medicine'],
    ['neuro, if that fails IM', 'neurology', 'internal_medicine'],
    ['FM otherwise IM', 'family_medicine', 'internal_medicine'],
  ])('"%s" -> %s, backup %s', (m, primary, backup) => expect(turn('specialty', m, {}).changed.specialty).toEqual({ primary, backup }));
  it.each([
    ['psych if not too late', { primary: 'psychiatry' }],
    ['IM, and if i dont match i reapply', { primary: 'internal_medicine' }],
    ['FM if not too competitive for IMGs', { primary: 'family_medicine' }],
  ])('look-alike "%s" -> %j', (m, want) => expect(turn('specialty', m, {}).changed.specialty).toEqual(want));
});

describe('a doubt or an open choice with "or" is no denial of both', () => {
  it.each([
    ['visa', 'not sure if j1 or h1b'],
    ['visa', 'no idea if j1 or h1b is better'],
    ['specialty', 'not decided between IM or FM'],
  ] as const)('%s: "%s" -> nothing stored', (pending, m) => expect(read(pending, m).got).toEqual({}));
  it('"no preference, IM or FM" keeps both named', () => expect(turn('specialty', 'no preference, IM or FM').changed.specialty).toBeDefined());
});

describe('a reply that opens on a choice not made ("not sure yet if X or Y") answers nothing and is asked about', () => {
  it.each([
    ['stage', 'not sure yet if i will apply this cycle or the next one'],
    ['visa', 'not sure if j1 or h1b'],
    ['visa', 'still deciding between j1 or h1b tbh'],
    ['couples', "haven't decided if we couples match or apply separately"],
    ['regions', 'torn between staying in LA or moving anywhere'],
  ] as const)('%s: "%s" -> clarify, nothing stored', (pending, m) => {
    const r = read(pending, m);
    expect(r.got[pending]).toBeUndefined();
    expect(r.clarify).toBe(pending);
  });
  it('"idk whether to apply now or wait a year" is asked of the guides, nothing stored', () => expect(read('stage', 'honestly idk whether to apply now or wait a year').got).toEqual({}));
  it.each([
    ['stage', 'applying this cycle, not sure if i will get interviews or not', 'stage'],
    ['visa', 'J1, not sure if IM or FM yet', 'visa'],
    ['specialty', "IM for sure, not sure if i'll add FM or peds as backup", 'specialty'],
  ] as const)('look-alike %s: "%s" -> %s still read', (pending, m, field) => expect(read(pending, m).got[field]).toBeDefined());
});

describe('an earlier answer struck while another question waits answers only what it corrects', () => {
  const LA: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', regions: ['la_county'] };
  it.each([
    "actually scratch LA, I'd rather be in San Diego",
    'scratch LA, OC instead',
    'forget LA, san diego only',
    'drop LA pls, make it orange county',
    'actually scratch LA. san diego',
  ])('"%s" (LA ties pending) -> no LA ties stored', (m) => expect(read('laTies', m, LA).got.laTies).toBeUndefined());
  it.each(["actually scratch LA, I'd rather be in San Diego", 'forget LA, san diego only'])('"%s" still corrects the regions', (m) => expect(read('laTies', m, LA).got.regions).toEqual(['san_diego']));
  it.each([
    ['scratch LA, OC instead. no family or anything in socal', { family: false }],
    ['no ties, never lived there', { family: false, lived: false }],
    ['forget LA, san diego only. my brother lives in san diego', { family: true }],
  ])('look-alike "%s" -> LA ties %j still read', (m, ties) => expect(read('laTies', m, LA).got.laTies).toMatchObject(ties));
});

describe('a plan denied ("dont plan to before match") is no plan', () => {
  const CK: Profile = { step2ck: { taken: true, score: 238, attempts: 1 } };
  it.each([
    'havent taken step 3 and dont plan to before match',
    'not taken, dont plan to take it before the match',
    'dont plan to take it before rank lists',
    "didn't take it, and i don't plan to before interviews",
  ])('"%s" -> not taken', (m) => expect(read('step3', m, CK).got.step3).toEqual({ status: 'not_taken' }));
  it.each([
    'planning to take it before the match',
    'will take it before rank lists are due',
  ])('look-alike "%s" -> planned', (m) => expect(read('step3', m, CK).got.step3).toEqual({ status: 'planned' }));
});
