// Round-20 plan families, with files of our own (none taken from a development set): competitive needs a Step 2 CK at or
// above the specialty's matched median; a J-1 seeker's J-1 step asks for the Statement of Need now; a Step 3 pass while
// applications are in is sent to the programs; a weak file still preparing past the window, with a score under the matched
// first quartile and no Step 3, is planned for the next season with a good Step 3 named; and every visa seeker hears that
// a Canadian's TN, an H-4 without an EAD, a visitor visa or OPT do not cover residency.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { base } from '../helpers/j1-im-plan.js';
import { planText } from './judge.js';

/** Mid-December: interview season, this season's window has passed. */
const DEC = new Date('2026-12-10T12:00:00Z');
const plan = (p: Record<string, unknown>, now = DEC): Plan => buildPlan(profileSchema.parse({ ...base, ...p } as Profile), FULL_KB, now);
const firstIds = (pl: Plan) => (pl.firstSteps ?? pl.nextSteps.slice(0, 5)).map((s) => s.id);
const ck = (score: number) => ({ taken: true, score, attempts: 1 });
/** A rich recent file: five months hands-on in LA, three California letters in the specialty, Spanish, LA ties. */
const rich = {
  usce: { months: 5, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true, kind: 'clinical' },
  languages: ['Spanish', 'English'], laTies: { family: true, lived: true, trained: true }, graduationYear: 2023, stage: 'applying',
};

describe('competitive needs a Step 2 CK at or above the matched median, however rich the rest', () => {
  it.each([
    ['"psych, green card, CK 240, five months hands-on in LA, three CA letters, Spanish"', { ...rich, visa: 'green_card', specialty: { primary: 'psychiatry' }, step2ck: ck(240) }, 241],
    ['"peds on an EAD, 239 on CK, lots of LA experience"', { ...rich, visa: 'ead', specialty: { primary: 'pediatrics' }, step2ck: ck(239) }, 240],
    ['"family med, citizen, CK 227 (avg for FM right?)"', { ...rich, visa: 'us_citizen', specialty: { primary: 'family_medicine' }, step2ck: ck(227) }, 230],
    ['"neuro, J-1, 249, research year in LA"', { ...rich, specialty: { primary: 'neurology' }, step2ck: ck(249) }, 252],
  ])('%s (above the midpoint of the means) reads borderline at most, and its score line names the median', (_, p, median) => {
    const s = plan(p).standing![0]!;
    expect(['borderline', 'weak', 'very weak']).toContain(s.level);
    if (s.level === 'borderline') expect(s.factors.find((f) => f.id === 'step2ck')!.text).toContain(`under ${median}, the median of the non-US IMGs who matched`);
  });
  it.each([
    ['psychiatry at its median (241)', { ...rich, visa: 'green_card', specialty: { primary: 'psychiatry' }, step2ck: ck(241) }],
    ['family medicine at its median (230)', { ...rich, visa: 'us_citizen', specialty: { primary: 'family_medicine' }, step2ck: ck(230) }],
    ['pediatrics above its median (242)', { ...rich, visa: 'ead', specialty: { primary: 'pediatrics' }, step2ck: ck(242) }],
  ])('the same rich file at or above the median may read competitive: %s', (_, p) => {
    expect(['competitive', 'strong']).toContain(plan(p).standing![0]!.level);
  });
  it('a predicted score counts five lower against the median too', () => {
    expect(plan({ ...rich, visa: 'us_citizen', specialty: { primary: 'family_medicine' }, step2ck: { taken: false, predicted: 233 } }).standing![0]!.level).not.toBe('competitive');
  });
});

describe('a J-1 seeker\'s J-1 step asks for the Statement of Need now', () => {
  const j1Step = (pl: Plan) => pl.nextSteps.find((s) => s.id === 'j1-rules');
  it.each([
    ['"J-1, interviews going on, what now?"', { stage: 'interviewing', cycle: { submitted: true, interviews: 4 } }],
    ['"J-1 or H-1B, whichever, applying next September"', { visa: 'either', stage: 'preparing' }],
    ['"reapplying on a J-1 after not matching"', { stage: 'reapplying' }],
  ])('%s', (_, p) => {
    expect(j1Step(plan(p))?.detail).toMatch(/Statement of Need from the Ministry of Health/);
  });
  it.each([
    ['a green-card holder', { visa: 'green_card' }],
    ['a work-permit holder', { visa: 'ead' }],
    ['a US citizen', { visa: 'us_citizen' }],
  ])('never for %s', (_, p) => {
    expect(planText(plan(p))).not.toContain('statement of need');
  });
  it('an interviewing J-1 seeker whose J-1 step is among the first hears the Statement of Need there', () => {
    const pl = plan({ stage: 'interviewing', cycle: { submitted: true, interviews: 5 }, step2ck: ck(244), usce: { months: 2, kind: 'observership', where: ['other_us'] } });
    const steps = pl.firstSteps ?? [];
    if (steps.some((s) => s.id === 'j1-rules')) expect(steps.map((s) => s.detail).join(' ')).toMatch(/Statement of Need/);
  });
});

