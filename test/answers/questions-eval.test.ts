// Grades complete replies to the blind questions set (test/fixtures/questions-eval.json, written by a helper
// that had not read the answer code): answerable ones carry every key fact, out-of-scope ones are refused,
// own-plan ones come from the asker's plan, none points to what it does not show, and a question typed
// mid-interview changes nothing stored and resumes at the same question.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Reply } from '../../src/domain/io.js';
import { step } from '../../src/engine/step.js';
import { FIELD_LABELS } from '../../src/engine/describe-profile.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { FLOW } from '../helpers/conversation.js';
import { ADVICE, claims, type EvalCase, missingFacts, notFromPlan, notSelfContained, pausedAt, refused } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const FIXTURE = JSON.parse(readFileSync('test/fixtures/questions-eval.json', 'utf8')) as { cases: EvalCase[] };
const cases = FIXTURE.cases;
const byKind = (k: EvalCase['kind']) => cases.filter((c) => c.kind === k);

/** Floors just under what this version reaches (the held-out aims: 85% complete, 90% refused, 90% from the plan, no pointer at all). */
const FLOORS = { complete: 0.87, refused: 0.95, fromPlan: 0.95, selfContained: 1, engineUnchanged: 0.95 };

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
const ask = (c: EvalCase): AskResult => (c.kind === 'own_plan' ? ADVICE.ask(c.question, { profile: c.profile ?? {}, now: NOW }) : ADVICE.ask(c.question));

describe('the questions evaluation set', () => {
  it('has at least 150 questions: about a fifth out of scope, about a tenth about the asker\'s own plan', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(byKind('out_of_scope').length / cases.length).toBeGreaterThanOrEqual(0.15);
    expect(byKind('own_plan').length / cases.length).toBeGreaterThanOrEqual(0.08);
    for (const c of byKind('answerable')) expect(c.facts?.length, c.id).toBeGreaterThan(0);
    for (const c of byKind('own_plan')) expect(c.profile?.specialty, c.id).toBeDefined();
  });
});

describe('answers through advice.ask', () => {
  const results = cases.map((c) => ({ c, r: ask(c) }));

  it('answers answerable questions completely: every fact group, no forbidden claim', () => {
    const answerable = results.filter(({ c }) => c.kind === 'answerable');
    const failures = answerable.flatMap(({ c, r }) => {
      const text = r.found && r.kind !== 'refusal' ? r.answer : '';
      const missing = missingFacts(text, c.facts);
      const bad = claims(text, c.mustNot);
      return missing.length || bad.length ? [`${c.id} "${c.question.slice(0, 70)}": ${r.found ? `missing ${JSON.stringify(missing.map((g) => g[0]))}${bad.length ? `, claims ${JSON.stringify(bad)}` : ''}` : 'not answered'}`] : [];
    });
    console.log(`complete answers: ${pct(answerable.length - failures.length, answerable.length)}`);
    for (const f of failures) console.log(`  incomplete: ${f}`);
    expect((answerable.length - failures.length) / answerable.length).toBeGreaterThanOrEqual(FLOORS.complete);
  });

  it('refuses out-of-scope questions plainly, without the claims they must not make', () => {
    const outOfScope = results.filter(({ c }) => c.kind === 'out_of_scope');
    const failures = outOfScope.filter(({ c, r }) => !refused(r) || claims(r.found ? r.answer : '', c.mustNot).length > 0);
    console.log(`correct refusals: ${pct(outOfScope.length - failures.length, outOfScope.length)}`);
    for (const { c, r } of failures) console.log(`  answered: ${c.id} "${c.question.slice(0, 70)}" -> ${r.found ? r.title || r.kind : 'miss'}`);
    for (const { r } of outOfScope) if (r.found && r.kind === 'refusal') expect(r.answer).toMatch(/do not (cover|know)[\s\S]*Where to look \(general knowledge, not from our guides\)/);
    expect((outOfScope.length - failures.length) / outOfScope.length).toBeGreaterThanOrEqual(FLOORS.refused);
  });

  it('answers own-plan questions from the asker\'s plan and the program table', () => {
    const own = results.filter(({ c }) => c.kind === 'own_plan');
    const failures = own.flatMap(({ c, r }) => {
      const why = notFromPlan(c, r, ADVICE.plan(c.profile ?? {}, NOW));
      return why ? [`${c.id} [${c.planTopic}] "${c.question.slice(0, 60)}": ${why}`] : [];
    });
    console.log(`own-plan answered from the plan: ${pct(own.length - failures.length, own.length)}`);
    for (const f of failures) console.log(`  not from the plan: ${f}`);
    for (const { r } of own) if (r.found && r.kind === 'plan') expect(r.private).toBe(true);
    expect((own.length - failures.length) / own.length).toBeGreaterThanOrEqual(FLOORS.fromPlan);
  });

  it('never names an internal file or slug, and never points to something it does not show', () => {
    const found = results.filter(({ r }) => r.found);
    const failures = found.flatMap(({ c, r }) => { const why = notSelfContained(r); return why ? [`${c.id}: ${why}`] : []; });
    console.log(`self-contained: ${pct(found.length - failures.length, found.length)}`);
    for (const f of failures) console.log(`  not self-contained: ${f}`);
    expect((found.length - failures.length) / found.length).toBeGreaterThanOrEqual(FLOORS.selfContained);
  });

  it('ends every composed article answer with its sources as guide titles, and fits one chat message', () => {
    for (const { c, r } of results) {
      if (!r.found) continue;
      expect(r.answer.length, c.id).toBeLessThanOrEqual(2000);
      if (r.kind === 'articles') expect(r.answer, c.id).toMatch(/\nSources: our guide "[^"]+"(; our guide "[^"]+")*\.$/);
    }
  });
});

