// Round-16 plan families, with files of our own (none taken from a development set): an applicant still preparing once
// this season's application window has passed, whose file lacks what the months before the next season can close,
// gets the dated plan for the next season with those gaps named; a ready file, or one asked before the window closed,
// is not told to wait.
import { describe, expect, it } from 'vitest';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { base } from '../helpers/j1-im-plan.js';

const on = (iso: string, p: Record<string, unknown>) => buildPlan(profileSchema.parse({ ...base, stage: 'preparing', ...p } as Profile), FULL_KB, new Date(`${iso}T12:00:00Z`));
const gapsOf = (pl: ReturnType<typeof on>) => pl.notThisCycle?.whyCode?.params.gaps;

describe('preparing past the window with a gap: the next season, the gaps named', () => {
  it.each([
    ['"green card, family medicine, one month of hands-on in a Fresno clinic, three letters; haven\'t sent anything" (January)', '2027-01-12',
      { visa: 'green_card', specialty: { primary: 'family_medicine' }, usce: { months: 1, kind: 'hands_on', where: ['rest_of_california'] } }, 'hands_on'],
    ['"peds, J-1, four months externship in Chicago but only one American letter so far" (February)', '2027-02-08',
      { specialty: { primary: 'pediatrics' }, usce: { months: 4, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 1, inSpecialty: true, fromCalifornia: false } }, 'letters'],
    ['"H-1B only for psychiatry, five months hands-on, three letters, Step 3 not booked yet" (December)', '2026-12-15',
      { visa: 'needs_h1b', specialty: { primary: 'psychiatry' }, usce: { months: 5, kind: 'hands_on', where: ['other_us'] } }, 'step3_h1b'],
    ['"Step 1 fail then pass, CK 236 first go, six months hands-on, letters done, Step 3 not yet" (November, interviews going on)', '2026-11-20',
      { step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 236, attempts: 1 }, usce: { months: 6, kind: 'hands_on', where: ['other_us'] } }, 'step3_after_fail'],
    ['"OET still ahead, everything else done" (March, before Match Day)', '2027-03-10',
      { ecfmg: { status: 'in_progress', missing: ['oet'] }, usce: { months: 4, kind: 'hands_on', where: ['other_us'] } }, 'ecfmg'],
  ])('%s', (_, iso, p, gap) => {
    const pl = on(iso, p);
    expect(pl.notThisCycle?.whyCode?.code).toBe('warning.not_this_cycle_unready');
    expect(gapsOf(pl)).toContain(gap);
    // the season aimed at is the next Match, with its submission month; the count is framed as "if you apply anyway"
    expect(pl.notThisCycle!.why).toMatch(/2028 Match/);
    expect(pl.notThisCycle!.months.at(-1)!.by).toBe('September 2027');
    expect(pl.applications.why).toMatch(/^If you apply this cycle anyway/);
  });
  it('letters never told are a gap (an unknown never counts as ready); research letters weigh a third', () => {
    const { usLors: _, ...noLetters } = base;
    const unknown = buildPlan(profileSchema.parse({ ...noLetters, stage: 'preparing', usce: { months: 6, kind: 'hands_on', where: ['other_us'] } } as Profile), FULL_KB, new Date('2026-12-20T12:00:00Z'));
    expect(gapsOf(unknown)).toEqual(['letters']);
    const research = on('2026-12-20', { usce: { months: 6, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 4, inSpecialty: true, fromCalifornia: false, kind: 'research' } });
    expect(gapsOf(research)).toEqual(['letters']);
  });
});

describe('the gaps the dated plan names are among its first steps', () => {
  it.each([
    ['"six weeks hands-on in Atlanta, three letters" (December)', '2026-12-18', { usce: { months: 1.5, kind: 'hands_on', where: ['other_us'] } }, /hands-on|externship/i],
    ['"two months mixed, mostly shadowing, three letters" (January)', '2027-01-22', { usce: { months: 2, kind: 'mixed', where: ['other_us'] } }, /hands-on|externship/i],
    ['"five months hands-on, one US letter" (February)', '2027-02-03', { usce: { months: 5, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 1, inSpecialty: true, fromCalifornia: false } }, /letter/i],
  ])('%s', (_, iso, p, step) => {
    const pl = on(iso, p);
    expect(pl.notThisCycle).toBeDefined();
    expect(pl.firstSteps!.map((x) => `${x.title} ${x.detail}`).join(' | ')).toMatch(step);
  });
});

