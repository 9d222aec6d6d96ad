// Where the applicant stands in one specialty: base + one effect per factor of the file, each in words with its source.
import type { Standing, StrengthFactor } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import { scoreWords } from '../domain/score-words.js';
import type { ApplicantView } from './applicant-view.js';
import { isCompetitive, specialtyLabel } from './specialty-info.js';
import { ckFiguresFor, type CkFigures } from './step2ck-2026.js';
import { PLAN_FIGURES, type PlanFigures } from '../knowledge/plan-figures.js';

type Ck = PlanFigures['step2ck2026'];
import { STRENGTH_WEIGHTS as W, lookupMin, lookupMonths } from '../knowledge/strength-weights.js';

const CA_REGIONS = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']);

/** The Step 2 CK effect for a score against one specialty's figures: linear between the weights' anchors, monotone. */
export function ckEffect(score: number, fig: CkFigures): number {
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
  if (score >= fig.matched.median) return 'at or above the median of those who matched';
  if (score >= fig.matched.q1) return 'inside the range of most who matched, below their median';
  if (score >= fig.unmatched.q1) return 'below three quarters of those who matched, where many who did not match sit';
  return 'below three quarters of even those who did not match';
}

function step2ckFactor(a: ApplicantView, s: Specialty, ck: Ck): { factor: StrengthFactor; standing: Standing['step2ck'] } {
  const { figures: fig, basis, proxy } = ckFiguresFor(s, ck);
  const CK_2026_YEAR = ck.year;
  const CK_2026_SOURCE = ck.source;
  const where = proxy
    ? `no ${CK_2026_YEAR} figure for ${specialtyLabel(s)}; compared with ${specialtyLabel(basis)}`
    : specialtyLabel(s);
  const figText = `matched non-US IMGs in ${where}, ${CK_2026_YEAR}: median ${fig.matched.median}, first quartile ${fig.matched.q1}; unmatched: median ${fig.unmatched.median}, first quartile ${fig.unmatched.q1}`;
  const standing = {
    ...(a.score !== undefined ? { applicant: a.score } : {}),
    ...(a.scoreIsPredicted ? { predicted: true } : {}),
    matched: { ...fig.matched }, unmatched: { ...fig.unmatched }, year: CK_2026_YEAR, source: CK_2026_SOURCE,
  };
  if (a.score === undefined && a.ck?.taken === false) {
    return {
      factor: { id: 'step2ck', effect: W.step2ck.notYetTaken, source: CK_2026_SOURCE, text: `Step 2 CK not taken yet — the rest of your file is judged here, and your CK score will decide where you stand: programs screen on it (${figText})` },
      standing,
    };
  }
  if (a.score === undefined) {
    return {
      factor: { id: 'step2ck', effect: W.step2ck.missing, source: CK_2026_SOURCE, text: `no Step 2 CK score yet — programs screen on it, so it counts as a screen-out until you have one (${figText})` },
      standing,
    };
  }
  const counted = a.scoreIsPredicted ? a.score - W.step2ck.predictedDiscount : a.score;
  const effect = round1(ckEffect(counted, fig));
  const same = !proxy && Math.abs(fig.matched.mean - fig.unmatched.mean) <= 2
    ? `; in ${specialtyLabel(s)} matched and unmatched applicants scored alike, so the rest of your file decides more than the score`
    : '';
  const citizen = a.usCitizen ? `; these are non-US IMG figures: ${US_IMG.noScores} They are a stricter comparison for you (${US_IMG.rateText}), shown for reference, not as your group's` : '';
  const pred = a.scoreIsPredicted ? `predicted Step 2 CK ${a.score} (counted as ${counted} until it is real)` : `Step 2 CK ${a.score}`;
  return {
    factor: { id: 'step2ck', effect, source: CK_2026_SOURCE, text: `${pred} is ${ckPosition(counted, fig)} (${figText})${same}${citizen}` },
    standing,
  };
}

