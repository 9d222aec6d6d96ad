// The asker's own budget for ERAS fees ("I have $1000 for ERAS, how many programs can I afford?") priced into a
// number of programs from the fee table: the most programs in one specialty the sum covers, worked out in words.
import { usd } from '../domain/money.js';
import { budgetTold } from '../engine/understand/budget-told.js';
import { ERAS_FEES, erasFee, programsBought } from '../plan/base-rates.js';

/** What is asked is a count of programs or applications. */
const HOW_MANY = /\bhow many\b[^?]{0,40}\b(programs?|applications?|apps|places|progs?|that|it|apply|send|submit)\b|\b(programs?|applications?)\b[^?]{0,30}\bcan i (afford|pay for|cover)\b/i;
/** About ERAS or applying (not a month of rent). */
const ERAS = /\b(eras|applications?|apply|applying|programs?|progs?|apps|send|submit)\b/i;

/** The ERAS budget a question asks a program count for, in dollars: the budget stored (read from the same message by
 *  understand when it came in a conversation), else the sum the question tells (budget-told.ts, the one money reader). */
export function budgetAsked(question: string, stored?: number): number | undefined {
  if (!HOW_MANY.test(question) || !ERAS.test(question)) return undefined;
  return stored ?? budgetTold(question);
}

/** The budget priced into a count, worked out, with the fee table's season and what it leaves out. */
export function budgetText(budget: number): string {
  const { count: n, atFirst: first, atLater: later } = programsBought(budget);
  const sum = later > 0 ? `${first} x $${ERAS_FEES.firstTierEach} + ${later} x $${ERAS_FEES.laterEach}` : `${first} x $${ERAS_FEES.firstTierEach}`;
  return `With ${usd(budget)} for ERAS fees: up to ${n} programs in one specialty (${sum} = ${usd(erasFee(n))}; $${ERAS_FEES.firstTierEach} each for the first ${ERAS_FEES.firstTierCount}, $${ERAS_FEES.laterEach} each after, ${ERAS_FEES.season}, ${ERAS_FEES.source}). The count restarts in each specialty, so two specialties buy more programs for the same money; the NRMP registration, USMLE transcripts and travel are not in this sum.`;
}
