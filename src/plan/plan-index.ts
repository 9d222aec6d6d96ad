// The plan's program index: California table + stated facts + national roster, merged and indexed by specialty once
// per knowledge base (cached), so a plan never re-reads or re-sorts the table.
import type { ProgramFact } from '../domain/plan.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import type { Program } from '../knowledge/import/program-schema.js';
import type { EligibleStatus, ProgramFactRow } from '../knowledge/import/program-facts.js';
import { bandOf } from './specialty-info.js';
import { employerIsSponsor, FILINGS_TO_VERIFY } from './employer-match.js';
import { fromCaliforniaRow, indexBySpecialty, sortKey, withoutRepoPaths, type ExtraFacts, type PlanProgram, type ProgramIndex } from './program-index.js';
import { newTierMemo, type TierMemo } from './tiering.js';
import { PLAN_FIGURES, type PlanFigures } from '../knowledge/plan-figures.js';
import { reason, say, statusWords } from './words.en.js';
import { labelledSource } from './source-kind.js';
import { propagateFamilyFacts } from './sponsor-families.js';
import { inheritFromCategorical, propagateInstitutionRoutes } from './shared-statements.js';
import { LCA_PERIOD, LCA_SOURCE } from './lca-period.js';

/** Counts over a set of programs that the visa advice and the caveats need; summed per specialty at load. */
export interface ScopeStats {
  n: number; j1Yes: number; j1No: number; h1bYes: number; h1bNo: number; filed: number;
  california: number; national: number; caDated: number; caMinYear: number; caMaxYear: number;
}

/** The prepared index: programs by specialty, their counts, and the tiering memo that lives as long as this knowledge base. */
export interface PlanIndex { bySpecialty: ProgramIndex; stats: ReadonlyMap<string, ScopeStats>; size: number; tierMemo: TierMemo }

/** An empty ScopeStats. */
export function emptyStats(): ScopeStats {
  return { n: 0, j1Yes: 0, j1No: 0, h1bYes: 0, h1bNo: 0, filed: 0, california: 0, national: 0, caDated: 0, caMinYear: Infinity, caMaxYear: -Infinity };
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addStats(a: ScopeStats, b: ScopeStats): ScopeStats {
  a.n += b.n; a.j1Yes += b.j1Yes; a.j1No += b.j1No; a.h1bYes += b.h1bYes; a.h1bNo += b.h1bNo; a.filed += b.filed;
  a.california += b.california; a.national += b.national; a.caDated += b.caDated;
  a.caMinYear = Math.min(a.caMinYear, b.caMinYear); a.caMaxYear = Math.max(a.caMaxYear, b.caMaxYear);
  return a;
}

function statsOf(list: readonly PlanProgram[]): ScopeStats {
  const s = emptyStats();
  for (const p of list) {
    s.n += 1;
    if (p.visaJ1 === 'yes') s.j1Yes += 1;
    const none = p.sponsorNoVisas === 'yes' || Boolean(p.familyNoVisasVia);
    if (p.visaJ1 === 'no' || none) s.j1No += 1;
    if (p.visaH1b === 'no' || none) s.h1bNo += 1;
    if (p.visaH1b === 'yes') s.h1bYes += 1;
    if (p.h1bFilings) s.filed += 1;
    if (p.band === 'national') { s.national += 1; continue; }
    s.california += 1;
    if (p.asOf !== null) { s.caDated += 1; s.caMinYear = Math.min(s.caMinYear, p.asOf); s.caMaxYear = Math.max(s.caMaxYear, p.asOf); }
  }
  return s;
}

interface Sources { programs: readonly Program[]; national?: readonly NationalProgram[]; programFacts?: readonly ProgramFactRow[]; figures?: PlanFigures }
const cache = new WeakMap<readonly Program[], { national?: readonly NationalProgram[]; facts?: readonly ProgramFactRow[]; figures: PlanFigures; index: PlanIndex }>();

/** The index for this knowledge base, built on first use and reused while the same tables and figures are passed. */
export function planIndex(kb: Sources): PlanIndex {
  const figures = kb.figures ?? PLAN_FIGURES;
  const hit = cache.get(kb.programs);
  if (hit && hit.national === kb.national && hit.facts === kb.programFacts && hit.figures === figures) return hit.index;
  const index = buildIndex(kb, figures);
  cache.set(kb.programs, { national: kb.national, facts: kb.programFacts, figures, index });
  return index;
}


function extraFacts(rows: readonly ProgramFactRow[]): Map<string, ExtraFacts> {
  const out = new Map<string, ExtraFacts>();
  for (const r of rows) {
    const e = out.get(r.programId) ?? {};
    const fact = (label: string, value: string): ProgramFact => ({ label, value: withoutRepoPaths(value), source: labelledSource(r.sourceUrl), ...(r.asOf ? { asOf: String(r.asOf) } : {}) });
    if (r.fact === 'first_attempt_required') e.firstAttemptRequired = { exams: r.value, fact: fact('first-attempt rule', `${r.value || 'USMLE'} must be passed on the first attempt`) };
    if (r.fact === 'sponsor_no_visas') e.sponsorNoVisas = fact('sponsor-wide visa statement', `the sponsoring institution says it sponsors no visas (${r.value})`);
    if (r.fact === 'step3_for_h1b') e.step3ForH1b = fact('Step 3 for H-1B', 'Step 3 must be passed before an H-1B is filed');
    if (r.fact === 'ecfmg_certified_by') e.ecfmgBy = { by: r.value, fact: fact('ECFMG certification', `needed ${r.value}`) };
    if (r.fact === 'usce_min_months') e.usceMinMonths = { months: Number(r.value), fact: fact('US clinical experience', `at least ${r.value} months`) };
    if (r.fact === 'eligible_statuses') {
      const statuses = r.value.split(';') as EligibleStatus[];
      e.eligibleStatuses = { statuses, fact: fact('who may be appointed', `only ${statusWords(statuses)}`) };
    }
    if (r.fact === 'military_only') e.militaryOnly = fact('who may apply', r.value);
    if (r.fact === 'academic_flagship') e.academicFlagship = fact('academic flagship', r.value);
    if (r.fact === 'in_acgme_list') e.listed = fact('ACGME list', r.value);
    out.set(r.programId, e);
  }
  return out;
}

const SYSTEM_NAMES = /^(university of california|uc |california university|state university|suny)/;

/**
 * The sponsor key of a program: its name without the site in brackets and the word "program", with its state. ACGME
 * names a program "Sponsor/Participating site Program", so only the part before the first slash names the sponsor.
 */
export function sponsorKey(p: Pick<PlanProgram, 'name' | 'state'>): string {
  const name = p.name.toLowerCase().split('/')[0]!;
  // a system of separate sponsors named by campus (University of California (Irvine)...) keeps the campus
  const site = SYSTEM_NAMES.test(name) ? name : name.replace(/\([^)]*\)/g, ' ');
  return `${site.replace(/\bprogram\b/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim()}|${p.state}`;
}