function failsFactor(a: ApplicantView): StrengthFactor | null {
  const w = W.fails;
  const s1 = a.step1 ? (a.step1.result === 'failed' ? a.step1.attempts : a.step1.attempts - 1) : 0;
  const ck = a.ck?.taken ? a.ck.attempts - 1 : 0;
  const s3 = a.step3?.status === 'failed' ? 1 : 0;
  let effect = s1 * w.step1Fail + ck * w.step2ckFail + s3 * w.step3Fail + (a.step1NotPassed ? w.step1NotPassed : 0);
  if (effect === 0) {
    return a.step1 || a.ck?.taken ? { id: 'fails', effect: 0, source: w.source, text: 'every USMLE attempt so far passed first time' } : null;
  }
  effect = Math.max(effect, w.cap);
  const parts: string[] = [];
  if (s1) parts.push(`${s1} Step 1 fail${s1 > 1 ? 's' : ''}`);
  if (ck) parts.push(`${ck} Step 2 CK fail${ck > 1 ? 's' : ''}`);
  if (s3) parts.push('a Step 3 fail');
  const notPassed = a.step1NotPassed ? ' — Step 1 is not yet passed, and no program can rank you until it is' : ' — many programs screen on first-attempt passes';
  return { id: 'fails', effect, source: w.source, text: `${parts.join(', ')} on record${notPassed}` };
}

function step3Factor(a: ApplicantView): StrengthFactor | null {
  if (a.step3?.status !== 'passed') return null;
  const score = a.step3.score;
  const effect = score === undefined ? W.step3.passedNoScore : Math.max(W.step3.passedNoScore, lookupMin(W.step3.passedByScore, score));
  return { id: 'step3', effect, source: W.step3.source, text: `Step 3 passed${score !== undefined ? ` with ${score}` : ''} — shows you can handle the licensing exams now` };
}

function graduationFactor(a: ApplicantView): StrengthFactor {
  const g = W.graduation;
  const y = a.yearsSinceGraduation;
  if (y === undefined) return { id: 'graduation', effect: g.missing, source: g.source, text: 'graduation year not given — counted as a little past the 3–5 years many programs prefer' };
  // full-time research years after graduation are not idle years: they come off the gap this score reads
  const research = Math.min(Math.max(0, y), (a.research?.years ?? 0) * g.researchYearsOffset);
  const gap = Math.max(0, y) - research;
  const band = g.bands.find((b) => gap <= b.maxYears) ?? g.bands[g.bands.length - 1]!;
  const counted = research > 0 ? `, ${plural(research, 'year')} of it in research (counted as ${plural(Math.round(gap * 10) / 10, 'year')} away from medicine; a program's stated limit still reads the real years)` : '';
  const text = y <= 3 ? `graduated ${Math.max(0, y)} year${y === 1 ? '' : 's'} ago — recent, as programs prefer`
    : `graduated ${y} years ago${counted} — many programs prefer the last 3–5 years and some state a hard limit`;
  return { id: 'graduation', effect: band.effect, source: g.source, text };
}

function usceFactor(a: ApplicantView): StrengthFactor {
  const u = W.usce;
  if (a.usceKind === 'not_given') return { id: 'usce', effect: u.missing, source: u.source, text: 'US clinical experience not given — counted as almost none' };
  if (a.usceKind === 'none') return { id: 'usce', effect: u.none, source: u.source, text: 'no US clinical experience — programs want proof you work well in a US hospital' };
  const m = a.usceMonths;
  const hands = lookupMonths(u.handsOn, m, u.none);
  const obs = lookupMonths(u.observership, m, u.none);
  const kindEffect = a.usceKind === 'hands_on' ? hands : a.usceKind === 'observership' ? obs : a.usceKind === 'mixed' ? (3 * hands + obs) / 4 : (hands + obs) / 2;
  const inCa = a.wantsCalifornia && a.usceRegions.some((r) => CA_REGIONS.has(r)) ? u.inCalifornia : 0;
  const kind = a.usceKind === 'hands_on' ? 'hands-on' : a.usceKind === 'observership' ? 'observership only' : a.usceKind === 'mixed' ? 'hands-on and observership' : 'kind not stated (counted halfway between hands-on and observership)';
  const note = a.usceKind === 'observership' ? ' — observerships show exposure, not what you can do' : inCa ? ', in California' : '';
  return { id: 'usce', effect: round1(kindEffect + inCa), source: u.source, text: `${m} month${m === 1 ? '' : 's'} of US clinical experience, ${kind}${note}` };
}

