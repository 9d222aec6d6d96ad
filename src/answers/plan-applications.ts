// The applicant's count of applications and its price: the plan's range with its reasons, a plan the asker types
// ("60 IM + 30 FM") or a budget they have ("$1000 for ERAS"), priced from the ERAS fee table.
import { usd } from '../domain/money.js';
import type { Plan } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import { countRange } from '../domain/count-range.js';
import { ERAS_FEES, erasFee } from '../plan/base-rates.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { regionsNamed } from './plan-questions.js';
import { budgetAsked, budgetText } from './plan-budget.js';
import { budgetAgainstPlan } from './budget-split.js';
import { regionLimitLines } from './regions-limit.js';

/** Specialty words of a question, each to its specialty (a named specialty stands in for the stored one). */
export const SPECIALTY_WORDS: readonly [RegExp, Specialty][] = [
  [/\b(internal med(?:icine)?|int med|im)\b/i, 'internal_medicine'], [/\b(family med(?:icine)?|fam med|fm)\b/i, 'family_medicine'],
  [/\b(psychiatry|psych)\b/i, 'psychiatry'], [/\b(pediatrics|peds)\b/i, 'pediatrics'],
  [/\b(transitional year|ty)\b/i, 'transitional_year'], [/\bneuro(?:logy)?\b/i, 'neurology'],
  [/\b(emergency medicine|em)\b/i, 'emergency_medicine'], [/\b(ob ?\/? ?gyn|obstetrics)\b/i, 'obstetrics_gynecology'],
  [/\b(general surgery|gen surg)\b/i, 'general_surgery'], [/\b(an(?:a)?esthesi(?:a|ology))\b/i, 'anesthesiology'],
  [/\bpathology\b/i, 'pathology'],
];

/** The same words, each matching a whole name only ("IM" as the name before a count), built once at load. */
const SPECIALTY_NAME_WHOLE: readonly [RegExp, Specialty][] = SPECIALTY_WORDS.map(([re, s]) => [new RegExp(`^(?:${re.source})$`, 'i'), s]);

/** A count question that also asks the price ("how many progs + cost", "and how much in fees?"). */
export const COST_TOO = /\b(costs?|fees?|price|how much|budget|spend)\b/i;

/** Words that make the number after them a score: "ck 226", "step 2: 241", "scored 230". */
const SCORE_BEFORE = /\b(?:ck|step ?[123](?: ?ck)?|s[12]|scored?|scores|usmle|got|yog|grad(?:uated)?(?: in)?)\s*[:=-]?\s*$/i;

/** "programs in", "apps for", "x" between a count and its specialty ("40 programs in FM"). */
const PROGRAMS_IN = /^(?:(?:programs?|progs?|apps?|applications?|places|spots)\s*(?:in|of|for|to)?\s+)/i;

/** Words that take the count after them back ("it's not 80 IM", "instead of 50 FM"): the asker's plan is the other one. */
const TAKEN_BACK = /\b(?:not|instead of|rather than|no longer)\s*$/i;

/** A specialty named before its count ("IM 100 programs", "IM (60)", "FM: 40 apps", "IM 100 + FM 40"): the count is in
 *  brackets, followed by a word for programs, or followed by a plus and another count. */
const NAME_THEN_COUNT = /\b([A-Za-z][A-Za-z/-]{0,12}(?: [A-Za-z]{2,10})?)\s*(?:[:=-]\s*)?(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})(?=\s*(?:programs?\b|progs?\b|apps?\b|applications?\b|\+)))/g;

/** The applicant's own plan as typed ("60 IM + 30 FM", "IM 100 + FM 40"): programs per specialty, in the order given;
 *  a count taken back in the same message ("not 80 IM, 45 IM") is not the plan. */
export function statedPlan(question: string): { specialty: Specialty; n: number }[] {
  const found: { specialty: Specialty; n: number; at: number }[] = [];
  for (const m of question.matchAll(/\b(\d{1,3})\s*(?:x\s*)?([A-Za-z][A-Za-z /-]{1,25})/g)) {
    // "ck 226 fm" is a score, then a specialty: not 226 programs
    const before = question.slice(0, m.index);
    if (SCORE_BEFORE.test(before) || TAKEN_BACK.test(before)) continue;
    // the specialty is what the number counts ("60 IM", "40 programs in FM"): "6 months hands-on FM clinic" counts months
    const words = m[2]!.trim().replace(PROGRAMS_IN, '');
    const first = words.split(/\s+(?:and|plus|\+)\s+|\s*[+,]\s*/)[0]!;
    const hit = SPECIALTY_WORDS.find(([re]) => re.exec(first)?.index === 0);
    if (hit) found.push({ specialty: hit[1], n: Number(m[1]), at: m.index });
  }
  for (const m of question.matchAll(NAME_THEN_COUNT)) {
    if (TAKEN_BACK.test(question.slice(0, m.index))) continue;
    // the name is the words right before the count: "applying IM" names IM, "ck 226" names no specialty
    const name = m[1]!.trim().split(/\s+/);
    const hit = [name.join(' '), name[name.length - 1]!].map((w) => SPECIALTY_NAME_WHOLE.find(([re]) => re.test(w))).find(Boolean);
    if (hit) found.push({ specialty: hit[1], n: Number(m[2] ?? m[3]), at: m.index });
  }
  const out: { specialty: Specialty; n: number }[] = [];
  for (const x of found.sort((a, b) => a.at - b.at)) if (!out.some((y) => y.specialty === x.specialty)) out.push({ specialty: x.specialty, n: x.n });
  return out;
}