/**
 * Sponsor-wide facts reach every row of the sponsor: a stated "sponsors no visas" goes to the siblings, and when at
 * least two siblings state a visa policy and every one of them sponsors none, siblings with no stated policy are
 * treated the same (derived: verify). Only ever closes a program to visa seekers, never opens one.
 */
function propagateSponsorFacts(all: PlanProgram[]): void {
  const groups = new Map<string, PlanProgram[]>();
  for (const p of all) { const k = sponsorKey(p); const g = groups.get(k); if (g) g.push(p); else groups.set(k, [p]); }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    propagateRoute(g, 'visaH1b', 'h1b');
    propagateRoute(g, 'visaJ1', 'j1');
    propagateFilings(g);
    const stated = g.filter((p) => p.sponsorNoVisas === 'yes' || p.visaJ1 !== 'unknown' || p.visaH1b !== 'unknown');
    const noneAll = stated.length >= 2 && stated.every((p) => p.sponsorNoVisas === 'yes' || (p.visaJ1 === 'no' && p.visaH1b === 'no'));
    const statement = g.find((p) => p.sponsorNoVisas === 'yes');
    if (!statement && !noneAll) continue;
    for (const p of g) {
      if (p.sponsorNoVisas === 'yes' || p.visaJ1 === 'yes' || p.visaH1b === 'yes' || (p.visaJ1 !== 'unknown' && p.visaH1b !== 'unknown')) continue;
      const src = statement ?? stated[0]!;
      p.sponsorNoVisas = 'yes';
      p.sponsorNoVisasVia = statement
        ? reason('sponsor.sibling_states_no_visas', { sibling: statement.name.trim() })
        : reason('sponsor.all_stated_no_visas', { stated: stated.length });
      p.facts.push({ label: 'sponsor-wide visa fact (derived)', value: say(p.sponsorNoVisasVia), ...(src.facts[0]?.source ? { source: src.facts[0].source } : {}), ...(src.asOf ? { asOf: String(src.asOf) } : {}) });
      p.plain = false;
    }
  }
}

/**
 * One visa route across a sponsor's programs: when at least two siblings state their policy for the route and every one
 * of them declines it, siblings that state nothing for the route are treated as declining it (derived: verify). An
 * institution's GME office usually sets one visa policy for all its programs. Only ever closes, never opens.
 */
