// The rank-list figures a next step quotes, for the applicant's own specialties (never internal medicine's for all).
import type { Specialty } from '../domain/profile.js';
import { RANKS_2026, RANKS_YEAR } from './rank-lists-2026.js';
import { specialtyLabel } from './specialty-info.js';

/** The token in a step's detail that stands for the applicant's rank-list medians. */
const TOKEN = '{rank_medians}';

/** The sentence for these specialties: each one's medians in the figures' Match, or that our figures do not cover it. */
function rankMediansSentence(specialties: readonly Specialty[]): string {
  const known = specialties.filter((s) => RANKS_2026[s] !== undefined);
  const unknown = specialties.filter((s) => RANKS_2026[s] === undefined);
  const parts = known.map((s) => `in ${specialtyLabel(s)} a median of ${RANKS_2026[s]!.matched} programs of that specialty, those who did not ${RANKS_2026[s]!.unmatched}`);
  const said = parts.length ? `In the ${RANKS_YEAR} Match, non-US IMGs who matched had ranked ${parts.join('; ')} (NRMP Charting Outcomes ${RANKS_YEAR}; ask me how many interviews is enough in your specialty).` : '';
  const none = unknown.length ? ` Our figures do not give a rank-list median for ${unknown.map(specialtyLabel).join(' or ')}.` : '';
  return `${said}${none}`.trim();
}

/** The steps with the rank-medians token replaced by the sentence for these specialties. */
export function withRankMedians<T extends { detail: string }>(steps: readonly T[], specialties: readonly Specialty[]): T[] {
  if (!steps.some((s) => s.detail.includes(TOKEN))) return steps.slice();
  const sentence = rankMediansSentence(specialties);
  return steps.map((s) => (s.detail.includes(TOKEN) ? { ...s, detail: s.detail.replace(TOKEN, sentence).replace(/\s{2,}/g, ' ') } : s));
}
