// Reads each plan the way an experienced IMG advisor would: where the applicant stands, the list's shape, how many
// applications, what to do first, and the visa advice — for applicants across the whole range.
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { CA_KB, FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T00:00:00Z'); // 1 December: ERAS opened in September
const plan = (p: Profile, now = NOW) => buildPlan(p, FULL_KB, now);
const open = (pl: Plan) => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety];
const first = (pl: Plan) => pl.firstSteps!.map((s) => s.id);
const steps = (pl: Plan) => pl.nextSteps.map((s) => s.id);
const tierOf = (pl: Plan, id: string) =>
  (['reach', 'target', 'safety'] as const).find((t) => pl.tiers[t].some((x) => x.id === id)) ?? (pl.excluded.some((x) => x.id === id) ? 'excluded' : 'absent');
const find = (pl: Plan, id: string): PlannedProgram | undefined => [...open(pl), ...pl.excluded].find((x) => x.id === id);
const inCa = (pl: Plan, t: 'reach' | 'target' | 'safety') => pl.tiers[t].filter((p) => p.band !== 'national').length;
const national = (pl: Plan, t: 'reach' | 'target' | 'safety') => pl.tiers[t].filter((p) => p.band === 'national').length;
const visaText = (pl: Plan) => (pl.warnings ?? []).join(' ');
const level = (pl: Plan, i = 0) => pl.standing![i]!.level;
/** The reason codes of one program, in order. */
const codes = (p: PlannedProgram | undefined) => (p?.reasonCodes ?? []).map((r) => r.code);
/** The first reason of a program with this code (its params and source). */
const coded = (p: PlannedProgram | undefined, code: string) => p?.reasonCodes?.find((r) => r.code === code);

const UCLA_IM = 'ucla-internal-medicine-residency-program-ucla-david-geffen-school-of-medicine-internal-medicine';
const ST_MARY_IM = '1400531039'; // community, Long Beach, J-1 yes
const HUNTINGTON_IM = '1400511056'; // states first-attempt passes and a 5-year limit
const UCSF_IM = 'university-of-california-san-francisco-school-of-medicine-program-internal-medicine'; // CK on the first attempt
const UHS_FM = 'southwest-healthcare-medical-education-consortium-uhs-socal-mec-program-family-medicine'; // sponsor says no visas

describe('strong J-1 applicant (IM, CK 255, Step 3 240, hands-on LA, Californian letters)', () => {
  const pl = plan(A.strongJ1);
  it('stands strong, above the 2026 matched median, and every factor is said in words', () => {
    expect(level(pl)).toBe('strong');
    expect(pl.standing![0]!.step2ck).toMatchObject({ applicant: 255, year: 2026, matched: { median: 251, q1: 240 } });
    expect(pl.standing![0]!.line).toMatch(/^Internal medicine: strong \(\d+\/100\)/);
    expect(pl.standing![0]!.factors.map((f) => f.id)).toEqual(expect.arrayContaining(['step2ck', 'step3', 'usce', 'letters', 'research', 'languages', 'ties', 'visa']));
  });
  // (round 14: a strong non-US IMG still sends 40-60; green-card IMGs match at about the IMG rate. Trial 17: a strong file
  // that needs a visa sends what a competitive visa file sends, 60-90: only the programs that take its visa count)
  it('is told to apply to the visa floor, 60-90, at a cost around $2,100', () => {
    expect(pl.applications.perSpecialty).toEqual([expect.objectContaining({ specialty: 'internal_medicine', min: 60, max: 90 })]);
    expect(pl.applications.perSpecialty![0]!.why).toMatch(/rather than 40–60, because you need a visa/);
    expect(pl.applications.cost).toMatchObject({ programs: 90, usd: 11 * 30 + 30 * 60, season: '2026 ERAS season' });
  });
  it('UCLA stays a target, never a safety, and a program whose type no source states is no safety on a guess (St Mary IM)', () => {
    // since round 11 "community" is taken only from a source: St Mary's name no longer makes it one
    expect(tierOf(pl, ST_MARY_IM)).not.toBe('safety');
    expect(tierOf(pl, UCLA_IM)).toBe('target');
    // the only reaches are academic flagships (top-20 NIH-funded), at most a reach for a visa seeker unless stated otherwise,
    // and academic LA programs with no program-level evidence of taking IMGs (an institution's filings are not that)
    expect(pl.tiers.reach.every((p) => codes(p).includes('evidence.flagship_cap') || codes(p).includes('tier.la_academic_reach'))).toBe(true);
    expect(coded(find(pl, ST_MARY_IM), 'tier.program_type')?.params).toEqual({ type: 'unknown' });
    expect(codes(find(pl, ST_MARY_IM))).toContain('tier.met_j1');
  });
  it('is not told to write a case report, get letters or more USCE', () => {
    for (const id of ['research', 'few-us-letters', 'no-usce', 'observership-only', 'step2ck-low', 'self-assessment']) expect(steps(pl)).not.toContain(id);
    expect(first(pl)).toContain('j1-rules');
  });
});

