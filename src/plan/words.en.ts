// The English sentences of the program judgments: one entry per reason code, its parameters filled in.
// Judges (tiering, program filters, evidence) return codes with parameters; only this file holds their words.
import type { ReasonCode, ReasonParam } from '../domain/plan.js';
import { capitalize } from '../domain/capitalize.js';
import type { Specialty } from '../domain/profile.js';
import { specialtyInText } from '../domain/specialty-names.js';
import type { ProgramType } from '../knowledge/import/program-schema.js';
import type { EligibleStatus } from '../knowledge/import/program-facts.js';
import { WARNING_WORDS } from './warning-words.en.js';
import { stateName } from '../domain/us-states.js';

type Words<P> = (p: P, source: string | undefined) => string;

const TYPE_WORDS: Record<ProgramType, string> = {
  university: 'university program — usually the most selective for IMGs',
  county_safety_net: 'county safety-net program — busy and often selective',
  military: 'military program — mostly closed to civilian IMGs',
  va: 'VA-sponsored program — usually selective',
  community: 'community program — usually the most open to IMGs',
  unknown: 'program type not settled by a source — treated as selective',
};

/** " (source as of 2022)" for a dated source, " (source undated)" otherwise. */
const asOfWords = (asOf: number | string | undefined) => (asOf !== undefined ? ` (source as of ${asOf})` : ' (source undated)');
/** " (2022)" for a dated source, nothing otherwise. */
const yearWords = (asOf: number | string | undefined) => (asOf !== undefined ? ` (${asOf})` : '');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const typeWords = (t: string) => t.replace(/_/g, ' ');
const percent = (share: number) => `${Math.round(share * 100)}%`;

type Dated = { asOf?: number | string };

const STATUS_WORDS: Record<EligibleStatus, string> = { citizen: 'US citizens', permanent_resident: 'permanent residents', j1: 'J-1 visa holders', h1b: 'H-1B holders' };
/** A closed list of statuses in words: "US citizens or permanent residents". */
export function statusWords(list: readonly EligibleStatus[]): string {
  const w = list.map((s) => STATUS_WORDS[s]);
  return w.length > 1 ? `${w.slice(0, -1).join(', ')} or ${w[w.length - 1]}` : w.join('');
}
/** A reason that wraps another one: the inner code and the inner reason's own parameters, side by side. */
type Wrapping = { inner: string } & Record<string, ReasonParam>;
const inner = (p: Wrapping, source: string | undefined): string => {
  const { inner: code, ...params } = p;
  return say({ code, params, ...(source ? { source } : {}) });
};

/** The figures one Step 2 CK factor compares with (flat: every figure is a parameter). */
type CkParams = { year: number; where: Specialty; basis: Specialty; proxy: boolean; matchedMedian: number; matchedQ1: number; unmatchedMedian: number; unmatchedQ1: number };
const ckFigureWords = (p: CkParams) => `matched non-US IMGs in ${p.proxy ? `no ${p.year} figure for ${specialtyInText(p.where)}; compared with ${specialtyInText(p.basis)}` : specialtyInText(p.where)}, ${p.year}: median ${p.matchedMedian}, first quartile ${p.matchedQ1}; unmatched: median ${p.unmatchedMedian}, first quartile ${p.unmatchedQ1}`;
const CK_POSITION: Record<string, string> = {
  at_or_above_median: 'at or above the median of those who matched',
  inside_matched_range: 'inside the range of most who matched, below their median',
  among_unmatched: 'below three quarters of those who matched, where many who did not match sit',
  below_unmatched: 'below three quarters of even those who did not match',
};
const usceKindWords: Record<string, string> = { hands_on: 'hands-on', observership: 'observership only', mixed: 'hands-on and observership', unspecified: 'kind not stated (counted as observership until you say it was hands-on)' };
/** Specialties whose programs read a standard letter form, and what to say about it next to the letters. */
const LETTER_FORMS: Partial<Record<Specialty, string>> = {
  emergency_medicine: 'emergency medicine programs read SLOEs (Standardized Letters of Evaluation) written by US EM faculty after a rotation in their department; two are expected, and narrative letters do not replace them',
};
const letterForm = (s: Specialty) => (LETTER_FORMS[s] ? `; ${LETTER_FORMS[s]}` : '');
/** 0.7 → "70.0%" (one decimal, as NRMP reports rates). */
const pct1 = (share: number | undefined) => `${((share ?? 0) * 100).toFixed(1)}%`;

