// Clarifying questions: one short, specific question per ambiguity, how its reply is read, and the assumption after two.
import type { Choice } from '../../domain/io.js';
import { SPECIALTIES, type Profile, type ProfileField, type Specialty, type Visa } from '../../domain/profile.js';
import { SPECIALTY_NAMES } from '../../domain/specialty-names.js';
import type { Clause } from './clauses.js';
import { READERS } from './readers/index.js';
import { yesNo, type ClarifyTopic, type Reading } from './reading.js';
import { REGION_NAMES } from '../describe-profile.js';

/** A clarification waiting for its reply (kept in the conversation state). */
export interface Clarifying { field: ProfileField; topic: ClarifyTopic; facts?: Record<string, number | string | boolean> | undefined }

const VISA_CHOICES: Choice[] = [
  { value: 'needs_j1', label: 'J-1' }, { value: 'needs_h1b', label: 'H-1B' }, { value: 'either', label: 'Either' }, { value: 'unsure', label: 'Not sure yet' },
];
const YES_NO: Choice[] = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

/** The question to ask for a clarification, and its choices. */
export function clarifyQuestion(c: Clarifying): { text: string; choices: Choice[] } {
  const fails = Number(c.facts?.fails ?? 1);
  switch (c.topic) {
    case 'step1_later_pass': return { text: `You failed Step 1 ${fails === 1 ? 'once' : fails === 2 ? 'twice' : `${fails} times`}: did you pass on a later attempt?`, choices: YES_NO };
    case 'step1_attempt': return { text: 'Passed Step 1, then: on the first attempt, or after a retake?', choices: [{ value: 'passed:1', label: 'First attempt' }, { value: 'passed:2', label: '2nd attempt' }, { value: 'passed:3', label: '3rd attempt' }] };
    case 'visa_which': if (c.facts?.homeRule === true) return { text: HOME_RULE, choices: VISA_CHOICES };
      return c.facts?.permit === true
      ? { text: `You told me of ${String(c.facts.from)}. Programs must see that you can work from the first day of training to the last, so until an extension or another status is in hand I cannot count it as "no sponsorship needed". If it is already extended past then, tell me until when; otherwise, would you need a J-1, an H-1B, or either?`, choices: VISA_CHOICES }
      : { text: `${c.facts?.canadian === true ? CANADIAN : ''}${c.facts?.from ? `With ${String(c.facts.from)}, you` : 'You'} would need a visa for residency: a J-1, an H-1B, or either?`, choices: VISA_CHOICES };
    case 'visa_ead': return { text: `With ${c.facts?.from === 'H-4' ? 'an H-4' : 'a pending green card'}: do you have an EAD (work permit) now?`, choices: YES_NO };
    case 'visa_no_sponsor': return { text: 'No sponsorship needed: are you a US citizen, a green-card holder, or on an EAD (work permit)?', choices: [{ value: 'us_citizen', label: 'US citizen' }, { value: 'green_card', label: 'Green card' }, { value: 'ead', label: 'EAD / work permit' }] };
    case 'usce_months': return { text: 'How many months of US clinical experience is that, in all?', choices: [] };
    case 'lors_count': return { text: 'How many US letters of recommendation do you have right now? A number is enough.', choices: [] };
    case 'implausible': return { text: String(c.facts?.hint ?? 'That does not look right; could you type it again?'), choices: [] };
    case 'step3_result': return { text: 'Step 3: did you pass, or are you waiting for the result?', choices: [{ value: 'passed', label: 'Passed' }, { value: 'pending', label: 'Waiting for the result' }, { value: 'failed', label: 'Failed' }, { value: 'not_taken', label: 'Not taken yet' }] };
    case 'specialty_which': {
      const options = String(c.facts?.options ?? '').split(',').filter((x) => SPECIALTY_IDS.has(x)) as Specialty[];
      return { text: options.length ? `Which is your first choice: ${options.map((o) => SPECIALTY_NAMES[o]).join(' or ')}? (The other can be your backup.)` : 'Which specialty exactly? For example internal medicine, family medicine or pediatrics.', choices: options.map((o) => ({ value: o, label: SPECIALTY_NAMES[o] })) };
    }
    case 'usce_kind': return { text: 'Was that US clinical experience hands-on (externship, sub-I, clerkship) or observership?', choices: [{ value: 'hands_on', label: 'Hands-on' }, { value: 'observership', label: 'Observership' }, { value: 'mixed', label: 'Some of each' }] };
    case 'research_status': return { text: 'Are those published (or accepted), or still under review? Count only published or accepted ones, e.g. "2 published".', choices: [] };
    case 'regions_which': {
      const home = tiePlacesOf(c).map((r) => REGION_NAMES[r as keyof typeof REGION_NAMES] ?? r);
      if (home.length) return { text: `Your tie is to ${home.join(' and ')}: do you want to train there? Say "yes", or name the regions you want (LA County, Orange County, San Diego, Inland Empire, rest of California, or anywhere in the US).`, choices: YES_NO };
      return { text: 'Which regions should I plan for: LA County, Orange County, San Diego, Inland Empire, rest of California, or anywhere in the US?', choices: [] };
    }
  }
}