describe('the typical user (IM + FM backup, CK 222, observerships, J-1)', () => {
  const pl = plan(A.typicalJ1);
  it('stands weak at best in IM against 2026 figures (the score alone, with a rest better than typical), weak to borderline in FM (at its matched first quartile)', () => {
    expect(['weak', 'very weak']).toContain(level(pl, 0));
    expect(['weak', 'borderline']).toContain(level(pl, 1));
    expect(pl.standing![1]!.score).toBeGreaterThan(pl.standing![0]!.score + 15);
    expect(pl.standing![0]!.factors.find((f) => f.id === 'step2ck')!.text).toMatch(/222 .*median 251, first quartile 240/);
  });
  it('has targets only where a source or public filings show the visa; the rest are unverified, to check first', () => {
    // plan17: outside the regions named (LA and Orange County), a program resting only on its institution's H-1B filings is
    // two guesses (that the applicant would move, and that it takes a J-1): not a target, counted in the widening note
    expect(national(pl, 'target')).toBe(0);
    expect([...pl.tiers.target, ...pl.tiers.safety].every((p) => p.evidence?.level === 'stated' || p.evidence?.level === 'public evidence')).toBe(true);
    expect(pl.sharedNotes?.join(' ')).toMatch(/Widening beyond the regions you chose: .*\d+ more would fit your file but rest only on their institution's work-visa filings/);
    // the same file open to anywhere sees them: national targets on its sponsor's filings
    const wide = plan({ ...A.typicalJ1, regions: ['anywhere'] });
    expect(national(wide, 'target')).toBeGreaterThan(5);
    const nat = wide.tiers.target.find((p) => p.band === 'national')!;
    expect(codes(nat)).toContain('tier.h1b_filings');
    expect(nat.evidence?.basisCode?.code).toBe('evidence.h1b_filings');
    expect(pl.unverified!.length).toBeGreaterThan(20);
    expect(pl.unverified!.every((p) => p.evidence!.check.length > 0 && (p.evidence!.level === 'inferred' || p.evidence!.level === 'unknown'))).toBe(true);
    expect(pl.listShape!.national.target).toBe(national(pl, 'target'));
  });
  // (trial 17: our J-1 facts cover about 2% of each specialty's programs, so they no longer shrink the FM list; the file
  // reads a level higher in FM, which gets a full list of its own beside IM, as it would for a citizen)
  it('says first that FM, where the file goes further, gets a full list beside IM, and lists national reaches only as a count', () => {
    expect(pl.keyWarnings?.[0]).toMatch(/^Your file reads weak in internal medicine \(\d+\/100\) and a level higher in family medicine .*gets a full list of its own beside it/);
    expect(national(pl, 'reach')).toBe(0);
    // LA and Orange County only: reaches elsewhere (national ones included) are one labelled widening count
    expect(pl.sharedNotes?.join(' ')).toMatch(/Widening beyond the regions you chose: \d+ more programs would be reaches for you.*; they are not listed/);
    // the community-vs-university figure is said only where a listed program is community by a source (none here)
    expect(pl.sharedNotes?.join(' ')).not.toMatch(/community programs filled 55–70%/);
  });
  it('keeps a full list in IM and gives FM one too (no count rests on the J-1 gaps of our table), and prices it', () => {
    const per = pl.applications.perSpecialty!;
    const fm = per.find((c) => c.specialty === 'family_medicine')!;
    const im = per.find((c) => c.specialty === 'internal_medicine')!;
    expect(im.why).toMatch(/a full list from your own standing/);
    expect(fm.why).toMatch(/backup, a full list because your first choice reads weak/);
    expect(per.every((c) => !/J-1 evidence shows at/.test(c.why))).toBe(true);
    expect(pl.applications.cost!.usd).toBeGreaterThan(3000);
    expect(pl.applications.why).toMatch(/cost, not interviews/);
  });
  it('starts with the score and what is still possible this late in the cycle, not with a self-inventory', () => {
    expect(first(pl).slice(0, 3)).toEqual(expect.arrayContaining(['step2ck-low', 'late-this-cycle']));
    expect(steps(pl)).not.toContain('self-assessment');
    expect(steps(pl)).not.toContain('apply-early');
    expect(pl.calendar!.now).toMatch(/interview invitations has gone out/);
  });
  it('never tells the applicant that most applications belong in tiers the plan leaves empty', () => {
    const list = pl.nextSteps.find((s) => s.id === 'core-extended-list')!;
    expect(list.detail).not.toMatch(/Most of your applications belong in target and safety/);
  });
});

describe('weak and old file (IM, Step 1 and CK fails, CK 212, graduated 2012)', () => {
  const pl = plan(A.weakOld);
  it('stands very weak, with Step 2 CK and the fails as the biggest gaps', () => {
    expect(level(pl)).toBe('very weak');
    expect(pl.standing![0]!.line).toMatch(/biggest gaps: Step 2 CK, failed attempts/);
  });
  it('is excluded where a program states first-attempt passes, and gets no target anywhere', () => {
    expect(coded(find(pl, HUNTINGTON_IM), 'excluded.first_attempt')?.params).toMatchObject({ failed: 2 });
    expect(pl.tiers.target.length + pl.tiers.safety.length).toBe(0);
    expect(pl.keyWarnings?.join(' ')).toMatch(/strengthen the weakest part of your file before spending/);
  });
  it('is sent to the long-term paths and remediation first, and told more applications buy cost', () => {
    expect(first(pl).slice(0, 3)).toEqual(expect.arrayContaining(['step2ck-low', 'long-term-paths']));
    expect(first(pl)).toContain('remediation');
    expect(pl.applications.why).toMatch(/better spent on the weakest part/);
  });
});

describe('US-citizen IMG (IM, CK 232)', () => {
  const pl = plan(A.citizen);
  it('gets one line of visa talk, no Step 3-for-H-1B and no J-1 rules', () => {
    const visa = (pl.warnings ?? []).filter((w) => /visa|J-1|H-1B/.test(w));
    expect(visa).toHaveLength(1);
    expect(visa[0]).toMatch(/need no visa/);
    expect(JSON.stringify(pl.nextSteps)).not.toMatch(/H-1B/);
    for (const id of ['j1-rules', 'h1b-new-fee', 'find-img-friendly']) expect(steps(pl)).not.toContain(id);
  });
  it('is compared with the 2026 non-US IMG figures and told they are the stricter comparison', () => {
    expect(pl.standing![0]!.factors[0]!.text).toMatch(/non-US IMG figures: Step 2 CK figures for US-citizen IMGs in 2026 are not in our data.*stricter comparison for you/);
    // the match rate shown is the US-citizen IMGs' own, not the non-US one
    expect(pl.standing![0]!.matchRate).toMatchObject({ value: 0.7, year: 2026, of: expect.stringMatching(/US-citizen IMGs/) });
    expect(pl.standing![0]!.line).toMatch(/non-US IMGs' 2026 matched median .*no US-IMG figure/);
  });
  it('is never excluded for visa, and applies to fewer programs than a J-1 twin', () => {
    expect(pl.excluded.flatMap(codes).filter((c) => /visa|j1|h1b/.test(c))).toEqual([]);
    expect(pl.applications.max).toBeLessThan(plan({ ...A.citizen, visa: 'needs_j1' }).applications.max);
  });
});

describe('green card (FM, CK 230) and EAD (pediatrics, CK 240)', () => {
  // (round 14: a green card or a work permit no longer shortens the list: only US citizens, who match more often, send fewer)
  // (plan20: competitive needs the matched median, family medicine 230 and pediatrics 240 in 2026; the helpers' 228 and 238
  // now read borderline)
  const atMedian = (p: Profile, score: number): Profile => ({ ...p, step2ck: { taken: true, score, attempts: 1 } });
  it('stand competitive, with the full competitive list of 60–90, and one line on visas', () => {
    for (const p of [atMedian(A.greenCard, 230), atMedian(A.eadPeds, 240)]) {
      const pl = plan(p);
      expect(level(pl)).toBe('competitive');
      expect(pl.applications.min).toBe(60);
      expect(pl.applications.max).toBe(90);
      expect((pl.warnings ?? []).filter((w) => /visa|EAD|work permit/.test(w))).toHaveLength(1);
      // a competitive file has more targets and safeties than reaches; a safety needs evidence it takes IMGs (not the type a name suggests)
      expect(pl.tiers.safety.length + pl.tiers.target.length).toBeGreaterThan(pl.tiers.reach.length);
      for (const s of pl.tiers.safety) expect(s.reasonCodes?.map((r) => r.code) ?? []).not.toContain('tier.safety_needs_img_evidence');
    }
  });
});

describe('needs H-1B, with and without Step 3 (IM, CK 238)', () => {
  const without = plan(A.h1bNoStep3);
  const withS3 = plan(A.h1bWithStep3);
  it('puts Step 3 first without it, and the H-1B-only list (never weighing a J-1 they ruled out) right after', () => {
    expect(first(without).slice(0, 2)).toEqual(['h1b-needs-step3', 'h1b-only-list']);
    expect(visaText(without)).toMatch(/no program can file an H-1B for you/);
    expect(visaText(without)).toMatch(/\$100,000/);
  });
  it('shows H-1B filing evidence as what it is, never as "sponsors H-1B"', () => {
    // (plan19: a flagship with only pre-fee filings is checked first, like every other program, so the filings are read there too)
    const filed = [...open(without), ...(without.unverified ?? [])].filter((p) => p.h1bFilings);
    expect(filed.length).toBeGreaterThan(5);
    expect(coded(filed[0], 'tier.h1b_filings')?.params).toMatchObject({ count: expect.any(Number), period: expect.stringMatching(/^FY2025 H1/) });
    expect(coded(filed[0], 'tier.h1b_filings')?.source).toMatch(/DOL/);
    expect(filed.flatMap(codes)).not.toContain('tier.met_h1b');
  });
  it('stands higher, with no fewer targets and no more applications, once Step 3 is passed', () => {
    expect(withS3.standing![0]!.score).toBeGreaterThan(without.standing![0]!.score);
    // (round 15: no program states H-1B and filings from before the new-petition fee are checked first, so both may have none)
    expect(withS3.tiers.target.length + withS3.tiers.safety.length).toBeGreaterThanOrEqual(without.tiers.target.length + without.tiers.safety.length);
    // never more: an H-1B-only count takes in every program with H-1B evidence, so the list may bound both plans alike
    expect(withS3.applications.max).toBeLessThanOrEqual(without.applications.max);
    expect(steps(withS3)).toContain('h1b-ask-programs');
    expect(steps(withS3)).not.toContain('h1b-needs-step3');
  });
});

describe('two Step 2 CK fails, then 230 (IM, J-1)', () => {
  const pl = plan(A.twoCkFails);
  it('is closed where first attempts are required, very weak, and starts with remediation', () => {
    expect(tierOf(pl, HUNTINGTON_IM)).toBe('excluded');
    expect(coded(find(pl, UCSF_IM), 'excluded.first_attempt')?.params).toMatchObject({ exams: 'Step 2 CK', failed: 2 });
    expect(tierOf(plan({ ...A.twoCkFails, step2ck: { taken: true, score: 230, attempts: 1 } }), UCSF_IM)).not.toBe('excluded');
    expect(level(pl)).toBe('very weak');
    expect(first(pl)[0]).toBe('remediation');
    expect(first(pl)).toEqual(expect.arrayContaining(['explain-fails', 'long-term-paths']));
    expect(visaText(pl)).toMatch(/74% of program directors/);
  });
});

describe('graduated 2009, green card (IM, CK 232)', () => {
  const pl = plan(A.oldYog);
  it('is excluded by every stated graduation-year limit and told why first', () => {
    expect(pl.excluded.length).toBeGreaterThan(0);
    const civilianOnly = pl.excluded.filter((x) => !codes(x).includes('excluded.military_active_duty'));
    expect(civilianOnly.every((x) => coded(x, 'excluded.graduation_limit')?.params.years === 17)).toBe(true);
    expect(first(pl)[0]).toBe('graduation-year');
    expect(pl.standing![0]!.factors.find((f) => f.id === 'graduation')!.effect).toBeLessThanOrEqual(-20);
  });
});

describe('Step 2 CK not taken yet (predicts 240, preparing, IM, J-1)', () => {
  const pl = plan(A.ckNotTaken);
  it('gets a CK target from the 2026 figures and the delay-or-apply trade-off, first', () => {
    expect(first(pl)[0]).toBe('step2ck-not-taken');
    expect(pl.nextSteps[0]!.article).toBe('step2ck-target-and-timing');
    expect(pl.keyWarnings?.join(' ')).toMatch(/first quartile of matched non-US IMGs in internal medicine \(240\).*delaying a cycle/);
    expect(pl.standing![0]!.factors.find((f) => f.id === 'step2ck')!.text).toMatch(/predicted Step 2 CK 240 \(counted as 235/);
  });
  it('is shown that the same file stands higher in family medicine, as a backup to consider', () => {
    expect(pl.keyWarnings?.[0]).toMatch(/weak in internal medicine .* borderline in family medicine .* consider adding it as a backup/);
  });
  it('is told to apply on the first day next cycle, since it is preparing', () => {
    expect(steps(pl)).toContain('apply-early');
    expect(steps(pl)).not.toContain('late-this-cycle');
  });
});

describe('reapplicant (IM, CK 228, graduated 2019)', () => {
  const pl = plan(A.reapplicant);
  it('gets the guides\' long-term paths, in words, and one-year positions as paths', () => {
    expect(first(pl)).toEqual(expect.arrayContaining(['long-term-paths', 'after-not-matching']));
    expect(pl.keyWarnings?.join(' ')).toMatch(/research position in Los Angeles.*hands-on US clinical work.*communication.*specialty and geography/);
    const paths = [...open(pl), ...pl.unverified ?? []].filter((x) => x.reasons[0]?.startsWith('after-not-matching path'));
    expect(new Set(paths.map((x) => x.specialty))).toEqual(new Set(['prelim_internal_medicine', 'transitional_year']));
    expect(pl.standing![0]!.factors.find((f) => f.id === 'reapplying')!.effect).toBeLessThan(0);
  });
});

describe('competitive dreams', () => {
  it('dermatology at CK 221: family medicine as the parallel track, the dream list small and on top', () => {
    const pl = plan(A.dermDream);
    expect(pl.standing!.map((s) => [s.specialty, s.role])).toEqual([['dermatology', 'primary'], ['family_medicine', 'parallel']]);
    expect(first(pl)[0]).toBe('competitive-dream');
    expect(pl.keyWarnings?.[0]).toMatch(/parallel application in family medicine .*preliminary year plus research/);
    const per = pl.applications.perSpecialty!;
    expect(per.find((c) => c.specialty === 'dermatology')).toMatchObject({ min: 15, max: 30 });
    expect(per.find((c) => c.specialty === 'family_medicine')!.min).toBeGreaterThanOrEqual(80);
  });
  it('orthopaedics with CK 252: general surgery as the parallel, matched to the dream', () => {
    const pl = plan(A.orthoDream);
    expect(pl.standing![1]).toMatchObject({ specialty: 'general_surgery', role: 'parallel' });
    // LA only, CK 252 under general surgery's matched median (256): its LA County programs are listed, and reaches, saying why
    const gs = [...pl.tiers.reach, ...pl.tiers.target, ...pl.unverified ?? []].filter((p) => p.specialty === 'general_surgery');
    expect(gs.length).toBeGreaterThan(0);
    // none is a target or safety; the median code is said where the file's points alone would have opened one
    expect(gs.filter((p) => p.region === 'la_county' && pl.tiers.target.includes(p)).map((p) => p.name)).toEqual([]);
  });
});

describe('transitional year first (CK 236)', () => {
  const pl = plan(A.transitional);
  it('is told it is one year and needs a PGY-2 plan, with a categorical track added', () => {
    expect(first(pl)).toContain('one-year-track');
    expect(pl.keyWarnings?.join(' ')).toMatch(/one year only.*PGY-2 plan.*internal medicine/);
    expect(pl.standing!.map((s) => s.specialty)).toEqual(['transitional_year', 'internal_medicine']);
    const per = pl.applications.perSpecialty!;
    expect(per[0]!.max).toBeLessThan(per[1]!.max);
  });
});

describe('research-heavy psychiatry applicant (14 publications and posters)', () => {
  const pl = plan(A.researchPsych);
  it('counts the research in their favour and is never told to write a case report', () => {
    const r = pl.standing![0]!.factors.find((f) => f.id === 'research')!;
    expect(r.effect).toBeGreaterThan(0);
    expect(r.text).toMatch(/9 publications and 5 posters — a real research record/);
    expect(steps(pl)).not.toContain('research');
    // CK 236 sits under the unmatched psychiatry mean (237): research and letters make it borderline, not competitive
    expect(level(pl)).toBe('borderline');
  });
});

describe('either visa (IM, CK 242, no Step 3)', () => {
  const pl = plan(A.eitherVisa);
  it('is told the J-1 keeps more programs open under the new fee', () => {
    expect(first(pl)).toContain('h1b-new-fee');
    expect(visaText(pl)).toMatch(/J-1 keeps far more programs open/);
  });
});

describe('program facts as reasons and filters', () => {
  it('closes a program whose sponsor says it sponsors no visas to a J-1, and says why with the source year', () => {
    const pl = plan(A.averageFm);
    expect(coded(find(pl, UHS_FM), 'excluded.sponsor_no_visas')?.params).toEqual({ asOf: 2022 });
    expect(tierOf(plan({ ...A.averageFm, visa: 'green_card' }), UHS_FM)).not.toBe('excluded');
  });
  it('lists each program\'s stated facts with source and year, and never invents one for a national row', () => {
    const pl = plan({ ...A.strongJ1, regions: ['anywhere'] }); // (national rows are listed for a file open to them)
    const hunt = find(plan(A.twoCkFails), HUNTINGTON_IM)!;
    expect(hunt.facts).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'first-attempt rule', asOf: '2020', source: expect.stringMatching(/^https:/) })]));
    const nat = open(pl).filter((p) => p.band === 'national');
    expect(nat.length).toBeGreaterThan(40); // only filings by a program's own sponsor count as evidence
    expect(nat.every((p) => (p.facts ?? []).every((f) => ['H-1B filings', 'academic flagship'].includes(f.label)))).toBe(true);
    expect(pl.caveats.join(' ')).toMatch(/unknown for every one of them/);
  });
  it('says shared checks once in sharedNotes instead of on every program', () => {
    const pl = plan(A.typicalJ1);
    expect(pl.sharedNotes?.join(' ')).toMatch(/Every program below: .*(graduation-year|Step 2 CK minimum)/);
    const shared = pl.sharedNotes!.map((n) => n.replace('Every program below: ', ''));
    expect(open(pl).every((p) => p.verify.every((v) => !shared.includes(v)))).toBe(true);
  });
});

