// One shape for every program the plan judges (California table and national roster), indexed by specialty once.
import { labelledSource, restsOnIndirectSource } from './source-kind.js';
import type { Band, PlannedProgram, ProgramFact, ReasonCode } from '../domain/plan.js';
import type { Region, Specialty } from '../domain/profile.js';
import type { Program, ProgramType, TriState } from '../knowledge/import/program-schema.js';
import type { EligibleStatus } from '../knowledge/import/program-facts.js';
import { BAND_RANK, bandOf } from './specialty-info.js';

/** Where a program's type comes from: a cited source, the program's name, or nothing. */
export type TypeBasis = 'source' | 'name' | 'none';

/** A program as the plan judges it; facts not stated by a source are `unknown` / null. */
export interface PlanProgram {
  id: string;
  name: string;
  specialty: Specialty;
  city: string;
  state: string;
  region: Region;
  band: Band;
  programType: ProgramType;
  typeBasis: TypeBasis;
  visaJ1: TriState;
  visaH1b: TriState;
  imgFriendly: TriState;
  step2Min: number | null;
  yogLimitYears: number | null;
  usceRequired: TriState;
  /** Stated: passing USMLE on the first attempt is required (the exams it names in `firstAttemptExams`). */
  firstAttemptRequired: TriState;
  firstAttemptExams: string;
  /** Stated for the whole sponsoring institution: it sponsors no visas. */
  sponsorNoVisas: TriState;
  /** When sponsorNoVisas comes from sibling programs of the same sponsor rather than this program: how, as a reason code. */
  sponsorNoVisasVia?: ReasonCode;
  /** Derived from the health system: its other region states it sponsors no visas and this program states nothing (see sponsor-families.ts). */
  familyNoVisasVia?: ReasonCode;
  /** Derived per route: every sibling of the same sponsor that states this route's policy declines it (verify); how, as a code. */
  sponsorNoRouteVia?: { j1?: ReasonCode; h1b?: ReasonCode };
  /** The program states it takes a route that at least two siblings of its sponsor (and more than state it) decline: the
   * statement is contradicted, so it cannot place the program in target or safety (check first); how, as a code. */
  sponsorConflict?: { j1?: ReasonCode; h1b?: ReasonCode };
  /** Stated: Step 3 must be passed before an H-1B can be filed. */
  step3ForH1b: TriState;
  /** Stated: ECFMG certification needed by this date (free text, e.g. "by the rank-list deadline"). */
  ecfmgBy: string | null;
  /** Stated: the least US clinical experience, in months, the program takes (program-facts.csv `usce_min_months`). */
  usceMinMonths?: number;
  /** Stated: the only statuses it appoints, a closed list (program-facts.csv `eligible_statuses`); absent when no source lists them. */
  eligibleStatuses?: readonly EligibleStatus[];
  /** Stated: only active-duty US military members may apply (not open through the civilian Match). */
  militaryOnly: TriState;
  /** Stated by a cited ranking: the sponsoring institution is an academic flagship (top-20 NIH-funded); the fact in words. */
  flagship: ProgramFact | null;
  asOf: number | null;
  notes: string;
  /** Prepared at load: the program rests on an indirect source (a research note says it was inferred, or every source is secondary). */
  indirectSource?: boolean;
  /** Prepared at load: an indirect source and no listing in the ACGME public program list, so the program may not exist. */
  mayNotExist?: boolean;
  /** Prepared at load: the ACGME public program list lists it (the list's year), so its existence is not in doubt. */
  listedInAcgme?: string;
  facts: ProgramFact[];
  h1bFilings?: PlannedProgram['h1bFilings'];
  /** Sort key computed once: band, then lowercase name, then id. */
  sortKey: string;
  /** True when no source states any policy fact and there is no note: its filters depend on the applicant only. */
  plain: boolean;
}

/** Extra stated facts for one program id, from knowledge/programs/program-facts.csv. */
export interface ExtraFacts {
  firstAttemptRequired?: { exams: string; fact: ProgramFact };
  sponsorNoVisas?: ProgramFact;
  step3ForH1b?: ProgramFact;
  ecfmgBy?: { by: string; fact: ProgramFact };
  usceMinMonths?: { months: number; fact: ProgramFact };
  eligibleStatuses?: { statuses: EligibleStatus[]; fact: ProgramFact };
  militaryOnly?: ProgramFact;
  academicFlagship?: ProgramFact;
  /** The ACGME public program list (2025) lists the program: it exists, whatever its other sources. */
  listed?: ProgramFact;
}

