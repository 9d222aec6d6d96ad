// "Will my graduation year block me?", "is my USCE enough?", "are my letters enough?" answered from the stored fact
// and the plan built on it: what was saved, and which programs it closes or weakens, never a guess.
import type { Plan } from '../domain/plan.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { record, visa } from './own-file.js';
import { statedScoreLine } from './stated-score.js';

/** Hands-on months the guides treat as a working minimum, and US letters an application normally carries. */
const USCE_MONTHS = 2;
const US_LETTERS = 2;

function closedBy(plan: Plan, re: RegExp): { n: number; why?: string } {
  const hit = plan.excluded.filter((p) => p.reasons.some((r) => re.test(r)));
  return { n: hit.length, why: hit[0]?.reasons.find((r) => re.test(r)) };
}

/** Whether a question asks for a judgement of the fact ("is it enough?", "will it hurt me?"), not for tips about it. */
export function judgesFact(question: string): boolean {
  return /\b(enough|sufficient|hurt\w*|block\w*|problem|matter\w*|count\w*|rule\w* (me )?out|too (old|long|few|little|late)|affect\w*|ok|okay|fine|strong|weak|kill\w*|good|bad|need (more|any)|how many more|disqualif\w*|an issue|screen\w* out|filter\w* out|shut out|excluded|eligible)\b/i.test(question);
}

const sentence = (x: string) => `${x[0]!.toUpperCase()}${x.slice(1)}`;

/** A failed attempt in the saved record (a Step 1 or Step 2 CK passed after a fail, a fail not yet passed, a Step 3 fail). */
function failedAttempt(p: Profile): boolean {
  const s1 = p.step1;
  const ck = p.step2ck;
  return s1?.result === 'failed' || (!!s1 && s1.attempts > 1) || (!!ck?.taken && ck.attempts > 1) || p.step3?.status === 'failed';
}

/** The answer about one stored fact (the question too, for the specialties a score is judged in), or undefined when
 *  this fact has no own-plan answer here. */
export function factText(field: ProfileField, plan: Plan, profile: Profile, now: Date, question = ''): string | undefined {
  // "do I need a waiver?", "can I stay after training?": what the saved visa means for it
  if (field === 'visa' && profile.visa) {
    const line = visa(profile);
    return line && sentence(line);
  }
  // "will they filter me for the fail?": the saved record, and what programs that screen on attempts do with it
  if (field === 'step1' && profile.step1) {
    const line = record(profile);
    if (!line) return undefined;
    const c = closedBy(plan, /attempt/i);
    return [
      sentence(line),
      !failedAttempt(profile) ? 'No failed attempt is saved, so no attempt limit screens you out.'
        : c.n ? `In your plan, ${c.n} program${c.n > 1 ? 's are' : ' is'} closed to you by a stated attempt limit. Type "plan" to see which.`
          : 'In your plan, no program is closed to you by a stated attempt limit; programs that state none may still screen on a failed attempt, so apply more broadly and name the fail briefly with the later result beside it.',
    ].join('\n');
  }
  // "is my step 2 a problem for psych?": the saved score beside the matched figures of the specialty asked, else their own
  // (a score the question states itself is the one judged; else the saved one)
  if (field === 'step2ck' && profile.step2ck?.taken) return statedScoreLine(question, profile) ?? statedScoreLine(`${question.replace(/\d+/g, ' ')} (my ck score)`, profile, 'is my ck ok');
  const open = plan.tiers.reach.length + plan.tiers.target.length + plan.tiers.safety.length;
  if (field === 'graduationYear' && profile.graduationYear) {
    const years = now.getUTCFullYear() - profile.graduationYear;
    const c = closedBy(plan, /graduat/i);
    return [
      `Your saved graduation year is ${profile.graduationYear}: ${years} years ago.`,
      c.n
        ? `In your plan, ${c.n} program${c.n > 1 ? 's are' : ' is'} closed to you by a graduation-year limit (one states: ${c.why?.replace(/;.*$/, '')}). Type "plan" to see which.`
        : 'In your plan, no program is closed to you by a stated graduation-year limit, though programs that state none may still prefer recent graduates.',
      `${open} programs stay open to you (reach, target or safety). Recent US clinical experience and US letters are what offset an older graduation year.`,
    ].join('\n');
  }
  if (field === 'usce' && profile.usce) {
    const u = profile.usce;
    const hands = u.kind === 'hands_on' || u.kind === 'mixed';
    const enough = hands && u.months >= USCE_MONTHS;
    const letters = profile.usLors ? ` You saved ${profile.usLors.count} US letter${profile.usLors.count === 1 ? '' : 's'}: hands-on months are where US letters come from.` : '';
    return [
      u.months > 0 && u.kind !== 'none' ? `Your saved US clinical experience: ${u.months} month${u.months === 1 ? '' : 's'}${hands ? ', hands-on' : u.kind === 'observership' ? ', observership only (not hands-on)' : ''}.` : 'You saved no US clinical experience.',
      enough ? `That meets the usual minimum of about ${USCE_MONTHS} months of hands-on experience; more helps mainly when it is recent, in your specialty and brings a US letter.`
        : `That is short of what many programs look for: at least ${USCE_MONTHS} months of hands-on US clinical experience, recent and in your specialty.${letters}`,
    ].join('\n');
  }
  if (field === 'usLors' && profile.usLors) {
    const l = profile.usLors;
    return [
      `Your saved US letters: ${l.count}${l.inSpecialty ? ', in your specialty' : ''}.`,
      l.count >= US_LETTERS ? `That meets the usual ${US_LETTERS}–3 US letters; a further one helps most from a physician in the region where you want to train.`
        : `Most programs want at least ${US_LETTERS} US letters (${US_LETTERS}–3 is usual), so you need ${US_LETTERS - l.count === 1 ? 'at least one more' : `at least ${US_LETTERS - l.count} more`}, ideally from doctors who supervised you in your specialty.`,
    ].join('\n');
  }
  return undefined;
}