/** Specialties whose programs read a standard letter form, and what to say about it next to the letters. */
const LETTER_FORMS: Partial<Record<Specialty, string>> = {
  emergency_medicine: 'emergency medicine programs read SLOEs (Standardized Letters of Evaluation) written by US EM faculty after a rotation in their department; two are expected, and narrative letters do not replace them',
};

function lettersFactor(a: ApplicantView, s: Specialty): StrengthFactor {
  const l = W.letters;
  if (!a.letters) return { id: 'letters', effect: l.missing, source: l.source, text: `US letters not given — counted as fewer than the two to four the guides advise${LETTER_FORMS[s] ? `; ${LETTER_FORMS[s]}` : ''}` };
  const n = a.letters.count;
  const kind = a.letters.kind;
  // research letters are not the clinical letters programs ask for; of a mixed set, a share counts
  const clinical = kind === 'research' ? Math.floor(n * l.kinds.researchCountsAsClinical) : kind === 'mixed' ? Math.ceil(n * l.kinds.mixedShare) : n;
  let effect = lookupMin(l.byCount, clinical);
  const extra: string[] = [];
  if (clinical > 0 && a.letters.inSpecialty) { effect += l.inSpecialty; extra.push('in the specialty'); }
  if (clinical > 0 && a.letters.fromCalifornia) { effect += l.fromCalifornia; extra.push('from California'); }
  const ofKind = kind === 'research' ? ', research letters (they do not count as clinical letters)' : kind === 'mixed' ? `, clinical and research (counted as ${clinical} clinical)` : '';
  const text = n === 0 ? 'no US letters — the guides call them indispensable for IMGs'
    : `${n} US letter${n === 1 ? '' : 's'}${ofKind}${extra.length ? `, ${extra.join(' and ')}` : ''}${clinical < 3 ? ' — fewer than the three clinical letters the guides advise' : ''}`;
  const form = LETTER_FORMS[s];
  return { id: 'letters', effect, source: l.source, text: form ? `${text}; ${form}` : text };
}

/** A numeric (pre-2022) Step 1 score: programs still read it; a pass/fail result adds nothing here. */
function step1ScoreFactor(a: ApplicantView): StrengthFactor | null {
  if (a.step1?.result !== 'score') return null;
  const w = W.step1Score;
  const score = a.step1.score;
  return { id: 'step1', effect: lookupMin(w.byScore, score), source: w.source, text: `Step 1 ${score} (a numeric score from before 2022, which programs still read)` };
}

function researchFactor(a: ApplicantView, s: Specialty): StrengthFactor | null {
  const r = W.research;
  const competitive = isCompetitive(s);
  if (a.researchItems === undefined) return competitive ? { id: 'research', effect: lookupMin(r.competitiveByItems, 0), source: r.source, text: 'research not given — the very competitive specialties expect it' } : null;
  const years = a.research?.years ?? 0;
  const n = a.researchItems + Math.floor(years * r.itemsPerYear);
  const effect = lookupMin(competitive ? r.competitiveByItems : r.byItems, n);
  const yearsText = years > 0 ? `, ${years} research year${years === 1 ? '' : 's'}` : '';
  const text = n === 0 ? `no publications or posters${competitive ? ' — expected in this specialty' : ' — a supplement in primary care, rarely decisive'}`
    : `${plural(a.research!.publications, 'publication')} and ${plural(a.research!.posters, 'poster')}${yearsText}${n >= 6 ? ' — a real research record' : ''}`;
  return { id: 'research', effect, source: r.source, text };
}

function languagesFactor(a: ApplicantView): StrengthFactor | null {
  if (a.languages.length === 0) return null;
  const spanish = a.languages.includes('spanish');
  const names = a.languages.map(cap).join(', ');
  return { id: 'languages', effect: spanish ? W.languages.spanish : W.languages.other, source: W.languages.source, text: `speaks ${names} with patients${spanish ? ' — the language most Southern California patients need after English' : ''}` };
}

