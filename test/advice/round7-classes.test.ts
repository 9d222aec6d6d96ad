// Round-7 families, each with files of our own (none taken from a development set): a weak but eligible file has
// targets at the programs most open to it (outside LA County), and none in LA County whatever its ties.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { loadProgramsCsv } from '../../src/knowledge/import/load-programs-csv.js';
import { loadNationalCsv } from '../../src/knowledge/import/national-schema.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const base: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 236, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021,
  usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 1, inSpecialty: true, fromCalifornia: true },
  regions: ['la_county', 'anywhere'], laTies: { family: true, lived: false, trained: false },
  research: { publications: 0, posters: 0 }, stage: 'preparing', ecfmg: { status: 'certified' },
} as Profile;
const plan = (p: Partial<Profile>): Plan => buildPlan(profileSchema.parse({ ...base, ...p }), FULL_KB, NOW);
const FM_FAIL: Partial<Profile> = { visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 219, attempts: 2 }, usce: { months: 3, kind: 'hands_on', where: ['other_us'] } };
const good = (pl: Plan) => [...pl.tiers.target, ...pl.tiers.safety];

describe('a weak but eligible file: targets at the most open programs, none in LA County', () => {
  it.each([
    ['J-1, IM, CK 236, observership only, 2021 graduate', {}],
    ['J-1, IM, a Step 1 retake, CK 240, two letters', { step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 240, attempts: 1 }, usLors: { count: 2, inSpecialty: true } }],
    ['green card, FM, CK 219 after a CK fail, 3 months hands-on outside California', { ...FM_FAIL }],
    ['citizen IMG, IM, CK 233, 2016 graduate, one letter', { visa: 'us_citizen', step2ck: { taken: true, score: 233, attempts: 1 }, graduationYear: 2016 }],
    ['J-1, pediatrics, CK 229, no US experience', { specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 229, attempts: 1 }, usce: { months: 0, kind: 'none', where: [] } }],
  ] as const)('%s', (_, p) => {
    const pl = plan(p as Partial<Profile>);
    expect(pl.standing![0]!.level).toBe('weak');
    expect(good(pl).length).toBeGreaterThanOrEqual(3);
    expect(good(pl).filter((x) => x.region === 'la_county').map((x) => x.name)).toEqual([]);
    // every target of a weak file says plainly that it is a target only relative to the file
    for (const x of good(pl)) expect(x.reasonCodes?.some((r) => r.code === 'tier.weak_relative')).toBe(true);
  });
  it('an LA County program that would be open to the same file is a reach, with the reason as a code', () => {
    const pl = plan(FM_FAIL);
    expect(pl.tiers.target.concat(pl.tiers.safety).filter((x) => x.region === 'la_county').map((x) => x.name)).toEqual([]);
    // when an LA program is open on points alone, its reach says why as a code
    for (const x of pl.tiers.reach.filter((r) => r.reasonCodes?.some((c) => c.code === 'tier.la_county_weak_reach'))) expect(x.region).toBe('la_county');
  });
});

describe('a sponsor whose every stated program declines a visa route: its unstated programs are closed for that route (derived, verify)', () => {
  const HEAD = 'id,acgme_id,name,specialty,city,region,program_type,visa_j1,visa_h1b,img_friendly,img_share,step2_min,yog_limit_years,usce_required,source_urls,as_of,notes';
  const row = (id: string, name: string, specialty: string, j1: string, h1b: string) =>
    `${id},,${name},${specialty},Riverside,inland_empire,community,${j1},${h1b},unknown,,,,unknown,https://example.org/${id},2024,`;
  const csv = [HEAD,
    row('a-im', 'Alpha Health Program', 'internal_medicine', 'yes', 'no'),
    row('a-fm', 'Alpha Health Program', 'family_medicine', 'no', 'no'),
    row('a-psy', 'Alpha Health/Beta Hospital Program', 'psychiatry', 'unknown', 'unknown'),
    row('a-peds', 'Alpha Health Program', 'pediatrics', 'unknown', 'unknown'),
    row('g-psy', 'Gamma Medical Center/Alpha Health Program', 'psychiatry', 'unknown', 'unknown'),
    row('o-im', 'Omega Clinic Program', 'internal_medicine', 'unknown', 'no'),
    row('o-fm', 'Omega Clinic Program', 'family_medicine', 'unknown', 'unknown'),
  ].join('\n');
  const loaded = loadProgramsCsv(csv);
  if (!loaded.ok) throw new Error('synthetic table does not load');
  const kb = { ...FULL_KB, programs: loaded.programs, national: [] };
  const who = (visa: Profile['visa'], primary: Profile['specialty']) =>
    buildPlan(profileSchema.parse({ ...base, visa, specialty: primary, regions: ['anywhere'] }), kb, NOW);
  const excludedCode = (pl: Plan, id: string) => pl.excluded.find((p) => p.id === id)?.reasonCodes?.[0]?.code;
  it('an H-1B seeker: the site-named and the unstated sibling are closed, with the derived code and its count', () => {
    for (const [id, sp] of [['a-psy', 'psychiatry'], ['a-peds', 'pediatrics']] as const) {
      const pl = who('needs_h1b', { primary: sp });
      expect(excludedCode(pl, id)).toBe('excluded.sponsor_no_route_derived');
      expect(pl.excluded.find((p) => p.id === id)?.reasonCodes?.[0]?.params).toMatchObject({ inner: 'sponsor.all_stated_no_route', route: 'H-1B', stated: 2 });
    }
  });
  it('a J-1 seeker: not closed, because the stated J-1 policies differ', () => {
    expect(excludedCode(who('needs_j1', { primary: 'psychiatry' }), 'a-psy')).toBeUndefined();
  });
  it('another sponsor that names the same hospital as its site is not touched', () => {
    expect(excludedCode(who('needs_h1b', { primary: 'psychiatry' }), 'g-psy')).toBeUndefined();
  });
  it('one sibling stating a policy is not enough to derive it', () => {
    expect(excludedCode(who('needs_h1b', { primary: 'family_medicine' }), 'o-fm')).toBeUndefined();
  });
  it('a green-card holder is never closed on a visa fact', () => {
    expect(excludedCode(who('green_card', { primary: 'psychiatry' }), 'a-psy')).toBeUndefined();
  });
});

