// Proves how questions are answered: composed passages with lists, direct lines and sources; plain refusals
// for uncovered topics; own-plan replies from the plan and the program table; an index that is plain data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { leaksInternals, publicText } from '../../src/answers/public-text.js';
import { comparisonSides, questionShape } from '../../src/answers/question-shape.js';
import { compileScope, outOfScopeTopic } from '../../src/answers/scope.js';
import { planTopic } from '../../src/answers/plan-questions.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { ADVICE, ARTICLE_IDS, KB, pausedAt } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const ask = (q: string, profile?: Profile) => ADVICE.ask(q, profile ? { profile, now: NOW } : undefined);
const text = (r: AskResult) => (r.found ? r.answer : '');
const IM_J1: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 221, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021,
  usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county'],
};

describe('text a user sees', () => {
  it('drops "(see some-slug)" pointers and internal file names but keeps the sentence', () => {
    const out = publicText('Fees rise after 30 programs (see application-costs). Figures: NRMP 2025, via specialty_stats.csv. A table (SOURCES.md) helps.');
    expect(out).toBe('Fees rise after 30 programs. Figures: NRMP 2025. A table helps.');
    expect(leaksInternals(out, ARTICLE_IDS)).toBe(false);
    expect(leaksInternals('see after-not-matching for more', ARTICLE_IDS)).toBe(true);
    expect(leaksInternals('timed self-assessments help', ARTICLE_IDS)).toBe(false);
  });
});

describe('reading what a message asks', () => {
  it('keeps personal context apart from the question, and splits two questions', () => {
    const shape = questionShape('I graduated in 2019 from Cairo. My CK is 221. How much is the PTL fee, and when should I submit ERAS?');
    expect(shape.context).toEqual(['I graduated in 2019 from Cairo.', 'My CK is 221.']);
    expect(shape.questions.map((q) => [q.text, q.type])).toEqual([['How much is the PTL fee', 'amount'], ['when should I submit ERAS?', 'duration']]);
  });

  it('asks once per side of a comparison', () => {
    expect(comparisonSides('difference between j1 and h1b for residency')).toEqual(['j1 for residency', 'h1b for residency']);
    expect(comparisonSides('how do i show LA ties')).toEqual([]);
  });

  it('tells questions about my own plan from general ones', () => {
    expect(planTopic('which LA programs sponsor H-1B?')).toBe('sponsors');
    expect(planTopic('how many programs should I apply to?')).toBe('applications');
    expect(planTopic('why is Cedars a reach for me')).toBe('tier');
    expect(planTopic('what would step 3 change for me')).toBe('step3');
    expect(planTopic('how many programs does an average IMG apply to')).toBeUndefined();
    expect(planTopic('how do I explain a Step 1 fail?')).toBeUndefined();
  });
});

describe('topics the guides do not cover', () => {
  it('refuses them plainly and says where such facts are found, marked as general knowledge', () => {
    for (const q of ['how much do residents get paid in LA?', 'can my husband work on an H-4?', 'is kaplan or uworld better for ck?', 'can I do paid clinical work on a tourist visa?', 'what does Cedars look for in IMGs?']) {
      const r = ask(q);
      expect(r.found && r.kind, q).toBe('refusal');
      expect(text(r), q).toMatch(/^Our guides do not cover .+, so I will not guess\.\nWhere to look \(general knowledge, not from our guides\): /);
    }
  });

  it('does not refuse questions that only share their words', () => {
    for (const q of ['do programs prefer IMGs with hands-on USCE?', 'how much are ERAS fees for 80 programs?', 'is an observership enough?']) {
      expect(outOfScopeTopic(q), q).toBeUndefined();
      expect(ask(q).found && (ask(q) as { kind?: string }).kind, q).toBe('articles');
    }
  });

  it('checks its data file when loaded and names what is wrong', () => {
    expect(() => compileScope({ institutions: ['ucla'], topics: [{ id: 'x', patterns: ['(unclosed'], what: 'xyz', where: 'abc' }] })).toThrow(/not a valid regular expression/);
  });
});