const SPECIALTY_IDS: ReadonlySet<string> = new Set(SPECIALTIES);
/** The places of a "train there?" question (home-as-wish.ts), if the clarification is one. */
const tiePlacesOf = (c: Clarifying): string[] => (typeof c.facts?.tiePlaces === 'string' ? c.facts.tiePlaces.split(',').filter(Boolean) : []);
// a question that offers two readings ("is that X, or Y?"), which a bare yes or no cannot choose between
const EITHER_OR = /\b(?:is|was|are|were|did|do) (?:that|it|those|this|you)\b[^?]*,? or\b[^?]*\?/i;
/** What an applicant with an unwaived 212(e) from an earlier J-1 is told before the visa is asked. */
const HOME_RULE = 'You told me of a 212(e) two-year home requirement from an earlier J-1 that is not waived. Our guide on visa basics says that requirement must be met (two years in your home country) or waived before you can get an H-1B or a green card, so the H-1B route is closed for now. A new clinical J-1 through ECFMG is the route that stays open (general knowledge, not from our guides), and it carries a two-year requirement of its own (ECFMG Exchange Visitor Sponsorship Program). Whether a waiver is possible in your case is a question for an immigration attorney. Should I plan for a J-1, or is a waiver already approved (then say H-1B)?';
/** What a Canadian (or a TN holder) is told before the visa is asked: no visa-free route into residency. */
const CANADIAN = 'A Canadian citizen still needs a J-1 or an H-1B for residency: TN status does not cover residency training (general knowledge, not from our guides; ECFMG or an immigration attorney can confirm). ';