function propagateRoute(g: readonly PlanProgram[], field: 'visaJ1' | 'visaH1b', route: 'j1' | 'h1b'): void {
  const stated = g.filter((p) => p[field] !== 'unknown');
  markConflicts(stated, field, route);
  if (stated.length < 2 || stated.some((p) => p[field] !== 'no')) return;
  const via = reason('sponsor.all_stated_no_route', { route: route === 'j1' ? 'J-1' : 'H-1B', stated: stated.length });
  const src = stated[0]!;
  for (const p of g) {
    if (p[field] !== 'unknown' || p.sponsorNoVisas === 'yes') continue;
    p.sponsorNoRouteVia = { ...p.sponsorNoRouteVia, [route]: via };
    p.facts.push({ label: `sponsor-wide ${route === 'j1' ? 'J-1' : 'H-1B'} fact (derived)`, value: say(via), ...(src.facts[0]?.source ? { source: src.facts[0].source } : {}), ...(src.asOf ? { asOf: String(src.asOf) } : {}) });
    p.plain = false;
  }
}

/**
 * A sponsor's programs that state they take a route which at least two of their siblings, and more than say yes, state they
 * decline: an institution's GME office usually sets one visa policy, so the lone "yes" is contradicted and must be checked
 * before it counts (it never closes the program, and never places it in target or safety).
 */
function markConflicts(stated: readonly PlanProgram[], field: 'visaJ1' | 'visaH1b', route: 'j1' | 'h1b'): void {
  const yes = stated.filter((p) => p[field] === 'yes');
  const declined = stated.length - yes.length;
  if (!yes.length || declined < 2 || declined <= yes.length) return;
  const via = reason('sponsor.route_contradicted', { route: route === 'j1' ? 'J-1' : 'H-1B', declined });
  for (const p of yes) {
    p.sponsorConflict = { ...p.sponsorConflict, [route]: via };
    p.plain = false;
  }
}

/**
 * The sponsor's own resident H-1B filings are about the institution, not one specialty (the roster matched them to a few
 * specialties only): its programs without filings of their own carry them too, said as the sponsor's, never as a
 * policy. Programs that state or derive a closed visa policy keep it (filings never open a closed program).
 */
function propagateFilings(g: readonly PlanProgram[]): void {
  const filer = g.find((p) => p.h1bFilings);
  if (!filer) return;
  for (const p of g) {
    // a row whose own filings came from another employer keeps them "to verify": its sponsor may not be the filer's
    if (p.h1bFilings || p.sponsorNoVisas === 'yes' || p.militaryOnly === 'yes' || p.facts.some((f) => f.label === FILINGS_TO_VERIFY)) continue;
    p.h1bFilings = filer.h1bFilings;
    p.facts.push({ label: 'H-1B filings', value: say(reason('sponsor.filings_of_sponsor', { count: filer.h1bFilings!.count, period: filer.h1bFilings!.period, sibling: filer.name.trim() })), source: filer.h1bFilings!.source, asOf: '2025' });
    p.plain = false;
  }
}

// Words that say nothing about which institution filed: legal forms and generic health-care words.
const EMPLOYER_STOP = new Set('the of and at in for inc llc corp corporation incorporated dba a an co company ltd pc pllc pa affiliates affiliated'.split(' '));
const EMPLOYER_GENERIC = new Set('university health healthcare system systems medical center centers hospital hospitals medicine school college foundation program programs clinic clinics services regional community memorial general graduate education'.split(' '));
const WORDS = /[a-z]+/g;

/** True when the H-1B filer's name plausibly is this program's institution (at least half its distinctive words, a university by name or abbreviation); a filing by another institution is no evidence for this program. */
export function filerMatches(employer: string | null, programName: string): boolean {
  if (employer === null) return true;
  const filer = (employer.toLowerCase().match(WORDS) ?? []).filter((w) => !EMPLOYER_STOP.has(w));
  const name = new Set(programName.toLowerCase().match(WORDS) ?? []);
  const distinctive = filer.filter((w) => !EMPLOYER_GENERIC.has(w));
  if (distinctive.filter((w) => name.has(w)).length * 2 < distinctive.length) return false;
  return !filer.includes('university') || [...name].some((w) => w.startsWith('univ') || (w.startsWith('u') && w.length <= 5 && programName.toLowerCase().includes(w) && /\bU[A-Z]/.test(programName)));
}

/**
 * The roster row's H-1B filings: public evidence only when the filing employer is the program's own sponsor; a
 * name-matched nearby or partner employer is a fact "to verify" that never reaches `h1bFilings` (so never moves a tier).
 */
