// Round-12 families, each with files of our own (none taken from a development set): a field where few non-US IMGs
// match needs a second door even for a strong file; a language counts in the standing only when our guides name it.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { classPlan as plan } from '../helpers/plan-base.js';

const ck = (score: number) => ({ taken: true as const, score, attempts: 1 });
const codes = (p: Partial<Profile>) => (plan(p).warningCodes ?? []).map((c) => c.code);

describe('a file alone in a field where few non-US IMGs match nationally is told to run a backup, at any level', () => {
  it.each([
    ['emergency medicine 262, strong, three SLOEs, "EM or nothing"', { specialty: { primary: 'emergency_medicine' }, step2ck: ck(262), usLors: { count: 3, inSpecialty: true, kind: 'clinical' } }],
    ['emergency medicine 250, green card, no visa needed', { visa: 'green_card', specialty: { primary: 'emergency_medicine' }, step2ck: ck(250) }],
    ['emergency medicine, Step 2 CK not taken yet', { specialty: { primary: 'emergency_medicine' }, step2ck: { taken: false } }],
    ['anesthesiology 258, research year', { specialty: { primary: 'anesthesiology' }, step2ck: ck(258), research: { publications: 3, posters: 2, years: 1 } }],
    ['OB/GYN 251, two OB letters', { specialty: { primary: 'obstetrics_gynecology' }, step2ck: ck(251) }],
  ] as const)('%s', (_, p) => {
    const c = codes(p as Partial<Profile>);
    expect(c).toContain('warning.low_match_rate');
    const text = (plan(p as Partial<Profile>).warnings ?? []).join(' ').toLowerCase();
    expect(text).toMatch(/backup/);
    expect(text).toMatch(/nrmp/);
  });
  it.each([
    ['emergency medicine 255 with internal medicine named as backup', { specialty: { primary: 'emergency_medicine', backup: 'internal_medicine' }, step2ck: ck(255) }],
    ['psychiatry 250 alone (hundreds of non-US IMGs match in it)', { specialty: { primary: 'psychiatry' }, step2ck: ck(250) }],
    ['pathology 248 alone', { specialty: { primary: 'pathology' }, step2ck: ck(248) }],
    ['pediatrics 244 alone', { specialty: { primary: 'pediatrics' }, step2ck: ck(244) }],
    ['family medicine 236 alone', { specialty: { primary: 'family_medicine' }, step2ck: ck(236) }],
    ['internal medicine 246 alone', { specialty: { primary: 'internal_medicine' }, step2ck: ck(246) }],
  ] as const)('not for: %s', (_, p) => {
    expect(codes(p as Partial<Profile>)).not.toContain('warning.low_match_rate');
  });
});

// Chosen for the standing: a language adds to the file only when our guides name it as common among Southern
// California patients AND the applicant's list reaches Southern California (a SoCal region, anywhere, or no region
// given); the guides say it of SoCal patients and of nowhere else, so anything beyond that would be a guess in the
// applicant's favour. Spanish counts most, as the guides say.
const langFactor = (p: Partial<Profile>) => plan(p).standing![0]!.factors.find((f) => f.id === 'languages');

