// Reach / target / safety for one open program: applicant strength against program selectivity, reasons in words.
import type { ProgramEvidence, Tier } from '../domain/plan.js';
import type { ProgramType } from '../knowledge/import/program-schema.js';
import type { ApplicantView } from './applicant-view.js';
import type { Strength } from './applicant-strength.js';
import { FILINGS_TO_VERIFY } from './employer-match.js';
import { lowerTier, openness, tierCap } from './evidence.js';
import { STATE_OPENNESS } from './national-figures.js';
import type { PlanProgram } from './program-index.js';

const TYPE_POINTS: Record<ProgramType, { points: number; words: string }> = {
  university: { points: 3, words: 'university program — usually the most selective for IMGs' },
  county_safety_net: { points: 2, words: 'county safety-net program — busy and often selective' },
  military: { points: 2, words: 'military program — mostly closed to civilian IMGs' },
  va: { points: 2, words: 'VA-sponsored program — usually selective' },
  community: { points: 0, words: 'community program — usually the most open to IMGs' },
  unknown: { points: 2, words: 'program type not settled by a source — treated as selective' },
};
/** A type read from the name counts a point more selective than the same type from a source (it may be wrong)... */
const NAME_TYPE_PENALTY = 1;
/** ...and never less selective than an unknown type: a guess from a name may lower a tier, never raise it. */
const NAME_FLOOR = TYPE_POINTS.unknown.points;
const NAME_WORDS: Record<ProgramType, string> = Object.fromEntries(
  Object.entries(TYPE_POINTS).map(([k, v]) => [k, `${v.words.split(' — ')[0]} by its name — a guess (no source states the type), never counted in your favour; verify`]),
) as Record<ProgramType, string>;
const STATE_WORDS = new Map<string, string>();

/** Points a program is more open when its institution's public H-1B filings show it trains IMGs on visas. */
const FILINGS_OPENNESS = 1;

/** Points at or above which a program is a safety, and below which it is a reach. */
export const SAFETY_AT = 2;
export const REACH_BELOW = 0;
/**
 * Selectivity at or above a university program's (a university by a source, or an unknown type in LA County): for an
 * applicant who needs a visa, a stated visa there is necessary, not sufficient — such programs sponsor few visa holders
 * and pick them from the top — so a Step 2 CK under the specialty's matched median (or none yet) keeps it a reach.
 */
export const ACADEMIC_AT = TYPE_POINTS.university.points;

/** The applicant-independent part of a program's selectivity, and its reasons; shared by programs alike in every fact it reads. */
export interface Static { selectivity: number; reasons: readonly string[]; key: string }
const STATIC = new WeakMap<PlanProgram, Static>();
const BY_KEY = new Map<string, Static>();

/** The static part of a program's tiering, memoised per program and shared between identical programs. */
export function staticPart(p: PlanProgram): Static {
  const hit = STATIC.get(p);
  if (hit) return hit;
  const key = `${p.programType}|${p.typeBasis}|${p.region}|${p.band === 'national' ? p.state : ''}|${p.imgFriendly}`;
  const shared = BY_KEY.get(key);
  if (shared) { STATIC.set(p, shared); return shared; }
  const reasons: string[] = [];
  const type = TYPE_POINTS[p.programType];
  let selectivity = type.points;
  if (p.typeBasis === 'name' && p.programType !== 'unknown') {
    selectivity = Math.max(selectivity + NAME_TYPE_PENALTY, NAME_FLOOR);
    reasons.push(NAME_WORDS[p.programType]);
  } else {
    reasons.push(type.words);
  }
  if (p.region === 'la_county') { selectivity += 1; reasons.push('in LA County, where competition for IMGs is highest'); }
  if (p.band === 'national') {
    const open = STATE_OPENNESS[p.state];
    let words = STATE_WORDS.get(p.state);
    if (!words) { words = open ? `in ${p.state}: ${open.words}` : `in ${p.state}`; STATE_WORDS.set(p.state, words); }
    if (open) selectivity += open.points;
    reasons.push(words);
  }
  if (p.imgFriendly === 'yes') { selectivity -= 1; reasons.push('a source describes it as taking many IMGs'); }
  if (p.imgFriendly === 'no') { selectivity += 1; reasons.push('a source says it rarely takes IMGs'); }
  const out = { selectivity, reasons, key };
  STATIC.set(p, out);
  BY_KEY.set(key, out);
  return out;
}