function tiesFactor(a: ApplicantView): StrengthFactor | null {
  if (!a.hasLaTies || !a.wantsCalifornia) return null;
  return { id: 'ties', effect: W.ties.california, source: W.ties.source, text: 'real ties to Los Angeles — programs rank people they believe will come and stay' };
}

function visaFactor(a: ApplicantView): StrengthFactor {
  const v = W.visa;
  const step3Passed = a.step3?.status === 'passed';
  switch (a.visa) {
    case 'us_citizen':
    case 'green_card':
    case 'ead':
      return { id: 'visa', effect: v.none, source: v.sourceNoVisa, text: 'needs no visa sponsorship' };
    case 'needs_j1':
    case 'either':
      return { id: 'visa', effect: v.j1, source: v.source, text: a.visa === 'either' ? 'needs a visa (J-1 or H-1B) — J-1 keeps the most programs open' : 'needs a J-1 — closes the programs that sponsor no visa' };
    case 'needs_h1b':
      return step3Passed
        ? { id: 'visa', effect: v.h1bWithStep3, source: v.source, text: 'needs an H-1B, with Step 3 passed — far fewer programs file H-1B than take J-1, and new petitions carry a one-time $100,000 fee since 21 September 2025' }
        : { id: 'visa', effect: v.h1bWithoutStep3, source: v.source, text: 'needs an H-1B without Step 3 passed — no program can file it until Step 3 is passed' };
    default:
      return { id: 'visa', effect: v.unknown, source: v.source, text: 'visa need not settled — counted as needing one' };
  }
}

/** US-citizen IMGs: their own match rate (all specialties) and what our data lacks (their score figures by specialty). */
const US_IMG = {
  rate: 0.7, year: 2026,
  source: 'NRMP Main Residency Match 2026, Results and Data (nrmp.org): US-citizen IMGs, all specialties',
  rateText: '70.0% of US-citizen IMGs matched in 2026 against 56.4% of non-US IMGs (NRMP Main Residency Match 2026, nrmp.org)',
  noScores: 'Step 2 CK figures for US-citizen IMGs in 2026 are not in our data (NRMP Charting Outcomes for US IMGs, nrmp.org, has them).',
};

function specialtyFactor(s: Specialty, ck: Ck, citizen = false): StrengthFactor | null {
  const w = W.specialty;
  const CK_2026_YEAR = ck.year;
  const CK_2026_SOURCE = ck.source;
  if (isCompetitive(s)) return { id: 'specialty', effect: w.competitive, source: w.source, text: `${specialtyLabel(s)} is among the specialties the guides call very difficult for IMGs` };
  const own = ckFiguresFor(s, ck);
  if (own.proxy) return null;
  const rate = own.figures.matchRatePct;
  const row = [...w.byMatchRate].sort((x, y) => x.belowPct - y.belowPct).find((r) => rate < r.belowPct);
  if (!row) return null;
  return { id: 'specialty', effect: row.effect, source: CK_2026_SOURCE, text: `only ${rate}% of non-US IMGs who preferred ${specialtyLabel(s)} matched in it in ${CK_2026_YEAR}${citizen ? ` (a non-US IMG figure; ${US_IMG.rateText})` : ''}` };
}

/** Level name for a 0–100 score, from the weights' level table. */
export function levelOf(score: number): Standing['level'] {
  return (W.levels.find((l) => score >= l.min) ?? W.levels[W.levels.length - 1]!).level;
}

/** The highest score below the `min` of the level above `level` (100 for strong). */
function topOf(level: Standing['level']): number {
  const i = W.levels.findIndex((l) => l.level === level);
  return i <= 0 ? 100 : W.levels[i - 1]!.min - 1;
}

/** The most the file can score whatever the rest says: strong needs a real Step 2 CK clearly above the matched median,
 * and a graduation band may set a ceiling (long gaps close most programs). Caps only lower, so a better answer never scores lower. */
