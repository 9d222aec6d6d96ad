// Proves the next-step rules file is valid: real Profile paths or documented derived facts, existing and all-reachable articles.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '../../src/domain/profile.js';
import { conditionFields } from '../../src/knowledge/rules/condition.js';
import { DERIVED_FACTS } from '../../src/knowledge/rules/facts.js';
import { PROFILE_PATHS } from '../../src/knowledge/rules/field-paths.js';
import { parseRules, type Rule } from '../../src/knowledge/rules/rules.js';

const parsed = parseRules(JSON.parse(readFileSync('knowledge/rules/next-steps.json', 'utf8')));
const rules: Rule[] = parsed.ok ? parsed.rules : [];
const ARTICLES_DIR = 'knowledge/articles';
const articleIds = existsSync(ARTICLES_DIR) ? readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)) : [];

/** Articles written to answer questions (issue 10): reached through questions and graded by the questions eval, not by a rule. */
const ANSWER_ONLY = new Set(['retaking-a-passed-exam', 'j1-vs-h1b-in-practice', 'eras-before-letters', 'reach-target-safety', 'work-authorization', 'j1-paperwork', 'ecfmg-certification', 'nrmp-match-fees', 'couples-match', 'daca-residency', 'non-physician-us-work']);

describe('knowledge/rules/next-steps.json', () => {
  it('parses, with 25–35 rules and unique ids', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(25);
    // plan16: 49 with short-hands-on (a file with under three hands-on months, the dated plan's first step)
    // plan19: 52 with step3-after-fail (a failed attempt's proof of recovery), few-interviews-add-programs (mid-season)
    // and ecfmg-unsaid (a graduate who never said the certification's status)
    // plan20: 54 with step3-result-to-programs (a Step 3 pass while applications are in) and status-covers-training (a
    // Canadian's TN, an H-4 without an EAD, a visitor visa or OPT do not cover residency)
    expect(rules.length).toBeLessThanOrEqual(54);
  });
  it('names only real Profile paths or documented derived facts', () => {
    expect(PROFILE_PATHS).toEqual(expect.arrayContaining(['step2ck.score', 'step3.status', 'usce.where', 'usLors.fromCalifornia', ...PROFILE_FIELDS]));
    const allowed = new Set<string>([...PROFILE_PATHS, ...DERIVED_FACTS]);
    const bad = rules.flatMap((r) => conditionFields(r.when).filter((f) => !allowed.has(f)).map((f) => `${r.id}: ${f}`));
    expect(bad).toEqual([]);
  });
  it('links only to articles that exist', () => {
    if (articleIds.length === 0) return; // articles not written yet
    const missing = rules.filter((r) => r.article && !articleIds.includes(r.article)).map((r) => `${r.id} → ${r.article}`);
    expect(missing).toEqual([]);
  });
  it('reaches every article from at least one rule', () => {
    const linked = new Set(rules.map((r) => r.article));
    expect(articleIds.filter((id) => !linked.has(id) && !ANSWER_ONLY.has(id))).toEqual([]);
  });
  it('refuses an unknown field, an unknown operator and a duplicate id', () => {
    const base = { id: 'x', title: 'A title', detail: 'A detail long enough', priority: 1 };
    const unknownField = parseRules({ rules: [{ ...base, when: { field: 'step2ck.scroe', lt: 220 } }] });
    expect(unknownField.ok ? [] : unknownField.errors.join()).toMatch(/unknown field/);
    expect(parseRules({ rules: [{ ...base, when: { field: 'visa', like: 'h1b' } }] }).ok).toBe(false);
    const dup = parseRules({ rules: [{ ...base, when: { field: 'visa', exists: true } }, { ...base, when: { field: 'visa', exists: true } }] });
    expect(dup.ok ? [] : dup.errors).toEqual(['duplicate rule id "x"']);
  });
});