/** The program's own stated facts that this applicant meets, in words with the source year. */
function metFacts(p: PlanProgram, a: ApplicantView): string[] {
  const out: string[] = [];
  const year = p.asOf ? ` (${p.asOf})` : '';
  if ((a.visa === 'needs_j1' || a.visa === 'either') && p.visaJ1 === 'yes') out.push(`states it takes J-1 residents${year}`);
  if ((a.visa === 'needs_h1b' || a.visa === 'either') && p.visaH1b === 'yes') out.push(`states it sponsors H-1B${year} — confirm it files new petitions this cycle`);
  if (p.yogLimitYears !== null && a.yearsSinceGraduation !== undefined && a.yearsSinceGraduation <= p.yogLimitYears) out.push(`states a limit of ${p.yogLimitYears} years since graduation; you are within it${year}`);
  if (p.step2Min !== null && a.score !== undefined && a.score >= p.step2Min) out.push(`states a Step 2 CK minimum of ${p.step2Min}; yours clears it${year}`);
  if (p.usceRequired === 'yes' && a.usce === 'hands_on') out.push(`requires US clinical experience; your hands-on months count${year}`);
  if (p.firstAttemptRequired === 'yes') out.push(`requires ${p.firstAttemptExams || 'USMLE'} passed on the first attempt; you meet it`);
  return out;
}

