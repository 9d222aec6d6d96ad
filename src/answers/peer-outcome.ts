// "My batchmate had 231 and matched in LA, so I should be ok?", "my friend with 240 got 11 interviews, how many will I
// get?": another person's result asked of the asker's own file. Their result does not carry over; the asker's own Step 2
// CK (told in the message, else saved) is set beside theirs and beside the matched figures of the asker's specialty, and
// no count of interviews or a match is promised. A score not known is asked for.
import type { Profile, Specialty } from '../domain/profile.js';
import { CK_2026 } from '../plan/step2ck-2026.js';
import { specialtiesNamed } from './specialty-figures.js';
import { besideMatched, comparedLine, scoresTold } from './stated-score.js';
import { withoutPracticeScores } from './practice-score-note.js';

/** The primary-care specialties compared when neither the message nor the file names one. */
const PRIMARY_CARE: readonly Specialty[] = ['internal_medicine', 'family_medicine'];

/** Why one person's result does not predict another's, in plain words. */
const NOT_CARRIED = "Someone else's result does not carry over to your file: programs weigh the whole application (score, attempts, graduation year, US clinical experience, US letters, visa, ties) and each season's applicants and openings differ, so no one can predict your interviews or your match from another person's.";

/** Said after a comparison of the two scores, which already says the other result does not carry over. */
const NO_PREDICTION = "I cannot predict your interviews or your match from another person's, and no one can: each season's applicants and openings differ.";

/** The answer from the asker's own file, or the field to ask for (their Step 2 CK) when it is not known. */
export function peerOutcomeText(profile: Profile, question: string): { text: string } | { needs: 'step2ck'; lead: string } {
  const message = withoutPracticeScores(question);
  const told = scoresTold(message);
  const saved = profile.step2ck?.taken ? profile.step2ck.score : undefined;
  const score = told.own ?? saved;
  if (score === undefined) return { needs: 'step2ck', lead: NOT_CARRIED };
  const named = specialtiesNamed(message).filter((s) => CK_2026[s]);
  const primary = profile.specialty?.primary;
  const specialties = named.length ? named : primary && CK_2026[primary] ? [primary] : PRIMARY_CARE;
  const compared = comparedLine(message, score);
  const interviews = profile.cycle?.interviews;
  const season = interviews !== undefined && /\b(?:interviews?|invit\w*|ivs?)\b/i.test(message) ? `You have ${interviews === 0 ? 'no interview invitations' : `${interviews} interview invitation${interviews === 1 ? '' : 's'}`} so far; that, not another person's count, is where your season stands.` : '';
  return { text: [compared ? `${compared} ${NO_PREDICTION}` : NOT_CARRIED, besideMatched(score, specialties), season].filter(Boolean).join('\n') };
}
