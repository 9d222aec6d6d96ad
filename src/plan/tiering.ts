// Reach / target / safety for one open program: applicant strength against program selectivity, reasons in words.
import type { ReasonCode, Tier } from '../domain/plan.js';
import { capitalize } from '../domain/capitalize.js';
import type { ProgramType } from '../knowledge/import/program-schema.js';
import type { ApplicantView } from './applicant-view.js';
import type { Strength } from './applicant-strength.js';
import { FILINGS_TO_VERIFY } from './employer-match.js';
import { lowerTier, openness, tierCap, type Openness } from './evidence.js';
import { statesNoVisas, unstatedOn } from './program-filters.js';
import { PLAN_FIGURES, type PlanFigures } from '../knowledge/plan-figures.js';
import type { PlanProgram } from './program-index.js';
import { reason, say } from './words.en.js';
import { STRENGTH_WEIGHTS } from '../knowledge/strength-weights.js';
import { socalPatientLanguages } from './socal-languages.js';
import { statesVisaIntake } from './img-intake.js';

/** Selectivity points by program type (more = more selective for IMGs). */
const TYPE_POINTS: Record<ProgramType, number> = { university: 3, county_safety_net: 2, military: 2, va: 2, community: 0, unknown: 2 };
/** A type read from the name counts a point more selective than the same type from a source (it may be wrong)... */
const NAME_TYPE_PENALTY = 1;
/** ...and never less selective than an unknown type: a guess from a name may lower a tier, never raise it. */
const NAME_FLOOR = TYPE_POINTS.unknown;

/** Points a program is more open when its institution's public H-1B filings show it trains IMGs on visas. */
const FILINGS_OPENNESS = 1;

/** Points at or above which a program is a safety, and below which it is a reach. */
const SAFETY_AT = 2;
const REACH_BELOW = 0;
/**
 * Selectivity at or above a university program's (a university by a source, or an unknown type in LA County): for an
 * applicant who needs a visa, a stated visa there is necessary, not sufficient — such programs sponsor few visa holders
 * and pick them from the top — so a Step 2 CK under the specialty's matched median (or none yet) keeps it a reach.
 */
const ACADEMIC_AT = TYPE_POINTS.university;

/** The applicant-independent part of a program's selectivity, and its reasons; shared by programs alike in every fact it reads. */
export interface Static { selectivity: number; reasons: readonly ReasonCode[]; key: string }

interface OwnFacts { values: string[]; fact: ReasonCode | null }

/**
 * What tiering reads and remembers for one knowledge base: its state figures, static parts per program and per kind
 * of program, each program's usable stated facts, and normalised reason texts. Lives on the PlanIndex (built once per
 * knowledge base), never in the module, so the builder keeps no process-wide state.
 */
export interface TierMemo {
  states: PlanFigures['stateOpenness'];
  statics: WeakMap<PlanProgram, Static>;
  byKey: Map<string, Static>;
  own: WeakMap<PlanProgram, [OwnFacts | undefined, OwnFacts | undefined]>;
  plain: Map<string, string>;
  /** Each reason's words, said once: static reasons are shared by every program of a kind. */
  said: WeakMap<ReasonCode, string>;
}

/** A reason's words through the memo (the same object is said once). */
export function sayOnce(r: ReasonCode, memo: TierMemo): string {
  let w = memo.said.get(r);
  if (w === undefined) { w = say(r); memo.said.set(r, w); }
  return w;
}

/** An empty memo over these state figures (one per PlanIndex; a fresh one for a one-off judgment). */
export function newTierMemo(states: PlanFigures['stateOpenness'] = PLAN_FIGURES.stateOpenness): TierMemo {
  return { states, statics: new WeakMap(), byKey: new Map(), own: new WeakMap(), plain: new Map(), said: new WeakMap() };
}

