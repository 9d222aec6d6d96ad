// "Will my graduation year block me?", "is my USCE enough?", "are my letters enough?" answered from the stored fact
// and the plan built on it: what was saved, and which programs it closes or weakens, never a guess.
import type { Plan } from '../domain/plan.js';
import type { Profile, ProfileField } from '../domain/profile.js';

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

/** The answer about one stored fact, or undefined when this fact has no own-plan answer here. */
export function factText(field: ProfileField, plan: Plan, profile: Profile, now: Date): string | undefined {
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
    return [
      `Your saved US clinical experience: ${u.months} months${hands ? ', hands-on' : u.kind === 'observership' ? ', observership only (not hands-on)' : ''}.`,
      enough ? `That meets the usual minimum of about ${USCE_MONTHS} months of hands-on experience; more helps mainly when it is recent, in your specialty and brings a US letter.`
        : `That is short of what many programs look for: at least ${USCE_MONTHS} months of hands-on US clinical experience, recent and in your specialty.`,
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
