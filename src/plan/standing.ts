// Where the applicant stands in one specialty: base + one effect per factor of the file, each in words with its source.
import type { Standing, StrengthFactor } from '../domain/plan.js';
import { capitalize } from '../domain/capitalize.js';
import type { Specialty } from '../domain/profile.js';
import { scoreWords } from '../domain/score-words.js';
import type { ApplicantView } from './applicant-view.js';
import { isCompetitive, specialtyLabel } from './specialty-info.js';
import { ckFiguresFor, type CkFigures } from './step2ck-2026.js';
import { PLAN_FIGURES, type PlanFigures } from '../knowledge/plan-figures.js';
import { STRENGTH_WEIGHTS as W, lookupMin, lookupMonths } from '../knowledge/strength-weights.js';
import { reason, say, type Code, type ParamsOf } from './words.en.js';
import { ceiling, floorOf, scoredAlikeIn } from './level-bounds.js';
import { failCounts, unstatedAttempts } from './attempts.js';
import { socalPatientLanguages } from './socal-languages.js';

type Ck = PlanFigures['step2ck2026'];

const CA_REGIONS = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']);

/** The Step 2 CK effect for a score against one specialty's figures: linear between the weights' anchors, monotone. */
function ckEffect(score: number, fig: CkFigures): number {
  const ref = { q1_matched: fig.matched.q1, median_matched: fig.matched.median };
  let prev = -Infinity;
  const pts = W.step2ck.anchors.map((a) => {
    const at = Math.max(prev, ref[a.ref] + a.offset); // anchors stay in order even if a table had median = quartile
    prev = at;
    return { at, effect: a.effect };
  });
  if (score <= pts[0]!.at) return pts[0]!.effect;
  for (let i = 1; i < pts.length; i += 1) {
    const lo = pts[i - 1]!;
    const hi = pts[i]!;
    if (score <= hi.at) return hi.at === lo.at ? hi.effect : lo.effect + ((score - lo.at) / (hi.at - lo.at)) * (hi.effect - lo.effect);
  }
  return pts[pts.length - 1]!.effect;
}

function ckPosition(score: number, fig: CkFigures): string {
  if (score >= fig.matched.median) return 'at_or_above_median';
  if (score >= fig.matched.q1) return 'inside_matched_range';
  if (score >= fig.unmatched.q1) return 'among_unmatched';
  return 'below_unmatched';
}

/** A factor as data: its code and parameters, with its words from the words file (said once, here). */
function factor<C extends Code>(id: string, effect: number, source: string, code: C, params: ParamsOf<C>): StrengthFactor {
  const r = reason(code, params, source);
  return { id, effect, source, text: say({ code: r.code, params: r.params }), code: r.code, params: r.params };
}

function step2ckFactor(a: ApplicantView, s: Specialty, ck: Ck): { factor: StrengthFactor; standing: Standing['step2ck'] } {
  const { figures: fig, basis, proxy } = ckFiguresFor(s, ck);
  const figs = { year: ck.year, where: s, basis, proxy, matchedMedian: fig.matched.median, matchedQ1: fig.matched.q1, unmatchedMedian: fig.unmatched.median, unmatchedQ1: fig.unmatched.q1 };
  const standing = {
    ...(a.score !== undefined ? { applicant: a.score } : {}),
    ...(a.scoreIsPredicted ? { predicted: true } : {}),
    matched: { ...fig.matched }, unmatched: { ...fig.unmatched }, year: ck.year, source: ck.source,
  };
  if (a.score === undefined && a.ck?.taken === false) return { factor: factor('step2ck', W.step2ck.notYetTaken, ck.source, 'standing.step2ck.not_taken', figs), standing };
  if (a.score === undefined) return { factor: factor('step2ck', W.step2ck.missing, ck.source, 'standing.step2ck.missing', figs), standing };
  const counted = a.scoreIsPredicted ? a.score - W.step2ck.predictedDiscount : a.score;
  const scoredAlike = scoredAlikeIn(fig, proxy);
  // where matched and unmatched applicants scored alike, a score above the screening line earns nothing: the rest decides
  const raw = scoredAlike ? Math.min(0, ckEffect(counted, fig)) : ckEffect(counted, fig);
  // a predicted score is the applicant's guess: it may show a risk, never add to the file until it is real
  const held = a.scoreIsPredicted === true && raw > 0;
  const effect = round1(held ? 0 : raw);
  return {
    factor: factor('step2ck', effect, ck.source, 'standing.step2ck.score', {
      ...figs, score: a.score, counted, predicted: a.scoreIsPredicted === true, position: ckPosition(counted, fig), scoredAlike, citizen: a.usCitizen, ...(held ? { heldAsNotTaken: true } : {}),
      ...(a.usCitizen ? { usImgRate: US_IMG.rate, nonUsImgRate: US_IMG.nonUsRate } : {}),
    }),
    standing,
  };
}