describe('refusals first and alone', () => {
  it('declines unethical requests, other countries\' licensing and personal medical questions, with where to look and nothing else', () => {
    const cases: [string, RegExp][] = [
      ['anyone have the leaked step 2 questions from this month?', /^I will not help with that/],
      ['a guy sells LORs signed by US program directors, worth it?', /^I will not help with that/],
      ['can I list my observership as a hands-on externship? nobody checks', /^I will not help with that/],
      ['how do I prepare for PLAB 2 and get GMC registration?', /^I can only help with US residency/],
      ['my chest hurts when I study, which beta blocker dose should I start?', /^I cannot advise on your own health/],
    ];
    for (const [q, opening] of cases) {
      const r = ask(q, IM_J1);
      expect(r.found && r.kind, q).toBe('refusal');
      expect(text(r), q).toMatch(opening);
      expect(text(r), q).toMatch(/\nWhere to look \(general knowledge, not from our guides\): /);
      expect(text(r), q).not.toMatch(/reach|target|safety|Sources:/);
    }
  });

  it('declines to hide a fail in one line, then says how to explain it', () => {
    const r = ask('can i just not mention my step 1 fail on ERAS?');
    expect(text(r)).toMatch(/^I will not help hide a fail, and it cannot be removed: every attempt stays on your USMLE transcript/);
    expect(text(r)).toMatch(/Sources: our guide "Explaining a Step 1 fail or a retake"/);
  });
});

describe('figures and own plans', () => {
  it('answers match rates with 2026 match rates and averages with 2026 means, never the 2013 ones', () => {
    expect(text(ask('what percent of non-US IMGs matched in 2026?'))).toMatch(/56\.4%/);
    const avg = text(ask('whats the average step 2 ck of non us imgs who matched internal medicine'));
    expect(avg).toMatch(/249/);
    expect(avg).not.toMatch(/\b236\b|2013/);
  });

  it('prices the plan the asker types, per specialty, and asks for a missing fact instead of guessing', () => {
    const r = ask('is my 60 IM + 30 FM plan enough and what does it cost?', IM_J1);
    expect(text(r)).toMatch(/60 internal medicine \+ 30 family medicine = 90 programs[\s\S]*= \$1,560/);
    const { usce: _, ...noUsce } = IM_J1;
    expect((ask('is my USCE enough or do i need more?', noUsce) as { needs?: string }).needs).toBe('usce');
  });
});

describe('answers composed from the articles', () => {
  it('keeps a list with its lead-in and names the guide as the source', () => {
    const r = ask('how do i answer questions about my low score in the interview?');
    expect(text(r)).toMatch(/A structure that works:\n\n1\. Own it[\s\S]*\n4\. Outcome/);
    expect(text(r)).toMatch(/\n\nSources: our guide "Answering score questions in the interview"\.$/);
  });

  it('opens a number question with a one-line direct answer', () => {
    expect(text(ask('whats the fee for applying to 100 programs'))).toMatch(/^In short: 100 programs: \$330 \+ 70 x \$30 = \$2,430\./);
  });

  it('keeps a list whole when its item is also the direct answer (no empty bullet)', () => {
    const answer = text(ask('how much will 120 applications cost'));
    expect(answer).toMatch(/^In short: 120 programs/);
    expect(answer).not.toMatch(/^\s*[-*]\s*$/m);
  });

  it('answers each of two questions from its own article', () => {
    const r = ask('how much is the california PTL fee, and how many US letters do I need?');
    expect(text(r)).toContain('$674');
    expect(text(r)).toMatch(/2–3 US letters/);
    expect(r.found && r.sources?.length).toBeGreaterThanOrEqual(2);
  });

  it('says a passed exam cannot be retaken', () => {
    expect(text(ask('can i retake step 2 ck if i passed but got a low score?'))).toMatch(/^No: you cannot retake a USMLE exam you have passed/);
  });

  it('declines a message about something else entirely, and never throws on any text', () => {
    for (const q of ['what is the capital of peru', 'will the lakers win tonight']) {
      const r = ask(q);
      expect(r.found && r.kind, q).toBe('refusal');
      expect(text(r), q).toMatch(/^That is outside what I can help with: .*\nWhere to look/);
    }
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { const res = ask(s, IM_J1); return typeof res.found === 'boolean'; }), { numRuns: 200 });
  });
});