describe('a Step 3 pass while applications are in: send it to the programs', () => {
  it.each([
    ['"second try, Step 3 came back 229 last week, one interview so far"', { stage: 'reapplying', cycle: { submitted: true, interviews: 1 }, step3: { status: 'passed', score: 229 }, step2ck: ck(224) }],
    ['"H-1B only, passed Step 3 in November, three interviews"', { visa: 'needs_h1b', stage: 'interviewing', cycle: { submitted: true, interviews: 3 }, step3: { status: 'passed', score: 226 } }],
    ['"either visa, ERAS in since September, Step 3 passed, no interviews yet"', { visa: 'either', stage: 'applying', cycle: { submitted: true, interviews: 0 }, step3: { status: 'passed' } }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    expect(firstIds(pl)).toContain('step3-result-to-programs');
    expect(pl.nextSteps.find((s) => s.id === 'step3-result-to-programs')!.detail).toMatch(/USMLE transcript/);
  });
  it.each([
    ['Step 3 only booked', { stage: 'interviewing', cycle: { submitted: true, interviews: 2 }, step3: { status: 'planned' } }],
    ['Step 3 waiting for its result', { stage: 'interviewing', cycle: { submitted: true, interviews: 2 }, step3: { status: 'pending' } }],
    ['Step 3 passed, nothing sent yet', { stage: 'preparing', step3: { status: 'passed', score: 232 } }],
  ])('not for: %s', (_, p) => {
    expect(plan(p).nextSteps.map((s) => s.id)).not.toContain('step3-result-to-programs');
  });
});

describe('a weak file still preparing past the window, its score under the matched first quartile and no Step 3: the next season, with a good Step 3 named', () => {
  /** A weak J-1 file: observership only, one letter. */
  const weak = { stage: 'preparing', usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: false }, step3: undefined };
  it.each([
    ['"IM, J-1, CK 229, didn\'t apply this year" (December)', { ...weak, step2ck: ck(229) }, DEC],
    ['"psychiatry, J-1, CK 222, not sent anything" (January)', { ...weak, specialty: { primary: 'psychiatry' }, step2ck: ck(222) }, new Date('2027-01-15T12:00:00Z')],
    ['"pediatrics, either visa, 226, applying next time" (February)', { ...weak, visa: 'either', specialty: { primary: 'pediatrics' }, step2ck: ck(226), graduationYear: 2019 }, new Date('2027-02-20T12:00:00Z')],
  ])('%s', (_, p, now) => {
    const pl = plan(p, now);
    expect(pl.standing![0]!.level).toMatch(/weak/);
    expect(pl.notThisCycle?.whyCode?.params.gaps).toContain('step3_low_ck');
    expect(pl.notThisCycle!.why).toMatch(/2028 Match/);
    expect(pl.notThisCycle!.why).toMatch(/a good Step 3 result/);
  });
  it.each([
    ['a borderline file two points under the quartile (ready as it is)', { ...weak, step2ck: ck(238) }],
    ['Step 3 already passed', { ...weak, step2ck: ck(229), step3: { status: 'passed', score: 231 } }],
    ['a student who cannot sit Step 3 before graduating', { ...weak, step2ck: ck(229), graduationYear: 2028, ecfmg: { status: 'in_progress', missing: ['diploma'] } }],
    ['an applicant already interviewing', { ...weak, stage: 'interviewing', cycle: { submitted: true, interviews: 2 }, step2ck: ck(229) }],
  ])('not for: %s', (_, p) => {
    expect(plan(p).notThisCycle?.whyCode?.params.gaps ?? []).not.toContain('step3_low_ck');
  });
});

describe('every visa seeker hears which statuses do not cover residency (Canadian TN, H-4 without an EAD, visitor, OPT)', () => {
  it.each([
    ['"Canadian, so no visa needed I think?" (unsure)', { visa: 'unsure' }],
    ['"on H-4 with my husband, I will take J-1 if needed"', { visa: 'needs_j1' }],
    ['"Canadian passport, whichever visa works"', { visa: 'either' }],
    ['"H-1B only please"', { visa: 'needs_h1b' }],
  ])('%s', (_, p) => {
    const text = planText(plan(p));
    expect(text).toMatch(/canadian citizen still needs a j-1 or an h-1b/);
    expect(text).toMatch(/tn status does not cover residency/);
    expect(text).toMatch(/h-4 cannot train without an h-4 ead/);
  });
  it.each([['a US citizen', { visa: 'us_citizen' }], ['a green-card holder', { visa: 'green_card' }], ['a work-permit holder', { visa: 'ead' }]])('not for %s', (_, p) => {
    expect(planText(plan(p))).not.toMatch(/tn status/);
  });
});