describe('not told to wait', () => {
  it.each([
    ['a ready file (four months hands-on, three letters, certified) in December', '2026-12-15', { usce: { months: 4, kind: 'hands_on', where: ['other_us'] } }],
    ['mixed experience counted by its months: "3 months, part observership part hands-on" with three letters', '2026-12-15', { usce: { months: 3, kind: 'mixed', where: ['other_us'] } }],
    ['an unready file asked in August, before submission opens', '2026-08-10', { usce: { months: 1, kind: 'hands_on', where: ['other_us'] } }],
    ['an unready file asked after Match Day, preparing for September', '2027-04-02', { usce: { months: 1, kind: 'hands_on', where: ['other_us'] } }],
    ['an unready file that already applied and is interviewing', '2026-12-15', { stage: 'interviewing', cycle: { submitted: true, interviews: 2 }, usce: { months: 1, kind: 'hands_on', where: ['other_us'] } }],
  ])('%s', (_, iso, p) => {
    expect(on(iso, p).notThisCycle).toBeUndefined();
  });
});

// plan16: statements that reach beyond the row that cites them (src/plan/shared-statements.ts)
describe('an institution-wide "no H-1B" reaches its programs that state nothing; a prelim track shares its categorical program\'s rules', () => {
  const excludedBy = (pl: ReturnType<typeof on>, name: string, specialty: string) => pl.excluded.find((p) => p.name.includes(name) && p.specialty === specialty);
  const offered = (pl: ReturnType<typeof on>, name: string, specialty: string) => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...(pl.unverified ?? [])].some((p) => p.name.includes(name) && p.specialty === specialty);
  it.each([
    ['"family medicine, H-1B only, Step 3 passed, anywhere in California"', { visa: 'needs_h1b', step3: { status: 'passed', score: 230 }, specialty: { primary: 'family_medicine' } }, 'family_medicine'],
    ['"psychiatry on an H-1B, no J-1 for me"', { visa: 'needs_h1b', step3: { status: 'passed', score: 228 }, specialty: { primary: 'psychiatry' } }, 'psychiatry'],
    ['"pediatrics, H-1B, Step 3 booked"', { visa: 'needs_h1b', step3: { status: 'planned' }, specialty: { primary: 'pediatrics' } }, 'pediatrics'],
  ])('%s: UC Davis Health is closed to the H-1B route, said as derived', (_, p, sp) => {
    const pl = on('2026-10-01', { stage: 'applying', ...p });
    const x = excludedBy(pl, 'University of California Davis Health', sp);
    expect(x?.reasonCodes?.[0]).toMatchObject({ code: 'excluded.sponsor_no_route_derived', params: { inner: 'sponsor.institution_states_no_route', route: 'H-1B' } });
  });
  it('the same institution stays open to a J-1 applicant, and San Joaquin General\'s family medicine to J-1 but not H-1B', () => {
    const j1 = on('2026-10-01', { stage: 'applying', specialty: { primary: 'family_medicine' } });
    expect(offered(j1, 'University of California Davis Health', 'family_medicine')).toBe(true);
    // plan18: its own page states a three-year graduation limit, so the J-1 and H-1B files here are recent graduates
    const j1Recent = on('2026-10-01', { stage: 'applying', graduationYear: 2025, specialty: { primary: 'family_medicine' } });
    expect(offered(j1Recent, 'San Joaquin General', 'family_medicine')).toBe(true);
    const h1b = on('2026-10-01', { stage: 'applying', graduationYear: 2025, visa: 'needs_h1b', step3: { status: 'passed', score: 231 }, specialty: { primary: 'family_medicine' } });
    expect(offered(h1b, 'San Joaquin General', 'family_medicine')).toBe(false);
  });
  it.each([
    ['"IM with a prelim year as backup, graduated 2017"', { graduationYear: 2017, specialty: { primary: 'internal_medicine', backup: 'prelim_internal_medicine' } }],
    ['"neuro needs a prelim IM year; I finished med school in 2016"', { graduationYear: 2016, specialty: { primary: 'neurology', backup: 'prelim_internal_medicine' } }],
    ['"a preliminary medicine spot anywhere, out since 2019"', { graduationYear: 2019, specialty: { primary: 'prelim_internal_medicine' } }],
  ])('%s: Eisenhower\'s prelim track keeps its categorical program\'s five-year limit', (_, p) => {
    const pl = on('2026-10-01', { stage: 'applying', ...p });
    const x = excludedBy(pl, 'Eisenhower Medical Center', 'prelim_internal_medicine');
    expect(x?.reasonCodes?.[0]).toMatchObject({ code: 'excluded.graduation_limit', params: { limit: 5 } });
    expect(x?.facts?.some((f) => f.label === 'rules of its categorical program (derived)')).toBe(true);
  });
  it('a recent graduate still sees the prelim track', () => {
    const pl = on('2026-10-01', { stage: 'applying', graduationYear: 2024, specialty: { primary: 'internal_medicine', backup: 'prelim_internal_medicine' } });
    expect(offered(pl, 'Eisenhower Medical Center', 'prelim_internal_medicine')).toBe(true);
  });
});
