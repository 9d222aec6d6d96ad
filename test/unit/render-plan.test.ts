// Proves the terminal plan: a first screen within 25 lines, details one command away, nothing said over and over, a safe CSV.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { PLAN_CSV_COLUMNS, renderPlanCsv, renderPlanText, renderWholePlanText } from '../../src/render/plan-text.js';
import { loadProgramsCsv } from '../../src/knowledge/import/load-programs-csv.js';
import { parseRules } from '../../src/knowledge/rules/rules.js';
import { FIXTURE_NAMES, fixturePlan } from '../fixtures/plans/index.js';
import { realPlan } from '../fixtures/plans/real.js';
import { listedPrograms, namesOwnFact, repeatedSentences } from '../helpers/plan-text.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { LIST_MAX } from '../../src/render/program-views.js';

const programs = loadProgramsCsv(readFileSync('knowledge/programs/programs.csv', 'utf8'));
const rules = parseRules(JSON.parse(readFileSync('knowledge/rules/next-steps.json', 'utf8')));
if (!programs.ok || !rules.ok) throw new Error('knowledge files do not load');
const plan = buildPlan(
  { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 230, attempts: 1 }, graduationYear: 2022, stage: 'applying' },
  { programs: programs.programs, rules: rules.rules },
  new Date('2025-09-01T00:00:00Z'),
);

/** Hand-made plans in the new shape, and buildPlan's own plans for the same three applicants. */
const SOURCES = [['hand-made', fixturePlan], ['buildPlan', realPlan]] as const;

describe('the first screen in the terminal', () => {
  for (const [source, planOf] of SOURCES) for (const name of FIXTURE_NAMES) {
    it(`fits 25 lines of 80 columns for the ${name} applicant (${source}), in the promised order`, () => {
      const p = planOf(name);
      const lines = renderPlanText(p).split('\n');
      expect(lines.length).toBeLessThanOrEqual(25);
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
      const text = lines.join('\n');
      const at = (s: string) => text.indexOf(s);
      expect(at('Where you stand')).toBeGreaterThan(0);
      for (const s of p.standing ?? []) expect(text).toContain(s.level);
      expect(at('Where you stand')).toBeLessThan(at('Do first'));
      // (trial 17: when the chosen regions hold fewer open programs than the count, that constraint leads the count line)
      const count = p.applications.perSpecialty?.some((c) => c.inRegions !== undefined) ? 'Your regions hold only' : `Apply to ${p.applications.min}–${p.applications.max}`;
      expect(at('Do first')).toBeLessThan(at(count));
      expect(at(count)).toBeLessThan(at('Your list:'));
      expect(text).toMatch(/^More: programs/m);
    });
  }

  it('shows at most five first steps even when the plan ranks more', () => {
    const p = fixturePlan('weak');
    p.firstSteps = p.nextSteps.slice(0, 8);
    const numbered = renderPlanText(p).split('\n').filter((l) => /^ {2}\d+\. /.test(l));
    expect(numbered).toHaveLength(5);
    expect(numbered[0]).toContain(p.nextSteps[0]!.title);
  });

  it('names the specialty and level once when the standing line already starts with them', () => {
    const p = fixturePlan('typical');
    p.standing![0]!.line = 'Internal medicine: borderline (46/100) — Step 2 CK 232 against a 2026 matched median of 251; biggest gaps: Step 2 CK, visa need.';
    p.applications.cost!.season = '2026 ERAS season';
    const text = renderPlanText(p).replace(/\n {4}/g, ' ');
    expect(text).toContain('  - Internal Medicine: borderline (46/100) — Step 2 CK 232 against a 2026 matched median of 251; biggest gaps: Step 2 CK, visa need.');
    expect(text.match(/internal medicine:/gi)).toHaveLength(1);
    // (round 14: the fee table's own season, never "the latest")
    expect(text.replace(/\s+/g, ' ')).toContain('(2026-season fees');
    expect(text).not.toContain('the latest');
  });

  it('states the cost and the list shape per band from the plan', () => {
    const p = fixturePlan('typical');
    const text = renderPlanText(p);
    expect(text).toContain(`about $${p.applications.cost!.usd.toLocaleString('en-US')}`);
    const coreLa = listedPrograms(p).filter((x) => x.band === 'core LA');
    const reach = coreLa.filter((x) => p.tiers.reach.includes(x)).length;
    expect(text).toMatch(new RegExp(`- core LA: ${reach} reach`));
  });

  it('falls back gracefully on a plan without the new fields (today\'s buildPlan)', () => {
    const text = renderPlanText(plan);
    expect(text.split('\n').length).toBeLessThanOrEqual(25);
    expect(text).toContain(`${plan.notThisCycle ? "If you apply anyway: " : "Apply to "}${plan.applications.min}–${plan.applications.max} programs`);
    expect(text).toContain(`  1. ${[...plan.nextSteps].sort((a, b) => a.priority - b.priority)[0]!.title}`);
    expect(text).toContain(`${plan.tiers.reach.length} reach · ${plan.tiers.target.length} target · ${plan.tiers.safety.length} safety`);
  });
});

