// Sets a Step 2 CK score the asker states about themselves ("is 228 on CK low?", "I got 221, can I match too?")
// beside the 2026 NRMP figures of the non-US IMGs who matched, when the message asks how good it is: the asker's
// own number, never another person's or a wished-for one, and nothing when two numbers could be theirs.
import type { Profile, Specialty } from '../domain/profile.js';
import { CK_2026, CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { specialtiesNamed } from './specialty-figures.js';

/** Words that judge a score: how low, good or competitive it is, or the odds it gives (en, es, pt). */
const JUDGES = /\b(?:(?:can|could|will|would) i (?:still )?(?:match|get in)|i (?:can|could) (?:still )?match|low|lowest|high|good|enough|competitive|average|avg|ok|okay|decent|bad|weak|strong|safe|realistic|chances?|odds|bajo|baja|baixo|baixa|alto|buen[oa]?|bom|boa|suficiente|competitivo)\b/i;
/** The message is about Step 2 CK or a score at all (a bare "238" elsewhere may be anything). */
const ABOUT_SCORE = /\b(?:ck|step ?2|step two|scores?|scored|usmle|puntaje|nota)\b/i;
/** A clause about someone else: their numbers are theirs. */
const OTHER_PERSON = /\b(?:friends?|roommates?|room-?mates?|colleagues?|cousins?|brothers?|sisters?|wife|husband|partner|boyfriend|girlfriend|he|she|they|his|her|their|someone|somebody|people|others?|classmates?|seniors?|mentor|amigos?|amigas?)\b/i;
/** A wished-for result: "if I had scored 245", "had I got", "would have". */
const HYPOTHETICAL = /\b(?:if i had|if i'd|had i|if i got|if i scored|would have|could have|wish)\b/i;
/** A number in the score range, not a Step 1 score, a count of something, a sum of money or a percentage. */
const SCORE = /(?<![\d$.,])(?<!step ?(?:1|one)\D{0,6})\b(1[89]\d|2\d\d)\b(?!\s*(?:%|\$|programs?|applications?|apps?|months?|weeks?|days?|hours?|dollars?|usd|k\b|people|ivs?|interviews?))/gi;
/** "instead of 222": the number that happened. */
const INSTEAD = /\binstead of (?:a |my )?(1[89]\d|2\d\d)\b/i;

/** The score the asker states as their own, or undefined when none or two different ones could be theirs. */
function statedOwnScore(message: string): number | undefined {
  const instead = INSTEAD.exec(message)?.[1];
  if (instead) return Number(instead);
  const found = new Set<number>();
  for (const clause of message.split(/[.;!?\n]|,|\bbut\b|\bwhile\b|\bwhereas\b|\band\b/i)) {
    if (OTHER_PERSON.test(clause) || HYPOTHETICAL.test(clause)) continue;
    for (const m of clause.matchAll(SCORE)) found.add(Number(m[1]));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The primary-care specialties an IMG most often weighs, compared when the message names none. */
const DEFAULT_SPECIALTIES: readonly Specialty[] = ['internal_medicine', 'family_medicine', 'pediatrics', 'psychiatry'];

function standing(score: number, f: { mean: number; median: number; q1: number }): string {
  if (score < f.q1) return `in the lowest quarter of those who matched`;
  if (score < f.median) return `below their median`;
  return `at or above their median`;
}

/** The line setting the asker's stated Step 2 CK beside the matched figures, or undefined when the message states
 *  no score of theirs or its asking part (`asked`, the whole message by default) does not ask how good it is. */
export function statedScoreLine(message: string, profile?: Profile, asked = message): string | undefined {
  // the judging word is in what is asked ("is 228 low?"), not in a chat opener ("ok so context: CK 227 ...")
  if (!JUDGES.test(asked.replace(/^\s*(?:(?:ok|okay|so|hi|hey)\b[\s,.:!-]*)+/i, ''))) return undefined;
  // the message's own number first; else the score the asker saved, when the message speaks of a score
  const stated = /\d/.test(message) ? statedOwnScore(message) : undefined;
  const saved = profile?.step2ck?.taken && ABOUT_SCORE.test(message) ? profile.step2ck.score : undefined;
  const score = stated ?? saved;
  if (score === undefined || !(ABOUT_SCORE.test(message) || /\b(?:img|match\w*|residency)\b/i.test(message))) return undefined;
  const named = specialtiesNamed(message).filter((s) => CK_2026[s]);
  const primary = profile?.specialty?.primary;
  const specialties = named.length ? named : primary && CK_2026[primary] ? [primary] : DEFAULT_SPECIALTIES.filter((s) => CK_2026[s]);
  if (!specialties.length) return undefined;
  const parts = specialties.map((s) => {
    const f = CK_2026[s]!.matched;
    return `${specialtyLabel(s).toLowerCase()}: mean ${f.mean}, median ${f.median}, a quarter under ${f.q1}, so ${score} is ${standing(score, f)}`;
  });
  return `Your Step 2 CK of ${score} beside the non-US IMGs who matched in ${CK_2026_YEAR} (NRMP Charting Outcomes for non-US IMGs, ${CK_2026_YEAR} Main Residency Match, nrmp.org): ${parts.join('; ')}. Averages, not cutoffs: letters, USCE and where you apply count too.`;
}