function ceiling(a: ApplicantView, s: Specialty, ck: Ck): number {
  let top = 100;
  const need = W.step2ck.strongNeeds;
  if (need) {
    const median = ckFiguresFor(s, ck).figures.matched.median;
    const real = a.score !== undefined && !a.scoreIsPredicted;
    if (!(real && a.score! >= median + need.aboveMedian)) top = Math.min(top, topOf('competitive'));
  }
  const y = a.yearsSinceGraduation;
  if (y !== undefined) {
    const g = W.graduation;
    const gap = Math.max(0, y) - Math.min(Math.max(0, y), (a.research?.years ?? 0) * g.researchYearsOffset);
    const band = g.bands.find((b) => gap <= b.maxYears) ?? g.bands[g.bands.length - 1]!;
    if (band.maxLevel) top = Math.min(top, topOf(band.maxLevel));
  }
  return top;
}

/** The applicant's standing in one specialty: score = base + Σ factor effects, clamped to 0–100 and rounded. */
export function specialtyStanding(a: ApplicantView, s: Specialty, role: Standing['role'], figures: Ck = PLAN_FIGURES.step2ck2026): Standing {
  const ck = step2ckFactor(a, s, figures);
  const CK_2026_YEAR = figures.year;
  const CK_2026_SOURCE = figures.source;
  const factors = [
    ck.factor, failsFactor(a), step1ScoreFactor(a), step3Factor(a), graduationFactor(a), usceFactor(a), lettersFactor(a, s),
    researchFactor(a, s), languagesFactor(a), tiesFactor(a), visaFactor(a),
    a.reapplying ? { id: 'reapplying', effect: W.reapplying.effect, source: W.reapplying.source, text: 'reapplying — programs look for what changed since last cycle' } : null,
    specialtyFactor(s, figures, a.usCitizen),
  ].filter((f): f is StrengthFactor => f !== null);
  const raw = W.base.value + factors.reduce((sum, f) => sum + f.effect, 0);
  const score = Math.round(Math.min(ceiling(a, s, figures), Math.max(0, raw)));
  const level = levelOf(score);
  const gaps = factors.filter((f) => f.effect < 0).sort((x, y) => x.effect - y.effect).slice(0, 2).map((f) => GAP_NAMES[f.id] ?? f.id);
  const fig = ckFiguresFor(s, figures);
  const ofWhom = fig.proxy ? ` (${specialtyLabel(fig.basis)}'s; no ${specialtyLabel(s)} figure)` : '';
  const group = a.usCitizen ? 'non-US IMGs\' ' : 'a ';
  const ckWords = a.score === undefined ? 'no Step 2 CK yet' : `Step 2 CK ${a.score}${a.scoreIsPredicted ? ' (predicted)' : ''} against ${group}${CK_2026_YEAR} matched median of ${ck.standing!.matched.median!}${ofWhom}${a.usCitizen ? ' (no US-IMG figure in our data)' : ''}`;
  const line = `${cap(specialtyLabel(s))}: ${level} (${scoreWords(score)}) — ${ckWords}${gaps.length ? `; biggest gaps: ${gaps.join(', ')}` : ''}.`;
  return {
    specialty: s, role, score, level, line, step2ck: ck.standing, factors,
    ...(a.usCitizen ? { matchRate: { value: US_IMG.rate, year: US_IMG.year, source: US_IMG.source, of: 'US-citizen IMGs matched (all specialties)' } }
      : !fig.proxy ? { matchRate: { value: fig.figures.matchRatePct / 100, year: CK_2026_YEAR, source: CK_2026_SOURCE } } : {}),
  };
}

/** Short names of the factors, for the standing line and the ranking of next steps. */
export const GAP_NAMES: Record<string, string> = {
  step2ck: 'Step 2 CK', step1: 'Step 1 score', fails: 'failed attempts', step3: 'Step 3', graduation: 'years since graduation', usce: 'US clinical experience',
  letters: 'US letters', research: 'research', languages: 'languages', ties: 'ties', visa: 'visa need', reapplying: 'reapplication', specialty: 'specialty competitiveness',
};

const round1 = (x: number) => Math.round(x * 10) / 10;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
