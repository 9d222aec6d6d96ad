// Answers "should I apply to more programs now?" from where the asker stands in this cycle (stored stage and
// interviews so far), their own visa and regions, and what the guides say about applying late in the season.
import { applicationsIn, type Profile, type Region } from '../domain/profile.js';
import { ERAS_FEES } from '../plan/base-rates.js';
import { interviewsSaid } from './interviews-said.js';

/** The guides this answer restates, named in words. */
export const MIDSEASON_SOURCES = ['our guide "Apply early and apply broadly"', 'our guide "The match calendar, and what to do at each point of it"'];

const REGION_WORDS: Readonly<Record<Region, string>> = {
  la_county: 'LA County', orange_county: 'Orange County', san_diego: 'San Diego', inland_empire: 'the Inland Empire',
  rest_of_california: 'the rest of California', other_us: 'other states',
};

/** True when the applications are already out: stored as submitted or interviewing, or interviews named in the question. */
export function alreadyApplied(profile: Profile, question: string): boolean {
  return applicationsIn(profile) || interviewsSaid(question) !== undefined;
}

function visaLine(profile: Profile): string {
  const v = profile.visa;
  if (v === 'us_citizen' || v === 'green_card' || v === 'ead') return 'you need no visa, so no program is closed to you on that count';
  if (v === 'needs_j1') return 'add only programs a source says take J-1 residents';
  if (v === 'needs_h1b') return 'add only programs a source says sponsor the H-1B, and have Step 3 passed';
  if (v === 'either') return 'add only programs a source says take a J-1 or sponsor an H-1B';
  return 'check each added program takes your visa before paying for it';
}

function regionLine(profile: Profile): string {
  const r = profile.regions ?? [];
  // (no regions saved is no wish said: only a saved "anywhere" is repeated as the applicant's own)
  if (!r.length) return 'in the regions you would move to (you have not told me where you want to train)';
  if (r.includes('anywhere')) return 'anywhere in the US, as you said';
  return `in ${r.map((x) => (x === 'anywhere' ? 'anywhere' : REGION_WORDS[x])).join(', ')}, the regions you chose`;
}

/** The mid-season answer for someone whose applications are out: whether adding programs now helps, in their terms
 *  (`counted`: the interviews already stated in a lead before this text, so they are not said twice). */
export function midseasonText(profile: Profile, question: string, counted?: number): string {
  const n = counted ?? interviewsSaid(question) ?? profile.cycle?.interviews;
  const where = n === undefined ? 'Your applications are already out.' : counted !== undefined ? 'Your applications are out.'
    : `Your applications are out and you have ${n === 0 ? 'no interview invitations' : `${n} interview invitation${n === 1 ? '' : 's'}`} so far.`;
  return [
    `${where} Adding programs now can still bring invitations, but each one is worth less than it was at submission: programs review in the order applications arrive and fill interview slots as they go, so a mid-season application meets fewer open slots. Applying later in the season is not closed, but each week costs chances.`,
    `If you add programs, send them only where you fit best: ${visaLine(profile)}; ${regionLine(profile)}; programs where your score sits inside the range of those who match, and where you have US experience, letters or ties. Past ${ERAS_FEES.firstTierCount} programs in a specialty each one costs $${ERAS_FEES.laterEach} (${ERAS_FEES.season}, AAMC).`,
    `${n !== undefined && n < 5 ? 'With few interviews, ' : ''}prepare each interview well, follow each program's rules on thank-you notes, write a short letter of interest to the programs you want most, and start work on next cycle's gaps at the same time, so a second application would be stronger.`,
    // the guides' advice for few interviews by late December (our guide on the match calendar)
    `At rank-list time, rank every program that interviewed you where you would train, in your true order${n === undefined || n < 5 ? '; with few interviews, also rank a one-year preliminary or transitional program as a parallel path if your specialty allows, and prepare for SOAP in Match week in case no position comes' : ''}.`,
  ].join('\n');
}
