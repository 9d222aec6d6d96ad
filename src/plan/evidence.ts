// The evidence rule: how well a program's openness to this applicant is backed, and the most a tier may be on it.
// Only stated facts and public evidence may place a program in target or safety; an inferred or unknown fact never does.
import type { EvidenceLevel, ProgramEvidence, Tier } from '../domain/plan.js';
import type { ApplicantView } from './applicant-view.js';
import type { PlanProgram } from './program-index.js';

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

const year = (p: PlanProgram) => (p.asOf ? ` (${p.asOf})` : ' (source undated)');

/** True when a source states the program takes the applicant's own visa route. */
function statesVisaForApplicant(p: PlanProgram, a: ApplicantView): boolean {
  if (!a.needsVisa) return false;
  if (a.visa === 'needs_j1') return p.visaJ1 === 'yes';
  if (a.visa === 'needs_h1b') return p.visaH1b === 'yes';
  return p.visaJ1 === 'yes' || p.visaH1b === 'yes';
}

function visaCheck(a: ApplicantView): string {
  if (a.visa === 'needs_j1') return 'whether it takes J-1 residents (ECFMG-sponsored): ask the program coordinator or read its eligibility page';
  if (a.visa === 'needs_h1b') return 'whether it sponsors H-1B for incoming residents this cycle (and pays the petition fees): ask the program coordinator';
  return 'whether it sponsors J-1 or H-1B for residents: ask the program coordinator or read its eligibility page';
}

/** How well the program's openness to this applicant is backed, what it rests on, and what to check first. */
export function openness(p: PlanProgram, a: ApplicantView): ProgramEvidence {
  if (a.needsVisa) {
    if (statesVisaForApplicant(p, a)) {
      const route = a.visa === 'needs_h1b' || (a.visa !== 'needs_j1' && p.visaJ1 !== 'yes') ? 'H-1B' : 'J-1';
      return { level: 'stated', basis: `a source states it takes ${route} residents${year(p)}`, check: [] };
    }
    if (p.h1bFilings) {
      const what = `its institution filed ${p.h1bFilings.count} resident H-1B application${p.h1bFilings.count === 1 ? '' : 's'} in ${p.h1bFilings.period} (public filings)`;
      return { level: 'public evidence', basis: what, check: [a.visa === 'needs_j1' ? 'whether it takes J-1 residents (the filings show it trains visa holders, not which visa)' : 'whether it files new H-1B petitions for incoming residents this cycle'] };
    }
    const guess = p.typeBasis === 'name';
    return {
      level: guess ? 'inferred' : 'unknown',
      basis: `no source states whether it sponsors your visa${guess ? `; its type (${p.programType.replace(/_/g, ' ')}) is only a guess from its name` : ''}`,
      check: [visaCheck(a)],
    };
  }
  if (p.typeBasis === 'source' || p.imgFriendly !== 'unknown' || p.facts.some((f) => !f.label.startsWith('H-1B filings'))) {
    return { level: 'stated', basis: 'a source states facts about the program (type, IMG intake or policies)', check: [] };
  }
  if (p.typeBasis === 'name') {
    return { level: 'inferred', basis: `its type (${p.programType.replace(/_/g, ' ')}) is only a guess from its name`, check: ['whether it takes IMGs (look at its current residents\' schools) and its score and graduation-year screens'] };
  }
  return { level: 'unknown', basis: 'no source states its type or how many IMGs it takes', check: ['whether it takes IMGs (look at its current residents\' schools) and its score and graduation-year screens'] };
}

/**
 * The most a tier may be on this evidence, with the reason when it is capped: visa seekers' programs without stated
 * or public visa evidence leave the tiers (`unverified`); for others a program no source describes is at most a target;
 * an academic flagship is at most a reach for a visa seeker unless a source states it takes the applicant's visa.
 */
export function tierCap(p: PlanProgram, a: ApplicantView, ev: ProgramEvidence): { cap: Tier; unverified: boolean; reason?: string } {
  if (a.needsVisa && p.flagship && !statesVisaForApplicant(p, a)) {
    return { cap: 'reach', unverified: !counts(ev.level), reason: `an academic flagship (${p.flagship.value}; ${p.flagship.source}) — at most a reach for an IMG who needs a visa unless it states it takes yours` };
  }
  if (a.needsVisa) return counts(ev.level) ? { cap: 'safety', unverified: false } : { cap: 'safety', unverified: true };
  if (!counts(ev.level)) return { cap: 'target', unverified: false, reason: 'no source describes this program, so it is at most a target' };
  return { cap: 'safety', unverified: false };
}