function failsFactor(a: ApplicantView): StrengthFactor | null {
  const w = W.fails;
  const { step1: s1, step2ck: ck, step3: s3 } = failCounts(a);
  const effect = s1 * w.step1Fail + ck * w.step2ckFail + s3 * w.step3Fail + (a.step1NotPassed ? w.step1NotPassed : 0);
  // a pass whose attempt was never stated is unknown: not the clean record's 0, never a fail either
  const unsaid = unstatedAttempts(a);
  if (effect === 0 && unsaid.length) return factor('fails', w.unstated ?? 0, w.source, 'standing.fails.unstated', { exams: unsaid });
  if (effect === 0) return a.step1 || a.ck?.taken ? factor('fails', 0, w.source, 'standing.fails.none', {}) : null;
  return factor('fails', Math.max(effect, w.cap), w.source, 'standing.fails.on_record', { step1: s1, step2ck: ck, step3: s3, step1NotPassed: a.step1NotPassed });
}

function step3Factor(a: ApplicantView): StrengthFactor | null {
  if (a.step3?.status !== 'passed') return null;
  const score = a.step3.score;
  const effect = score === undefined ? W.step3.passedNoScore : Math.max(W.step3.passedNoScore, lookupMin(W.step3.passedByScore, score));
  return factor('step3', effect, W.step3.source, 'standing.step3.passed', { score });
}

/** The graduation effect for a gap in years: the band's effect, or along a ramp band, linear from the band before it. */
function graduationEffect(gap: number): number {
  const bands = W.graduation.bands;
  const i = bands.findIndex((b) => gap <= b.maxYears);
  const band = bands[i < 0 ? bands.length - 1 : i]!;
  const prev = i > 0 ? bands[i - 1]! : undefined;
  if (!band.ramp || !prev || i < 0) return band.effect;
  const t = (gap - prev.maxYears) / (band.maxYears - prev.maxYears);
  return round1(prev.effect + t * (band.effect - prev.effect));
}

function graduationFactor(a: ApplicantView): StrengthFactor {
  const g = W.graduation;
  const y = a.yearsSinceGraduation;
  if (y === undefined) return factor('graduation', g.missing, g.source, 'standing.graduation.missing', {});
  // full-time research years after graduation are not idle years: they come off the gap this score reads
  const research = Math.min(Math.max(0, y), (a.research?.years ?? 0) * g.researchYearsOffset);
  const gap = Math.max(0, y) - research;
  const effect = graduationEffect(gap);
  if (y <= 3) return factor('graduation', effect, g.source, 'standing.graduation.recent', { years: y });
  return factor('graduation', effect, g.source, 'standing.graduation.years', { years: y, ...(research > 0 ? { researchYears: research, countedYears: Math.round(gap * 10) / 10 } : {}) });
}

function usceFactor(a: ApplicantView): StrengthFactor {
  const u = W.usce;
  if (a.usceKind === 'not_given') return factor('usce', u.missing, u.source, 'standing.usce.missing', {});
  if (a.usceKind === 'none') return factor('usce', u.none, u.source, 'standing.usce.none', {});
  const m = a.usceMonths;
  const hands = lookupMonths(u.handsOn, m, u.none);
  const obs = lookupMonths(u.observership, m, u.none);
  // a kind never said counts as the least it can be (observership): an unknown never counts in the applicant's favour
  const kindEffect = a.usceKind === 'hands_on' ? hands : a.usceKind === 'mixed' ? (3 * hands + obs) / 4 : obs;
  const inCa = a.wantsCalifornia && a.usceRegions.some((r) => CA_REGIONS.has(r)) ? u.inCalifornia : 0;
  return factor('usce', round1(kindEffect + inCa), u.source, 'standing.usce.months', { months: m, kind: a.usceKind, inCalifornia: inCa > 0 });
}