describe('questions typed as plain text mid-interview, through step() with the real advice', () => {
  const typed = cases.filter((c) => c.pending);
  const runs = typed.flatMap((c) => {
    const before = pausedAt(c.pending!, c.profile);
    if (!before) return [];
    const out = step(before, { kind: 'text', text: c.question }, { flow: FLOW, advice: ADVICE, now: NOW });
    return [{ c, before, out }];
  });
  const changedFields = (a: Profile, b: Profile) => (Object.keys({ ...a, ...b }) as ProfileField[]).filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
  const texts = (replies: Reply[]) => replies.map((r) => ('text' in r ? r.text : `[${r.type}]`)).join('\n');

  it('can pause the interview at every pending question of the set', () => {
    expect(runs.length).toBe(typed.length);
  });

  it('leaves the stored profile unchanged and asks the same question again (engine-routed figure)', () => {
    // facts told beside the question are stored (issue 17); what counts is that the reply names every field it changed
    const kept = runs.filter(({ before, out }) => changedFields(before.profile, out.state.profile).every((f) => texts(out.replies).includes(FIELD_LABELS[f])));
    const resumed = kept.filter(({ c, out }) => out.replies.at(-1)?.type === 'question' && (out.replies.at(-1) as { id: string }).id === c.pending);
    const answered = resumed.filter(({ c, before, out }) => {
      const r = ADVICE.ask(c.question, { profile: before.profile, now: NOW });
      return r.found ? texts(out.replies).includes(r.answer.slice(0, 60)) : /I don't know that one/.test(texts(out.replies));
    });
    console.log(`mid-interview: profile unchanged or every change named ${pct(kept.length, runs.length)}, resumed at the same question ${pct(resumed.length, runs.length)}, answer shown ${pct(answered.length, runs.length)}`);
    for (const { c, out } of runs.filter((x) => !kept.includes(x))) console.log(`  changed the profile: ${c.id} "${c.question.slice(0, 60)}" -> ${texts(out.replies).slice(0, 80).replace(/\n/g, ' ')}`);
    expect(kept.length / runs.length).toBeGreaterThanOrEqual(FLOORS.engineUnchanged);
  });
});
