// Trial-11 families (files of our own): an applicant who named regions hears first how many targets lie inside them;
// figures quoted in a step are the applicant's own specialty's; the unverified list names each program's specialty.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { programsScreen } from '../../src/render/program-views.js';
import { classPlan as plan } from '../helpers/plan-base.js';

const warned = (pl: Plan) => (pl.warningCodes ?? []).find((w) => w.code === 'warning.few_targets_in_regions');
const interviewing = { stage: 'interviewing' as const, cycle: { submitted: true, interviews: 2 } };

describe('regions named and few targets inside them: said with the count and the options', () => {
  it.each([
    ['J-1, IM, CK 218, LA only', { step2ck: { taken: true, score: 218, attempts: 1 }, regions: ['la_county'] }],
    ['J-1, IM, CK 226, LA and Orange County', { step2ck: { taken: true, score: 226, attempts: 1 }, regions: ['la_county', 'orange_county'] }],
    ['green card, psychiatry, 2014 graduate, LA only', { visa: 'green_card', specialty: { primary: 'psychiatry' }, graduationYear: 2014, step2ck: { taken: true, score: 229, attempts: 1 }, regions: ['la_county'] }],
    ['H-1B, IM, CK 232, San Diego only', { visa: 'needs_h1b', step2ck: { taken: true, score: 232, attempts: 1 }, regions: ['san_diego'] }],
    ['J-1, pediatrics, CK 224, Inland Empire only', { specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 224, attempts: 1 }, regions: ['inland_empire'] }],
  ] as const)('%s', (_, p) => {
    const pl = plan(p as unknown as Partial<Profile>);
    const inside = pl.tiers.target.concat(pl.tiers.safety).filter((x) => (p.regions as readonly string[]).includes(x.region)).length;
    const outside = pl.tiers.target.length + pl.tiers.safety.length - inside;
    if (inside >= 5) { expect(warned(pl)).toBeUndefined(); return; }
    // said whether or not targets were listed beyond the regions (plan17: a visa seeker's programs there resting on filings
    // alone are checked first, so often none is listed, and the few inside are still the news)
    const w = (pl.warningCodes ?? []).find((x) => x.code === 'warning.few_targets_in_regions')!;
    expect(w.params.inside).toBe(inside);
    expect(w.params.outside).toBe(outside);
    const text = (pl.warnings ?? []).find((x) => /count only if you can move|once you can move/.test(x))!;
    expect(text).toMatch(/If you cannot move: apply to every program/);
  });
  it('the LA-only J-1 file with CK 218 hears that LA County holds no target or safety', () => {
    const pl = plan({ step2ck: { taken: true, score: 218, attempts: 1 }, regions: ['la_county'], ...interviewing } as Partial<Profile>);
    expect(pl.keyWarnings!.some((w) => /^In Los Angeles County no program is a target or safety for you/.test(w))).toBe(true);
  });
  it.each([
    ['anywhere in the US', { regions: ['anywhere'] }],
    ['no regions given', { regions: [] }],
    ['a strong file in LA and OC (targets inside)', { visa: 'green_card', step2ck: { taken: true, score: 258, attempts: 1 }, usce: { months: 8, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true }, regions: ['la_county', 'orange_county', 'inland_empire', 'san_diego'] }],
  ] as const)('look-alike: %s is not told so', (_, p) => {
    const pl = plan(p as unknown as Partial<Profile>);
    const inside = pl.tiers.target.concat(pl.tiers.safety).filter((x) => ((p.regions ?? []) as readonly string[]).includes(x.region)).length;
    if ((p.regions ?? []).length === 0 || (p.regions as readonly string[]).includes('anywhere') || inside >= 5) expect(warned(pl)).toBeUndefined();
  });
});

describe('the rank-list medians in the "applications are in" step are the applicant\'s own specialties', () => {
  const detail = (pl: Plan) => pl.nextSteps.find((s) => /Your applications are in/.test(s.title))?.detail ?? '';
  it.each([
    ['family medicine', 'family_medicine', /in family medicine a median of 3 programs/],
    ['neurology', 'neurology', /in neurology a median of 6 programs/],
    ['psychiatry', 'psychiatry', /in psychiatry a median of 5 programs/],
    ['pediatrics', 'pediatrics', /in pediatrics a median of 6 programs/],
    ['emergency medicine', 'emergency_medicine', /in emergency medicine a median of 4 programs/],
  ] as const)('%s', (_, s, re) => {
    const d = detail(plan({ specialty: { primary: s }, ...interviewing } as Partial<Profile>));
    expect(d).toMatch(re);
    expect(d).not.toMatch(/internal medicine/);
    expect(d).not.toMatch(/\{rank_medians\}/);
  });
  it('look-alike: an internal medicine applicant still reads internal medicine\'s figure, and a backup adds its own', () => {
    expect(detail(plan(interviewing as Partial<Profile>))).toMatch(/in internal medicine a median of 5 programs/);
    const both = detail(plan({ specialty: { primary: 'psychiatry', backup: 'internal_medicine' }, ...interviewing } as Partial<Profile>));
    expect(both).toMatch(/in psychiatry a median of 5.*in internal medicine a median of 5/);
  });
});

describe('the unverified list names each program\'s specialty, so programs of one hospital in two specialties do not read as repeats', () => {
  it('a J-1 IM file with an FM backup, LA only', () => {
    const pl = plan({ specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, step2ck: { taken: true, score: 218, attempts: 1 }, regions: ['la_county'] } as Partial<Profile>);
    const screen = programsScreen(pl, { unverified: true });
    const lines = screen.sections.flatMap((s) => s.lines).filter((l) => l.kind === 'item');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.text).toMatch(/^(Internal Medicine|Family Medicine), /);
    const keys = lines.map((l) => `${'lead' in l ? l.lead : ''}|${l.text.split(',')[0]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
