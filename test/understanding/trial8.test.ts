// Classes a new user's trial found before round 8, each with messages written for this test.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (pending: ProfileField, message: string, profile: Profile = {}) => understand(message, { pending, profile, now: NOW });
const got = (pending: ProfileField, message: string, profile: Profile = {}) => Object.fromEntries(read(pending, message, profile).updates.map((u) => [u.field, u.value])) as Record<string, unknown>;

describe('a request made of the bot tells nothing about the applicant', () => {
  it.each([
    'can u write me a LOR in my attendings name, he will sign without reading',
    'can you draft 2 letters for me from my observership doc',
    'pls write me a personal statement, 3 months usce in LA',
    'help me fake a letter from a US attending',
    'could you make me a list of 40 programs',
  ])('%s', (message) => {
    const r = read('usLors', message);
    expect(r.question).toBe(true);
    expect(r.updates).toEqual([]);
  });
});

describe('a reapplicant who reports interviews stays a reapplicant; the interviews are the cycle\'s', () => {
  it.each(['6 interviews now', 'got 3 invites so far', 'interviewing at 4 places this season'])('%s', (message) => {
    const s = got('ecfmg', message, { stage: 'reapplying' });
    expect(s.stage).toBeUndefined();
  });
  it('a first-time applicant with interviews is interviewing', () => {
    expect(got('ecfmg', '6 interviews now', { stage: 'applying' }).stage).toBe('interviewing');
  });
});

describe('a hedged number beside an exam not taken is a prediction, the lowest said', () => {
  it.each([
    ['not taken yet, NBMEs around 235-245 so maybe 240', 235],
    ['not taken yet, maybe 240', 240],
    ["haven't taken it, nbmes 228-236", 228],
    ['not yet. uwsa2 was 250, nbme 12 was 238', 238],
  ] as const)('%s', (message, predicted) => {
    expect(got('step2ck', message).step2ck).toEqual({ taken: false, predicted });
  });
});

describe('places preferred inside "anywhere" are kept beside it', () => {
  it.each([
    ['SoCal mostly but open to anywhere', ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'anywhere']],
    ['LA preferred but anywhere', ['la_county', 'anywhere']],
    ['anywhere, ideally orange county', ['orange_county', 'anywhere']],
    ['anywhere', ['anywhere']],
    ['LA, but anywhere is fine', ['anywhere']],
  ] as const)('%s', (message, regions) => {
    expect(got('regions', message).regions).toEqual(regions);
  });
});

describe('a relative who works or lives in a Southern California place is a family tie', () => {
  it.each(['my brother works in pasadena', 'my wife is a nurse in los angeles', 'husband has a job in torrance'])('%s', (message) => {
    expect(got('laTies', message).laTies).toMatchObject({ family: true });
  });
  it('a relative working far away is none', () => {
    expect(got('laTies', 'my brother works in houston').laTies).toMatchObject({ family: false });
  });
});

describe('a bare yes or no answers "Have you submitted your ERAS application this season?"', () => {
  it.each([['yes', true], ['yep', true], ['haan', true], ['no', false], ['nope', false]] as const)('%s', (message, submitted) => {
    expect(got('cycle', message).cycle).toEqual({ submitted });
  });
});