/** A California table row as a PlanProgram, with its stated facts listed with source and year. */
export function fromCaliforniaRow(p: Program, extra: ExtraFacts | undefined): PlanProgram {
  const source = labelledSource(p.sourceUrls[0] ?? 'program table');
  const asOf = p.asOf === null ? undefined : String(p.asOf);
  const fact = (label: string, value: string): ProgramFact => ({ label, value, source, ...(asOf ? { asOf } : {}) });
  const facts: ProgramFact[] = [];
  if (p.programType !== 'unknown') facts.push(fact('type', p.programType.replace(/_/g, ' ')));
  if (p.visaJ1 !== 'unknown') facts.push(fact('J-1', p.visaJ1 === 'yes' ? 'takes J-1' : 'does not take J-1'));
  if (p.visaH1b !== 'unknown') facts.push(fact('H-1B', p.visaH1b === 'yes' ? 'sponsors H-1B' : 'does not sponsor H-1B'));
  if (p.yogLimitYears !== null) facts.push(fact('graduation-year limit', `${p.yogLimitYears} years`));
  if (p.step2Min !== null) facts.push(fact('Step 2 CK minimum', String(p.step2Min)));
  if (p.usceRequired !== 'unknown') facts.push(fact('US clinical experience', p.usceRequired === 'yes' ? 'required' : 'not required'));
  if (extra?.firstAttemptRequired) facts.push(extra.firstAttemptRequired.fact);
  if (extra?.sponsorNoVisas) facts.push(extra.sponsorNoVisas);
  if (extra?.step3ForH1b) facts.push(extra.step3ForH1b);
  if (extra?.ecfmgBy) facts.push(extra.ecfmgBy.fact);
  if (extra?.usceMinMonths) facts.push(extra.usceMinMonths.fact);
  if (extra?.eligibleStatuses) facts.push(extra.eligibleStatuses.fact);
  if (extra?.militaryOnly) facts.push(extra.militaryOnly);
  if (extra?.academicFlagship) facts.push(extra.academicFlagship);
  const band = bandOf(p.region);
  const indirect = restsOnIndirectSource(p.notes, p.sourceUrls);
  return {
    id: p.id, name: p.name, specialty: p.specialty, city: p.city, state: 'CA', region: p.region, band,
    programType: p.programType, typeBasis: p.programType === 'unknown' ? 'none' : 'source',
    visaJ1: p.visaJ1, visaH1b: p.visaH1b, imgFriendly: p.imgFriendly, step2Min: p.step2Min, yogLimitYears: p.yogLimitYears,
    usceRequired: p.usceRequired,
    firstAttemptRequired: extra?.firstAttemptRequired ? 'yes' : 'unknown', firstAttemptExams: extra?.firstAttemptRequired?.exams ?? '',
    sponsorNoVisas: extra?.sponsorNoVisas ? 'yes' : 'unknown', step3ForH1b: extra?.step3ForH1b ? 'yes' : 'unknown',
    ecfmgBy: extra?.ecfmgBy?.by ?? null, militaryOnly: extra?.militaryOnly ? 'yes' : 'unknown', flagship: extra?.academicFlagship ?? null,
    ...(extra?.usceMinMonths ? { usceMinMonths: extra.usceMinMonths.months } : {}),
    ...(extra?.eligibleStatuses ? { eligibleStatuses: extra.eligibleStatuses.statuses } : {}),
    asOf: p.asOf, notes: withoutRepoPaths(p.notes), indirectSource: indirect, ...(indirect && !extra?.listed ? { mayNotExist: true } : {}), ...(extra?.listed ? { listedInAcgme: extra.listed.asOf ?? 'undated' } : {}), facts, sortKey: sortKey(band, p.name, p.id), plain: false,
  };
}

const REPO_PATH = /\s*[(;,]?\s*\b(?:shared\/data|knowledge\/programs|test\/fixtures)\/[\w./-]+\)?/g;

/** A text with repository paths (shared/data/x.csv…) taken out: users see publications and addresses, never our files. */
export function withoutRepoPaths(text: string): string {
  return text.replace(REPO_PATH, '').replace(/\(\s*\)/g, '').trim();
}

/** The sort key: band rank, lowercase name, id — compared with < so no comparator ever searches or collates. */
export function sortKey(band: Band, name: string, id: string): string {
  return `${BAND_RANK[band]}|${name.toLowerCase()}|${id}`;
}

/** Programs by specialty, each list sorted by sortKey. */
export type ProgramIndex = ReadonlyMap<Specialty, readonly PlanProgram[]>;

/** Groups programs by specialty and sorts each group once. */
export function indexBySpecialty(programs: readonly PlanProgram[]): ProgramIndex {
  const out = new Map<Specialty, PlanProgram[]>();
  for (const p of programs) {
    const list = out.get(p.specialty);
    if (list) list.push(p);
    else out.set(p.specialty, [p]);
  }
  for (const list of out.values()) list.sort((x, y) => (x.sortKey < y.sortKey ? -1 : x.sortKey > y.sortKey ? 1 : 0));
  return out;
}
