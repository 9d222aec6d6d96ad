// Proves the plan renders as readable text and as a formula-safe CSV with one row per program.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { buildPlan } from '../../src/knowledge/plan/build-plan.js';
import { PLAN_CSV_COLUMNS, renderPlanCsv, renderPlanText } from '../../src/knowledge/plan/render-plan-text.js';
import { loadProgramsCsv } from '../../src/knowledge/programs/load-programs-csv.js';
import { parseRules } from '../../src/knowledge/rules/rules.js';

const programs = loadProgramsCsv(readFileSync('knowledge/programs/programs.csv', 'utf8'));
const rules = parseRules(JSON.parse(readFileSync('knowledge/rules/next-steps.json', 'utf8')));
if (!programs.ok || !rules.ok) throw new Error('knowledge files do not load');
const plan = buildPlan(
  { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 230, attempts: 1 }, graduationYear: 2022, stage: 'applying' },
  { programs: programs.programs, rules: rules.rules },
  new Date('2025-09-01T00:00:00Z'),
);

describe('renderPlanText', () => {
  it('shows warnings, numbered next steps, applications, every tier, exclusions and caveats', () => {
    const text = renderPlanText(plan);
    expect(text).toMatch(/^YOUR RESIDENCY PLAN/);
    expect(text).toContain(`Applications: ${plan.applications.min}–${plan.applications.max}`);
    expect(text).toContain(`  1. ${plan.nextSteps[0]!.title}`);
    for (const t of ['Reach', 'Target', 'Safety']) expect(text).toMatch(new RegExp(`^${t} — .*\\(\\d+\\)$`, 'm'));
    expect(text).toContain(`Closed to you (${plan.excluded.length})`);
    expect(text).toContain('not a promise');
  });
});

describe('renderPlanCsv', () => {
  it('has one row per program in all tiers plus excluded', () => {
    const rows = parse(renderPlanCsv(plan)) as string[][];
    expect(rows[0]).toEqual([...PLAN_CSV_COLUMNS]);
    const n = plan.tiers.reach.length + plan.tiers.target.length + plan.tiers.safety.length + plan.excluded.length;
    expect(rows).toHaveLength(n + 1);
    expect(rows.filter((r) => r[0] === 'excluded')).toHaveLength(plan.excluded.length);
  });
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const evil: Plan = { ...plan, tiers: { reach: [{ ...plan.excluded[0]!, name: '=HYPERLINK("http://x","y")', reasons: ['@cmd'] }], target: [], safety: [] }, excluded: [] };
    const rows = parse(renderPlanCsv(evil)) as string[][];
    expect(rows[1]![2]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[1]![7]).toBe(`'@cmd`);
  });
});