describe('the details in the terminal', () => {
  // (round 14: a chat screen shows the first LIST_MAX of each tier; the rest are counted and named by a narrower list or the CSV)
  it('programs lists each shown program once, and a tier or band only its own', () => {
    const p = fixturePlan('typical');
    const unwrap = (t: string) => t.replace(/\n {4}/g, ' ');
    const all = unwrap(renderPlanText(p, { kind: 'programs' }));
    for (const x of [...(['reach', 'target', 'safety'] as const).flatMap((t) => p.tiers[t].slice(0, LIST_MAX)), ...p.excluded.slice(0, LIST_MAX)]) expect(all).toContain(x.name.trim());
    const safety = unwrap(renderPlanText(p, { kind: 'programs', tier: 'safety' }));
    for (const x of p.tiers.safety.slice(0, LIST_MAX)) expect(safety).toContain(x.name.trim());
    for (const x of p.tiers.reach) expect(safety).not.toContain(`- ${x.name.trim()}:`);
    const socal = unwrap(renderPlanText(p, { kind: 'programs', band: 'SoCal' }));
    for (const x of listedPrograms(p)) expect(socal.includes(`- ${x.name.trim()}:`)).toBe(x.band === 'SoCal');
  });

  it('a long tier shows 12 programs (a chat screen; round 14) and says how to see the rest; a tier and a band together narrow it', () => {
    const p = fixturePlan('weak');
    expect(p.tiers.reach.length).toBe(60);
    const programLines = (t: string) => t.replace(/\n {4}/g, ' ').split('\n').filter((l) => /^ {2}- .*\((core LA|SoCal|rest of California|national)\)/.test(l));
    const text = renderPlanText(p, { kind: 'programs', tier: 'reach' });
    expect(programLines(text).length).toBe(12);
    expect(text).toMatch(/…and 48 more: see them with "programs <tier> <band>"/);
    const narrow = renderPlanText(p, { kind: 'programs', tier: 'reach', band: 'SoCal' });
    const inBand = p.tiers.reach.filter((x) => x.band === 'SoCal').length;
    expect(programLines(narrow).length).toBe(Math.min(LIST_MAX, inBand));
    expect(narrow.includes('more: see them with csv')).toBe(inBand > LIST_MAX);
  });

  it('a reason many but not all programs share is said once with a number, and exactly those programs carry it', () => {
    const p = buildPlan({ ...realPlan('typical').profile, visa: 'green_card' }, FULL_KB, new Date('2026-11-26T12:00:00Z'));
    // (round 14: SoCal holds few targets once a target needs evidence; the national band keeps many)
    const text = renderPlanText(p, { kind: 'programs', tier: 'target', band: 'national' }).replace(/\n {4}/g, ' ');
    const notes = [...text.matchAll(/^ {2}- \[(\d+)\] (?!To verify)(.+) \((\d+) of (\d+)\)$/gm)];
    expect(notes.length).toBeGreaterThan(0);
    const programs = p.tiers.target.filter((x) => x.band === 'national').slice(0, LIST_MAX);
    for (const [, mark, reason, count] of notes) {
      const having = programs.filter((x) => x.reasons.includes(reason!));
      expect(having.length).toBe(Number(count));
      for (const x of programs) {
        const line = text.split('\n').find((l) => l.startsWith(`  - ${x.name.trim()}:`))!;
        expect(new RegExp(`\\[(\\d+, )*${mark}(, \\d+)*\\]`).test(line)).toBe(having.includes(x));
      }
    }
  });

  it('a reason that names the program\'s own fact stays on its line in the list', () => {
    const p = fixturePlan('typical');
    const own = listedPrograms(p).filter(namesOwnFact);
    expect(own.length).toBeGreaterThan(0);
    const text = renderPlanText(p, { kind: 'programs' }).replace(/\n {4}/g, ' ');
    for (const x of own) {
      const line = text.split('\n').find((l) => l.startsWith(`  - ${x.name.trim()}:`))!;
      expect(x.reasons.some((r) => namesOwnFact({ ...x, reasons: [r] }) && line.includes(r))).toBe(true);
    }
  });

  it('program shows its facts with source and year, why it sits in its tier, and what to verify', () => {
    const p = fixturePlan('typical');
    const x = p.tiers.target[0]!;
    const text = renderPlanText(p, { kind: 'program', id: x.id });
    expect(text).toContain('Program type: community (ACGME public program list, as of 2025)');
    expect(text).toContain('J-1: unknown (no source: treat as unknown)');
    expect(text).toContain('H-1B filings: 3');
    expect(text).toContain('Why it is a target program');
    for (const v of x.verify) expect(text).toContain(v.split(' ').slice(0, 4).join(' '));
  });

  it('program says plainly when no fact has a source', () => {
    const p = fixturePlan('strong');
    const text = renderPlanText(p, { kind: 'program', id: p.tiers.safety[0]!.id });
    expect(text).toMatch(/unknown until you check/);
  });

  it('steps shows every next step with its detail, every warning, and why this many applications', () => {
    const p = fixturePlan('weak');
    const text = renderPlanText(p, { kind: 'steps' }).replace(/\n\s+/g, ' ');
    for (const s of p.nextSteps) expect(text).toContain(s.title);
    for (const w of p.warnings!) expect(text).toContain(w.split(' ').slice(0, 6).join(' '));
    expect(text).toContain('Why this many applications');
  });

  for (const [source, planOf] of SOURCES) for (const name of FIXTURE_NAMES) {
    it(`says no sentence more than twice across the whole ${name} plan (${source}), though its programs share reasons`, () => {
      const p = planOf(name);
      const listedAll = [...listedPrograms(p), ...(p.unverified ?? [])];
      const perProgram = listedAll.map((x) => x.reasons.map((r) => `${r[0]!.toUpperCase()}${r.slice(1)}.`).join(' ')).join('\n');
      // programs share reasons wherever more than two are listed (a weak H-1B file may list almost none)
      if (listedAll.length > 2) expect(repeatedSentences(perProgram).length).toBeGreaterThan(0);
      expect(repeatedSentences(renderWholePlanText(p))).toEqual([]);
    });
  }

  it('says no sentence more than twice across a whole plan from today\'s buildPlan', () => {
    expect(repeatedSentences(renderWholePlanText(plan))).toEqual([]);
  });
});

describe('renderPlanCsv', () => {
  it('has one row per program in all tiers, the unverified group and excluded', () => {
    const rows = parse(renderPlanCsv(plan)) as string[][];
    expect(rows[0]).toEqual([...PLAN_CSV_COLUMNS]);
    const n = plan.tiers.reach.length + plan.tiers.target.length + plan.tiers.safety.length + (plan.unverified?.length ?? 0) + plan.excluded.length;
    expect(rows).toHaveLength(n + 1);
    expect(rows.filter((r) => r[0] === 'excluded')).toHaveLength(plan.excluded.length);
  });
  it('carries each program\'s facts with their sources', () => {
    const p = fixturePlan('typical');
    const rows = parse(renderPlanCsv(p), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === p.tiers.target[0]!.id)!.facts).toContain('Program type: community (ACGME public program list, 2025)');
  });
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const evil: Plan = { ...plan, tiers: { reach: [{ ...plan.excluded[0]!, name: '=HYPERLINK("http://x","y")', reasons: ['@cmd'] }], target: [], safety: [] }, excluded: [] };
    const rows = parse(renderPlanCsv(evil)) as string[][];
    expect(rows[1]![2]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[1]![7]).toBe(`'@cmd`);
  });
});