/** One-year tracks whose letters are read like those of the field they precede. */
const SAME_LETTERS: Partial<Record<Specialty, readonly Specialty[]>> = { prelim_internal_medicine: ['internal_medicine'], transitional_year: ['internal_medicine', 'family_medicine'] };

function lettersFactor(a: ApplicantView, s: Specialty, role: Standing['role']): StrengthFactor {
  const l = W.letters;
  // letters not given count no better than none (an unknown never counts in favour)
  if (!a.letters) return factor('letters', Math.min(l.missing, lookupMin(l.byCount, 0)), l.source, 'standing.letters.missing', { specialty: s });
  const n = a.letters.count;
  const kind = a.letters.kind;
  // research letters are not the clinical letters programs ask for; of a mixed set, a share counts
  const clinical = kind === 'research' ? Math.floor(n * l.kinds.researchCountsAsClinical) : kind === 'mixed' ? Math.ceil(n * l.kinds.mixedShare) : n;
  let effect = lookupMin(l.byCount, clinical);
  // "in the specialty" was said of the first choice: another track reads them as letters from another field
  const sameField = role === 'primary' || (a.primary !== undefined && (SAME_LETTERS[s] ?? []).includes(a.primary));
  const inSpecialty = clinical > 0 && a.letters.inSpecialty === true && sameField;
  const fromCalifornia = clinical > 0 && a.letters.fromCalifornia === true;
  if (inSpecialty) effect += l.inSpecialty;
  if (fromCalifornia) effect += l.fromCalifornia;
  if (n === 0) return factor('letters', effect, l.source, 'standing.letters.none', { specialty: s });
  return factor('letters', effect, l.source, 'standing.letters.count', { count: n, clinical, kind: kind ?? 'clinical', inSpecialty, fromCalifornia, specialty: s });
}

/** A numeric (pre-2022) Step 1 score: programs still read it; a pass/fail result adds nothing here. */
function step1ScoreFactor(a: ApplicantView): StrengthFactor | null {
  if (a.step1?.result !== 'score') return null;
  const w = W.step1Score;
  return factor('step1', lookupMin(w.byScore, a.step1.score), w.source, 'standing.step1.score', { score: a.step1.score });
}

function researchFactor(a: ApplicantView, s: Specialty): StrengthFactor | null {
  const r = W.research;
  const competitive = isCompetitive(s);
  if (a.researchItems === undefined) return competitive ? factor('research', lookupMin(r.competitiveByItems, 0), r.source, 'standing.research.missing', {}) : null;
  const years = a.research?.years ?? 0;
  const n = a.researchItems + Math.floor(years * r.itemsPerYear);
  const effect = lookupMin(competitive ? r.competitiveByItems : r.byItems, n);
  if (n === 0) return factor('research', effect, r.source, 'standing.research.none', { competitive });
  return factor('research', effect, r.source, 'standing.research.items', { publications: a.research!.publications, posters: a.research!.posters, years, items: n });
}

/** Regions whose programs serve the Southern California patients our guides speak of. */
const SOCAL: ReadonlySet<string> = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'anywhere']);

/** A language counts only when our guides name it as common among Southern California patients and the applicant's
 * list reaches Southern California (a SoCal region, anywhere, or none given): elsewhere its help is a guess. */
function languagesFactor(a: ApplicantView): StrengthFactor | null {
  const reachesSoCal = a.regions.length === 0 || a.regions.some((r) => SOCAL.has(r));
  const named = reachesSoCal ? socalPatientLanguages(a.languages) : [];
  if (named.length === 0) return null;
  const spanish = named.includes('spanish');
  // the languages as the profile shows them (capitalised), so the plan never holds a lower-cased name
  return factor('languages', spanish ? W.languages.spanish : W.languages.other, W.languages.source, 'standing.languages', { languages: named.map(capitalize) });
}

function tiesFactor(a: ApplicantView): StrengthFactor | null {
  if (!a.hasLaTies || !a.wantsCalifornia) return null;
  return factor('ties', W.ties.california, W.ties.source, 'standing.ties', {});
}