describe('a language counts in the standing only when the guides name it for Southern California patients and the list reaches there', () => {
  it.each([
    ['Spanish, Los Angeles County', { languages: ['English', 'Spanish'], regions: ['la_county'] }, 3, ['Spanish']],
    ['Tagalog, San Diego', { languages: ['English', 'Tagalog'], regions: ['san_diego'] }, 1, ['Tagalog']],
    ['Korean and Yoruba, Orange County: only Korean is said', { languages: ['Korean', 'Yoruba'], regions: ['orange_county'] }, 1, ['Korean']],
    ['Armenian, anywhere in the US', { languages: ['Armenian'], regions: ['anywhere'] }, 1, ['Armenian']],
    ['Spanish and Portuguese, Inland Empire and other states', { languages: ['Portuguese', 'Spanish'], regions: ['inland_empire', 'other_us'] }, 3, ['Spanish']],
  ] as const)('%s', (_, p, effect, said) => {
    const f = langFactor(p as unknown as Partial<Profile>);
    expect(f?.effect).toBe(effect);
    expect(f?.params).toMatchObject({ languages: said });
  });
  it.each([
    ['Yoruba, Los Angeles County', { languages: ['English', 'Yoruba'], regions: ['la_county'] }],
    ['German and Urdu, anywhere', { languages: ['German', 'Urdu'], regions: ['anywhere'] }],
    ['Hindi, Orange County', { languages: ['Hindi'], regions: ['orange_county'] }],
    ['Spanish, but only programs outside California', { languages: ['Spanish'], regions: ['other_us'] }],
    ['Tagalog, only Northern and Central California', { languages: ['Tagalog'], regions: ['rest_of_california'] }],
    ['English only, Los Angeles', { languages: ['English'], regions: ['la_county'] }],
  ] as const)('adds nothing: %s', (_, p) => {
    expect(langFactor(p as unknown as Partial<Profile>)).toBeUndefined();
  });
});

// A visa need whose route is not chosen ("not sure", or not said at all) is planned as a need: the plan lays out the
// facts that decide between the two routes (the J-1's home-country rule and Statement of Need, the H-1B's Step 3 and
// fee) instead of only telling the applicant to settle it. Those who chose a route, or need none, are not told both.
const warningsOf = (p: Partial<Profile>) => (plan(p).warnings ?? []).join(' ');
const visaCodes = (p: Partial<Profile>) => (plan(p).warningCodes ?? []).map((c) => c.code).filter((c) => c.startsWith('visa.'));

describe('an unsettled visa need gets both routes and what decides between them', () => {
  it.each([
    ['not sure, internal medicine 240 (a Canadian who thought no visa was needed)', { visa: 'unsure', step2ck: ck(240) }],
    ['not sure, family medicine, on OPT after an MPH', { visa: 'unsure', specialty: { primary: 'family_medicine' }, step2ck: ck(232) }],
    ['not sure, psychiatry, anywhere', { visa: 'unsure', specialty: { primary: 'psychiatry' }, step2ck: ck(238) }],
    ['visa never said, internal medicine', { visa: undefined, step2ck: ck(244) }],
    ['not sure, Step 3 already passed', { visa: 'unsure', step3: { status: 'passed', score: 225 } }],
  ] as const)('%s', (_, p) => {
    const w = warningsOf(p as Partial<Profile>);
    expect(w).toMatch(/two-year home-country requirement/);
    expect(w).toMatch(/Statement of Need/);
    expect(w).toMatch(/H-1B[^.]*Step 3/);
    expect(visaCodes(p as Partial<Profile>)).toContain('visa.either_routes');
  });
  it('says "not sure" when the applicant said so, and "not said" only when nothing was said', () => {
    expect(warningsOf({ visa: 'unsure' })).toMatch(/not sure which visa/);
    expect(warningsOf({ visa: 'unsure' })).not.toMatch(/have not said which visa/);
    expect(warningsOf({ visa: undefined })).toMatch(/have not said which visa/);
  });
  it('with Step 3 passed, the H-1B route is not described as waiting for it', () => {
    expect(warningsOf({ visa: 'either', step3: { status: 'passed', score: 225 } })).toMatch(/you have passed Step 3/);
    expect(warningsOf({ visa: 'either' })).not.toMatch(/you have passed Step 3/);
  });
  it.each([
    ['J-1 chosen', { visa: 'needs_j1' }, ['visa.j1']],
    ['H-1B only', { visa: 'needs_h1b' }, ['visa.h1b_without_step3']],
    ['work permit (EAD)', { visa: 'ead' }, ['visa.ead']],
    ['green card', { visa: 'green_card' }, ['visa.green_card']],
    ['US citizen', { visa: 'us_citizen' }, ['visa.us_citizen']],
  ] as const)('not for: %s', (_, p, expected) => {
    expect(visaCodes(p as Partial<Profile>)).toEqual(expected);
  });
});

