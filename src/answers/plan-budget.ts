// The asker's own budget for ERAS fees ("I have $1000 for ERAS, how many programs can I afford?") priced into a
// number of programs from the fee table: the most programs in one specialty the sum covers, worked out in words.
import { usd } from '../domain/money.js';
import { ERAS_FEES, erasFee } from '../plan/base-rates.js';

/** A sum of money: "$1000", "$1,500", "$1.5k", "800 dollars", "600 usd". */
const MONEY = /\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k\b)?|\b(\d{2,6})\s?(?:dollars?|d[oó]lares|usd|bucks)\b/i;
/** A bare number that the word budget names as money: "1500 budget", "a budget of 2000", "budget is 1.5k", "budget: 1,200". */
const BUDGET_NUMBER = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k\b)?\s+(?:dollar |usd )?(?:budget|presupuesto|or[cç]amento)\b|\b(?:budget|presupuesto|or[cç]amento)\s*(?:of|is|de|:|=|around|about|like|only|just|\s)*\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k\b)?(?!\s*(?:programs?|apps|applications|%))/i;
/** A bare number beside "afford" is money too: "how many can I afford with 1500?", "with 2,000 what can I afford?"
 *  (a count of programs or a score never: the number is not followed by programs, and 3 to 6 digits). */
const AFFORD_NUMBER = /\bafford\w*\b[^?\d$]{0,15}?\b(\d{1,3}(?:,\d{3})+|\d{3,6})\b(?!\s*(?:programs?|progs?|apps|applications|interviews?|%))|\b(\d{1,3}(?:,\d{3})+|\d{3,6})\b(?!\s*(?:programs?|progs?|apps|applications|interviews?|%))[^?\d]{0,45}\bafford\w*\b/i;
/** The sum is what the asker has to spend: a budget, savings, what they can afford or spend. */
const HAS = /\b(budget|presupuesto|or[cç]amento|afford|have|got|saved|savings|can spend|could spend|able to spend|only|loan|set aside|put aside)\b/i;
/** The sum is one already spent or a fee quoted, not a budget ("I spent $1000 last year", "the fee is $1000"). */
const NOT_BUDGET = /\b(spent|paid|last (year|cycle|time)|fee is|fees? (is|are|was|were)|costs? (is|are|was)|enough for (the )?(whole|entire|everything|all)|including|observership|usce|rotation|step ?[123]|usmle|visa)\b/i;
/** What is asked is a count of programs or applications. */
const HOW_MANY = /\bhow many\b[^?]{0,40}\b(programs?|applications?|apps|places|progs?|that|it|apply|send|submit)\b|\b(programs?|applications?)\b[^?]{0,30}\bcan i (afford|pay for|cover)\b/i;
/** About ERAS or applying (not a month of rent). */
const ERAS = /\b(eras|applications?|apply|applying|programs?|progs?|apps|send|submit)\b/i;

/** The ERAS budget a message states and asks a program count for, in dollars, or undefined. */
export function statedBudget(question: string): number | undefined {
  if (!HOW_MANY.test(question) || !HAS.test(question) || NOT_BUDGET.test(question) || !ERAS.test(question)) return undefined;
  const m = MONEY.exec(question);
  const b = m ? undefined : BUDGET_NUMBER.exec(question);
  const f = m || b ? undefined : AFFORD_NUMBER.exec(question);
  const amount = (digits: string, k?: string) => Number(digits.replace(/,/g, '')) * (k ? 1000 : 1);
  const n = m ? (m[1] ? amount(m[1], m[2]) : Number(m[3])) : b ? (b[1] ? amount(b[1], b[2]) : amount(b[3]!, b[4])) : f ? amount((f[1] ?? f[2])!) : undefined;
  if (n === undefined) return undefined;
  return n >= ERAS_FEES.firstTierEach && n <= 100_000 ? n : undefined;
}

/** The most programs in one specialty a sum covers in ERAS fees. */
function programsFor(budget: number): number {
  const first = ERAS_FEES.firstTierCount * ERAS_FEES.firstTierEach;
  if (budget < first) return Math.floor(budget / ERAS_FEES.firstTierEach);
  return ERAS_FEES.firstTierCount + Math.floor((budget - first) / ERAS_FEES.laterEach);
}

/** The budget priced into a count, worked out, with the fee table's season and what it leaves out. */
export function budgetText(budget: number): string {
  const n = programsFor(budget);
  const first = Math.min(n, ERAS_FEES.firstTierCount);
  const later = n - first;
  const sum = later > 0 ? `${first} x $${ERAS_FEES.firstTierEach} + ${later} x $${ERAS_FEES.laterEach}` : `${first} x $${ERAS_FEES.firstTierEach}`;
  return `With ${usd(budget)} for ERAS fees: up to ${n} programs in one specialty (${sum} = ${usd(erasFee(n))}; $${ERAS_FEES.firstTierEach} each for the first ${ERAS_FEES.firstTierCount}, $${ERAS_FEES.laterEach} each after, ${ERAS_FEES.season}, ${ERAS_FEES.source}). The count restarts in each specialty, so two specialties buy more programs for the same money; the NRMP registration, USMLE transcripts and travel are not in this sum.`;
}
