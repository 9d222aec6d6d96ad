// Reach / target / safety for one open program: applicant strength against program selectivity, in words.
import type { Tier } from '../../domain/plan.js';
import type { Program, ProgramType } from '../programs/program-schema.js';
import type { ApplicantView, Strength } from './applicant-strength.js';
import { bandOf } from './specialty-info.js';

const TYPE_POINTS: Record<ProgramType, { points: number; words: string }> = {
  university: { points: 3, words: 'university program — usually the most selective for IMGs' },
  county_safety_net: { points: 2, words: 'county safety-net program — busy and often selective' },
  military: { points: 2, words: 'military program — mostly closed to civilian IMGs' },
  va: { points: 2, words: 'VA-sponsored program — usually selective' },
  community: { points: 0, words: 'community program — usually the most open to IMGs' },
  unknown: { points: 2, words: 'program type not settled by a source — treated as selective' },
};

/** Points at or above which a program is a safety, and below which it is a reach. */
export const SAFETY_AT = 2;
export const REACH_BELOW = 0;

/** The tier of one open program for this applicant, with the reasons that produced it. */
export function tierProgram(p: Program, a: ApplicantView, s: Strength): { tier: Tier; reasons: string[] } {
  const reasons = [...s.reasons];
  const type = TYPE_POINTS[p.programType];
  let selectivity = type.points;
  reasons.push(type.words);
  if (p.region === 'la_county') {
    selectivity += 1;
    reasons.push('in LA County, where competition for IMGs is highest');
  }
  if (p.imgFriendly === 'yes') { selectivity -= 1; reasons.push('a source describes it as taking many IMGs'); }
  if (p.imgFriendly === 'no') { selectivity += 1; reasons.push('a source says it rarely takes IMGs'); }

  // Ties help a little, and only once however many there are.
  const ties: string[] = [];
  if (p.region === 'la_county' && a.hasLaTies) ties.push('your ties to Los Angeles');
  if (a.usceRegions.includes(p.region)) ties.push('your US clinical experience in this region');
  if (a.languages.length > 0 && bandOf(p.region) !== 'rest of California') ties.push(`your ${a.languages.join('/')} for Southern California patients`);
  if (ties.length) reasons.push(`helps: ${ties.join(', ')}`);
  const tieBonus = ties.length ? 1 : 0;

  if (a.regions.length > 0 && !a.regions.includes('anywhere') && !a.regions.includes(p.region)) {
    reasons.push('outside the regions you named — worth including to widen your list');
  }
  const margin = s.points + tieBonus - selectivity;
  const tier: Tier = margin >= SAFETY_AT ? 'safety' : margin >= REACH_BELOW ? 'target' : 'reach';
  return { tier, reasons };
}