function visaFactor(a: ApplicantView, fee: PlanFigures['h1bNewPetitionFee']): StrengthFactor {
  const v = W.visa;
  const step3Passed = a.step3?.status === 'passed';
  switch (a.visa) {
    case 'us_citizen':
    case 'green_card':
    case 'ead':
      return factor('visa', v.none, v.sourceNoVisa, 'standing.visa.none', {});
    case 'needs_j1':
      return factor('visa', v.j1, v.source, 'standing.visa.j1', {});
    case 'either':
      return factor('visa', v.j1, v.source, 'standing.visa.either', {});
    case 'unsure':
      // a need whose route is not chosen: the applicant can still take the route most programs take
      return factor('visa', v.j1, v.source, 'standing.visa.unsure', {});
    case 'needs_h1b':
      return step3Passed
        ? factor('visa', v.h1bWithStep3, v.source, 'standing.visa.h1b_with_step3', { feeUsd: fee.usd, feeSince: fee.since })
        : factor('visa', v.h1bWithoutStep3, v.source, 'standing.visa.h1b_without_step3', {});
    default:
      return factor('visa', v.unknown, v.source, 'standing.visa.unsettled', {});
  }
}

/** US-citizen IMGs: their own match rate (all specialties) and what our data lacks (their score figures by specialty). */
const { usImgMatchRate: US_IMG_RATE, nonUsImgMatchRate: NON_US_IMG_RATE } = PLAN_FIGURES.rates2026;
const US_IMG = {
  rate: US_IMG_RATE.value, nonUsRate: NON_US_IMG_RATE.value, year: Number(US_IMG_RATE.year),
  source: `NRMP Main Residency Match ${US_IMG_RATE.year}, Results and Data (nrmp.org): US-citizen IMGs, all specialties`,
};

function specialtyFactor(s: Specialty, ck: Ck, citizen = false): StrengthFactor | null {
  const w = W.specialty;
  if (isCompetitive(s)) return factor('specialty', w.competitive, w.source, 'standing.specialty.competitive', { specialty: s });
  const own = ckFiguresFor(s, ck);
  if (own.proxy) return null;
  const rate = own.figures.matchRatePct;
  const row = [...w.byMatchRate].sort((x, y) => x.belowPct - y.belowPct).find((r) => rate < r.belowPct);
  if (!row) return null;
  return factor('specialty', row.effect, ck.source, 'standing.specialty.match_rate', {
    specialty: s, matchRatePct: rate, year: ck.year, citizen, ...(citizen ? { usImgRate: US_IMG.rate, nonUsImgRate: US_IMG.nonUsRate } : {}),
  });
}

/** Level name for a 0–100 score, from the weights' level table. */
function levelOf(score: number): Standing['level'] {
  return (W.levels.find((l) => score >= l.min) ?? W.levels[W.levels.length - 1]!).level;
}

