// One source of figures: article text names a figure ({{fig:ck.internal_medicine.mean}}) instead of restating it,
// and the figure is filled in from the data tables when the answer index is built, so every number a reply
// shows is the table's current one (2026 where it exists) and no older figure can come back through the text.
import { usd } from '../domain/money.js';
import type { Specialty } from '../domain/profile.js';
import type { Article } from '../knowledge/articles.js';
import { ECFMG_J1_FEE, ERAS_FEES, erasFee, H1B_NEW_PETITION_FEE, RATES_2026 } from '../plan/base-rates.js';
import { CK_2026, CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { RANKS_2026, RANKS_2026_SOURCE } from '../plan/rank-lists-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';

const TOKEN = /\{\{fig:([a-z0-9_.]+)\}\}/g;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Every figure an article may name, in the words a reply shows, built once from the tables. */
const FIGURES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const ck = Object.entries(CK_2026) as [Specialty, NonNullable<(typeof CK_2026)[Specialty]>][];
  for (const [s, f] of ck) {
    m.set(`ck.${s}.mean`, String(f.matched.mean));
    m.set(`ck.${s}.median`, String(f.matched.median));
    m.set(`ck.${s}.q1`, String(f.matched.q1));
    m.set(`ck.${s}.unmatched_mean`, String(f.unmatched.mean));
    m.set(`ck.${s}.rate`, `${f.matchRatePct}%`);
  }
  // whole sentences' worth of figures, in the tables' order
  m.set('ck.table', ck.map(([s, f]) => `${specialtyLabel(s)} ${f.matched.mean}`).join(', '));
  m.set('rate.table', ck.map(([s, f]) => `${specialtyLabel(s)} ${f.matchRatePct}%`).join(', '));
  m.set('ck.source', `NRMP Charting Outcomes for non-US IMGs, ${CK_2026_YEAR} Main Residency Match (nrmp.org)`);
  m.set('ck.year', String(CK_2026_YEAR));
  m.set('rate.non_us_img', pct(RATES_2026.nonUsImgMatchRate.value));
  m.set('rate.us_img', pct(RATES_2026.usImgMatchRate.value));
  m.set('rate.non_us_img_unmatched', pct(1 - RATES_2026.nonUsImgMatchRate.value));
  m.set('rate.year', RATES_2026.nonUsImgMatchRate.year);
  const ranks = Object.entries(RANKS_2026) as [Specialty, NonNullable<(typeof RANKS_2026)[Specialty]>][];
  for (const [s, r] of ranks) { m.set(`ranks.${s}.matched`, String(r.matched)); m.set(`ranks.${s}.unmatched`, String(r.unmatched)); }
  m.set('ranks.table', ranks.map(([s, r]) => `${specialtyLabel(s)} ${r.matched} against ${r.unmatched}`).join(', '));
  m.set('ranks.source', RANKS_2026_SOURCE);
  m.set('eras.first_each', usd(ERAS_FEES.firstTierEach));
  m.set('eras.first_count', String(ERAS_FEES.firstTierCount));
  m.set('eras.later_each', usd(ERAS_FEES.laterEach));
  m.set('eras.season', ERAS_FEES.season);
  m.set('eras.source', ERAS_FEES.source);
  // worked totals for a few list sizes in one specialty ("$330 + 50 x $30 = $1,830"), from the same fee table
  for (const n of [20, 30, 40, 60, 80, 100, 120]) {
    const first = Math.min(n, ERAS_FEES.firstTierCount);
    const firstPart = `${first} x ${usd(ERAS_FEES.firstTierEach)}`;
    const later = n - first;
    const sum = later > 0 ? `${usd(erasFee(first))} + ${later} x ${usd(ERAS_FEES.laterEach)}` : firstPart;
    m.set(`eras.total_${n}`, usd(erasFee(n)));
    m.set(`eras.sum_${n}`, `${sum} = ${usd(erasFee(n))}`);
  }
  m.set('h1b.fee', usd(H1B_NEW_PETITION_FEE.usd));
  m.set('h1b.since', H1B_NEW_PETITION_FEE.since);
  m.set('j1.ecfmg_fee', usd(ECFMG_J1_FEE.usd));
  m.set('j1.ecfmg_fee_source', `${ECFMG_J1_FEE.source}`);
  return m;
})();

/** Raised when an article names a figure the tables do not have: caught at load, never shown to a user. */
class UnknownFigureError extends Error {
  constructor(readonly article: string, readonly figure: string) { super(`article ${article} names an unknown figure "${figure}"`); }
}

/** The text with every named figure filled in; throws on a name the tables do not have. */
export function fillFigures(text: string, where = 'text', figures: ReadonlyMap<string, string> = FIGURES): string {
  return text.replace(TOKEN, (_, key: string) => {
    const value = figures.get(key);
    if (value === undefined) throw new UnknownFigureError(where, key);
    return value;
  });
}

/** The articles with their figures filled in from the tables (call once at load). */
export function withFigures(articles: readonly Article[]): Article[] {
  return articles.map((a) => (a.body.includes('{{fig:') ? { ...a, body: fillFigures(a.body, a.id) } : a));
}