/** The static part of a program's tiering, memoised per program and shared between identical programs. */
export function staticPart(p: PlanProgram, memo: TierMemo = newTierMemo()): Static {
  const hit = memo.statics.get(p);
  if (hit) return hit;
  const key = `${p.programType}|${p.typeBasis}|${p.region}|${p.band === 'national' ? p.state : ''}|${p.imgFriendly}`;
  const shared = memo.byKey.get(key);
  if (shared) { memo.statics.set(p, shared); return shared; }
  const reasons: ReasonCode[] = [];
  let selectivity = TYPE_POINTS[p.programType];
  if (p.typeBasis === 'name' && p.programType !== 'unknown') {
    selectivity = Math.max(selectivity + NAME_TYPE_PENALTY, NAME_FLOOR);
    reasons.push(reason('tier.program_type_from_name', { type: p.programType }));
  } else {
    reasons.push(reason('tier.program_type', { type: p.programType }));
  }
  if (p.region === 'la_county') { selectivity += 1; reasons.push(reason('tier.la_county_competition', {})); }
  if (p.band === 'national') {
    const open = memo.states.states[p.state];
    if (open) {
      selectivity += open.points;
      reasons.push(reason('tier.state_non_us_share', { state: p.state, nonUsShare: open.nonUsShare, year: memo.states.year }, memo.states.source));
    } else {
      reasons.push(reason('tier.state', { state: p.state }));
    }
  }
  if (p.imgFriendly === 'yes') { selectivity -= 1; reasons.push(reason('tier.img_friendly', {})); }
  if (p.imgFriendly === 'no') { selectivity += 1; reasons.push(reason('tier.img_rarely', {})); }
  const out = { selectivity, reasons, key };
  memo.statics.set(p, out);
  memo.byKey.set(key, out);
  return out;
}

/** The program's own stated facts that this applicant meets, with the source year. */
function metFacts(p: PlanProgram, a: ApplicantView): ReasonCode[] {
  const out: ReasonCode[] = [];
  const asOf = p.asOf ?? undefined;
  if ((a.visa === 'needs_j1' || a.visa === 'either') && p.visaJ1 === 'yes') out.push(reason('tier.met_j1', { asOf }));
  if ((a.visa === 'needs_h1b' || a.visa === 'either') && p.visaH1b === 'yes') out.push(reason('tier.met_h1b', { asOf }));
  if (p.yogLimitYears !== null && a.yearsSinceGraduation !== undefined && a.yearsSinceGraduation <= p.yogLimitYears) out.push(reason('tier.met_graduation_limit', { limit: p.yogLimitYears, asOf }));
  if (p.step2Min !== null && a.score !== undefined && a.score >= p.step2Min) out.push(reason('tier.met_step2_min', { min: p.step2Min, asOf }));
  if (p.usceRequired === 'yes' && a.usce === 'hands_on') out.push(reason('tier.met_usce_required', { asOf }));
  if (p.firstAttemptRequired === 'yes' && !unstatedOn(p.firstAttemptExams, a).length) out.push(reason('tier.met_first_attempt', { exams: p.firstAttemptExams }));
  return out;
}