/** The applicant's standing in one specialty: score = base + Σ factor effects, clamped to 0–100 and rounded. */
export function specialtyStanding(a: ApplicantView, s: Specialty, role: Standing['role'], figures: Ck = PLAN_FIGURES.step2ck2026, fee: PlanFigures['h1bNewPetitionFee'] = PLAN_FIGURES.h1bNewPetitionFee): Standing {
  const ck = step2ckFactor(a, s, figures);
  const ckYear = figures.year;
  const ckSource = figures.source;
  const factors = [
    ck.factor, failsFactor(a), step1ScoreFactor(a), step3Factor(a), graduationFactor(a), usceFactor(a), lettersFactor(a, s, role),
    researchFactor(a, s), languagesFactor(a), tiesFactor(a), visaFactor(a, fee),
    a.reapplying ? factor('reapplying', W.reapplying.effect, W.reapplying.source, 'standing.reapplying', {}) : null,
    specialtyFactor(s, figures, a.usCitizen),
  ].filter((f): f is StrengthFactor => f !== null);
  const raw = W.base.value + factors.reduce((sum, f) => sum + f.effect, 0);
  const cap = ceiling(a, s, figures);
  const low = floorOf(a, s, figures, factors);
  const unbound = Math.round(Math.max(0, raw));
  const score = Math.round(Math.min(cap.top, Math.max(low.bottom, Math.max(0, raw))));
  // when the score's place among the unmatched applicants holds the level down, or a floor holds it up, its factor says so
  // a reapplicant held at weak by a score under the matched first quartile: the reapplication factor says why
  const ri = cap.reapplyQ1 !== undefined && unbound > cap.top ? factors.findIndex((f) => f.id === 'reapplying') : -1;
  if (ri >= 0) factors[ri] = factor('reapplying', W.reapplying.effect, W.reapplying.source, 'standing.reapplying', { score: a.score!, q1: cap.reapplyQ1!, maxLevel: W.reapplying.underMatchedQ1MaxLevel! });
  // (under the unmatched applicants' first quartile the score is under the midpoint too: the lower line is the one said)
  const underLine = cap.unmatchedQ1 !== undefined && unbound > cap.top;
  // a file with a fail held at weak by a score under the unmatched median: the score's factor says why (the lower line first)
  const failHeld = !underLine && cap.failLine !== undefined && unbound > cap.top;
  const capped = !underLine && !failHeld && cap.midpoint !== undefined && unbound > cap.top;
  const underMedian = !underLine && !failHeld && cap.matchedMedian !== undefined && unbound > cap.top;
  const floored = low.kind !== undefined && unbound < low.bottom && score === low.bottom;
  if ((capped || underMedian || floored || underLine || failHeld) && ck.factor.code === 'standing.step2ck.score') {
    const f = ckFiguresFor(s, figures).figures;
    const params = {
      ...(ck.factor.params as ParamsOf<'standing.step2ck.score'>),
      ...(capped ? { midpoint: cap.midpoint, matchedMean: f.matched.mean, unmatchedMean: f.unmatched.mean } : {}),
      ...(underMedian ? { underMatchedMedian: cap.matchedMedian } : {}),
      ...(floored ? { floor: low.kind } : {}),
      ...(underLine ? { screenedUnder: cap.unmatchedQ1 } : {}),
      ...(failHeld ? { failLine: cap.failLine } : {}),
    };
    factors[0] = factor('step2ck', ck.factor.effect, ck.factor.source, 'standing.step2ck.score', params);
  }
  const level = levelOf(score);
  const gaps = factors.filter((f) => f.effect < 0).sort((x, y) => x.effect - y.effect).slice(0, 2).map(gapName);
  const fig = ckFiguresFor(s, figures);
  const ofWhom = fig.proxy ? ` (${specialtyLabel(fig.basis)}'s; no ${specialtyLabel(s)} figure)` : '';
  const group = a.usCitizen ? 'non-US IMGs\' ' : 'a ';
  const ckWords = a.score === undefined ? 'no Step 2 CK yet' : `Step 2 CK ${a.score}${a.scoreIsPredicted ? ' (predicted)' : ''} against ${group}${ckYear} matched median of ${ck.standing!.matched.median!}${ofWhom}${a.usCitizen ? ' (no US-IMG figure in our data)' : ''}`;
  const line = `${capitalize(specialtyLabel(s))}: ${level} (${scoreWords(score)}) — ${ckWords}${gaps.length ? `; biggest gaps: ${gaps.join(', ')}` : ''}.`;
  return {
    specialty: s, role, score, level, line, step2ck: ck.standing, factors,
    ...(a.usCitizen ? { matchRate: { value: US_IMG.rate, year: US_IMG.year, source: US_IMG.source, of: 'US-citizen IMGs matched (all specialties)' } }
      : !fig.proxy ? { matchRate: { value: fig.figures.matchRatePct / 100, year: ckYear, source: ckSource } } : {}),
  };
}

/** A gap's short name; an attempt never stated is named as unknown, never as a failed attempt. */
function gapName(f: StrengthFactor): string {
  return f.code === 'standing.fails.unstated' ? 'on which attempt you passed (not said yet)' : GAP_NAMES[f.id] ?? f.id;
}

/** Short names of the factors, for the standing line and the ranking of next steps. */
const GAP_NAMES: Record<string, string> = {
  step2ck: 'Step 2 CK', step1: 'Step 1 score', fails: 'failed attempts', step3: 'Step 3', graduation: 'years since graduation', usce: 'US clinical experience',
  letters: 'US letters', research: 'research', languages: 'languages', ties: 'ties', visa: 'visa need', reapplying: 'reapplication', specialty: 'specialty competitiveness',
};

const round1 = (x: number) => Math.round(x * 10) / 10;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