/** The ERAS fees of a stated plan (the count restarts in each specialty), in words with the fee table's season. */
export function statedPlanText(stated: { specialty: Specialty; n: number }[]): string {
  const total = stated.reduce((t, x) => t + x.n, 0);
  const fees = stated.map((x) => ({ ...x, fee: erasFee(x.n) }));
  const sum = fees.reduce((t, x) => t + x.fee, 0);
  return [
    `Your plan as you gave it: ${stated.map((x) => `${x.n} ${specialtyLabel(x.specialty)}`).join(' + ')} = ${total} programs.`,
    `ERAS fees for it: ${fees.length > 1 ? `${fees.map((x) => `${specialtyLabel(x.specialty)} ${usd(x.fee)}`).join(' + ')} = ` : ''}${usd(sum)} (the count restarts in each specialty: $${ERAS_FEES.firstTierEach} each for the first ${ERAS_FEES.firstTierCount}, $${ERAS_FEES.laterEach} each after; ${ERAS_FEES.season}, AAMC), before exam, USCE, travel and licence costs.`,
  ].join('\n');
}

/** A count question that also asks how many should go to one place ("how many of those in LA?"). */
const REGION_SHARE = /\bhow many (of (those|them|these|the \w+) )?(should|would|could|can|to|in|for|go|be)\b[^?]{0,30}\b(la|l\.a\.|los angeles|socal|southern california|california|orange county|san diego|inland empire)\b|\b(how much|what share|what part|what portion|what percent\w*) of (it|them|those|my list)\b[^?]{0,30}\b(la|los angeles|socal|california)\b/i;

/** The plan's count of applications for this question: a typed plan judged against it, a budget priced, a share for
 *  LA when asked, and the ERAS fees when the cost is asked too. */
export function applicationsText(plan: Plan, withCost: boolean, question: string): string {
  const a = plan.applications;
  const stated = statedPlan(question);
  if (stated.length) {
    const total = stated.reduce((t, x) => t + x.n, 0);
    const verdict = total < a.min ? `That is fewer than the ${countRange(a.min, a.max)} programs your plan suggests for your file, so add programs (most of them outside LA) rather than cut.` : total > a.max ? `That is more than the ${countRange(a.min, a.max)} your plan suggests; past a point extra applications add cost, not interviews.` : `That is within the ${countRange(a.min, a.max)} programs your plan suggests for your file.`;
    return [statedPlanText(stated), verdict, a.why].join('\n');
  }
  const named = Number(/\b(\d{2,3}) (?:programs|applications)\b/i.exec(question)?.[1] ?? NaN);
  const verdict = Number.isNaN(named) ? '' : named < a.min ? ` ${named} is fewer than that.` : named > a.max ? ` ${named} is more than that; past a point extra applications add cost, not interviews.` : ` ${named} is within that range.`;
  // "only LA County" holding fewer programs than the standing calls for: all of them, priced, and what widening adds
  const limited = regionLimitLines(plan, withCost);
  const lines = limited ? [...limited, ...(verdict ? [verdict.trim()] : [])] : [`For your plan: apply to about ${countRange(a.min, a.max)} programs.${verdict}`];
  // "I have $1000 for ERAS, how many can I afford?": the budget priced into a count, beside the plan's range
  const budget = budgetAsked(question, plan.profile.budget);
  if (budget !== undefined) lines.push(budgetAgainstPlan(budget, a) ?? budgetText(budget));
  for (const s of a.perSpecialty ?? []) lines.push(`- ${specialtyLabel(s.specialty)}: ${countRange(s.min, s.max)} (${s.why})`);
  // the reasoning per specialty is listed just above: the summary does not say it a second time
  lines.push(a.perSpecialty?.length ? withoutPerSpecialty(a) : a.why);
  // "and how many of those in LA?": the guides' rule for a Southern California share, not a number they do not give
  if (REGION_SHARE.test(question) && regionsNamed(question)?.some((r) => r !== 'rest_of_california')) {
    lines.push('How many of them in Los Angeles or Southern California: only a part of the list. These are among the hardest regions for a non-US IMG, so send most applications to IMG-friendly programs outside California and in other states (our guide on why Los Angeles and Southern California are harder to match).');
  }
  if (withCost) {
    if (a.cost) lines.push(`What it costs: about ${usd(a.cost.usd)} in ERAS fees for ${a.cost.programs} programs: ${a.cost.breakdown.replace(/[.\s]+$/, '')} (${a.cost.season}; ${a.cost.source}).`);
    else lines.push(`What it costs: about ${a.min === a.max ? usd(erasFee(a.max)) : `${usd(erasFee(a.min))}–${usd(erasFee(a.max))}`} in ERAS fees for ${countRange(a.min, a.max)} programs ($${ERAS_FEES.firstTierEach} each for the first ${ERAS_FEES.firstTierCount}, $${ERAS_FEES.laterEach} each after; ${ERAS_FEES.season}), before exam, USCE, travel and licence costs.`);
  }
  return lines.join('\n');
}

/** The plan's count reasoning without its "Your count follows your standing in each specialty: ..." sentence
 *  (the same words the plan wrote from its per-specialty reasons). */
function withoutPerSpecialty(a: Plan['applications']): string {
  const sentence = `Your count follows your standing in each specialty: ${(a.perSpecialty ?? []).map((c) => c.why).join('; ')}.`;
  return a.why.replace(sentence, '').replace(/\s{2,}/g, ' ').trim();
}
