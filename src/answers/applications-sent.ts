// The asker's own applications already sent ("how much have I spent on ERAS so far?", "was my number of applications
// enough?"): answered from the count said in the question or saved (cycle.applications), never from the plan's
// suggested count priced as if it were theirs; with no count known, the count is what is asked for
// (family `applications_sent` of knowledge/answers/plan-follow-ups.json).
import { usd } from '../domain/money.js';
import type { Plan } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import { countRange } from '../domain/count-range.js';
import { ERAS_FEES, erasFee, feeTablePublication } from '../plan/base-rates.js';

/** What is asked when the count of applications sent is not known. */
const SENT_COUNT_ASK = 'To answer that from your own season I need how many programs you applied to (in each specialty, if you applied in two). How many did you send?';

/** A count of applications said in the question ("I sent 95 applications", "applied to 60 programs"). */
function countSaid(question: string): number | undefined {
  const m = /\b(\d{1,3})\s+(?:\w+\s+)?(?:programs|applications|apps|places)\b/i.exec(question);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 400 ? n : undefined;
}

/** The applications sent priced and, when the plan is at hand, set against its range; the count asked for when
 *  neither the question nor the saved file holds it. */
export function applicationsSentText(profile: Profile, question: string, plan?: Plan): { text: string } | { needs: 'cycle'; text: string } {
  const said = countSaid(question);
  const n = said ?? profile.cycle?.applications;
  if (n === undefined) return { needs: 'cycle', text: SENT_COUNT_ASK };
  const whose = said === undefined ? ' (your saved answer)' : '';
  const lines = [
    `You applied to ${n} programs${whose}. At ${ERAS_FEES.season} fees that came to about ${usd(erasFee(n))} if they were all in one specialty ($${ERAS_FEES.firstTierEach} each for the first ${ERAS_FEES.firstTierCount}, $${ERAS_FEES.laterEach} each after; ${feeTablePublication()}); the count restarts in each specialty, so a list split between two specialties cost less. Exam transcripts, travel and licence fees come on top.`,
  ];
  const a = plan?.applications;
  if (a) {
    const range = countRange(a.min, a.max);
    lines.push(n < a.min ? `That is fewer than the ${range} programs your plan suggests for your file: if interviews stay few, adding programs where you fit best still helps this season, and next time start from that range.`
      : n > a.max ? `That is more than the ${range} your plan suggests; past a point extra applications add cost, not interviews.`
        : `That is within the ${range} programs your plan suggests for your file.`);
  }
  return { text: lines.join('\n') };
}
