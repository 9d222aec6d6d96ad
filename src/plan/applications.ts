// How many applications to send per specialty, from the applicant's standing, and what they cost at 2026 ERAS fees.
import { usd } from '../domain/money.js';
import type { ApplicationCost, ApplicationCount, Plan, Standing } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import { scoreWords } from '../domain/score-words.js';
import { countRange } from '../domain/count-range.js';
import type { ApplicantView } from './applicant-view.js';
import { ERAS_FEES, RATES_2026, erasFee } from './base-rates.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';
import { isOneYear, specialtyLabel } from './specialty-info.js';
import { STRENGTH_WEIGHTS } from '../knowledge/strength-weights.js';
import type { Track } from './tracks.js';
import type { VisaOpenness } from './visa-openness.js';

/** A specialty showing under this fraction of the other's visa-evidence rate does not take the full list for a visa seeker... */
const OPEN_RATIO = 0.5;
/** Both specialties must show evidence at this many programs at least: fewer is too thin to move a count. */
const MIN_EVIDENCE = 3;
/** J-1 shares are compared only where a source states the J-1 policy of at least this fraction of each specialty's programs. */
const MIN_STATED_SHARE = 0.1;
/** The share of a full list a less open specialty keeps, however little evidence it shows. */
const SHARE_FLOOR = 0.25;

const A = STRENGTH_WEIGHTS.applications;
/** Levels from weakest to strongest, to compare two standings. */
const LEVEL_RANK: Record<Standing['level'], number> = { 'very weak': 0, weak: 1, borderline: 2, competitive: 3, strong: 4 };
/** First-choice levels at which a backup that reads higher is the realistic route and gets a full list of its own. */
export const WEAK_LEVELS: ReadonlySet<Standing['level']> = new Set(['weak', 'very weak']);
const round5 = (n: number) => Math.max(5, Math.round(n / 5) * 5);

/** Why needing no visa does or does not shorten the list, in words (nothing for an applicant who needs one). */
function noVisaWords(a: ApplicantView, shortened: boolean): string {
  if (shortened) return A.noVisaShift ? `; ${A.noVisaShift} fewer because US-citizen IMGs match more often than other IMGs` : '';
  if (a.visa === 'green_card') return '; no fewer for your green card: it removes the visa filter, but programs still read you as an international graduate';
  if (a.visa === 'ead') return '; no fewer for your work permit: it must stay valid through three or more years of training, and many programs are cautious about that';
  return '';
}

/** Count for one track: its level's band (shifted for applicants who need no visa), halved for a backup, small for a dream. */
function countFor(track: Track, st: Standing, a: ApplicantView, dream: boolean, secondary: boolean, shareOf?: { share: number; why?: string }, primaryLevel?: string): ApplicationCount {
  const label = specialtyLabel(track.specialty);
  if (track.role === 'after-not-matching path') {
    return { specialty: track.specialty, min: A.afterNotMatching[0], max: A.afterNotMatching[1], why: `${label}: a short list of one-year positions as a path after not matching` };
  }
  if (dream) {
    return { specialty: track.specialty, min: A.dream[0], max: A.dream[1], why: `${label}: a small list on top of your parallel track — more applications will not change how these programs read your file` };
  }
  const [lo0, hi0] = A.byLevel[st.level];
  // a visa seeker's list counts only the programs that take the visa: never shorter than the visa floor, however strong
  const floored = a.needsVisa && A.visaFloor !== undefined && (lo0 < A.visaFloor[0] || hi0 < A.visaFloor[1]);
  const [lo, hi] = floored ? [Math.max(lo0, A.visaFloor![0]), Math.max(hi0, A.visaFloor![1])] : [lo0, hi0];
  // a couple's lists must meet in the same cities: each partner applies more widely than alone
  const couples = a.couplesMatching ? A.couplesShift : 0;
  // a couple's pairs sit in the same cities: a partner's visa need bounds the joint list, so needing none yourself shortens nothing
  // only citizenship shortens the list: US-citizen IMGs match at a higher rate than other IMGs, while a green card or
  // a work permit removes the visa filter but leaves the applicant an international graduate (and a pending-asylum
  // permit must be renewed through training, which programs weigh), so they keep the full band
  const noVisa = a.usCitizen && (a.partnerVisa === undefined || a.partnerVisa === 'none');
  const shift = (noVisa ? A.noVisaShift : 0) - couples;
  const share = secondary ? shareOf?.share ?? A.backupShare : 1;
  // A one-year track (transitional or preliminary) never falls under the advisors' floor, however it is shared.
  const floor = isOneYear(track.specialty) ? A.oneYearMin : 0;
  const min = Math.max(floor, round5((lo - shift) * share));
  const max = Math.max(min, round5((hi - shift) * share));
  const because = shareOf?.why ?? (track.role === 'backup' ? 'it backs up your first choice' : isOneYear(track.specialty) ? 'a one-year track sits next to a full categorical list' : 'you stand higher in your backup');
  const role = secondary ? `${track.role === 'backup' ? 'backup' : 'first choice'}, ${Math.round(share * 100)}% of a full list because ${because}`
    : track.role === 'backup' ? `backup, a full list because your first choice reads ${primaryLevel ?? 'weaker'} and you stand higher here` : track.role === 'parallel track' ? 'parallel track, a full list' : 'a full list from your own standing here';
  return { specialty: track.specialty, min, max, why: `${label}: ${st.level} standing (${scoreWords(st.score)}) → ${countRange(min, max)} (${role}${floored ? `; ${countRange(lo, hi)} for a full list rather than ${countRange(lo0, hi0)}, because you need a visa and only the programs that take it count` : ''}${noVisaWords(a, noVisa)}${couples ? `; ${couples} more because you match as a couple and both lists must meet in the same cities${a.partnerSpecialty ? ` as your partner's ${specialtyLabel(a.partnerSpecialty)} list` : ''}` : ''}${floor && min === floor ? `; at least ${floor} because a one-year track has few seats and needs a PGY-2 plan after it` : ''})` };
}