describe('questions about my own plan', () => {
  it('lists only programs a source says sponsor the visa, with the source site and year, and counts the unknown', () => {
    const r = ask('which LA programs take j1 for IM?', IM_J1);
    expect(r.found && r.kind).toBe('plan');
    const yes = KB.programs.filter((p) => p.region === 'la_county' && p.specialty === 'internal_medicine' && p.visaJ1 === 'yes');
    expect(yes.length).toBeGreaterThan(0);
    for (const p of yes.slice(0, 8)) expect(text(r)).toMatch(new RegExp(`- ${p.name.replace(/[()/.+]/g, '\\$&')} \\(${p.city}\\) — source: [a-z0-9.-]+(, as of \\d{4}|, undated)`));
    expect(text(r)).toMatch(/have no source either way \(unknown: ask the program\)/);
    expect(r.found && r.private).toBe(true);
  });

  it('names the specialty on each row when the applicant\'s two specialties share program names', () => {
    const both: Profile = { ...IM_J1, specialty: { primary: 'internal_medicine', backup: 'family_medicine' } };
    const r = ask('which programs in orange county take J1?', both);
    expect(r.found && r.kind).toBe('plan');
    const rows = text(r).split('\n').filter((l) => l.startsWith('- ') && l.includes('— source:'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\((internal medicine|family medicine), /i);
    expect(text(r)).not.toMatch(/an undated source/);
  });

  it('gives the application range and cost of the plan built for the profile', () => {
    const plan = ADVICE.plan(IM_J1, NOW);
    const r = ask('how much will applying cost me?', IM_J1);
    expect(text(r)).toContain(`apply to about ${plan.applications.min}–${plan.applications.max} programs`);
    expect(text(r)).toMatch(/What it costs: about \$[\d,]+(–\$[\d,]+)? in ERAS fees/);
  });

  it('explains a named program\'s tier with its own reasons', () => {
    const plan = ADVICE.plan(IM_J1, NOW);
    // a J-1 applicant's Cedars-Sinai has no stated J-1 policy: it sits in the unverified group, said as such
    const cedars = [...plan.tiers.reach, ...plan.tiers.target, ...plan.tiers.safety, ...plan.unverified ?? []].find((p) => /Cedars/.test(p.name))!;
    const r = ask('why is cedars a reach for me?', IM_J1);
    expect(text(r)).toContain(`${cedars.name} is `);
    // the "unverified" reason is the reply's opening line, in words ("check first" group), not repeated as a bullet
    expect(text(r)).toMatch(/"check first" group/);
    for (const reason of cedars.reasons.filter((x) => !/^unverified:/.test(x))) expect(text(r)).toContain(reason);
  });

  it('asks for the one missing answer, after what the guides say in general', () => {
    const r = ask('how many programs should I apply to?', { visa: 'needs_j1' });
    expect(r.found && r.needs).toBe('specialty');
    expect(text(r)).toMatch(/80–120[\s\S]*I need your target specialty first[\s\S]*\nSources: our guide/);
  });
});

describe('the answer index', () => {
  it('is plain data: a structured clone answers the same', () => {
    const answerer = createAnswerer(loadArticles('knowledge/articles'));
    const clone = { ...answerer, index: structuredClone(answerer.index) };
    for (const q of ['is an observership enough?', 'whats the fee for 100 programs']) expect(answerQuestion(clone, q)).toEqual(answerQuestion(answerer, q));
  });
});

describe('a question typed mid-interview, through the engine', () => {
  it('answers, keeps the stored profile, and asks the pending question again', () => {
    for (const q of ['any tips for writing my personal statement?', 'can my wife work on an H-4?', 'which LA programs sponsor H-1B?']) {
      const before = pausedAt('usce')!;
      const out = step(before, { kind: 'text', text: q }, { flow: FLOW, advice: ADVICE, now: NOW });
      expect(out.state.profile, q).toEqual(before.profile);
      const shown = out.replies.map((r) => ('text' in r ? r.text : '')).join('\n');
      expect(shown, q).toContain(text(ADVICE.ask(q, { profile: before.profile, now: NOW })).slice(0, 80));
      expect(out.replies.at(-1), q).toMatchObject({ type: 'question', id: 'usce' });
    }
  });

  it('shows an answer about my own plan only to me, and a general answer to anyone', () => {
    const before = pausedAt('usce')!;
    const own = step(before, { kind: 'text', text: 'how many programs should I apply to?' }, { flow: FLOW, advice: ADVICE, now: NOW });
    const general = step(before, { kind: 'text', text: 'any tips for writing my personal statement?' }, { flow: FLOW, advice: ADVICE, now: NOW });
    expect(own.replies[0]).toMatchObject({ type: 'text', private: true });
    expect(general.replies[0]).not.toHaveProperty('private');
  });
});