const VISA_FACT = /visa|h-1b|j-1|sponsor/i;
const plainWords = (t: string) => ` ${t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
const PLAIN = new Map<string, string>(); // reasons repeat across programs: normalise each text once
const plainOf = (t: string) => { let v = PLAIN.get(t); if (v === undefined) { v = plainWords(t); if (PLAIN.size < 20000) PLAIN.set(t, v); } return v; };
interface OwnFacts { values: string[]; text: string | null }
const OWN = new WeakMap<PlanProgram, [OwnFacts | undefined, OwnFacts | undefined]>();

/** The program's usable stated facts (visa facts only for those who need a visa), normalised once per program. */
function ownFacts(p: PlanProgram, needsVisa: boolean): OwnFacts {
  let pair = OWN.get(p);
  if (!pair) { pair = [undefined, undefined]; OWN.set(p, pair); }
  const i = needsVisa ? 0 : 1;
  const hit = pair[i];
  if (hit) return hit;
  const usable = p.facts.filter((f) => f.label !== FILINGS_TO_VERIFY && f.value.trim().toLowerCase() !== 'unknown' && (needsVisa || !VISA_FACT.test(`${f.label} ${f.value}`)));
  const f = usable[0];
  const out = { values: usable.map((x) => plainWords(x.value)), text: f ? `its own stated fact — ${f.label}: ${f.value} (${f.source}${f.asOf ? `, ${f.asOf}` : ''})` : null };
  pair[i] = out;
  return out;
}

/** One of the program's own stated facts in words, when no reason names one yet. */
function ownFactReason(p: PlanProgram, a: ApplicantView, reasons: readonly string[]): string | null {
  if (!p.facts.length) return null;
  const own = ownFacts(p, a.needsVisa);
  if (!own.text) return null;
  const said = reasons.map(plainOf);
  return own.values.some((v) => said.some((r) => r.includes(v))) ? null : own.text;
}

/** One program's judgement: its tier (capped by the evidence rule), reasons, evidence, and whether it goes to the unverified group. */
export interface Tiered { tier: Tier; reasons: string[]; evidence: ProgramEvidence; unverified: boolean }

/** The tier of one open program for this applicant, with the reasons (this program's own facts) that produced it. */
export function tierProgram(p: PlanProgram, a: ApplicantView, s: Strength, tierDown: readonly string[]): Tiered {
  const st = staticPart(p);
  const reasons = st.reasons.slice();
  let selectivity = st.selectivity;
  if (p.h1bFilings && a.needsVisa) {
    // Public filings show the institution trains IMGs on visas: evidence of IMG intake, so it counts a point more open.
    selectivity -= FILINGS_OPENNESS;
    reasons.push(`its institution filed ${p.h1bFilings.count} resident H-1B application${p.h1bFilings.count === 1 ? '' : 's'} in ${p.h1bFilings.period} (${p.h1bFilings.source}) — public evidence that it trains IMGs on visas`);
  }
  for (const t of tierDown) { selectivity += 2; reasons.push(t); }
  if (!p.plain) reasons.push(...metFacts(p, a));
  const own = ownFactReason(p, a, reasons);
  if (own) reasons.push(own);

  // Ties help a little, and only once however many there are.
  let ties = '';
  if (p.band !== 'national') {
    const parts: string[] = [];
    if (p.region === 'la_county' && a.hasLaTies) parts.push('your ties to Los Angeles');
    if (a.usceRegions.includes(p.region)) parts.push('your US clinical experience in this region');
    if (a.languages.length > 0 && (p.band === 'core LA' || p.band === 'SoCal')) parts.push(`your ${a.languages.map((l) => l.charAt(0).toUpperCase() + l.slice(1)).join('/')} for Southern California patients`);
    if (parts.length) ties = `helps: ${parts.join(', ')}`;
  } else if (a.usceRegions.includes('other_us')) {
    ties = 'helps: your US clinical experience outside California';
  }
  if (ties) reasons.push(ties);
  const tieBonus = ties ? 1 : 0;

  if (a.regions.length > 0 && !a.regions.includes('anywhere') && !a.regions.includes(p.region)) {
    reasons.push('outside the regions you named — worth including to widen your list');
  }
  const margin = s.points + tieBonus - selectivity;
  // Without Step 1 passed no program can rank the applicant: every program stays a reach.
  let raw: Tier = a.step1NotPassed ? 'reach' : margin >= SAFETY_AT ? 'safety' : margin >= REACH_BELOW ? 'target' : 'reach';
  const median = s.standing.step2ck?.matched.median;
  if (raw !== 'reach' && a.needsVisa && st.selectivity >= ACADEMIC_AT && median !== undefined && !(a.score !== undefined && !a.scoreIsPredicted && a.score >= median)) {
    raw = 'reach';
    const of = `the ${median} median of matched non-US IMGs`;
    const ck = a.score === undefined ? `without a Step 2 CK score at or above ${of}` : a.scoreIsPredicted ? `with a predicted Step 2 CK (${a.score}), not yet a real score at or above ${of}` : `with Step 2 CK ${a.score} under ${of}`;
    reasons.push(`selective (${st.reasons[0]!.split(' — ')[0]}${p.region === 'la_county' ? ', LA County' : ''}): ${ck}, a stated visa or your ties do not make it a target`);
  }
  const evidence = openness(p, a);
  const cap = tierCap(p, a, evidence);
  const tier = lowerTier(raw, cap.cap);
  if (cap.reason && tier !== raw) reasons.push(cap.reason);
  if (cap.unverified) reasons.push(`unverified: ${evidence.basis} — check it before counting on this program`);
  if (tier !== 'reach' && !cap.unverified && (s.standing.level === 'weak' || s.standing.level === 'very weak')) {
    reasons.push(`a ${tier} only relative to your file: among the most open programs for you, but your odds are low everywhere`);
  }
  return { tier, reasons, evidence, unverified: cap.unverified };
}