/** "$1,200–$2,730", or one figure when both ends are the same (never "$X–$X"). */
const moneyRange = (lo: number, hi: number) => (lo === hi ? usd(hi) : `${usd(lo)}–${usd(hi)}`);

/** The cost of applying: the upper end of each specialty's count at the 2026 ERAS fees (the count resets per specialty). */
function applicationCost(per: readonly ApplicationCount[]): ApplicationCost {
  const programs = per.reduce((s, c) => s + c.max, 0);
  const usdMax = per.reduce((s, c) => s + erasFee(c.max), 0);
  const usdMin = per.reduce((s, c) => s + erasFee(c.min), 0);
  const parts = per.map((c) => `${specialtyLabel(c.specialty)} ${c.max} → ${usd(erasFee(c.max))}`);
  return {
    programs, usd: usdMax, season: ERAS_FEES.season, source: ERAS_FEES.source,
    breakdown: `${parts.join('; ')} ($${ERAS_FEES.firstTierEach} each for the first ${ERAS_FEES.firstTierCount} in a specialty, $${ERAS_FEES.laterEach} each after). The lower end of the range costs ${usd(usdMin)}. Exam transcripts, travel and licence fees come on top.`,
  };
}

/**
 * Of a primary and a backup, which one takes the full list, and the other's share: the primary (a backup that reads
 * higher never shrinks it), except that for a visa seeker a first choice showing under half the backup's rate of visa
 * evidence in our table does not lead, and the other's share shrinks with its openness (never under SHARE_FLOOR).
 */
function split(primary: Track, backup: Track, openness?: ReadonlyMap<Specialty, VisaOpenness>):
  { lead: Track; share: number; why?: string } {
  // the first choice leads: a backup that reads higher adds its own full list (backupFull), never shrinks the first choice's
  const op = openness?.get(primary.specialty);
  const ob = openness?.get(backup.specialty);
  if (!op || !ob || op.withEvidence < MIN_EVIDENCE || ob.withEvidence < MIN_EVIDENCE) return { lead: primary, share: A.backupShare };
  // J-1: ECFMG sponsors it for any accredited program that takes it, and our J-1 facts are sourced pages, not a census:
  // a program stating nothing is a gap in the table, not a refusal. Shares are compared among the programs that state a
  // J-1 policy either way, and only where those cover a real part of each specialty (H-1B filings are a national record).
  const base = (o: VisaOpenness) => o.stated ?? o.of;
  const thin = (o: VisaOpenness) => o.stated !== undefined && o.stated < MIN_STATED_SHARE * o.of;
  if (thin(op) || thin(ob)) return { lead: primary, share: A.backupShare };
  const rate = (t: Track) => (t === primary ? op.withEvidence / base(op) : ob.withEvidence / base(ob));
  const count = (t: Track) => (t === primary ? op : ob).withEvidence;
  const other = (t: Track) => (t === primary ? backup : primary);
  let lead = primary;
  const pct = (t: Track) => `${Math.round(rate(t) * 1000) / 10}%`;
  const said = (t: Track) => { const o = t === primary ? op : ob; return `${count(t)} of ${o.stated !== undefined ? `the ${o.stated} ${specialtyLabel(t.specialty)} programs that state a ${o.visa} policy` : `${o.of} ${specialtyLabel(t.specialty)} programs`} (${pct(t)})`; };
  let swapped = false;
  if (rate(lead) < OPEN_RATIO * rate(other(lead))) { lead = other(lead); swapped = true; }
  const second = other(lead);
  const share = Math.max(SHARE_FLOOR, A.backupShare * Math.min(1, rate(second) / rate(lead)));
  if (!swapped && share === A.backupShare) return { lead, share };
  const visa = op.visa;
  const why = `${swapped ? `${specialtyLabel(second.specialty)} is your first choice, but ` : ''}${visa} evidence shows at ${said(second)} against ${said(lead)} in our table, so most applications go where your visa is taken`;
  return { lead, share, why };
}

