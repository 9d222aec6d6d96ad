// The English sentences of the program judgments: one entry per reason code, its parameters filled in.
// Judges (tiering, program filters, evidence) return codes with parameters; only this file holds their words.
import type { ReasonCode, ReasonParam } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import { specialtyInText } from '../domain/specialty-names.js';
import type { ProgramType } from '../knowledge/import/program-schema.js';

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
/** A reason that wraps another one: the inner code and the inner reason's own parameters, side by side. */
type Wrapping = { inner: string } & Record<string, ReasonParam>;
const inner = (p: Wrapping, source: string | undefined): string => {
  const { inner: code, ...params } = p;
  return say({ code, params, ...(source ? { source } : {}) });
};

/** Every code the plan's program judges may return, with its words. */
const WORDS = {
  // --- tiering: the program's selectivity and what this applicant brings to it (src/plan/tiering.ts)
  'tier.program_type': ((p) => TYPE_WORDS[p.type]) as Words<{ type: ProgramType }>,
  'tier.program_type_from_name': ((p) => `${TYPE_WORDS[p.type].split(' — ')[0]} by its name — a guess (no source states the type), never counted in your favour; verify`) as Words<{ type: ProgramType }>,
  'tier.la_county_competition': (() => 'in LA County, where competition for IMGs is highest') as Words<Record<string, never>>,
  'tier.state': ((p) => `in ${p.state}`) as Words<{ state: string }>,
  'tier.state_non_us_share': ((p, s) => `in ${p.state}: about ${percent(p.nonUsShare)} of the IMGs who matched there were non-US citizens (${s}, ${p.year})`) as Words<{ state: string; nonUsShare: number; year: number }>,
  'tier.img_friendly': (() => 'a source describes it as taking many IMGs') as Words<Record<string, never>>,
  'tier.img_rarely': (() => 'a source says it rarely takes IMGs') as Words<Record<string, never>>,
  'tier.h1b_filings': ((p, s) => `its institution filed ${p.count} resident H-1B application${p.count === 1 ? '' : 's'} in ${p.period} (${s}) — public evidence that it trains IMGs on visas`) as Words<{ count: number; period: string }>,
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
  'tier.ties_usce_outside_california': (() => 'helps: your US clinical experience outside California') as Words<Record<string, never>>,
  'tier.outside_regions': (() => 'outside the regions you named — worth including to widen your list') as Words<Record<string, never>>,
  'tier.unverified': ((p, s) => `unverified: ${inner(p, s)} — check it before counting on this program`) as Words<Wrapping>,
  'tier.safety_needs_img_evidence': (() => 'a target, not a safety: no source shows it takes IMGs like you, and a safety needs that evidence, not only a strong file') as Words<Record<string, never>>,
  'tier.file_outweighs_selectivity': ((p) => `selective, but your ${p.level} file puts it within reach`) as Words<{ level: string }>,
  'tier.academic_below_median': ((p) => {
    const of = `the ${p.median} median of matched non-US IMGs`;
    const ck = p.score === undefined ? `without a Step 2 CK score at or above ${of}` : p.predicted ? `with a predicted Step 2 CK (${p.score}), not yet a real score at or above ${of}` : `with Step 2 CK ${p.score} under ${of}`;
    return `selective (${TYPE_WORDS[p.type as ProgramType]?.split(' — ')[0] ?? 'selective program'}${p.laCounty ? ', LA County' : ''}): ${ck}, a stated visa or your ties do not make it a target`;
  }) as Words<{ type: string; laCounty: boolean; median: number; score?: number; predicted?: boolean }>,
  'tier.la_hard_field_below_median': ((p) => `in LA County, in a field where few non-US IMGs match, a program takes its few IMGs from the top: ${p.score !== undefined ? `your Step 2 CK ${p.score} is` : 'without a Step 2 CK score you are'} under the matched median of ${p.median}, so it stays a reach`) as Words<{ median: number; score?: number }>,
  'tier.la_county_weak_reach': ((p) => `in LA County, where competition for IMGs is highest, a ${p.level} file is a reach even at the most open programs: your targets lie outside it`) as Words<{ level: string }>,
  'tier.la_academic_reach': ((p) => `an academic program in LA County (${TYPE_WORDS[p.type as ProgramType]?.split(' — ')[0] ?? 'type not stated'}), among the most sought-after in the country: no source shows it takes many IMGs, so it stays a reach for any IMG, whatever the file`) as Words<{ type: string }>,
  'tier.weak_relative': ((p) => `a ${p.tier} only relative to your file: among the most open programs for you, but your odds are low everywhere`) as Words<{ tier: string }>,
  'tier.track_role': ((p) => `${p.role}: ${specialtyInText(p.specialty)}`) as Words<{ role: string; specialty: Specialty }>,

  // --- the evidence rule: what the program's openness rests on, what to check, and the tier cap (src/plan/evidence.ts)
  'evidence.states_visa': ((p) => `a source states it takes ${p.route} residents${p.asOf !== undefined ? ` (${p.asOf})` : ' (source undated)'}`) as Words<{ route: string } & Dated>,
  'evidence.h1b_filings': ((p) => `its institution filed ${p.count} resident H-1B application${p.count === 1 ? '' : 's'} in ${p.period} (public filings)`) as Words<{ count: number; period: string }>,
  'evidence.no_visa_source': ((p) => `no source states whether it sponsors your visa${p.guessedType ? `; its type (${typeWords(p.guessedType)}) is only a guess from its name` : ''}`) as Words<{ guessedType?: string }>,
  'evidence.stated_facts': (() => 'a source states facts about the program (type, IMG intake or policies)') as Words<Record<string, never>>,
  'evidence.type_from_name': ((p) => `its type (${typeWords(p.type)}) is only a guess from its name`) as Words<{ type: string }>,
  'evidence.nothing_stated': (() => 'no source states its type or how many IMGs it takes') as Words<Record<string, never>>,
  'evidence.check_j1': (() => 'whether it takes J-1 residents (ECFMG-sponsored): ask the program coordinator or read its eligibility page') as Words<Record<string, never>>,
  'evidence.check_h1b': (() => 'whether it sponsors H-1B for incoming residents this cycle (and pays the petition fees): ask the program coordinator') as Words<Record<string, never>>,
  'evidence.check_visa': (() => 'whether it sponsors J-1 or H-1B for residents: ask the program coordinator or read its eligibility page') as Words<Record<string, never>>,
  'evidence.check_j1_despite_filings': (() => 'whether it takes J-1 residents (the filings show it trains visa holders, not which visa)') as Words<Record<string, never>>,
  'evidence.check_new_h1b_petitions': (() => 'whether it files new H-1B petitions for incoming residents this cycle') as Words<Record<string, never>>,
  'evidence.check_img_intake': (() => 'whether it takes IMGs (look at its current residents\' schools) and its score and graduation-year screens') as Words<Record<string, never>>,
  'evidence.flagship_cap': ((p, s) => `an academic flagship (${p.flagship}; ${s}) — at most a reach for an IMG who needs a visa unless it states it takes yours`) as Words<{ flagship: string }>,
  'evidence.unsourced_cap': (() => 'no source describes this program, so it is at most a target') as Words<Record<string, never>>,

  // --- hard filters: why a program is closed, and what to verify (src/plan/program-filters.ts)
  'excluded.military_active_duty': ((p) => `states that only active-duty US military members may apply; serving members apply through the military's own selection, not the civilian Match${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.first_attempt': ((p) => `states that ${p.exams || 'USMLE'} must be passed on the first attempt; you have ${p.failed} failed attempt${p.failed > 1 ? 's' : ''} on record${asOfWords(p.asOf)}`) as Words<{ exams: string; failed: number } & Dated>,
  'excluded.graduation_limit': ((p) => `accepts graduates of the last ${p.limit} years; you graduated ${p.years} years ago${asOfWords(p.asOf)}`) as Words<{ limit: number; years: number } & Dated>,
  'excluded.step2_min': ((p) => `states a Step 2 CK minimum of ${p.min}; yours is ${p.score}${asOfWords(p.asOf)}`) as Words<{ min: number; score: number } & Dated>,
  'excluded.usce_required': ((p) => `requires US clinical experience; you have none${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.ecfmg_without_step1': ((p) => `states ECFMG certification is needed ${p.by}; without Step 1 passed you cannot be certified${asOfWords(p.asOf)}`) as Words<{ by: string } & Dated>,
  'excluded.sponsor_no_visas': ((p) => `its sponsoring institution states it sponsors no visas for residents${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.sponsor_no_route_derived': ((p, s) => `its sponsor does not take your visa route: ${inner(p, s)}`) as Words<Wrapping>,
  'excluded.sponsor_no_visas_derived': ((p, s) => `its sponsor sponsors no visas for residents: ${inner(p, s)}`) as Words<Wrapping>,
  'excluded.no_j1': ((p) => `does not take J-1 residents${asOfWords(p.asOf)}`) as Words<Dated>,
  'excluded.no_h1b': ((p) => `does not sponsor H-1B${p.takesJ1 ? ' (it does take J-1, if you could train on a J-1)' : ''}${asOfWords(p.asOf)}`) as Words<{ takesJ1: boolean } & Dated>,
  'excluded.no_visa': ((p) => `sponsors neither J-1 nor H-1B${asOfWords(p.asOf)}`) as Words<Dated>,
  'verify.graduation_limit_no_year': ((p) => `states a limit of ${p.limit} years since graduation — you have not given your graduation year`) as Words<{ limit: number }>,
  'verify.graduation_limit_unstated': (() => 'graduation-year limit not stated by a source — many programs have one; verify on the program site') as Words<Record<string, never>>,
  'verify.step2_min_no_score': ((p) => `states a Step 2 CK minimum of ${p.min} — you have no score yet`) as Words<{ min: number }>,
  'verify.step2_min_unstated': ((p) => `Step 2 CK minimum not stated by a source — many programs screen around ${p.low}–${p.high}; verify`) as Words<{ low: number; high: number }>,
  'verify.usce_kind': (() => 'requires US clinical experience — check whether yours counts (some accept hands-on rotations only)') as Words<Record<string, never>>,
  'verify.usce_unstated': (() => 'whether US clinical experience is required is not stated by a source — verify') as Words<Record<string, never>>,
  'verify.ecfmg_by': ((p) => `states ECFMG certification is needed ${p.by} — plan your exams and documents to meet it`) as Words<{ by: string }>,
  'verify.indirect_source': (() => 'our only source for this program is indirect or old: confirm on its own site that it exists and what it requires') as Words<Record<string, never>>,
  'verify.policy_mentioned': ((p) => `a source mentions its rules on ${p.topics.join(', ')}: read them on the program's own site before you apply`) as Words<{ topics: string[] }>,
  'verify.dated_policy': ((p) => `policy facts come from ${p.asOf !== undefined ? `a ${p.asOf}` : 'an undated'} source — re-check them for this cycle`) as Words<Dated>,
  'verify.j1_unstated': (() => 'J-1 acceptance not stated by a source — verify on the program site') as Words<Record<string, never>>,
  'verify.h1b_unstated': ((p) => `H-1B sponsorship not stated by a source — verify on the program site${p.statesJ1 ? '; it states J-1, and "we sponsor visas" often means J-1 only' : ''}`) as Words<{ statesJ1: boolean }>,
  'verify.visa_unstated': (() => 'visa sponsorship (J-1 or H-1B) not stated by a source — verify on the program site') as Words<Record<string, never>>,
  'verify.h1b_unstated_no_j1': (() => 'takes no J-1; H-1B not stated by a source — verify') as Words<Record<string, never>>,
  'verify.j1_unstated_no_h1b': (() => 'no H-1B; J-1 not stated by a source — verify') as Words<Record<string, never>>,

  // --- sponsor-wide facts derived across a sponsor's programs (src/plan/plan-index.ts)
  'sponsor.sibling_states_no_visas': ((p) => `a sibling program of the same sponsor (${p.sibling}) states the sponsor sponsors no visas — verify for this program`) as Words<{ sibling: string }>,
  'sponsor.filings_of_sponsor': ((p) => `its sponsoring institution filed ${p.count} resident H-1B application${p.count === 1 ? '' : 's'} in ${p.period} (matched through ${p.sibling}): evidence about the institution, not a policy of this program — ask it`) as Words<{ count: number; period: string; sibling: string }>,
  'sponsor.all_stated_no_route': ((p) => `every one of its sponsor's ${plural(p.stated, 'program')} that state a ${p.route} policy declines ${p.route} — verify for this program`) as Words<{ route: string; stated: number }>,
  'sponsor.all_stated_no_visas': ((p) => `every one of its sponsor's ${plural(p.stated, 'program')} that state a visa policy sponsors no visas — verify for this program`) as Words<{ stated: number }>,
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
