// A bare number of programs in a cost question ("what's the cost for 60 programs", "cost of applying to 150?") priced
// from the ERAS fee table, so the reply works the sum out instead of showing only the usual list sizes.
import { usd } from '../domain/money.js';
import { ERAS_FEES, erasFee } from '../plan/base-rates.js';

/** "60 programs", "applying to 150", "apply to 90 places": the count named, when it is a plausible list size. */
const COUNT = /\b(?:(\d{1,3})\s*(?:programs?|applications?|apps|places|residencies)\b|(?:apply(?:ing)?|applications?)\s+(?:to\s+)?(?:about\s+|around\s+)?(\d{1,3})\b)/i;
const COST = /\b(cost|costs|fees?|budget|how much|price|kharch\w*|\$)/i;

/** The count of programs a cost question names, or undefined (no count, or not a cost question). */
export function statedCount(question: string): number | undefined {
  if (!COST.test(question)) return undefined;
  const m = COUNT.exec(question);
  const n = Number(m?.[1] ?? m?.[2] ?? NaN);
  return n >= 1 && n <= 400 ? n : undefined;
}


/** The ERAS fees for n programs in one specialty, worked out, with the fee table's season and the per-specialty caveat. */
export function statedCountText(n: number): string {
  const first = Math.min(n, ERAS_FEES.firstTierCount);
  const later = n - first;
  const sum = later > 0 ? `${first} x $${ERAS_FEES.firstTierEach} + ${later} x $${ERAS_FEES.laterEach}` : `${first} x $${ERAS_FEES.firstTierEach}`;
  return `${n} programs in one specialty: ${sum} = ${usd(erasFee(n))} in ERAS fees (${ERAS_FEES.season}, AAMC). Split across two specialties it costs less, because the count restarts in each; exam transcripts, travel and licence fees come on top.`;
}
