// "Give me the same plan for family medicine", "and the FM plan?", "what would my plan look like in psych?": the plan
// asked for in one specialty. A specialty the plan holds (first choice or backup) gets its own section of the saved
// plan (where the asker stands in it, how many of its programs, its list by tier); one the plan does not hold gets
// the same section from a copy of the plan built with that specialty alone, never stored.
import type { Plan } from '../domain/plan.js';
import type { Profile, Specialty } from '../domain/profile.js';
import { countRange } from '../domain/count-range.js';
import { capitalize } from '../domain/capitalize.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { SPECIALTY_WORDS } from './plan-applications.js';

/** A plan word with one specialty beside it: "plan for FM", "FM plan", "same (thing) for psych" (a list of programs
 *  asked for, "list FM programs around LA", is the list question, which stands on the regions and the visa). */
const PLAN_WORD = /\b(plan|plano|strategy|breakdown|version)\b/i;
const SAME_FOR = /\b(same|similar|equivalent|one like (it|that|this)|do (it|that|this) (again|too)|redo|mismo|mesmo)\b[^?.!]{0,30}\b(for|in|with|para|en|em)\b/i;
const ASK = /\b(give|show|make|build|do|redo|what|how|can|could|would|and|now|also|tell|send|same|please|pls|plz|dame|muestra|mostra|quiero|quero|kya|batao|dikhao)\b|\?/i;
/** A verdict on a choice ("is FM a good backup plan?", "would psych be a better plan?"): the backup answers judge it. */
const VERDICT = /\b(is|are|would|will|should)\b[^?.!]{0,40}\b(good|ok|okay|wise|smart|better|worse|realistic|safe|bad|idea|worth)\b/i;
/** Someone else's plan, or how plans differ in general: not this question. */
const NOT_OWN = /\b(my (wife|husband|partner|friend|brother|sister|cousin)|his|her|their|people|imgs|applicants)\b/i;
/** Which exam, count or cost is asked: those questions have their own answers. */
const OTHER_ASK = /\b(how many|how much|cost|fees?|budget|step ?[123]|ck|score|visa|sponsor\w*|j-?1|h-?1-?b?|rank)\b/i;

/** The one specialty a question asks the plan for, or undefined. */
export function specialtyPlanAsked(question: string): Specialty | undefined {
  if (!ASK.test(question) || NOT_OWN.test(question) || OTHER_ASK.test(question) || VERDICT.test(question)) return undefined;
  if (!PLAN_WORD.test(question) && !SAME_FOR.test(question)) return undefined;
  const named = [...new Set(SPECIALTY_WORDS.filter(([re]) => re.test(question)).map(([, s]) => s))];
  if (named.length !== 1) return undefined;
  const at = question.search(SPECIALTY_WORDS.find(([, s]) => s === named[0])![0]);
  const words = question.replace(/[?!.]+/g, ' ').trim().split(/\s+/).length;
  // a short question, or the plan word close to the specialty ("the plan for FM", "FM plan")
  const near = new RegExp(String.raw`\b(plan|plano|strategy|breakdown|version|same|mismo|mesmo)\b[^?.!]{0,25}$`, 'i').test(question.slice(0, at)) || PLAN_WORD.test(question.slice(at, at + 30));
  return near && words <= 16 ? named[0] : undefined;
}

/** The section of a plan for one specialty: standing, count and list by tier (`copy`: the plan is a copy, not saved). */
export function specialtyPlanText(plan: Plan, profile: Profile, specialty: Specialty, copy: boolean): string {
  const name = specialtyLabel(specialty);
  const s = plan.standing?.find((x) => x.specialty === specialty);
  const count = plan.applications.perSpecialty?.find((x) => x.specialty === specialty);
  const tier = (t: 'reach' | 'target' | 'safety') => plan.tiers[t].filter((p) => p.specialty === specialty).length;
  const saved = profile.specialty ? [profile.specialty.primary, profile.specialty.backup].filter(Boolean).map((x) => specialtyLabel(x!)).join(', backup ') : 'nothing yet';
  const lines = [copy
    ? `Your plan in ${name} (your saved choice is ${saved}; nothing is changed, and typing "change specialty to ${name}" would keep it):`
    : `Your plan in ${name}, the ${s?.role === 'backup' ? 'backup' : 'first choice'} in your saved plan:`];
  if (s) lines.push(`- Where you stand: ${s.line}`);
  const n = count ?? (plan.applications.perSpecialty?.length ? undefined : plan.applications);
  if (n) lines.push(`- Applications in ${name}: ${countRange(n.min, n.max)} programs${count?.why ? ` (${count.why})` : ''}.`);
  lines.push(`- Your ${name} list: ${tier('reach')} reach · ${tier('target')} target · ${tier('safety')} safety in our table; type "programs target" (or reach, safety) to see them, and "why <program>" for one program's reasons.`);
  const warning = (plan.keyWarnings ?? plan.warnings ?? []).find((w) => w.toLowerCase().includes(name.toLowerCase()));
  if (warning) lines.push(`${capitalize(warning)}`);
  return lines.join('\n');
}
