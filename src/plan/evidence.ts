// The evidence rule: how well a program's openness to this applicant is backed, and the most a tier may be on it.
// Only stated facts and public evidence may place a program in target or safety; an inferred or unknown fact never does.
import type { EvidenceLevel, ProgramEvidence, ReasonCode, Tier } from '../domain/plan.js';
import type { ApplicantView } from './applicant-view.js';
import type { PlanProgram } from './program-index.js';
import { filingsBeforeFee } from './h1b-fee-evidence.js';
import { inRegions } from './list-bounds.js';
import { statesNoVisas } from './program-filters.js';
import { reason, say } from './words.en.js';

/** How well a program's openness is backed, as codes: the level, what it rests on, and what to check first. */
export interface Openness { level: EvidenceLevel; basis: ReasonCode; check: ReasonCode[] }

/** Evidence levels from strongest to weakest (the unverified group is ordered by this). */
export const EVIDENCE_ORDER: readonly EvidenceLevel[] = ['stated', 'public evidence', 'inferred', 'unknown'];

/** True when the level may place a program in target or safety. */
function counts(level: EvidenceLevel): boolean {
  return level === 'stated' || level === 'public evidence';
}

const TIER_RANK: Record<Tier, number> = { reach: 0, target: 1, safety: 2 };

/** The lower of two tiers (reach < target < safety). */
export function lowerTier(a: Tier, b: Tier): Tier {
  return TIER_RANK[a] <= TIER_RANK[b] ? a : b;
}

/** Numeric rank of a tier: reach 0, target 1, safety 2. */
function tierRank(t: Tier): number {
  return TIER_RANK[t];
}

/** True when a source states the program takes the applicant's own visa route (a statement its sponsor's siblings contradict does not count). */
function statesVisaForApplicant(p: PlanProgram, a: ApplicantView): boolean {
  if (!a.needsVisa) return false;
  const j1 = p.visaJ1 === 'yes' && !p.sponsorConflict?.j1;
  const h1b = p.visaH1b === 'yes' && !p.sponsorConflict?.h1b;
  if (a.visa === 'needs_j1') return j1;
  if (a.visa === 'needs_h1b') return h1b;
  return j1 || h1b;
}

/** The contradiction behind the applicant's only stated route(s), when every route the program states for them is contradicted. */
function contradicted(p: PlanProgram, a: ApplicantView): ReasonCode | undefined {
  if (!a.needsVisa || statesVisaForApplicant(p, a)) return undefined;
  const j1 = a.visa !== 'needs_h1b' && p.visaJ1 === 'yes' ? p.sponsorConflict?.j1 : undefined;
  const h1b = a.visa !== 'needs_j1' && p.visaH1b === 'yes' ? p.sponsorConflict?.h1b : undefined;
  return j1 ?? h1b;
}

function visaCheck(a: ApplicantView): ReasonCode {
  if (a.visa === 'needs_j1') return reason('evidence.check_j1', {});
  if (a.visa === 'needs_h1b') return reason('evidence.check_h1b', {});
  return reason('evidence.check_visa', {});
}

/** How well the program's openness to this applicant is backed, what it rests on, and what to check first. */
export function openness(p: PlanProgram, a: ApplicantView): Openness {
  // a program whose only source is indirect or old may not exist as described: nothing about it counts until checked
  if (p.mayNotExist) return { level: 'unknown', basis: reason('evidence.indirect_source', {}), check: [reason('evidence.check_exists', {})] };
  const conflict = contradicted(p, a);
  if (conflict) return { level: 'stated', basis: conflict, check: [visaCheck(a)] };
  if (a.needsVisa) {
    if (statesVisaForApplicant(p, a)) {
      const route = a.visa === 'needs_h1b' || (a.visa !== 'needs_j1' && p.visaJ1 !== 'yes') ? 'H-1B' : 'J-1';
      return { level: 'stated', basis: reason('evidence.states_visa', { route, asOf: p.asOf ?? undefined }), check: [] };
    }
    if (p.h1bFilings) {
      const basis = reason('evidence.h1b_filings', { count: p.h1bFilings.count, period: p.h1bFilings.period }, p.h1bFilings.source);
      return { level: 'public evidence', basis, check: [reason(a.visa === 'needs_j1' ? 'evidence.check_j1_despite_filings' : 'evidence.check_new_h1b_petitions', {})] };
    }
    const guess = p.typeBasis === 'name';
    return {
      level: guess ? 'inferred' : 'unknown',
      basis: reason('evidence.no_visa_source', { guessedType: guess ? p.programType : undefined }),
      check: [visaCheck(a)],
    };
  }
  // a work permit is not a status a "no visas" program names: whether it takes one is unknown until it says so
  if (a.visa === 'ead' && statesNoVisas(p)) return { level: 'unknown', basis: reason('evidence.ead_unstated', {}), check: [reason('evidence.check_ead', {})] };
  if (p.typeBasis === 'source' || p.imgFriendly !== 'unknown' || p.facts.some((f) => !f.label.startsWith('H-1B filings'))) {
    return { level: 'stated', basis: reason('evidence.stated_facts', {}), check: [] };
  }
  // its sponsor's public filings show it trains IMGs (on visas): evidence of IMG intake for any IMG
  if (p.h1bFilings) {
    return { level: 'public evidence', basis: reason('evidence.img_filings', { count: p.h1bFilings.count, period: p.h1bFilings.period }, p.h1bFilings.source), check: [reason('evidence.check_img_intake', {})] };
  }
  if (p.typeBasis === 'name') {
    return { level: 'inferred', basis: reason('evidence.type_from_name', { type: p.programType }), check: [reason('evidence.check_img_intake', {})] };
  }
  return { level: 'unknown', basis: reason('evidence.nothing_stated', {}), check: [reason('evidence.check_img_intake', {})] };
}