const VISA_FACT = /visa|h-1b|j-1|sponsor/i;
const plainWords = (t: string) => ` ${t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The program's usable stated facts (visa facts only for those who need a visa), normalised once per program. */
function ownFacts(p: PlanProgram, needsVisa: boolean, memo: TierMemo): OwnFacts {
  let pair = memo.own.get(p);
  if (!pair) { pair = [undefined, undefined]; memo.own.set(p, pair); }
  const i = needsVisa ? 0 : 1;
  const hit = pair[i];
  if (hit) return hit;
  // the sponsor's filings are said once, by their own reason, for a visa seeker: never again as an own fact
  const saidAsFilings = (label: string) => needsVisa && p.h1bFilings !== undefined && label === 'H-1B filings';
  const usable = p.facts.filter((f) => f.label !== FILINGS_TO_VERIFY && !saidAsFilings(f.label) && f.value.trim().toLowerCase() !== 'unknown' && (needsVisa || !VISA_FACT.test(`${f.label} ${f.value}`)));
  const f = usable[0];
  const out = { values: usable.map((x) => plainWords(x.value)), fact: f ? reason('tier.own_fact', { label: f.label, value: f.value, asOf: f.asOf || undefined }, f.source) : null };
  pair[i] = out;
  return out;
}

/** One of the program's own stated facts, when no reason names one yet (compared on the reasons' words). */
function ownFactReason(p: PlanProgram, a: ApplicantView, reasons: readonly ReasonCode[], memo: TierMemo): ReasonCode | null {
  if (!p.facts.length) return null;
  const own = ownFacts(p, a.needsVisa, memo);
  if (!own.fact) return null;
  // reasons repeat across programs: normalise each text once
  const plainOf = (t: string) => { let v = memo.plain.get(t); if (v === undefined) { v = plainWords(t); if (memo.plain.size < 20000) memo.plain.set(t, v); } return v; };
  const said = reasons.map((r) => plainOf(sayOnce(r, memo)));
  return own.values.some((v) => said.some((r) => r.includes(v))) ? null : own.fact;
}

/** A specialty factor at or below this (the weights' hardest match-rate band) marks a field where few non-US IMGs match. */
const HARD_FIELD_AT = Math.min(...STRENGTH_WEIGHTS.specialty.byMatchRate.map((r) => r.effect));

/** Static selectivity at or above which a program is selective for IMGs (a university, county, VA or unknown type). */
const SELECTIVE_AT = 2;

/** Whether a source shows the program takes IMGs like this applicant: said to take many IMGs, a community program by a
 * source, or (for a visa seeker) a stated policy for that visa or, outside selective institutions, its sponsor's
 * filings. A guess never counts. */
function takesImgsEvidence(p: PlanProgram, a: ApplicantView): boolean {
  if (p.imgFriendly === 'yes') return true;
  if (p.programType === 'community' && p.typeBasis === 'source') return true;
  // a selective institution (university, county, VA, LA academic) files H-1Bs for fellows and others too: its filings
  // show the institution trains visa holders somewhere, not that this program takes IMGs
  if (p.h1bFilings && !selectiveBySource(p)) return true;
  // a stated sponsorship shows the program trains non-US IMGs: intake evidence for an IMG who needs no visa, as it is
  // for a visa seeker with the same file (a visa need never opens a door)
  if (!a.needsVisa) return statesVisaIntake(p);
  const j1 = (a.visa === 'needs_j1' || a.visa === 'either') && p.visaJ1 === 'yes';
  const h1b = (a.visa === 'needs_h1b' || a.visa === 'either') && p.visaH1b === 'yes';
  return j1 || h1b;
}

/** A university, county or VA program by a source or by its name, or an academic flagship: its institution files visas
 * for fellows and faculty too, so its filings do not show that this program takes IMGs. */
function universityLike(p: PlanProgram): boolean {
  return p.flagship !== null || (p.programType !== 'community' && p.programType !== 'unknown' && TYPE_POINTS[p.programType] >= SELECTIVE_AT);
}

/** Evidence that this program itself takes IMGs like this applicant: as takesImgsEvidence, except that a university-like
 * institution's filings never count (they show the institution, not the program). */
function imgEvidenceHere(p: PlanProgram, a: ApplicantView): boolean {
  if (p.h1bFilings && universityLike(p)) return takesImgsEvidence({ ...p, h1bFilings: undefined }, a);
  return takesImgsEvidence(p, a);
}

/** An academic program in LA County: a university (or a type no source states, which in LA County is a hospital that
 * runs its own academic programs, not a community one; a type guessed from a name counts as unstated), or an academic
 * flagship by a cited ranking. */
function laAcademic(p: PlanProgram): boolean {
  return p.region === 'la_county' && (p.programType === 'university' || p.programType === 'unknown' || p.typeBasis === 'name' || p.flagship !== null);
}

/** The widest graduation-year limit a program in our table states (they state 2, 3 or 5 years), which is also the top
 * of the 3-5 years the guides say many programs prefer: past it, an unstated limit is a likely screen-out. */
const WIDEST_STATED_GRADUATION_LIMIT = 5;

/** Levels at which a visa seeker's file can make a selective program a target. */
const COMPETITIVE_LEVELS: ReadonlySet<string> = new Set(['competitive', 'strong']);

/** Selective for IMGs by what a source states (a university, county safety-net, VA or military type) or an academic
 * program in LA County; an unknown type elsewhere is left to the evidence rule, not counted as academic. */
function selectiveBySource(p: PlanProgram): boolean {
  const stated = p.typeBasis === 'source' && p.programType !== 'community' && p.programType !== 'unknown';
  return laAcademic(p) || (stated && TYPE_POINTS[p.programType] >= SELECTIVE_AT);
}

/** One program's judgement: its tier (capped by the evidence rule), reason codes, evidence, and whether it goes to the unverified group. */
export interface Tiered { tier: Tier; reasons: ReasonCode[]; evidence: Openness; unverified: boolean }

/** The tier of one open program for this applicant, with the reasons (this program's own facts) that produced it. */
export function tierProgram(p: PlanProgram, a: ApplicantView, s: Strength, tierDown: readonly ReasonCode[], memo: TierMemo = newTierMemo()): Tiered {
  const st = staticPart(p, memo);
  const reasons = st.reasons.slice();
  let selectivity = st.selectivity;
  if (p.h1bFilings && (a.needsVisa || !selectiveBySource(p))) {
    // Public filings show the institution trains IMGs on visas: evidence of IMG intake, so it counts a point more open
    // (for an IMG who needs no visa too, outside selective institutions that file for fellows and faculty).
    selectivity -= FILINGS_OPENNESS;
    // (for a J-1 seeker they show visa holders are trained there, never which visa: said so, so no reason reads as J-1 evidence)
    reasons.push(reason(a.needsVisa ? 'tier.h1b_filings' : 'tier.img_filings', { count: p.h1bFilings.count, period: p.h1bFilings.period, ...(a.visa === 'needs_j1' ? { j1: true } : {}) }, p.h1bFilings.source));
  }
  for (const t of tierDown) { selectivity += 2; reasons.push(t); }
  if (!p.plain) reasons.push(...metFacts(p, a));
  const own = ownFactReason(p, a, reasons, memo);
  if (own) reasons.push(own);

  // Ties help a little, and only once however many there are.
  let ties: ReasonCode | null = null;
  if (p.band !== 'national') {
    const laTies = p.region === 'la_county' && a.hasLaTies;
    const usceHere = a.usceRegions.includes(p.region);
    // the languages as the profile shows them (capitalised), so the plan never holds a lower-cased name
    // (only languages our guides name as common among SoCal patients: Yoruba or German helps no SoCal program by guess)
    const languages = p.band === 'core LA' || p.band === 'SoCal' ? socalPatientLanguages(a.languages).map(capitalize) : [];
    if (laTies || usceHere || languages.length) ties = reason('tier.ties', { laTies, usceHere, languages });
  }
  // (experience "outside California" names no state: it is no tie to any one program there, and its months already
  // count in the standing wherever they were)
  if (ties) reasons.push(ties);
  const tieBonus = ties ? 1 : 0;

  if (a.regions.length > 0 && !a.regions.includes('anywhere') && !a.regions.includes(p.region)) {
    reasons.push(reason('tier.outside_regions', {}));
  }
  const margin = s.points + tieBonus - selectivity;
  // Without Step 1 passed no program can rank the applicant: every program stays a reach.
  let raw: Tier = a.step1NotPassed ? 'reach' : margin >= SAFETY_AT ? 'safety' : margin >= REACH_BELOW ? 'target' : 'reach';
  const median = s.standing.step2ck?.matched.median;
  // said also when the file's points alone already make it a reach: the score under the median is the plainest reason
  if (a.needsVisa && st.selectivity >= ACADEMIC_AT && median !== undefined && !(a.score !== undefined && !a.scoreIsPredicted && a.score >= median)) {
    raw = 'reach';
    const type = String(st.reasons[0]?.params.type ?? 'unknown');
    reasons.push(reason('tier.academic_below_median', { type, laCounty: p.region === 'la_county', median, ...(a.score !== undefined ? { score: a.score, predicted: a.scoreIsPredicted === true } : {}) }));
  }
  // Selective by a source (university, county, VA) or academic in LA County: such programs sponsor few visa holders and
  // take them from the top of their pool, so for a visa seeker the whole file, not only the score, must read competitive.
  if (raw !== 'reach' && a.needsVisa && selectiveBySource(p) && !COMPETITIVE_LEVELS.has(s.standing.level)) {
    raw = 'reach';
    reasons.push(reason('tier.selective_visa_needs_competitive', { type: p.programType, laCounty: p.region === 'la_county', level: s.standing.level }));
  }
  if (raw !== 'reach' && laAcademic(p) && !takesImgsEvidence(p, a)) {
    raw = 'reach';
    reasons.push(reason('tier.la_academic_reach', { type: p.programType }));
  }
  // A target is earned by evidence for this applicant: for an IMG who needs no visa (a visa seeker's programs answer to
  // the visa evidence rule), a selective program (a university, county or VA by a source) that no source shows taking
  // IMGs fills from US graduates first, and an academic flagship anywhere is a target only for a strong file with that evidence.
  if (raw !== 'reach' && p.flagship && !(s.standing.level === 'strong' && imgEvidenceHere(p, a))) {
    raw = 'reach';
    reasons.push(reason('tier.flagship_reach', { flagship: p.flagship.value }, p.flagship.source));
  }
  // (the sponsor's own resident filings outside LA's academic programs weigh as they do for a visa seeker with the same
  // file, who may reach such a program as a target once the file reads competitive: a visa need never opens a door)
  const filingsAsForVisa = p.h1bFilings !== undefined && !laAcademic(p) && COMPETITIVE_LEVELS.has(s.standing.level);
  if (raw !== 'reach' && !a.needsVisa && !imgEvidenceHere(p, a) && !filingsAsForVisa && (selectiveBySource(p) || universityLike(p))) {
    raw = 'reach';
    reasons.push(reason('tier.selective_no_img_evidence', { type: p.programType }));
  }
  // In a field where few non-US IMGs match (the weights' hardest match-rate band, or a very competitive field), an LA
  // County program is a target only for a real Step 2 CK at or above the field's matched median.
  const field = s.standing.factors.find((f) => f.id === 'specialty');
  if (raw !== 'reach' && p.region === 'la_county' && field && field.effect <= HARD_FIELD_AT && median !== undefined
    && !(a.score !== undefined && !a.scoreIsPredicted && a.score >= median)) {
    raw = 'reach';
    reasons.push(reason('tier.la_hard_field_below_median', { median, ...(a.score !== undefined ? { score: a.score } : {}) }, s.standing.step2ck?.source));
  }
  // LA County is where competition for IMGs is highest: a weak or very weak file's targets lie outside it, ties or not,
  // and so do those of a borderline file that needs a visa (its programs there pick their few visa holders from the top).
  const weakHere = s.standing.level === 'weak' || s.standing.level === 'very weak';
  const borderlineVisa = s.standing.level === 'borderline' && a.needsVisa;
  if (raw !== 'reach' && p.region === 'la_county' && (weakHere || borderlineVisa)) {
    raw = 'reach';
    reasons.push(reason('tier.la_county_weak_reach', { level: s.standing.level, ...(borderlineVisa ? { needsVisa: true } : {}) }));
  }
  const evidence = openness(p, a);
  // In such a field a weak file's visa seeker has no target on an institution's filings alone: they show the institution
  // trains some visa holders, and in a field most non-US IMGs do not match, those come from the top of its pool.
  if (raw !== 'reach' && a.needsVisa && weakHere && field && field.effect <= HARD_FIELD_AT && evidence.level === 'public evidence') {
    raw = 'reach';
    reasons.push(reason('tier.hard_field_weak_filings', { level: s.standing.level }));
  }
  const cap = tierCap(p, a, evidence);
  const capped = lowerTier(raw, cap.cap);
  if (cap.reason && capped !== raw) reasons.push(cap.reason);
  // A safety says "your file fits best here": that takes evidence the program takes IMGs like you, not a strong file alone.
  let tier: Tier = capped === 'safety' && !takesImgsEvidence(p, a) ? 'target' : capped;
  if (tier !== capped) reasons.push(reason('tier.safety_needs_img_evidence', {}));
  // an academic program in LA County is among the most sought-after in the country: no IMG should count on it
  if (tier === 'safety' && laAcademic(p)) { tier = 'target'; reasons.push(reason('tier.la_academic_not_safety', {})); }
  // a selective institution by a source (university, county, VA) picks its few visa holders from the top: a visa
  // seeker may reach it as a target, never count on it as a safety
  if (tier === 'safety' && a.needsVisa && selectiveBySource(p)) { tier = 'target'; reasons.push(reason('tier.selective_visa_not_safety', {})); }
  // for an IMG who needs no visa, a selective institution's stated sponsorship shows it takes some IMGs, not that it
  // is among the most open to them: a target at most
  if (tier === 'safety' && !a.needsVisa && selectiveBySource(p) && p.imgFriendly !== 'yes' && statesVisaIntake(p)) { tier = 'target'; reasons.push(reason('tier.selective_intake_not_safety', {})); }
  // a program that states it takes no visa holders may take only citizens and permanent residents: a work permit (EAD)
  // there is unconfirmed, so the program is never a safety for its holder
  if (tier === 'safety' && a.visa === 'ead' && statesNoVisas(p)) { tier = 'target'; reasons.push(reason('tier.ead_unconfirmed_not_safety', {})); }
  // an academic flagship by a cited ranking (top NIH funding) anywhere is as sought-after as LA's: a target at most for any IMG
  if (tier === 'safety' && p.flagship) { tier = 'target'; reasons.push(reason('tier.flagship_not_safety', { flagship: p.flagship.value }, p.flagship.source)); }
  // a graduation-year limit the applicant is not known to meet (none stated, for a graduate past the widest limit our
  // sources state; or any limit, when the year is not given) is likelier to close the program than to open it: no safety
  const years = a.yearsSinceGraduation;
  if (tier === 'safety' && (years === undefined || (p.yogLimitYears === null && years > WIDEST_STATED_GRADUATION_LIMIT))) {
    tier = 'target';
    reasons.push(reason('tier.graduation_limit_unknown_not_safety', { widest: WIDEST_STATED_GRADUATION_LIMIT, ...(years !== undefined ? { years } : {}), ...(p.yogLimitYears !== null ? { limit: p.yogLimitYears } : {}) }));
  }
  // A selective program that is still a target or safety: say that the file, not the program, put it there.
  if (tier !== 'reach' && st.selectivity >= SELECTIVE_AT) reasons.push(reason('tier.file_outweighs_selectivity', { level: s.standing.level }));
  if (cap.unverified) reasons.push(reason('tier.unverified', { inner: evidence.basis.code, ...evidence.basis.params }, evidence.basis.source));
  if (tier !== 'reach' && !cap.unverified && (s.standing.level === 'weak' || s.standing.level === 'very weak')) {
    reasons.push(reason('tier.weak_relative', { tier }));
  }
  return { tier, reasons, evidence, unverified: cap.unverified };
}
