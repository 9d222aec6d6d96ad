// Grades replies to the questions evaluation: complete (every fact group), refused, answered from the plan,
// self-contained; plus a real knowledge base and an interview state paused at a given question.
import { readFileSync } from 'node:fs';
import type { Advice, AskResult } from '../../src/domain/advice.js';
import type { Plan } from '../../src/domain/plan.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { answerQuestion, createAnswerer, urgentReply } from '../../src/answers/answer.js';
import { leaksInternals } from '../../src/answers/public-text.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { buildPlan, type PlanKb } from '../../src/plan/build-plan.js';
import { loadProgramsCsv } from '../../src/knowledge/import/load-programs-csv.js';
import { parseRules } from '../../src/knowledge/rules/rules.js';
import { nextQuestion } from '../../src/engine/next-question.js';
import { initialState, type ConversationState } from '../../src/engine/state.js';
import { FLOW } from '../helpers/conversation.js';

/** One case of test/fixtures/questions-eval.json. */
export interface EvalCase {
  id: string;
  kind: 'answerable' | 'out_of_scope' | 'own_plan';
  question: string;
  facts?: string[][];
  mustNot?: string[];
  pending?: ProfileField;
  profile?: Profile;
  planTopic?: string;
  region?: string;
  visa?: string;
  name?: string;
  article?: string;
}

const programs = loadProgramsCsv(readFileSync('knowledge/programs/programs.csv', 'utf8'));
const rules = parseRules(JSON.parse(readFileSync('knowledge/rules/next-steps.json', 'utf8')));
if (!programs.ok || !rules.ok) throw new Error('knowledge files do not load');
/** The shipped program table and rules. */
export const KB: PlanKb = { programs: programs.programs, rules: rules.rules };
const articles = loadArticles('knowledge/articles');
/** The shipped article ids, for the slug check. */
export const ARTICLE_IDS = new Set(articles.map((a) => a.id));
const answerer = createAnswerer(articles);
/** The advice the app wires: real plans and real answers. */
export const ADVICE: Advice = {
  plan: (profile, now) => buildPlan(profile, KB, now),
  ask: (question, context) => answerQuestion(answerer, question, context && { ...context, kb: KB }),
  urgent: (message) => urgentReply(answerer, message),
};

/** Lowercase, curly quotes and dashes made plain, so fact substrings match however they are typed. */
export const plain = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u2013\u2014]/g, '-');

/** The fact groups a reply misses (a group is met by any one of its substrings). */
export function missingFacts(text: string, facts: string[][] = []): string[][] {
  const t = plain(text);
  return facts.filter((group) => !group.some((f) => t.includes(plain(f))));
}

/** The forbidden claims a reply makes. */
export function claims(text: string, mustNot: string[] = []): string[] {
  const t = plain(text);
  return mustNot.filter((m) => t.includes(plain(m)));
}

/** True when a reply is an honest refusal (a plain "we do not know", or the nearest topics only). */
export const refused = (r: AskResult) => !r.found || r.kind === 'refusal';

const POINTER = /\(see |\bsee (?:the |our )?(?:guide|article|section|topic)s?\b|\bsee (?:above|below)\b/i;

/** Why a reply is not self-contained (an internal name, or a pointer to something it does not show), if it is not. */
export function notSelfContained(r: AskResult): string | undefined {
  if (!r.found) return undefined;
  if (leaksInternals(r.answer, ARTICLE_IDS)) return 'names an internal file or article id';
  if (POINTER.test(r.answer)) return 'points to something it does not show';
  return undefined;
}

/** Why an own-plan reply does not come from this asker's plan, if it does not. */
export function notFromPlan(c: EvalCase, r: AskResult, plan: Plan): string | undefined {
  if (!r.found || r.kind !== 'plan') return `not a plan answer (${r.found ? r.kind ?? 'articles' : 'miss'})`;
  if (r.needs) return `asked for ${r.needs}`;
  const t = r.answer;
  switch (c.planTopic) {
    case 'applications':
    case 'cost':
      return t.includes(`${plan.applications.min}–${plan.applications.max}`) ? undefined : 'misses the plan\'s application range';
    case 'tier': {
      const all = [...plan.tiers.reach, ...plan.tiers.target, ...plan.tiers.safety, ...plan.excluded];
      const p = all.find((x) => x.name === c.name);
      if (!p) return t.includes(c.name ?? '\u0000') ? undefined : 'program not in the plan and not named';
      const tier = (['reach', 'target', 'safety'] as const).find((k) => plan.tiers[k].includes(p)) ?? 'closed';
      return t.includes(p.name) && t.includes(tier) ? undefined : `does not give ${p.name} as ${tier}`;
    }
    case 'sponsors': {
      const visa = c.visa === 'needs_h1b' ? 'H-1B' : 'J-1';
      if (!t.includes(visa)) return `does not name ${visa}`;
      const field = c.visa === 'needs_h1b' ? 'visaH1b' : 'visaJ1';
      const spec = c.profile?.specialty?.primary;
      const yes = KB.programs.filter((p) => p.region === c.region && p.specialty === spec && p[field] === 'yes');
      const missing = yes.slice(0, 8).filter((p) => !t.includes(p.name));
      return missing.length ? `leaves out ${missing.map((p) => p.name).join(', ')}` : undefined;
    }
    case 'standing': {
      const counts = `${plan.tiers.reach.length} reach`;
      return t.includes(counts) || (plan.standing ?? []).some((s) => t.includes(s.level)) ? undefined : 'does not place the asker';
    }
    case 'step3_effect':
      return /Step 3/.test(t) && /now|stay the same|already/.test(t) ? undefined : 'does not compare with Step 3';
    default:
      return `unknown plan topic ${c.planTopic}`;
  }
}

const BASE_PROFILE: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 221, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2020,
  usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 2 }, languages: ['English'],
  regions: ['la_county'], laTies: { family: false, lived: false, trained: false }, research: { publications: 0, posters: 0 }, stage: 'applying',
};

/** An interview paused at `pending`: the answers before it taken from `profile` (or a typical one). */
export function pausedAt(pending: ProfileField, profile: Profile = BASE_PROFILE): ConversationState | undefined {
  const state: ConversationState = { ...initialState(), greeted: true };
  for (let guard = 0; guard < FLOW.questions.length + 1; guard++) {
    const q = nextQuestion(FLOW, state.profile, state.skipped);
    if (!q) return undefined;
    if (q.id === pending) return state;
    const value = profile[q.id] ?? BASE_PROFILE[q.id];
    if (value === undefined) state.skipped = [...state.skipped, q.id];
    else state.profile = { ...state.profile, [q.id]: value };
    state.history = [...state.history, q.id];
  }
  return undefined;
}
