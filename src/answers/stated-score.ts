// Sets a Step 2 CK score the asker states about themselves ("is 228 on CK low?", "I got 221, can I match too?")
// beside the 2026 NRMP figures of the non-US IMGs who matched, when the message asks how good it is: the asker's
// own number, never another person's or a wished-for one, and nothing when two numbers could be theirs.
import type { Profile, Specialty } from '../domain/profile.js';
import { CK_2026, CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { asksMatchRate, specialtiesNamed } from './specialty-figures.js';
import { withoutPracticeScores } from './practice-score-note.js';

/** Words that judge a score: how low, good or competitive it is, where it stands, or the odds it gives (en, es, pt,
 *  Hinglish as the translation table leaves it). */
const JUDGES = /\b(?:(?:can|could|will|would) i (?:still )?(?:match|get in)|i (?:can|could) (?:still )?match|low|lowest|high|good|enough|competitive|average|avg|ok|okay|decent|fine|bad|weak|strong|safe|realistic|chances?|odds|where (?:do|does|would) (?:i|it|that|this) stand|how far|compare\w*|stack up|bajo|baja|baixo|baixa|alto|buen[oa]?|bom|boa|suficiente|competitivo|(?:ho )?ja(?:y|)ega|ho sakta|theek|thik)\b/i;
/** The message is about Step 2 CK or a score at all (a bare "238" elsewhere may be anything). */
const ABOUT_SCORE = /\b(?:ck|step ?2|step two|scores?|scored|usmle|puntaje|nota)\b/i;
/** A clause about someone else: their numbers are theirs. */
const OTHER_PERSON = /\b(?:friends?|roommates?|room-?mates?|colleagues?|cousins?|brothers?|sisters?|wife|husband|partner|boyfriend|girlfriend|he|she|they|his|her|their|someone|somebody|people|others?|classmates?|batch-?mates?|seniors?|juniors?|mentor|amigos?|amigas?|primos?|primas?|hermanos?|hermanas?|irm[aã]o|irm[aã]s?|guys|girls|dudes)\b|\b(?:a|this|that|one|some|another)\s+(?:guy|girl|dude|student|applicant|doctor|grad|graduate|resident|img)\b/i;
/** Words that make a number in someone else's clause their score. */
const SCORE_WORDS = /\b(?:ck|step ?2|scores?|scored|got|had|with|usmle|puntaje|nota)\b/i;
/** A wished-for result: "if I had scored 245", "had I got", "would have". */
const HYPOTHETICAL = /\b(?:if i had|if i'd|had i|if i got|if i scored|would have|could have|wish)\b/i;
/** A number in the score range, not a Step 1 score, a count of something, a sum of money or a percentage. */
const SCORE = /(?<![\d$.,])(?<!step ?(?:1|one)\D{0,6})\b(1[89]\d|2\d\d)\b(?!\s*(?:%|\$|\+|programs?|applications?|apps?|months?|weeks?|days?|hours?|dollars?|usd|k\b|people|ivs?|interviews?))/gi;
/** "instead of 222": the number that happened. */
const INSTEAD = /\binstead of (?:a |my )?(1[89]\d|2\d\d)\b/i;

/** A score taken back in the same breath ("218 - sorry typo, 238", "241 no wait 231", "226 (correction: 228)"): the
 *  first number and the correction words, so only the number the asker settles on is read. A "not" is no correction
 *  ("230, not 240" keeps the first). */
const CORRECTED = /\b(?:1[89]\d|2\d\d)\b(?=[^\d\n]{0,6}\b(?:sorry|typo|i mean|i meant|correction|corrected|no wait|wait|actually|oops|my bad|err|scratch that|rather|i mis-?typed|edit)\b[^\d\n]{0,25}\b(?:1[89]\d|2\d\d)\b)/gi;

/** The message with every score the asker took back removed. */
function settled(message: string): string {
  return message.replace(CORRECTED, ' ');
}

/** The scores of the message's clauses about the asker, and those of clauses about someone else. */
function scoresByOwner(message: string): { own: Set<number>; others: Set<number> } {
  const own = new Set<number>();
  const others = new Set<number>();
  for (const clause of settled(message).split(/[.;!?\n]|,|\bbut\b|\bwhile\b|\bwhereas\b|\band\b/i)) {
    if (HYPOTHETICAL.test(clause)) continue;
    // another person's number counts as a score only when the clause speaks of one ("people say 200+ programs" does not)
    const theirs = OTHER_PERSON.test(clause);
    if (theirs && !SCORE_WORDS.test(clause)) continue;
    for (const m of clause.matchAll(SCORE)) (theirs ? others : own).add(Number(m[1]));
  }
  return { own, others };
}

/** Whether the message gives someone else's score and none of the asker's ("my friend got 250 and matched"). */
export function othersScoreOnly(message: string): boolean {
  const { own, others } = scoresByOwner(message);
  return others.size > 0 && own.size === 0;
}

/** The score the asker states as their own, or undefined when none or two different ones could be theirs. */
function statedOwnScore(message: string): number | undefined {
  const instead = INSTEAD.exec(message)?.[1];
  if (instead) return Number(instead);
  const { own } = scoresByOwner(message);
  return own.size === 1 ? [...own][0] : undefined;
}

/** "My roommate got 251 and matched there; I have 227": the asker's score beside the other person's, said plainly
 *  (a match of someone else does not carry over), or undefined when the message states no one else's score. */
export function comparedLine(message: string, score: number): string | undefined {
  const others = [...scoresByOwner(message).others].filter((n) => n !== score);
  if (others.length !== 1) return undefined;
  const other = others[0]!;
  const d = Math.abs(other - score);
  return other > score
    ? `Your ${score} is ${d} points lower than the ${other} you mention: a program that took a ${other} can be a reach for you, so do not count on the same result. Someone else's match does not carry over to your file; where you stand is read from your own score, and your letters, USCE and ties decide the rest.`
    : `Your ${score} is ${d} points higher than the ${other} you mention, which helps, but someone else's result does not carry over to your file: letters, USCE, attempts and ties decide the rest.`;
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
export function statedScoreLine(typed: string, profile?: Profile, askedTyped = typed): string | undefined {
  // a practice or predicted score is not the asker's result: only the real one is set beside the figures
  const message = withoutPracticeScores(typed);
  const asked = withoutPracticeScores(askedTyped);
  const practice = message !== typed;
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
  const compared = stated !== undefined ? comparedLine(message, score) : undefined;
  const saidReal = practice && stated === undefined ? 'A practice score is not a result programs see: they screen on your real Step 2 CK, so that is the number read here. ' : '';
  return `${compared ? `${compared}\n` : ''}${saidReal}${besideMatched(score, specialties, asksMatchRate(asked))}`;
}

/** "Your Step 2 CK of N beside the non-US IMGs who matched in 2026 ...": the score against each specialty's matched
 *  mean, median and lowest quarter (and the match rate when asked), with source and year. */
export function besideMatched(score: number, specialties: readonly Specialty[], withRate = false): string {
  const parts = specialties.filter((s) => CK_2026[s]).map((s) => {
    const f = CK_2026[s]!.matched;
    const rate = withRate ? ` (${CK_2026[s]!.matchRatePct}% of those who preferred it matched)` : '';
    return `${specialtyLabel(s).toLowerCase()}${rate}: mean ${f.mean}, median ${f.median}, a quarter under ${f.q1}, so ${score} is ${standing(score, f)}`;
  });
  return `Your Step 2 CK of ${score} beside the non-US IMGs who matched in ${CK_2026_YEAR} (NRMP Charting Outcomes for non-US IMGs, ${CK_2026_YEAR} Main Residency Match, nrmp.org): ${parts.join('; ')}. Averages, not cutoffs: letters, USCE and where you apply count too.`;
}

/** The asker's own score told in the message (none when none or two could be theirs) and the other people's scores. */
export function scoresTold(message: string): { own?: number; others: number[] } {
  const own = statedOwnScore(message);
  return { ...(own !== undefined ? { own } : {}), others: [...scoresByOwner(message).others] };
}
