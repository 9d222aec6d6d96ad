// The shipped knowledge files as a PlanKb (California table, rules, national roster, stated facts), loaded once.
import { readFileSync } from 'node:fs';
import type { PlanKb } from '../../src/plan/build-plan.js';
import { loadProgramsCsv } from '../../src/knowledge/import/load-programs-csv.js';
import { loadNationalCsv } from '../../src/knowledge/import/national-schema.js';
import { loadProgramFactsCsv } from '../../src/knowledge/import/program-facts.js';
import { parseRules } from '../../src/knowledge/rules/rules.js';
import { loadPlanFigures } from '../../src/knowledge/plan-figures.js';

const programs = loadProgramsCsv(readFileSync('knowledge/programs/programs.csv', 'utf8'));
const rules = parseRules(JSON.parse(readFileSync('knowledge/rules/next-steps.json', 'utf8')));
const national = loadNationalCsv(readFileSync('knowledge/programs/national.csv', 'utf8'));
const facts = loadProgramFactsCsv(readFileSync('knowledge/programs/program-facts.csv', 'utf8'));
if (!programs.ok || !rules.ok || !national.ok || !facts.ok) throw new Error('knowledge files do not load');

/** California table and rules only, as before the national roster. */
export const CA_KB: PlanKb = { programs: programs.programs, rules: rules.rules, programFacts: facts.facts, figures: loadPlanFigures() };
/** Everything the product ships. */
export const FULL_KB: PlanKb = { ...CA_KB, national: national.programs };
