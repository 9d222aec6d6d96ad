// "How much does the whole thing cost?", "total including NRMP?": one total line for one application season, ERAS
// fees for the count asked (else typical IMG counts) plus the USMLE transcript and NRMP registration, each figure
// with its season and source, what the total leaves out, and a budget the asker states laid against it.
import { z } from 'zod';
import { usd } from '../domain/money.js';
import { budgetTold } from '../engine/understand/budget-told.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { ERAS_FEES, erasFee, NRMP_REGISTRATION_FEE, programsBought, USMLE_TRANSCRIPT_FEE } from '../plan/base-rates.js';
import { wordsPattern } from './words-pattern.js';

/** Validates knowledge/answers/cost-words.json. */
const list = z.array(z.string().min(2)).min(1);
const costWordsSchema = z.object({ $comment: z.string().optional(), whole: list, total: list, oneFee: list, otherParts: list, costAsk: list });
/** The vocabulary compiled once when this module loads. */
const COST = ((f: z.infer<typeof costWordsSchema>) => ({
  whole: wordsPattern(f.whole), total: wordsPattern(f.total), oneFee: wordsPattern(f.oneFee), otherParts: wordsPattern(f.otherParts), ask: wordsPattern(f.costAsk),
}))(costWordsSchema.parse(readKnowledgeJson('answers/cost-words.json')));

/** The typical IMG list sizes the total is priced at when no count is asked (the range our cost guide works out). */
const TYPICAL = { min: 80, max: 120 };

/** True when the question asks the whole cost of applying, not one fee. */
export function asksWholeCost(question: string): boolean {
  if (!COST.ask.test(question)) return false;
  return COST.whole.test(question) || (COST.total.test(question) && (!COST.oneFee.test(question) || COST.otherParts.test(question)));
}

/** The total line for a count of programs in one specialty (a range when none is asked), and the budget against it: the
 *  one stored, else the sum the question tells (budget-told.ts, the one money reader). */
export function wholeCostText(question: string, count?: number, stored?: number): string {
  const range = count !== undefined ? { min: count, max: count } : TYPICAL;
  const extra = USMLE_TRANSCRIPT_FEE.usd + NRMP_REGISTRATION_FEE.usd;
  const eras = (n: number) => erasFee(n);
  const money = (a: number, b: number) => (a === b ? usd(a) : `${usd(a)}–${usd(b)}`);
  const programs = range.min === range.max ? `${range.min} programs` : `${range.min}–${range.max} programs (typical for an IMG)`;
  const lines = [
    `All told for one application season, ${programs} in one specialty: ERAS fees ${money(eras(range.min), eras(range.max))} (${ERAS_FEES.season} table, AAMC) + the USMLE transcript ${usd(USMLE_TRANSCRIPT_FEE.usd)} (once per season; ${USMLE_TRANSCRIPT_FEE.year} figure) + NRMP registration ${usd(NRMP_REGISTRATION_FEE.usd)} (the last NRMP table we could read, ${NRMP_REGISTRATION_FEE.year}; ${usd(NRMP_REGISTRATION_FEE.lateUsd)} more after 30 November) = about ${money(eras(range.min) + extra, eras(range.max) + extra)}. Not in it: ECFMG and exam fees (Step 3 if you need it), US clinical experience, travel for in-person interviews, and the California training licence after you match; check this season's tables on aamc.org and nrmp.org before you pay.`,
  ];
  const budget = stored ?? budgetTold(question);
  if (budget !== undefined) {
    const left = budget - extra;
    const n = programsBought(left).count;
    lines.push(budget >= eras(range.max) + extra
      ? `Your ${usd(budget)} covers that, with ${usd(budget - eras(range.max) - extra)} left for travel and the costs not in it.`
      : `Your ${usd(budget)} pays the transcript and NRMP fee and ERAS fees for up to ${n} programs in one specialty (the count restarts in each specialty, so two specialties buy a few more), with nothing left for travel.`);
  }
  return lines.join('\n');
}