/** Reads the reply to a clarification; `none` when the reply does not settle it. */
export function readClarification(c: Clarifying, clauses: readonly Clause[], profile: Profile, now: Date): Reading<unknown> {
  const yn = yesNo(clauses);
  const ctx = { now, profile, pending: true, stored: undefined };
  switch (c.topic) {
    case 'step1_later_pass': {
      const fails = Number(c.facts?.fails ?? 1);
      const read = READERS.step1(clauses, ctx);
      if (yn === true) {
        // "yes" (or "yes, on the 3rd try"): passed after the fails already told
        const said = read.kind === 'value' && read.value.attempts > 1 ? read.value.attempts : fails + 1;
        return { kind: 'value', value: { result: 'passed', attempts: Math.min(said, 6) } };
      }
      if (read.kind === 'value' || read.kind === 'refuse') return read;
      if (yn === false) return { kind: 'value', value: { result: 'failed', attempts: fails } };
      return { kind: 'none' };
    }
    case 'step1_attempt': {
      // "first", "1st go", "2nd", "after one retake": the attempt of the pass just told
      const said = clauses.map((x) => x.text).join(' ; ');
      const read = READERS.step1(clauses, ctx);
      if (read.kind === 'value') return read;
      if (read.kind === 'clarify' && typeof read.facts?.tookTimes === 'number') return { kind: 'value', value: { result: 'passed', attempts: Math.min(read.facts.tookTimes, 6) } };
      const nth = /\b(2nd|second|two|3rd|third|three|4th|fourth|four)\b/.exec(said);
      if (nth) return { kind: 'value', value: { result: 'passed', attempts: /^(2nd|second|two)$/.test(nth[1]!) ? 2 : /^(3rd|third|three)$/.test(nth[1]!) ? 3 : 4 } };
      if (/\b(retake|retook|one fail|failed once)\b/.test(said)) return { kind: 'value', value: { result: 'passed', attempts: 2 } };
      if (/\b(first|1st|one go|once)\b/.test(said) && !/\b(not|didn't|didnt|no)\b/.test(said)) return { kind: 'value', value: { result: 'passed', attempts: 1 } };
      return { kind: 'none' };
    }
    case 'visa_ead':
      if (yn === true) return { kind: 'value', value: 'ead' satisfies Visa };
      if (yn === false) return { kind: 'clarify', topic: 'visa_which', facts: { from: c.facts?.from === 'H-4' ? 'an H-4 without an EAD' : 'a pending green card' } };
      return READERS.visa(clauses, ctx);
    case 'visa_which':
    case 'visa_no_sponsor': {
      const read = READERS.visa(clauses, ctx);
      if (read.kind === 'value') return read;
      if (c.topic === 'visa_which' && clauses.some((x) => /\b(either|both|any|whichever|doesn't matter|dont care|don't care)\b/.test(x.text))) return { kind: 'value', value: 'either' };
      return { kind: 'none' };
    }
    case 'usce_months': {
      const n = clauses[0]?.tokens.find((t) => /^\d+(\.\d+)?$/.test(t));
      if (n !== undefined && Number(n) <= 120) return { kind: 'value', value: { months: Number(n), kind: String(c.facts?.kind ?? 'unspecified'), where: [] } };
      return READERS.usce(clauses, ctx);
    }
    case 'lors_count': {
      const n = clauses[0]?.tokens.find((t) => /^\d+$/.test(t));
      if (n !== undefined && Number(n) <= 20) return { kind: 'value', value: { count: Number(n) } };
      return READERS.usLors(clauses, ctx);
    }
    case 'step3_result': {
      const exact = clauses[0]?.text;
      if (exact === 'passed' || exact === 'pending' || exact === 'failed' || exact === 'not_taken') return { kind: 'value', value: { status: exact } };
      if (clauses.some((x) => /\b(waiting|pending|not out|awaiting|no result)\b/.test(x.text))) return { kind: 'value', value: { status: 'pending' } };
      const read = READERS.step3(clauses, ctx);
      return read.kind === 'clarify' ? { kind: 'none' } : read;
    }
    case 'specialty_which': {
      const read = READERS.specialty(clauses, { ...ctx, stored: undefined });
      if (read.kind !== 'value') return { kind: 'none' };
      const options = String(c.facts?.options ?? '').split(',').filter((x) => SPECIALTY_IDS.has(x) && x !== read.value.primary) as Specialty[];
      return { kind: 'value', value: { primary: read.value.primary, ...(read.value.backup ? { backup: read.value.backup } : options[0] ? { backup: options[0] } : {}) } };
    }
    case 'usce_kind': {
      const kind = clauses[0]?.text;
      const months = Number(c.facts?.months ?? 0);
      const where = String(c.facts?.where ?? '').split(',').filter(Boolean);
      const k = kind === 'hands_on' || kind === 'observership' || kind === 'mixed' ? kind
        : clauses.some((x) => /\b(both|mixed|each|mix)\b/.test(x.text)) ? 'mixed'
        : clauses.some((x) => /\b(handson|extern\w*|sub ?i|subi|clerkship\w*|elective\w*|rotation\w*)\b/.test(x.text)) ? 'hands_on'
        : clauses.some((x) => /\b(obs|observ\w*|shadow\w*)\b/.test(x.text)) ? 'observership' : undefined;
      return k && months > 0 ? { kind: 'value', value: { months, kind: k, where } } : { kind: 'none' };
    }
    case 'implausible':
    case 'research_status':
    case 'regions_which': {
      // "you live in LA County: train there?" "yes" (or "yes, and OC"): those places, with any named; "no" asks which
      const home = c.topic === 'regions_which' ? tiePlacesOf(c) : [];
      if (home.length) {
        const named = READERS.regions(clauses, { ...ctx, stored: undefined });
        const places = named.kind === 'value' ? (named.value as string[]) : [];
        if (yn === true) return { kind: 'value', value: [...new Set([...home, ...places])] };
        if (places.length) return named;
        if (yn === false) return { kind: 'clarify', topic: 'regions_which' };
        return { kind: 'none' };
      }
      // ("Is that 1 publication, or publications and posters together?" "no"): a bare yes or no answers no either-or
      // question, and never turns the count told into another
      if (yn !== undefined && clauses.length === 1 && clauses[0]!.tokens.length <= 2 && EITHER_OR.test(String(c.facts?.hint ?? ''))) return { kind: 'none' };
      // ("4", "none so far" to "How many interview invitations so far?"): the count the question asked for
      if (c.field === 'cycle' && profile.cycle?.submitted && clauses.length === 1 && clauses[0]!.tokens.length <= 3) {
        const n = clauses[0]!.tokens.find((w) => /^\d+$/.test(w));
        if (n !== undefined && Number(n) <= 200) return { kind: 'value', value: { submitted: true, interviews: Number(n) } };
        if (clauses[0]!.tokens.some((w) => /^(none|zero|no|nil)$/.test(w))) return { kind: 'value', value: { submitted: true, interviews: 0 } };
      }
      const read = (READERS[c.field] as (x: readonly Clause[], y: object) => Reading<unknown>)(clauses, { ...ctx, stored: profile[c.field] });
      return read.kind === 'clarify' && read.topic === c.topic ? { kind: 'none' } : read;
    }
  }
}

/** What the person did tell of a field whose clarifying question goes unanswered ("3 months usce in LA", its kind not said):
 *  kept with the open part unknown, never erased (the kind not said counts as observership in the plan, never in favour). */
export function toldPart(c: Clarifying): { value: unknown; text: string } | undefined {
  if (c.topic !== 'usce_kind') return undefined;
  const months = Number(c.facts?.months ?? 0);
  const where = String(c.facts?.where ?? '').split(',').filter(Boolean);
  if (!(months > 0 && months <= 120)) return undefined;
  return { value: { months, kind: 'unspecified', where }, text: `I will keep your ${months} month${months === 1 ? '' : 's'} of US clinical experience with the kind not said: the plan counts it as observership until you tell me it was hands-on.` };
}

/** After two clarifications of a field: the value assumed (said out loud), or undefined to leave the field open. */
export function assumption(c: Clarifying): { value?: unknown; text: string } {
  switch (c.topic) {
    case 'visa_which':
    case 'visa_ead':
      // not a guessed route: "not decided yet" is what was told, and the plan counts it as needing a visa
      return { value: 'unsure', text: 'I will note your visa as not decided yet: the plan counts you as needing one (a J-1 or an H-1B) until you tell me which; correct me any time.' };
    case 'visa_no_sponsor':
      return { value: 'unsure', text: 'I will note your visa as not sure yet; tell me later if you are a citizen, a green-card holder or on an EAD.' };
    case 'step1_attempt':
      return { text: 'I will leave Step 1 open for now; tell me later on which attempt you passed.' };
    case 'step1_later_pass':
      return { text: 'I will leave Step 1 open for now; tell me later whether you passed on a later attempt.' };
    case 'usce_months':
      return { text: 'I will leave US clinical experience open for now; tell me the months when you can.' };
    case 'lors_count':
      return { text: 'I will leave US letters open for now; tell me the count when you can.' };
    case 'usce_kind': {
      const told = toldPart(c);
      return told ? { value: told.value, text: told.text } : { text: 'I will leave US clinical experience open for now; tell me whether it was hands-on or observership when you can.' };
    }
    case 'implausible':
      return { text: `${String(c.facts?.hint ?? '')} I will leave it open for now; you can give it any time.`.trim() };
    default:
      return { text: 'I will leave that open for now; you can tell me any time.' };
  }
}