function filingsOf(n: NationalProgram): { evidence?: NonNullable<PlanProgram['h1bFilings']>; fact?: ProgramFact } {
  if (n.h1bLcaCount === null) return {};
  const employer = n.h1bEmployer ?? '';
  const value = `${employer || 'its institution'} filed ${n.h1bLcaCount} resident H-1B applications in ${LCA_PERIOD}`;
  if (employer && employerIsSponsor(employer, n) && filerMatches(employer, n.name)) {
    return { evidence: { count: n.h1bLcaCount, period: LCA_PERIOD, source: LCA_SOURCE }, fact: { label: 'H-1B filings', value, source: LCA_SOURCE, asOf: '2025' } };
  }
  const nearby = `${value}; that employer is matched to this program by name only and is not its sponsor, so this is not evidence about this program (ask the program)`;
  return { fact: { label: FILINGS_TO_VERIFY, value: nearby, source: LCA_SOURCE, asOf: '2025' } };
}

function fromNational(n: NationalProgram, extra: ExtraFacts | undefined): PlanProgram {
  const band = bandOf(n.region);
  const facts: ProgramFact[] = [];
  if (extra?.militaryOnly) facts.push(extra.militaryOnly);
  if (extra?.sponsorNoVisas) facts.push(extra.sponsorNoVisas);
  if (extra?.firstAttemptRequired) facts.push(extra.firstAttemptRequired.fact);
  if (extra?.step3ForH1b) facts.push(extra.step3ForH1b);
  if (extra?.ecfmgBy) facts.push(extra.ecfmgBy.fact);
  if (extra?.usceMinMonths) facts.push(extra.usceMinMonths.fact);
  if (extra?.eligibleStatuses) facts.push(extra.eligibleStatuses.fact);
  if (extra?.academicFlagship) facts.push(extra.academicFlagship);
  const filings = filingsOf(n);
  if (filings.fact) facts.push(filings.fact);
  return {
    id: n.acgmeId, name: n.name, specialty: n.specialty, city: n.city, state: n.state, region: n.region, band,
    programType: n.programType, typeBasis: n.typeBasis,
    visaJ1: 'unknown', visaH1b: 'unknown', imgFriendly: 'unknown', step2Min: null, yogLimitYears: null, usceRequired: 'unknown',
    firstAttemptRequired: extra?.firstAttemptRequired ? 'yes' : 'unknown', firstAttemptExams: extra?.firstAttemptRequired?.exams ?? '',
    sponsorNoVisas: extra?.sponsorNoVisas ? 'yes' : 'unknown', step3ForH1b: extra?.step3ForH1b ? 'yes' : 'unknown',
    ecfmgBy: extra?.ecfmgBy?.by ?? null, militaryOnly: extra?.militaryOnly ? 'yes' : 'unknown', flagship: extra?.academicFlagship ?? null,
    ...(extra?.usceMinMonths ? { usceMinMonths: extra.usceMinMonths.months } : {}),
    ...(extra?.eligibleStatuses ? { eligibleStatuses: extra.eligibleStatuses.statuses } : {}),
    asOf: null, notes: '', facts,
    ...(filings.evidence ? { h1bFilings: filings.evidence } : {}),
    sortKey: sortKey(band, n.name, n.acgmeId), plain: extra === undefined,
  };
}

/** One row per program: a California row stands for the roster row of the same ACGME id (stated or by a same-program fact). */
function buildIndex(kb: Sources, figures: PlanFigures): PlanIndex {
  const extra = extraFacts(kb.programFacts ?? []);
  const same = new Map<string, string>(); // roster ACGME id -> California table id
  for (const r of kb.programFacts ?? []) if (r.fact === 'same_program_as') same.set(r.value, r.programId);
  const all: PlanProgram[] = kb.programs.map((p) => fromCaliforniaRow(p, extra.get(p.id)));
  const byId = new Map(all.map((p) => [p.id, p]));
  const known = new Set(kb.programs.map((p) => `${p.acgmeId ?? p.id}|${p.specialty}`));
  for (const n of kb.national ?? []) {
    const twin = same.get(n.acgmeId);
    if (known.has(`${n.acgmeId}|${n.specialty}`) || twin) {
      // the California table's row, with its facts, wins; it keeps the roster row's public filing evidence
      const ca = byId.get(twin ?? n.acgmeId);
      const filings = filingsOf(n);
      if (ca && !ca.h1bFilings && filings.fact) {
        if (filings.evidence) ca.h1bFilings = filings.evidence;
        ca.facts.push(filings.fact);
      }
      continue;
    }
    all.push(fromNational(n, extra.get(n.acgmeId)));
  }
  inheritFromCategorical(all, kb.programFacts ?? []);
  propagateInstitutionRoutes(all, kb.programFacts ?? [], sponsorKey);
  propagateSponsorFacts(all);
  propagateFamilyFacts(all, figures, sponsorKey);
  const bySpecialty = indexBySpecialty(all);
  const stats = new Map<string, ScopeStats>([...bySpecialty].map(([sp, list]) => [sp, statsOf(list)]));
  return { bySpecialty, stats, size: all.length, tierMemo: newTierMemo(figures.stateOpenness) };
}