// A tie lifts a program's tier only toward the region it names: US clinical experience "outside California" names no
// state, so it is no tie to any one program there (the months already count in the standing, wherever they were).
describe('experience outside California is no tie to every program in every other state', () => {
  const tiersOf = (p: Partial<Profile>) => {
    const pl = plan(p);
    const all = (['reach', 'target', 'safety'] as const).flatMap((t) => pl.tiers[t].map((x) => ({ ...x, tier: t })));
    return { pl, national: all.filter((x) => x.band === 'national') };
  };
  const sameTiers = (p: Partial<Profile>) => {
    const here = tiersOf({ ...p, usce: { months: 4, kind: 'hands_on', where: ['other_us'] } });
    const nowhere = tiersOf({ ...p, usce: { months: 4, kind: 'hands_on', where: [] } });
    const key = (xs: typeof here.national) => xs.map((x) => `${x.id}:${x.tier}`).sort();
    return { here, same: JSON.stringify(key(here.national)) === JSON.stringify(key(nowhere.national)) };
  };
  it.each([
    ['J-1 internal medicine 246, four months in New Jersey, anywhere', {}],
    ['green card family medicine 228, rotations in Chicago, anywhere', { visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: ck(228) }],
    ['either-visa psychiatry 241, months in Texas, other states only', { visa: 'either', specialty: { primary: 'psychiatry' }, step2ck: ck(241), regions: ['other_us'] }],
    ['US citizen pediatrics 236, cores in New York, anywhere', { visa: 'us_citizen', specialty: { primary: 'pediatrics' }, step2ck: ck(236) }],
    ['EAD internal medicine 238, externship in Florida, anywhere', { visa: 'ead', step2ck: ck(238) }],
  ] as const)('%s: out-of-state programs tier the same as with the months unplaced', (_, p) => {
    const { here, same } = sameTiers(p as Partial<Profile>);
    expect(same).toBe(true);
    expect(here.national.every((x) => !(x.reasonCodes ?? []).some((r) => r.code.startsWith('tier.ties')))).toBe(true);
  });
  it('experience in a Southern California region still ties the applicant to that region\'s programs, and only to them', () => {
    const pl = plan({ usce: { months: 4, kind: 'hands_on', where: ['san_diego'] }, languages: ['English'], regions: ['san_diego', 'la_county'] });
    const all = [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety];
    const tied = (x: (typeof all)[number]) => (x.reasonCodes ?? []).some((r) => r.code === 'tier.ties');
    expect(all.filter((x) => x.region === 'san_diego').some(tied)).toBe(true);
    expect(all.filter((x) => x.region === 'la_county').some(tied)).toBe(false);
  });
});

// US clinical experience whose kind was never said counts as the least it can be (observership), never halfway to
// hands-on: an unknown never counts in the applicant's favour, and the standing says how to change it.
describe('months of US experience of an unstated kind count as observership until the kind is said', () => {
  const usce = (months: number, kind: string) => plan({ usce: { months, kind, where: ['other_us'] } as Profile['usce'] }).standing![0]!.factors.find((f) => f.id === 'usce')!;
  it.each([1, 2, 3, 6, 12])('%i months, kind not said = the same months as observership', (m) => {
    expect(usce(m, 'unspecified').effect).toBe(usce(m, 'observership').effect);
  });
  it('the standing says the kind was not said and what it was counted as', () => {
    expect(plan({ usce: { months: 4, kind: 'unspecified', where: ['other_us'] } }).standing![0]!.line + JSON.stringify(plan({ usce: { months: 4, kind: 'unspecified', where: ['other_us'] } }).standing![0]!.factors))
      .toMatch(/counted as observership/);
  });
  it('said kinds keep their own weight: hands-on above mixed above observership, none at the bottom', () => {
    for (const m of [3, 6]) {
      expect(usce(m, 'hands_on').effect).toBeGreaterThan(usce(m, 'mixed').effect);
      expect(usce(m, 'mixed').effect).toBeGreaterThan(usce(m, 'observership').effect);
    }
    expect(usce(0, 'none').effect).toBeLessThanOrEqual(usce(1, 'observership').effect);
  });
});