/** The evidence as the plan carries it: the words for people, the codes next to them. */
export function evidenceInWords(o: Openness): ProgramEvidence {
  return { level: o.level, basis: say(o.basis), check: o.check.map(say), basisCode: o.basis, checkCodes: o.check };
}

/**
 * The most a tier may be on this evidence, with the reason when it is capped: visa seekers' programs without stated
 * or public visa evidence leave the tiers (`unverified`), and for others so does a program no source describes;
 * an academic flagship is at most a reach for a visa seeker unless a source states it takes the applicant's visa.
 */
export function tierCap(p: PlanProgram, a: ApplicantView, ev: Openness): { cap: Tier; unverified: boolean; reason?: ReasonCode } {
  // a stated route its sponsor's other programs contradict is checked first, never counted toward target or safety
  // a program that may not exist (its only source is indirect or old) is checked first, never a target or safety
  if (p.mayNotExist) return { cap: 'safety', unverified: true };
  const conflict = contradicted(p, a);
  if (conflict) return { cap: 'safety', unverified: true };
  // filings made before the new-petition fee are no evidence that the program files a new H-1B now: checked first,
  // a flagship too (its reach is then the tier it would have once the program says it files)
  const beforeFee = ev.level === 'public evidence' ? filingsBeforeFee(p, a) : undefined;
  if (a.needsVisa && p.flagship && !statesVisaForApplicant(p, a)) {
    return { cap: 'reach', unverified: !counts(ev.level) || beforeFee !== undefined, reason: reason('evidence.flagship_cap', { flagship: p.flagship.value }, p.flagship.source) };
  }
  // a sponsor's filings show the institution trains some visa holders, not that this program takes yours broadly: for a
  // visa seeker a safety ("your file fits best here") needs a source stating the program takes the applicant's visa
  if (beforeFee) return { cap: 'target', unverified: true, reason: beforeFee };
  // an applicant already interviewing ranks the programs that invited them: a program counted for them now is one to add
  // late, and outside California H-1B filings (the only visa evidence we hold there) say nothing about J-1, so for a
  // J-1 seeker who would go there such a program is checked first, not counted, until it states that it takes J-1
  if (a.interviewing && a.wantsOutsideCalifornia && a.visa === 'needs_j1' && p.band === 'national' && ev.level === 'public evidence') return { cap: 'target', unverified: true, reason: reason('evidence.filings_cap', {}) };
  // outside the regions the applicant named, filings alone are two guesses at once (that the applicant would go there, and
  // that the program takes this visa): such a program is checked first, counted in the widening note, never a target;
  // a reapplicant is the exception: the regions that did not match last time are what the list widens (guides: do not
  // rely on Southern California alone), so the realistic fits beyond them stay on it
  if (a.needsVisa && !a.reapplying && ev.level === 'public evidence' && !inRegions(p.region, a.regions)) return { cap: 'target', unverified: true, reason: reason('evidence.filings_cap', {}) };
  if (a.needsVisa && ev.level === 'public evidence') return { cap: 'target', unverified: false, reason: reason('evidence.filings_cap', {}) };
  if (a.needsVisa) return counts(ev.level) ? { cap: 'safety', unverified: false } : { cap: 'safety', unverified: true };
  // filings show the institution trains IMGs somewhere (any program, fellows too), not that this program is among the
  // most open to you: a target at most
  if (ev.level === 'public evidence') return { cap: 'target', unverified: false, reason: reason('evidence.img_filings_cap', {}) };
  // a work permit at a program that states it sponsors no visas: checked first, with the tier it would have once it says yes
  if (ev.basis.code === 'evidence.ead_unstated') return { cap: 'safety', unverified: true };
  // no source describes it: unknown openness is checked first, never a target on a table's say-so
  if (!counts(ev.level)) return { cap: 'target', unverified: true, reason: reason('evidence.unsourced_cap', {}) };
  return { cap: 'safety', unverified: false };
}
