// The plan's cited figures are data: knowledge/plan-figures.json, validated at load, read from KNOWLEDGE_DIR like every
// other knowledge file, and handed to the plan with its programs (PlanKb.figures), so a plan can be built on other figures.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { BUNDLED_KNOWLEDGE } from '../../src/knowledge/knowledge-files.js';
import { loadPlanFigures, parsePlanFigures, PLAN_FIGURES, type PlanFigures } from '../../src/knowledge/plan-figures.js';
import { ERAS_FEES, RATES, SIGNALS } from '../../src/plan/base-rates.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const copy = (): PlanFigures => JSON.parse(JSON.stringify(PLAN_FIGURES)) as PlanFigures;
const stateReasons = (pl: Plan, state: string) =>
  [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.unverified ?? []].filter((p) => p.state === state).flatMap((p) => p.reasonCodes ?? []).filter((r) => r.code.startsWith('tier.state'));

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('knowledge/plan-figures.json', () => {
  it('validates, and the figures the plan and answers cite are its figures', () => {
    expect(PLAN_FIGURES.stateOpenness.states.NY).toEqual({ points: -1, nonUsShare: 0.6 });
    expect(ERAS_FEES).toMatchObject({ firstTierCount: 30, firstTierEach: 11, laterEach: 30 });
    expect(RATES.pdCiteFailedAttempt).toMatchObject({ value: 0.74, year: '2021' });
    expect(SIGNALS.internal_medicine?.text).toMatch(/3 gold and 12 silver/);
  });

  it('refuses a share written as a percent, a repository path as a source, an unknown field, and a state that counts against the applicant', () => {
    const percent = copy(); percent.rates.nonUsImgMatchRate.value = 58;
    const path = copy(); path.erasFees.source = 'shared/data/calibration_facts.csv';
    const extra = { ...copy(), bonus: 1 };
    const closed = copy(); closed.stateOpenness.states.TX = { points: 1, nonUsShare: 0.2 };
    for (const bad of [percent, path, extra, closed]) expect(() => parsePlanFigures(bad)).toThrow(/plan-figures\.json/);
  });

  it('is read from KNOWLEDGE_DIR when it is set, and a folder without it is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-figures-'));
    dirs.push(dir);
    cpSync(BUNDLED_KNOWLEDGE, dir, { recursive: true });
    const mine = copy(); mine.erasFees.laterEach = 33;
    writeFileSync(join(dir, 'plan-figures.json'), JSON.stringify(mine));
    expect(loadPlanFigures({ KNOWLEDGE_DIR: dir }).erasFees.laterEach).toBe(33);
    rmSync(join(dir, 'plan-figures.json'));
    expect(() => loadPlanFigures({ KNOWLEDGE_DIR: dir })).toThrow(/has no plan-figures\.json/);
  });
});

describe('the plan on the figures it is given', () => {
  it('states a state\'s share and the signals from the figures passed in, not from the module', () => {
    const other = copy();
    other.stateOpenness.states.NY = { points: -1, nonUsShare: 0.55 };
    other.signals.internal_medicine = { text: '2 gold and 10 silver signals', year: '2026–27', source: 'ACP/AAIM tiered signalling (im.org)' };
    const pl = buildPlan(A.eitherVisa, { ...FULL_KB, figures: other }, NOW);
    expect(stateReasons(pl, 'NY')[0]).toMatchObject({ code: 'tier.state_non_us_share', params: { state: 'NY', nonUsShare: 0.55, year: 2021 } });
    expect(pl.signaling).toMatch(/2 gold and 10 silver signals/);
    const bundled = buildPlan(A.eitherVisa, FULL_KB, NOW);
    expect(stateReasons(bundled, 'NY')[0]?.params.nonUsShare).toBe(0.6);
  });

  it('cites the rates passed in for failed attempts and the national visa shares', () => {
    const other = copy();
    other.rates.pdCiteFailedAttempt = { value: 0.8, year: '2024', source: 'NRMP Program Director Survey 2024' };
    other.rates.imH1bShare = { value: 0.25, year: '2024', source: 'A later survey of IM programs' };
    const warnings = (buildPlan(A.twoCkFails, { ...FULL_KB, figures: other }, NOW).warnings ?? []).join(' ');
    expect(warnings).toMatch(/80% of program directors cite any failed USMLE attempt .*NRMP Program Director Survey 2024, 2024/);
    const h1b = (buildPlan(A.h1bNoStep3, { ...FULL_KB, figures: other }, NOW).warnings ?? []).join(' ');
    expect(h1b).toMatch(/Nationally, 25% of internal medicine programs reported sponsoring H-1B/);
  });

  it('without a state figure, that state\'s programs are said plainly and never look more open', () => {
    const none = copy();
    none.stateOpenness.states = {};
    const rank = { reach: 0, target: 1, safety: 2 } as const;
    const tiers = (pl: Plan) => new Map((['reach', 'target', 'safety'] as const).flatMap((t) => pl.tiers[t].map((p) => [p.id, rank[t]] as const)));
    const without = buildPlan(A.eitherVisa, { ...FULL_KB, figures: none }, NOW);
    const withFig = tiers(buildPlan(A.eitherVisa, FULL_KB, NOW));
    expect(stateReasons(without, 'NY').length).toBeGreaterThan(0);
    expect(stateReasons(without, 'NY').every((r) => r.code === 'tier.state')).toBe(true);
    for (const [id, t] of tiers(without)) expect(t).toBeLessThanOrEqual(withFig.get(id) ?? 2);
  });
});

describe('the Step 2 CK table, the 2026 match rates and the H-1B fee are figures too (one validated PlanKb)', () => {
  it('refuses a quartile above its median and a proxy with no figures', () => {
    const q1 = copy(); q1.step2ck2026.bySpecialty.internal_medicine!.matched.q1 = 260;
    const proxy = copy(); proxy.step2ck2026.proxies.transitional_year = 'urology';
    for (const bad of [q1, proxy]) expect(() => parsePlanFigures(bad)).toThrow(/plan-figures\.json/);
  });
  it('the standing, the count\'s rate and the H-1B fee follow the figures passed in', () => {
    const other = copy();
    other.step2ck2026.bySpecialty.internal_medicine!.matched = { mean: 244, median: 246, q1: 236 };
    other.rates2026.nonUsImgMatchRate = { value: 0.6, year: '2027', source: 'NRMP Main Residency Match 2027' };
    other.h1bNewPetitionFee = { usd: 50000, since: '1 March 2027', source: 'A later proclamation' };
    const mine = buildPlan(A.h1bNoStep3, { ...FULL_KB, figures: other }, NOW);
    const bundled = buildPlan(A.h1bNoStep3, FULL_KB, NOW);
    expect(mine.standing![0]!.step2ck!.matched.median).toBe(246);
    expect(bundled.standing![0]!.step2ck!.matched.median).toBe(251);
    expect(mine.standing![0]!.score).toBeGreaterThan(bundled.standing![0]!.score);
    expect(mine.applications.why).toMatch(/60% of non-US-citizen IMGs who entered the 2027 Main Match/);
    expect((mine.warnings ?? []).join(' ')).toMatch(/\$50,000 fee/);
  });
});