/** The standing's factors (src/plan/standing.ts): one code per factor and case, every figure a parameter. */
const STANDING_WORDS = {
  'standing.step2ck.not_taken': ((p) => `Step 2 CK not taken yet — the rest of your file is judged here, and your CK score will decide where you stand: programs screen on it (${ckFigureWords(p)})`) as Words<CkParams>,
  'standing.step2ck.missing': ((p) => `no Step 2 CK score yet — programs screen on it, so it counts as a screen-out until you have one (${ckFigureWords(p)})`) as Words<CkParams>,
  'standing.step2ck.score': ((p) => `${p.predicted ? (p.heldAsNotTaken ? `predicted Step 2 CK ${p.score}: a guess until it is real, so it adds nothing to your file; counted as ${p.counted}, it` : `predicted Step 2 CK ${p.score} (counted as ${p.counted} until it is real)`) : `Step 2 CK ${p.score}`} is ${CK_POSITION[p.position] ?? p.position} (${ckFigureWords(p)})${p.scoredAlike ? `; in ${specialtyInText(p.where)} matched and unmatched applicants scored alike, so the rest of your file decides more than the score` : ''}${p.citizen ? `; these are non-US IMG figures: Step 2 CK figures for US-citizen IMGs in ${p.year} are not in our data (NRMP Charting Outcomes for US IMGs, nrmp.org, has them). They are a stricter comparison for you (${pct1(p.usImgRate)} of US-citizen IMGs matched in ${p.year} against ${pct1(p.nonUsImgRate)} of non-US IMGs (NRMP Main Residency Match ${p.year}, nrmp.org)), shown for reference, not as your group's` : ''}${p.midpoint !== undefined ? `; under ${p.midpoint}, halfway between the mean of the non-US IMGs who matched (${p.matchedMean}) and of those who did not match (${p.unmatchedMean}), a score reads like those who did not match, so the rest of your file makes you borderline at most, not competitive` : ''}${p.underMatchedMedian !== undefined ? `; under ${p.underMatchedMedian}, the median of the non-US IMGs who matched, a score sits in the lower half of those who matched, so the rest of your file makes you borderline at most, not competitive` : ''}${p.screenedUnder !== undefined ? `; under ${p.screenedUnder} programs screen on the score before they read the rest, so your file reads weak at most, not borderline` : ''}${p.failLine !== undefined ? `; with a failed attempt on record, a score under ${p.failLine} (the median of the non-US IMGs who did not match) gives programs nothing to set against the fail, so your file reads weak at most, not borderline` : ''}${p.floor === 'borderline' ? '; with this score inside the range of those who matched, every attempt passed first time and a recent graduation, the gaps below are ones a season can fix: borderline at worst, not weak' : p.floor === 'weak' ? '; the rest of your file is better than a typical visa-seeking applicant\'s, so this score alone makes the file weak, not very weak' : ''}`) as Words<CkParams & { score: number; counted: number; predicted: boolean; position: string; scoredAlike: boolean; citizen: boolean; usImgRate?: number; nonUsImgRate?: number; midpoint?: number; matchedMean?: number; unmatchedMean?: number; underMatchedMedian?: number; screenedUnder?: number; failLine?: number; floor?: 'borderline' | 'weak'; heldAsNotTaken?: boolean }>,
  'standing.fails.none': (() => 'every USMLE attempt so far passed first time') as Words<Record<string, never>>,
  'standing.fails.unstated': ((p) => `you did not say on which attempt you passed ${p.exams.join(' and ')}: counted as unknown, not as a first-attempt pass (many programs screen on first-attempt passes) — tell me "first attempt" if it was`) as Words<{ exams: string[] }>,
  'standing.fails.on_record': ((p) => `${[p.step1 ? `${p.step1} Step 1 fail${p.step1 > 1 ? 's' : ''}` : '', p.step2ck ? `${p.step2ck} Step 2 CK fail${p.step2ck > 1 ? 's' : ''}` : '', p.step3 ? 'a Step 3 fail' : ''].filter(Boolean).join(', ')} on record${p.step1NotPassed ? ' — Step 1 is not yet passed, and no program can rank you until it is' : ' — many programs screen on first-attempt passes'}`) as Words<{ step1: number; step2ck: number; step3: number; step1NotPassed: boolean }>,
  'standing.step3.passed': ((p) => `Step 3 passed${p.score !== undefined ? ` with ${p.score}` : ''} — shows you can handle the licensing exams now`) as Words<{ score?: number }>,
  'standing.graduation.missing': (() => 'graduation year not given — counted as a little past the 3–5 years many programs prefer') as Words<Record<string, never>>,
  'standing.graduation.recent': ((p) => `${p.years <= 0 ? (p.years === 0 ? 'graduating or graduated this year' : `graduating in ${plural(-p.years, 'year')}`) : `graduated ${p.years} year${p.years === 1 ? '' : 's'} ago`} — recent, as programs prefer`) as Words<{ years: number }>,
  'standing.graduation.years': ((p) => `graduated ${p.years} years ago${p.researchYears ? `, ${plural(p.researchYears, 'year')} of it in research (counted as ${plural(p.countedYears ?? p.years, 'year')} away from medicine; a program's stated limit still reads the real years)` : ''} — many programs prefer the last 3–5 years and some state a hard limit`) as Words<{ years: number; researchYears?: number; countedYears?: number }>,
  'standing.usce.missing': (() => 'US clinical experience not given — counted as almost none') as Words<Record<string, never>>,
  'standing.usce.none': (() => 'no US clinical experience — programs want proof you work well in a US hospital') as Words<Record<string, never>>,
  'standing.usce.months': ((p) => `${p.months} month${p.months === 1 ? '' : 's'} of US clinical experience, ${usceKindWords[p.kind] ?? p.kind}${p.kind === 'observership' ? ' — observerships show exposure, not what you can do' : p.inCalifornia ? ', in California' : ''}`) as Words<{ months: number; kind: string; inCalifornia: boolean }>,
  'standing.letters.missing': ((p) => `US letters not given — counted as fewer than the two to four the guides advise${letterForm(p.specialty)}`) as Words<{ specialty: Specialty }>,
  'standing.letters.none': ((p) => `no US letters — the guides call them indispensable for IMGs${letterForm(p.specialty)}`) as Words<{ specialty: Specialty }>,
  'standing.letters.count': ((p) => `${p.count} US letter${p.count === 1 ? '' : 's'}${p.kind === 'research' ? ', research letters (they do not count as clinical letters)' : p.kind === 'mixed' ? `, clinical and research (counted as ${p.clinical} clinical)` : ''}${p.inSpecialty || p.fromCalifornia ? `, ${[p.inSpecialty ? 'in the specialty' : '', p.fromCalifornia ? 'from California' : ''].filter(Boolean).join(' and ')}` : ''}${p.clinical < 3 ? ' — fewer than the three clinical letters the guides advise' : ''}${letterForm(p.specialty)}`) as Words<{ count: number; clinical: number; kind: string; inSpecialty: boolean; fromCalifornia: boolean; specialty: Specialty }>,
  'standing.step1.score': ((p) => `Step 1 ${p.score} (a numeric score from before 2022, which programs still read)`) as Words<{ score: number }>,
  'standing.research.missing': (() => 'research not given — the very competitive specialties expect it') as Words<Record<string, never>>,
  'standing.research.none': ((p) => `no publications or posters${p.competitive ? ' — expected in this specialty' : ' — a supplement in primary care, rarely decisive'}`) as Words<{ competitive: boolean }>,
  'standing.research.items': ((p) => `${plural(p.publications, 'publication')} and ${plural(p.posters, 'poster')}${p.years ? `, ${p.years} research year${p.years === 1 ? '' : 's'}` : ''}${p.items >= 6 ? ' — a real research record' : ''}`) as Words<{ publications: number; posters: number; years: number; items: number }>,
  'standing.languages': ((p) => `speaks ${p.languages.map(capitalize).join(', ')} with patients${p.languages.some((l) => l.toLowerCase() === 'spanish') ? ' — the language most Southern California patients need after English' : ''}`) as Words<{ languages: string[] }>,
  'standing.ties': (() => 'real ties to Los Angeles — programs rank people they believe will come and stay') as Words<Record<string, never>>,
  'standing.visa.none': (() => 'needs no visa sponsorship') as Words<Record<string, never>>,
  'standing.visa.j1': (() => 'needs a J-1 — closes the programs that sponsor no visa') as Words<Record<string, never>>,
  'standing.visa.either': (() => 'needs a visa (J-1 or H-1B) — J-1 keeps the most programs open') as Words<Record<string, never>>,
  'standing.visa.h1b_with_step3': ((p) => `needs an H-1B, with Step 3 passed — far fewer programs file H-1B than take J-1, and new petitions carry a one-time ${'$'}${p.feeUsd.toLocaleString('en-US')} fee since ${p.feeSince}`) as Words<{ feeUsd: number; feeSince: string }>,
  'standing.visa.h1b_without_step3': (() => 'needs an H-1B without Step 3 passed — no program can file it until Step 3 is passed') as Words<Record<string, never>>,
  'standing.visa.unsure': (() => 'needs a visa, route not chosen yet — counted as a J-1, the route that keeps the most programs open; settle it before you apply') as Words<Record<string, never>>,
  'standing.visa.unsettled': (() => 'visa need not settled — counted as needing one') as Words<Record<string, never>>,
  'standing.reapplying': ((p) => p.q1 !== undefined
    ? `reapplying with a Step 2 CK of ${p.score}, under the ${p.q1} most who matched scored above: last cycle read this score and it did not match, so the file reads ${p.maxLevel} at most until something new offsets it`
    : 'reapplying — programs look for what changed since last cycle') as Words<{ score?: number; q1?: number; maxLevel?: string }>,
  'standing.specialty.competitive': ((p) => `${specialtyInText(p.specialty)} is among the specialties the guides call very difficult for IMGs`) as Words<{ specialty: Specialty }>,
  'standing.specialty.match_rate': ((p) => `only ${p.matchRatePct}% of non-US IMGs who preferred ${specialtyInText(p.specialty)} matched in it in ${p.year}${p.citizen ? ` (a non-US IMG figure; ${pct1(p.usImgRate)} of US-citizen IMGs matched in ${p.year} against ${pct1(p.nonUsImgRate)} of non-US IMGs (NRMP Main Residency Match ${p.year}, nrmp.org))` : ''}`) as Words<{ specialty: Specialty; matchRatePct: number; year: number; citizen: boolean; usImgRate?: number; nonUsImgRate?: number }>,
};

/** Every code the plan's program judges may return, with its words. */
const WORDS = {
  // --- tiering: the program's selectivity and what this applicant brings to it (src/plan/tiering.ts)
  'tier.program_type': ((p) => TYPE_WORDS[p.type]) as Words<{ type: ProgramType }>,
  'tier.program_type_from_name': ((p) => `${TYPE_WORDS[p.type].split(' — ')[0]} by its name — a guess (no source states the type), never counted in your favour; verify`) as Words<{ type: ProgramType }>,
  'tier.la_county_competition': (() => 'in LA County, where competition for IMGs is highest') as Words<Record<string, never>>,
  'tier.state': ((p) => `in ${stateName(p.state)}`) as Words<{ state: string }>,
  'tier.state_non_us_share': ((p, s) => `in ${stateName(p.state)}: about ${percent(p.nonUsShare)} of the IMGs who matched there were non-US citizens (${s}, ${p.year})`) as Words<{ state: string; nonUsShare: number; year: number }>,
  'tier.img_friendly': (() => 'a source describes it as taking many IMGs') as Words<Record<string, never>>,
  'tier.img_rarely': (() => 'a source says it rarely takes IMGs') as Words<Record<string, never>>,
  'tier.h1b_filings': ((p, s) => `its institution filed ${p.count} resident H-1B application${p.count === 1 ? '' : 's'} in ${p.period} (${s}) — public evidence that it trains IMGs on visas${p.j1 ? ', though H-1B filings do not show whether it takes J-1 residents: ask it' : ''}`) as Words<{ count: number; period: string; j1?: boolean }>,
  'tier.img_filings': ((p, s) => `its institution filed ${p.count} work-visa application${p.count === 1 ? '' : 's'} for residents in ${p.period} (${s}) — public evidence that it trains IMGs`) as Words<{ count: number; period: string }>,
  'tier.step3_before_h1b': (() => 'states Step 3 must be passed before it files an H-1B, and you have not passed it') as Words<Record<string, never>>,
  'tier.met_j1': ((p) => `states it takes J-1 residents${yearWords(p.asOf)}`) as Words<Dated>,
  'tier.met_h1b': ((p) => `states it sponsors H-1B${yearWords(p.asOf)} — confirm it files new petitions this cycle`) as Words<Dated>,
  'tier.met_graduation_limit': ((p) => `states a limit of ${p.limit} years since graduation; you are within it${yearWords(p.asOf)}`) as Words<{ limit: number } & Dated>,
  'tier.met_step2_min': ((p) => `states a Step 2 CK minimum of ${p.min}; yours clears it${yearWords(p.asOf)}`) as Words<{ min: number } & Dated>,
  'tier.met_usce_required': ((p) => `requires US clinical experience; your hands-on months count${yearWords(p.asOf)}`) as Words<Dated>,
  'tier.met_first_attempt': ((p) => `requires ${p.exams || 'USMLE'} passed on the first attempt; you meet it`) as Words<{ exams: string }>,
  'tier.own_fact': ((p, s) => `its own stated fact — ${p.label}: ${p.value} (${s ?? 'source not given'}${p.asOf ? `, ${p.asOf}` : ''})`) as Words<{ label: string; value: string; asOf?: string }>,
  'tier.ties': ((p) => `helps: ${[
    ...(p.laTies ? ['your ties to Los Angeles'] : []),
    ...(p.usceHere ? ['your US clinical experience in this region'] : []),
    ...(p.languages.length ? [`your ${p.languages.join('/')} for Southern California patients`] : []),
  ].join(', ')}`) as Words<{ laTies: boolean; usceHere: boolean; languages: string[] }>,
  'tier.outside_regions': (() => 'outside the regions you named — worth including to widen your list') as Words<Record<string, never>>,
  'tier.unverified': ((p, s) => `unverified: ${inner(p, s)} — check it before counting on this program`) as Words<Wrapping>,
  'tier.safety_needs_img_evidence': (() => 'a target, not a safety: no source shows it takes IMGs like you, and a safety needs that evidence, not only a strong file') as Words<Record<string, never>>,
  'tier.file_outweighs_selectivity': ((p) => `selective, but your ${p.level} file puts it within reach`) as Words<{ level: string }>,
  'tier.academic_below_median': ((p) => {
    const of = `the ${p.median} median of matched non-US IMGs`;
    const ck = p.score === undefined ? `without a Step 2 CK score at or above ${of}` : p.predicted ? `with a predicted Step 2 CK (${p.score}), not yet a real score at or above ${of}` : `with Step 2 CK ${p.score} under ${of}`;
    return `selective (${TYPE_WORDS[p.type as ProgramType]?.split(' — ')[0] ?? 'selective program'}${p.laCounty ? ', LA County' : ''}): ${ck}, a stated visa or your ties do not make it a target`;
  }) as Words<{ type: string; laCounty: boolean; median: number; score?: number; predicted?: boolean }>,
  'tier.hard_field_weak_filings': ((p) => `in a field where most non-US IMGs do not match, a ${p.level} file is not a target at a program whose only sign of taking visa holders is its institution's filings: it stays a reach until it states it takes your visa`) as Words<{ level: string }>,
  'tier.la_hard_field_below_median': ((p) => `in LA County, in a field where few non-US IMGs match, a program takes its few IMGs from the top: ${p.score !== undefined ? `your Step 2 CK ${p.score} is` : 'without a Step 2 CK score you are'} under the matched median of ${p.median}, so it stays a reach`) as Words<{ median: number; score?: number }>,
  'tier.la_county_weak_reach': ((p) => `in LA County, where competition for IMGs is highest, a ${p.level} file${p.needsVisa ? ' that needs a visa' : ''} is a reach even at the most open programs: your targets lie outside it`) as Words<{ level: string; needsVisa?: boolean }>,
  'tier.selective_visa_needs_competitive': ((p) => `selective (${TYPE_WORDS[p.type as ProgramType]?.split(' — ')[0] ?? 'type not stated'}${p.laCounty ? ', LA County' : ''}): it sponsors few visa holders and takes them from the top, so with a ${p.level} file it stays a reach, whatever its stated visa`) as Words<{ type: string; laCounty: boolean; level: string }>,
  'tier.selective_visa_not_safety': (() => 'a selective institution takes few visa holders, from the top of its pool: at most a target for an IMG who needs a visa') as Words<Record<string, never>>,
  'tier.selective_intake_not_safety': (() => 'a target, not a safety: a selective institution that states it sponsors visas takes some IMGs, but that does not make it among the most open to you') as Words<Record<string, never>>,
  'tier.la_academic_not_safety': (() => 'a target, not a safety: an academic program in LA County is among the most sought-after in the country, so no IMG should count on it, whatever the file') as Words<Record<string, never>>,
  'tier.ead_unconfirmed_not_safety': (() => 'a target, not a safety: it states it sponsors no visas, and until it confirms it takes a work permit (EAD) you cannot count on it') as Words<Record<string, never>>,
  'tier.flagship_not_safety': ((p, s) => `a target, not a safety: an academic flagship (${p.flagship}${s ? `; ${s}` : ''}) is among the most sought-after programs in the country, so no IMG should count on it, whatever the file`) as Words<{ flagship: string }>,
  'tier.graduation_limit_unknown_not_safety': ((p) => `a target, not a safety: ${p.years !== undefined ? `no source states its graduation-year limit, and you graduated ${p.years} years ago, past the ${p.widest}-year limit that is the widest our sources state for any program` : `you have not given your graduation year, so whether you meet ${p.limit !== undefined ? `its stated limit of ${p.limit} years` : `its graduation-year limit (not stated by a source; programs that state one accept graduates of the last 2 to ${p.widest} years)`} is unknown`}; check before counting on it`) as Words<{ widest: number; years?: number; limit?: number }>,
  'tier.la_academic_reach': ((p) => `an academic program in LA County (${TYPE_WORDS[p.type as ProgramType]?.split(' — ')[0] ?? 'type not stated'}), among the most sought-after in the country: no source shows it takes many IMGs, so it stays a reach for any IMG, whatever the file`) as Words<{ type: string }>,
  'tier.selective_no_img_evidence': ((p) => `selective (${TYPE_WORDS[p.type as ProgramType]?.split(' — ')[0] ?? 'type not stated'}) and no source shows it takes IMGs: such programs fill from US graduates first, so it stays a reach until you find IMGs among its residents`) as Words<{ type: string }>,
  'tier.flagship_reach': ((p, s) => `an academic flagship (${p.flagship}${s ? `; ${s}` : ''}): a reach for any IMG, unless a strong file meets a source showing it takes IMGs like you`) as Words<{ flagship: string }>,
  'tier.weak_relative': ((p) => `a ${p.tier} only relative to your file: among the most open programs for you, but your odds are low everywhere`) as Words<{ tier: string }>,
  'tier.track_role': ((p) => `${p.role}: ${specialtyInText(p.specialty)}`) as Words<{ role: string; specialty: Specialty }>,

  // --- the evidence rule: what the program's openness rests on, what to check, and the tier cap (src/plan/evidence.ts)
  'evidence.states_visa': ((p) => `a source states it takes ${p.route} residents${p.asOf !== undefined ? ` (${p.asOf})` : ' (source undated)'}`) as Words<{ route: string } & Dated>,
  'evidence.h1b_filings': ((p) => `its institution filed ${p.count} resident H-1B application${p.count === 1 ? '' : 's'} in ${p.period} (public filings)`) as Words<{ count: number; period: string }>,
  'evidence.no_visa_source': ((p) => `no source states whether it sponsors your visa${p.guessedType ? `; its type (${typeWords(p.guessedType)}) is only a guess from its name` : ''}`) as Words<{ guessedType?: string }>,
  'evidence.stated_facts': (() => 'a source states facts about the program (type, IMG intake or policies)') as Words<Record<string, never>>,
  'evidence.type_from_name': ((p) => `its type (${typeWords(p.type)}) is only a guess from its name`) as Words<{ type: string }>,
  'evidence.img_filings': ((p) => `its institution filed ${p.count} work-visa application${p.count === 1 ? '' : 's'} for residents in ${p.period} (public filings): it trains IMGs`) as Words<{ count: number; period: string }>,
  'evidence.img_filings_cap': (() => 'its institution\'s filings show it trains IMGs somewhere, not that this program is among the most open to you, so it is at most a target') as Words<Record<string, never>>,
  'evidence.indirect_source': (() => 'our only source for it is indirect or old, so it may no longer exist as described') as Words<Record<string, never>>,
  'evidence.check_exists': (() => 'that it exists and takes residents this cycle: find it on the ACGME public program search and on its own site') as Words<Record<string, never>>,
  'evidence.nothing_stated': (() => 'no source states its type or how many IMGs it takes') as Words<Record<string, never>>,
  'evidence.check_j1': (() => 'whether it takes J-1 residents (ECFMG-sponsored): ask the program coordinator or read its eligibility page') as Words<Record<string, never>>,
  'evidence.check_h1b': (() => 'whether it sponsors H-1B for incoming residents this cycle (and pays the petition fees): ask the program coordinator') as Words<Record<string, never>>,
  'evidence.check_visa': (() => 'whether it sponsors J-1 or H-1B for residents: ask the program coordinator or read its eligibility page') as Words<Record<string, never>>,
  'evidence.check_j1_despite_filings': (() => 'whether it takes J-1 residents (the filings show it trains visa holders, not which visa)') as Words<Record<string, never>>,
  'evidence.check_new_h1b_petitions': (() => 'whether it files new H-1B petitions for incoming residents this cycle') as Words<Record<string, never>>,
  'evidence.ead_unstated': (() => 'it states it sponsors no visas and says nothing of work permits: programs like this often appoint only US citizens and permanent residents') as Words<Record<string, never>>,
  'evidence.check_ead': (() => 'ask in writing whether it appoints residents on a work permit (EAD) valid through training') as Words<Record<string, never>>,
  'evidence.check_img_intake': (() => 'whether it takes IMGs (look at its current residents\' schools) and its score and graduation-year screens') as Words<Record<string, never>>,
  'evidence.flagship_cap': ((p, s) => `an academic flagship (${p.flagship}; ${s}) — at most a reach for an IMG who needs a visa unless it states it takes yours`) as Words<{ flagship: string }>,
  'evidence.filings_before_fee': ((p) => `its institution's resident H-1B filings (${p.period}) predate the one-time $${p.feeUsd.toLocaleString('en-US')} fee on new H-1B petitions (since ${p.feeSince}): they show it used H-1B then, not that it files a new petition for an incoming resident now, so it is checked first`) as Words<{ period: string; feeUsd: number; feeSince: string }>,
  'evidence.filings_cap': (() => 'its filings show the institution trains some visa holders, not that this program takes yours, so it is at most a target until it states that it sponsors your visa') as Words<Record<string, never>>,
  'evidence.unsourced_cap': (() => 'no source describes this program, so it is checked first, never a target on our table alone') as Words<Record<string, never>>,

  // --- hard filters: why a program is closed, and what to verify (src/plan/program-filters.ts)
  'excluded.military_active_duty': ((p) => `states that only active-duty US military members may apply; serving members apply through the military's own selection, not the civilian Match${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.first_attempt': ((p) => `states that ${p.exams || 'USMLE'} must be passed on the first attempt; you have ${p.failed} failed attempt${p.failed > 1 ? 's' : ''} on record${asOfWords(p.asOf)}`) as Words<{ exams: string; failed: number } & Dated>,
  'excluded.graduation_limit': ((p) => `accepts graduates of the last ${p.limit} years; you graduated ${p.years} years ago${asOfWords(p.asOf)}`) as Words<{ limit: number; years: number } & Dated>,
  'excluded.step2_min': ((p) => `states a Step 2 CK minimum of ${p.min}; yours is ${p.score}${asOfWords(p.asOf)}`) as Words<{ min: number; score: number } & Dated>,
  'excluded.usce_required': ((p) => `requires US clinical experience; you have none${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.status_not_listed': ((p) => `appoints only ${p.statuses}; a work permit (EAD) is not among them${asOfWords(p.asOf)}`) as Words<{ statuses: string } & Dated>,
  'excluded.usce_min_months': ((p) => `requires at least ${plural(p.min, 'month')} of US clinical experience; you have ${plural(p.months, 'month')}${asOfWords(p.asOf)}`) as Words<{ min: number; months: number } & Dated>,
  'excluded.ecfmg_without_step1': ((p) => `states ECFMG certification is needed ${p.by}; without Step 1 passed you cannot be certified${asOfWords(p.asOf)}`) as Words<{ by: string } & Dated>,
  'excluded.sponsor_no_visas': ((p) => `its sponsoring institution states it sponsors no visas for residents${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.sponsor_no_route_derived': ((p, s) => `its sponsor does not take your visa route: ${inner(p, s)}`) as Words<Wrapping>,
  'excluded.family_no_visas_derived': ((p, s) => `not offered to visa seekers: ${inner(p, s)}`) as Words<Wrapping>,
  'excluded.sponsor_no_visas_derived': ((p, s) => `its sponsor sponsors no visas for residents: ${inner(p, s)}`) as Words<Wrapping>,
  'excluded.no_j1': ((p) => `does not take J-1 residents${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.no_h1b': ((p) => `does not sponsor H-1B${p.takesJ1 ? ' (it does take J-1, if you could train on a J-1)' : ''}${asOfWords(p.asOf)}`) as Words<{ takesJ1: boolean } & Dated>,
  'excluded.no_visa': ((p) => `sponsors neither J-1 nor H-1B${asOfWords(p.asOf)}`) as Words<Dated>,
  'verify.graduation_limit_no_year': ((p) => `states a limit of ${p.limit} years since graduation — you have not given your graduation year`) as Words<{ limit: number }>,
  'verify.graduation_limit_unstated': (() => 'graduation-year limit not stated by a source — many programs have one; verify on the program site') as Words<Record<string, never>>,
  'verify.step2_min_no_score': ((p) => `states a Step 2 CK minimum of ${p.min} — you have no score yet`) as Words<{ min: number }>,
  'verify.step2_min_unstated': ((p) => `Step 2 CK minimum not stated by a source — our advising guides say many programs screen around ${p.low}–${p.high} (advisors' experience, not a published figure); verify`) as Words<{ low: number; high: number }>,
  'verify.first_attempt_unstated': ((p) => `requires ${p.exams || 'USMLE'} passed on the first attempt, and you did not say on which attempt you passed ${p.unstated.join(' and ')}: check before you apply`) as Words<{ exams: string; unstated: string[] }>,
  'verify.usce_kind': (() => 'requires US clinical experience — check whether yours counts (some accept hands-on rotations only)') as Words<Record<string, never>>,
  'verify.usce_unstated': (() => 'whether US clinical experience is required is not stated by a source — verify') as Words<Record<string, never>>,
  'verify.usce_min_months': ((p) => `requires at least ${plural(p.min, 'month')} of US clinical experience — tell us how many months you have, or check that yours reach it`) as Words<{ min: number }>,
  'verify.ecfmg_by': ((p) => `states ECFMG certification is needed ${p.by} — plan your exams and documents to meet it`) as Words<{ by: string }>,
  'verify.indirect_source': (() => 'our only source for this program is indirect or old: confirm on its own site that it exists and what it requires') as Words<Record<string, never>>,
  'verify.indirect_source_listed': ((p) => `it exists: the ACGME public program list (${p.asOf}, acgme.org program search) lists it; but our source for its rules is indirect or old, so read what it requires (visa, scores, graduation year) on its own site`) as Words<{ asOf: string }>,
  'verify.policy_mentioned': ((p) => `a source mentions its rules on ${p.topics.join(', ')}: read them on the program's own site before you apply`) as Words<{ topics: string[] }>,
  'verify.dated_policy': ((p) => `policy facts come from ${p.asOf !== undefined ? `a ${p.asOf}` : 'an undated'} source — re-check them for this cycle`) as Words<Dated>,
  'verify.j1_unstated': (() => 'J-1 acceptance not stated by a source — verify on the program site') as Words<Record<string, never>>,
  'verify.h1b_unstated': ((p) => `H-1B sponsorship not stated by a source — verify on the program site${p.statesJ1 ? '; it states J-1, and "we sponsor visas" often means J-1 only' : ''}`) as Words<{ statesJ1: boolean }>,
  'verify.ead_at_no_visa_program': (() => 'states it sponsors no visas; programs like this often take only US citizens and permanent residents, so ask in writing whether it accepts your work permit (EAD) before you apply') as Words<Record<string, never>>,
  'verify.visa_unstated': (() => 'visa sponsorship (J-1 or H-1B) not stated by a source — verify on the program site') as Words<Record<string, never>>,
  'verify.h1b_unstated_no_j1': (() => 'takes no J-1; H-1B not stated by a source — verify') as Words<Record<string, never>>,
  'verify.j1_unstated_no_h1b': (() => 'no H-1B; J-1 not stated by a source — verify') as Words<Record<string, never>>,

  // --- sponsor-wide facts derived across a sponsor's programs (src/plan/plan-index.ts)
  'sponsor.sibling_states_no_visas': ((p) => `a sibling program of the same sponsor (${p.sibling}) states the sponsor sponsors no visas — verify for this program`) as Words<{ sibling: string }>,
  'sponsor.filings_of_sponsor': ((p) => `its sponsoring institution filed ${p.count} resident H-1B application${p.count === 1 ? '' : 's'} in ${p.period} (matched through ${p.sibling}): evidence about the institution, not a policy of this program — ask it`) as Words<{ count: number; period: string; sibling: string }>,
  'sponsor.all_stated_no_route': ((p) => `every one of its sponsor's ${plural(p.stated, 'program')} that state a ${p.route} policy declines ${p.route} — verify for this program`) as Words<{ route: string; stated: number }>,
  'sponsor.route_contradicted': ((p) => `its own source says it takes ${p.route}, but ${p.declined} other programs of the same sponsor state they decline ${p.route}`) as Words<{ route: string; declined: number }>,
  'sponsor.family_states_no_visas': ((p) => `no source we hold states its own visa policy, and ${p.sibling}, another region of ${p.family}, states for its ${plural(p.stated, 'program')} that it sponsors no resident visas — ask this program before you apply on a visa`) as Words<{ family: string; sibling: string; stated: number }>,
  'sponsor.institution_states_no_route': ((p) => `its institution states for its residency programs that it does not sponsor ${p.route} (on the page of ${p.sibling}) — verify for this program`) as Words<{ route: string; sibling: string }>,
  'sponsor.all_stated_no_visas': ((p) => `every one of its sponsor's ${plural(p.stated, 'program')} that state a visa policy sponsors no visas — verify for this program`) as Words<{ stated: number }>,
  ...STANDING_WORDS,
  ...WARNING_WORDS,
} as const;

/** A reason code the plan's program judges may return. */
export type Code = keyof typeof WORDS;
/** The parameters a code's words take. */
export type ParamsOf<C extends Code> = Parameters<(typeof WORDS)[C]>[0];

/** Reasons without parameters or source, made once and shared (frozen): every plan says them the same way. */
const BARE = new Map<string, ReasonCode>();

/** A reason: the code, its parameters (undefined ones left out) and, where a publication backs it, the source. */
export function reason<C extends Code>(code: C, params: ParamsOf<C>, source?: string): ReasonCode {
  const given = params as Record<string, ReasonParam | undefined>;
  let clean: Record<string, ReasonParam> | undefined;
  let any = false;
  for (const k in given) {
    any = true;
    if (given[k] === undefined) { clean ??= { ...given } as Record<string, ReasonParam>; delete clean[k]; }
  }
  if (!any && !source) {
    let bare = BARE.get(code);
    if (!bare) { bare = Object.freeze({ code, params: Object.freeze({}) }) as ReasonCode; BARE.set(code, bare); }
    return bare;
  }
  const out = clean ?? (given as Record<string, ReasonParam>);
  return source ? { code, params: out, source } : { code, params: out };
}

/** True when the words file knows the code (a plan read from disk may carry codes from another version). */
export function knownCode(code: string): code is Code {
  return Object.prototype.hasOwnProperty.call(WORDS, code);
}

/** The sentence for one reason; an unknown code reads as itself rather than failing. */
export function say(r: ReasonCode): string {
  if (!knownCode(r.code)) return r.code;
  return (WORDS[r.code] as Words<Record<string, ReasonParam>>)(r.params, r.source);
}

/** A sentence for each reason, in order. */
function sayAll(rs: readonly ReasonCode[]): string[] {
  return rs.map(say);
}