/** The sentences of an applications `why` that restate the per-specialty counts and their fees. */
function countSentences(per: readonly ApplicationCount[]): [string, string] {
  return [`Your count follows your standing in each specialty: ${per.map((c) => c.why).join('; ')}.`,
    `At ${ERAS_FEES.season} fees that is about ${moneyRange(per.reduce((s, c) => s + erasFee(c.min), 0), per.reduce((s, c) => s + erasFee(c.max), 0))}.`];
}

/** The applications with new per-specialty counts: the totals, the cost and the sentences of `why` that restate them
 *  all follow, so no reply shows a count beside a fee or a reason computed from an earlier count. */
export function recounted(apps: Plan['applications'], per: readonly ApplicationCount[]): Plan['applications'] {
  const [countWas, feeWas] = countSentences(apps.perSpecialty ?? []);
  const [count, fee] = countSentences(per);
  const why = apps.why.replace(countWas, count).replace(feeWas, fee);
  return { ...apps, min: per.reduce((s, c) => s + c.min, 0), max: per.reduce((s, c) => s + c.max, 0), perSpecialty: [...per], cost: applicationCost(per), why };
}

/** How a first choice and its backup share the lists, decided once and read by the counts and the warnings alike. */
export interface ListSplit {
  /** The specialty that takes the full list, the other's share, and the visa-evidence reason when evidence set them. */
  split?: { lead: Track; share: number; why?: string };
  /** The backup leads (its visa evidence is far stronger than the first choice's). */
  backupLeads: boolean;
  /** A weak first choice with a backup that reads a level higher: the backup gets a full list of its own beside it. */
  backupFull: boolean;
}

/** The one decision on how a first choice and its backup share the lists (none without a backup, or beside a dream). */
export function listSplit(tracks: readonly Track[], standings: ReadonlyMap<Specialty, Standing>, a: ApplicantView, dreamSpecialty: Specialty | null,
  openness?: ReadonlyMap<Specialty, VisaOpenness>): ListSplit {
  const primary = tracks[0]!;
  const backup = tracks.find((t) => t.role === 'backup');
  if (!backup || dreamSpecialty) return { backupLeads: false, backupFull: false };
  const sp = split(primary, backup, a.needsVisa ? openness : undefined);
  const backupLeads = sp.lead === backup;
  const primaryLevel = standings.get(primary.specialty)!.level;
  // a weak first choice with a backup that reads a level higher: the backup is the realistic route and takes a full list too
  // (unless its visa evidence already set its share)
  const backupFull = !backupLeads && !sp.why && WEAK_LEVELS.has(primaryLevel) && LEVEL_RANK[standings.get(backup.specialty)!.level] > LEVEL_RANK[primaryLevel];
  return { split: sp, backupLeads, backupFull };
}

/** The whole application advice: per specialty, the total range, its cost, and a `why` with base rates. */
export function applicationPlan(tracks: readonly Track[], standings: ReadonlyMap<Specialty, Standing>, a: ApplicantView, dreamSpecialty: Specialty | null,
  decided: ListSplit, rates2026: PlanFigures['rates2026'] = RATES_2026): Plan['applications'] {
  const primary0 = tracks[0]!;
  const backup = tracks.find((t) => t.role === 'backup');
  const { split: sp, backupLeads, backupFull } = decided;
  const oneYearFirst = isOneYear(primary0.specialty) && tracks.some((t) => t.role === 'parallel track');
  const primaryLevel = standings.get(primary0.specialty)!.level;
  const secondary = (t: Track) => (t.role === 'backup' && !backupLeads && !backupFull && !dreamSpecialty) || (t === primary0 && (backupLeads || oneYearFirst));
  // the split's share is for the specialty that does not lead (a one-year first choice keeps its own rule)
  const shareOf = (t: Track) => (sp && (t === backup || (t === primary0 && backupLeads)) ? { share: sp.share, ...(sp.why ? { why: sp.why } : {}) } : undefined);
  const perSpecialty = tracks.map((t) => countFor(t, standings.get(t.specialty)!, a, t.specialty === dreamSpecialty, secondary(t), shareOf(t), primaryLevel));
  const min = perSpecialty.reduce((s, c) => s + c.min, 0);
  const max = perSpecialty.reduce((s, c) => s + c.max, 0);
  const cost = applicationCost(perSpecialty);
  const rate = a.usCitizen ? rates2026.usImgMatchRate : rates2026.nonUsImgMatchRate;
  const group = a.usCitizen ? 'US-citizen IMGs' : 'non-US-citizen IMGs';
  const primary = standings.get(tracks[0]!.specialty)!;
  const parts = [
    `${Math.round(rate.value * 1000) / 10}% of ${group} who entered the ${rate.year} Main Match matched (${rate.source}).`,
    ...countSentences(perSpecialty),
    `Past about ${A.interviewsStopGrowingAbove} applications in one specialty (our working limit, not a published figure), more applications add cost, not interviews${primary.level === 'very weak' || primary.level === 'weak' ? ': with your file, the next dollar is better spent on the weakest part of it than on more programs' : ''}.`,
  ];
  if (dreamSpecialty) parts.push(`The ${specialtyLabel(dreamSpecialty)} applications come on top of a full parallel list.`);
  return { min, max, why: parts.join(' '), perSpecialty, cost };
}