describe('a field where few non-US IMGs match: LA County programs are targets only at or above the matched median', () => {
  const strongRest: Partial<Profile> = {
    usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
    laTies: { family: true, lived: true, trained: false }, research: { publications: 6, posters: 2 }, regions: ['la_county', 'orange_county', 'anywhere'],
  };
  const laGood = (pl: Plan) => good(pl).filter((x) => x.region === 'la_county' && x.specialty === pl.standing![0]!.specialty);
  it.each([
    ['citizen IMG, general surgery, CK 249', { visa: 'us_citizen', specialty: { primary: 'general_surgery' }, step2ck: { taken: true, score: 249, attempts: 1 } }],
    ['green card, OB/GYN, CK 240', { visa: 'green_card', specialty: { primary: 'obstetrics_gynecology' }, step2ck: { taken: true, score: 240, attempts: 1 } }],
    ['work permit, general surgery, predicted CK 260', { visa: 'ead', specialty: { primary: 'general_surgery' }, step2ck: { taken: false, predicted: 260 } }],
  ] as const)('%s: LA County stays a reach, with the median as a parameter', (_, p) => {
    const pl = plan({ ...strongRest, ...(p as Partial<Profile>) });
    expect(laGood(pl).map((x) => x.name)).toEqual([]);
    // the code is said on a program the file's points alone would have opened; since round 11 no LA program's type is
    // guessed "community", so such a program may not exist for every file: when the code is said, it carries the median
    const coded = pl.tiers.reach.find((x) => x.reasonCodes?.some((r) => r.code === 'tier.la_hard_field_below_median'));
    if (coded) expect(coded.reasonCodes?.find((r) => r.code === 'tier.la_hard_field_below_median')?.params.median).toBe(pl.standing![0]!.step2ck!.matched.median);
  });
  it('the same files at the matched median or above may have LA County targets again', () => {
    const pl = plan({ ...strongRest, visa: 'us_citizen', specialty: { primary: 'general_surgery' }, step2ck: { taken: true, score: 258, attempts: 1 } });
    expect(pl.tiers.reach.some((x) => x.reasonCodes?.some((r) => r.code === 'tier.la_hard_field_below_median'))).toBe(false);
  });
  it('internal medicine is not such a field: the rule leaves it alone', () => {
    const pl = plan({ ...strongRest, visa: 'green_card', step2ck: { taken: true, score: 245, attempts: 1 } });
    expect([...pl.tiers.reach, ...good(pl)].some((x) => x.reasonCodes?.some((r) => r.code === 'tier.la_hard_field_below_median'))).toBe(false);
  });
});

describe("a sponsor's own resident H-1B filings reach its programs in every specialty, as evidence about the institution", () => {
  const HEAD = 'acgme_id,name,specialty,city,state,region,program_type,type_basis,h1b_lca_count,h1b_employer';
  const csv = [HEAD,
    '1403500001,Delta Health Program,internal_medicine,Albany,NY,other_us,community,name,12,Delta Health',
    '1803500001,Delta Health Program,neurology,Albany,NY,other_us,community,name,,',
    '1803500002,Delta Health/Zeta Hospital Program,neurology,Albany,NY,other_us,community,name,,',
    '1803500003,Epsilon Hospital/Delta Health Program,neurology,Albany,NY,other_us,community,name,,',
    '1803500004,Theta Medical Center Program,neurology,Albany,NY,other_us,community,name,,',
  ].join('\n');
  const loaded = loadNationalCsv(csv);
  if (!loaded.ok) throw new Error('synthetic roster does not load');
  const kb = { ...FULL_KB, programs: [], national: loaded.programs };
  const neuro = (visa: Profile['visa']) => buildPlan(profileSchema.parse({ ...base, visa, specialty: { primary: 'neurology' }, regions: ['anywhere'], step2ck: { taken: true, score: 256, attempts: 1 }, usce: { months: 6, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 3, inSpecialty: true } }), kb, NOW);
  const all = (pl: Plan) => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.unverified ?? []];
  const level = (pl: Plan, id: string) => all(pl).find((p) => p.id === id)?.evidence?.level;
  it.each([['needs_j1'], ['needs_h1b'], ['either']] as const)('%s: the sponsor\'s neurology programs (site-named too) rest on public evidence, said as the sponsor\'s', (visa) => {
    const pl = neuro(visa);
    expect(level(pl, '1803500001')).toBe('public evidence');
    expect(level(pl, '1803500002')).toBe('public evidence');
    expect(all(pl).find((p) => p.id === '1803500002')?.facts?.some((f) => /sponsoring institution filed 12/.test(f.value))).toBe(true);
  });
  it('another sponsor naming the same hospital as a site, and an unrelated program, stay without evidence', () => {
    const pl = neuro('needs_j1');
    expect(level(pl, '1803500003')).not.toBe('public evidence');
    expect(level(pl, '1803500004')).not.toBe('public evidence');
  });
});