describe('the calendar', () => {
  it('on 1 December tells an applicant this cycle is past ERAS opening; in August, to get ready to submit', () => {
    expect(plan(A.typicalJ1).calendar!.now).toMatch(/ERAS opened about 2026-09-02/);
    const aug = plan(A.typicalJ1, new Date('2026-08-01T00:00:00Z'));
    expect(aug.calendar!.now).toMatch(/^Before submission \(2027 Match\)/);
    expect(aug.nextSteps.map((s) => s.id)).toContain('apply-early');
    expect(aug.calendar!.items[0]).toMatchObject({ what: expect.stringMatching(/submit/), source: expect.stringMatching(/mededits|aamc/i) });
  });
  it('in Match Week points to SOAP', () => {
    expect(plan(A.typicalJ1, new Date('2026-03-17T12:00:00Z')).calendar!.now).toMatch(/SOAP/);
  });
});

describe('plan shape and purity', () => {
  it('fills listShape for every band and at most five first steps; same input, same plan', () => {
    const a = plan(A.typicalJ1);
    expect(Object.keys(a.listShape!)).toEqual(['core LA', 'SoCal', 'rest of California', 'national']);
    const total = Object.values(a.listShape!).reduce((s, b) => s + b.reach + b.target + b.safety, 0);
    expect(total).toBe(open(a).length);
    expect(a.firstSteps!.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(plan(A.typicalJ1))).toBe(JSON.stringify(a));
  });
  it('still works from the California table alone', () => {
    const pl = buildPlan(A.typicalJ1, CA_KB, NOW);
    expect(pl.listShape!.national).toEqual({ reach: 0, target: 0, safety: 0 });
    // LA and Orange County only (programs elsewhere are widening, counted in a note)
    expect(open(pl).length + (pl.unverified?.length ?? 0)).toBeGreaterThan(15);
    expect(pl.sharedNotes?.join(' ')).toMatch(/Widening beyond the regions you chose/);
  });
});
