// The English sentences of the plan's warnings (situation, visa route, list bounds, not this cycle): one entry per
// warning code, every figure a parameter. Merged into the one words file (words.en.ts) that says every plan code.
import { usd } from '../domain/money.js';
import { capitalize } from '../domain/capitalize.js';
import { andList } from '../domain/and-list.js';
import type { Specialty } from '../domain/profile.js';
import { specialtyInText } from '../domain/specialty-names.js';
import { scoreWords as score } from '../domain/score-words.js';
import type { ReadinessGap } from './readiness.js';

type Words<P> = (p: P, source: string | undefined) => string;
type None = Record<string, never>;
const REGION_WORDS: Readonly<Record<string, string>> = { la_county: 'Los Angeles County', orange_county: 'Orange County', san_diego: 'San Diego', inland_empire: 'the Inland Empire', rest_of_california: 'the rest of California', other_us: 'outside California' };
const label = (s: Specialty) => specialtyInText(s);
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const NOT_LEGAL = '(general information from university immigration offices, not legal advice)';
const NEED = 'Before a J-1 can be issued you need a Statement of Need: a letter from the Ministry of Health of your country of most recent legal permanent residence, addressed to ECFMG and naming your exact specialty (required by US Public Law 94-484; ECFMG Exchange Visitor Sponsorship Program, "Statement of Need" page, golive.ecfmg.org/evsp/applying-general-statement-need.html). Ask your ministry early: it can take months.';
type Fee = { feeUsd: number; feeSince: string; feeSource: string };
const fee = (p: Fee) => `New H-1B petitions filed since ${p.feeSince} carry a one-time ${usd(p.feeUsd)} fee for the employer (${p.feeSource}), so expect fewer programs to file a new H-1B than before; H-1B filings from earlier years do not promise one now.`;
type Scope = { n: number; j1Yes: number; j1No: number; h1bNo: number; h1bYes: number; filed: number };
type Shares = { imH1bShare: number; imJ1Share: number; shareSource: string; shareYear: string };
const tail = (p: Scope & Shares & Fee) => `${fee(p)}${p.filed ? ` ${p.filed} programs in scope belong to institutions that filed resident H-1B applications in Oct 2024–Mar 2025 (US DOL LCA data): evidence of H-1B use, not a promise to sponsor you.` : ''} Nationally, ${pct(p.imH1bShare)} of internal medicine programs reported sponsoring H-1B against ${pct(p.imJ1Share)} accepting J-1 (${p.shareSource}, ${p.shareYear}).`;
/** Any J-1 held before (ECFMG's or a university's research or scholar J-1) may carry the home-residence rule: the H-1B route turns on it. */
const PRIOR_J1 = `If you have held a J-1 before (ECFMG's, or a university's research or scholar J-1), check whether it made you subject to the two-year home-residence requirement (section 212(e)): until you complete it or obtain a waiver you cannot change to H-1B or a green card inside the US, so settle it with an immigration attorney before you rank H-1B programs ${NOT_LEGAL}.`;
const j1Line = (p: Scope) => `The ECFMG-sponsored J-1 has a 7-year limit on clinical training and a two-year home-country requirement after training (section 212(e)) unless you obtain a waiver ${NOT_LEGAL}. Of the ${p.n} programs in scope, ${p.j1Yes} state they take J-1 and ${p.j1No} state they do not. ${NEED}`;

/** What each readiness gap asks for, said in the "not this cycle" warning (src/plan/readiness.ts). */
const GAP_WORDS: Readonly<Record<ReadinessGap, (p: { handsOnMonths: number; usLetters: number }) => string>> = {
  hands_on: (p) => `hands-on US clinical months (an externship or hands-on rotation, ${p.handsOnMonths} months or more)`,
  letters: (p) => `US letters from physicians who supervised you (${p.usLetters} or more)`,
  ecfmg: () => 'ECFMG certification',
  step1: () => 'a Step 1 pass',
  step2ck: () => 'Step 2 CK',
  step3_h1b: () => 'Step 3 (an H-1B needs it before a program can file)',
  step3_after_fail: () => 'a solid Step 3 pass after your failed attempt',
  step3_low_ck: () => 'a good Step 3 result, if your practice scores support it (your Step 2 CK is under the first quartile of the non-US IMGs who matched in your specialty, NRMP Charting Outcomes 2026, and the guides name Step 3 as the newer score that can speak for it)',
};
const listWords = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join('; ')}; and ${xs[xs.length - 1]}` : xs.join(''));

/** The short name of each readiness gap, for the one-line "not this cycle" headline. */
const GAP_SHORT: Readonly<Record<ReadinessGap, string>> = {
  hands_on: 'more hands-on US months', letters: 'more US letters', ecfmg: 'ECFMG certification', step1: 'Step 1', step2ck: 'Step 2 CK',
  step3_h1b: 'Step 3', step3_after_fail: 'a Step 3 pass', step3_low_ck: 'a good Step 3 result',
};

/**
 * The one line that heads a "not this cycle" plan, said from its reason: a file too weak for this cycle is told to
 * strengthen it; a season whose window has passed is a matter of timing, and a file that only lacks a certificate or
 * an exam is told so, never "strengthen your file".
 */
export function notThisCycleHeadline(why: { code: string; params: Record<string, unknown> } | undefined): string {
  if (why?.code === 'warning.not_this_cycle_season') return 'Not this cycle: this season\'s application window has passed for your graduation year; apply next season (dated plan: "steps").';
  if (why?.code === 'warning.not_this_cycle_unready') {
    const gaps = Array.isArray(why.params.gaps) ? [...new Set((why.params.gaps as ReadinessGap[]).map((g) => GAP_SHORT[g] ?? g))] : [];
    return `Not this cycle: this season's application window has passed, so apply next season${gaps.length ? `, with ${listWords(gaps)} done by then` : ''} (dated plan: "steps").`;
  }
  return 'Not this cycle: strengthen your file and apply next season (dated plan: "steps").';
}

/** Why the count is only "if you apply anyway", in words for the applications' why, from the same reason. */
export function notThisCycleAdvice(why: { code: string } | undefined): string {
  return why?.code === 'warning.not_this_cycle' || why === undefined ? 'we advise strengthening first and applying next season' : 'this season\'s application window has passed, so we advise applying next season';
}

/** Every warning code and its words. */
export const WARNING_WORDS = {
  'warning.no_specialty': (() => 'You have not chosen a specialty yet, so this plan shows internal medicine and family medicine, the two most open to IMGs.') as Words<None>,
  'warning.competitive_dream': ((p) => `${capitalize(label(p.specialty))} is among the specialties the guides call very difficult for IMGs with low scores${p.weak ? ', and your file is not yet at the level these programs usually take' : '; even a strong IMG file should plan for not matching in it'}.${p.noPrograms ? ` Our table has no ${label(p.specialty)} programs yet.` : ''}${p.parallel ? ` Run a full parallel application in ${label(p.parallel as Specialty)} — the realistic field nearest your dream; its programs are tiered below.` : ''} The long route the guides describe — a preliminary year plus research in ${label(p.specialty)} — is possible but uncertain: treat it as a second attempt, not the plan.`) as Words<{ specialty: Specialty; weak: boolean; noPrograms: boolean; parallel?: string }>,
  'warning.one_year': ((p) => `A ${label(p.specialty)} position is one year only: it ends after PGY-1, so you need a PGY-2 plan — an advanced position that starts after it, or a categorical application${p.parallel ? ` (we added ${label(p.parallel as Specialty)} as your categorical track)` : ''}. Without one you reapply during the year.`) as Words<{ specialty: Specialty; parallel?: string }>,
  'warning.backup_leads': ((p) => `You stand clearly higher in ${label(p.better)} (${score(p.betterScore)}) than in ${label(p.first)} (${score(p.firstScore)}), so most of your applications go there; keep ${label(p.first)} as the smaller list.`) as Words<{ better: Specialty; betterScore: number; first: Specialty; firstScore: number }>,
  'warning.first_choice_holds': ((p) => `You stand higher in ${label(p.better)} (${score(p.betterScore)}) than in ${label(p.first)} (${score(p.firstScore)}), but ${p.level === 'weak' || p.level === 'very weak' ? `both read ${p.level}` : `your first choice is within reach (${p.level})`}, so ${label(p.first)} keeps the full list and ${label(p.better)} runs beside it as your second list.`) as Words<{ better: Specialty; betterScore: number; first: Specialty; firstScore: number; level: string }>,
  'warning.backup_full_beside_first': ((p) => `Your file reads ${p.level} in ${label(p.first)} (${score(p.firstScore)}) and a level higher in ${label(p.better)} (${score(p.betterScore)}): ${label(p.first)} keeps the full list as your first choice, and ${label(p.better)}, your realistic route, gets a full list of its own beside it.`) as Words<{ better: Specialty; betterScore: number; first: Specialty; firstScore: number; level: string }>,
  'warning.backup_higher_visa_keeps_first': ((p) => `${capitalize(label(p.full))} keeps the full list although you stand higher in ${label(p.better)} (${score(p.betterScore)} against ${score(p.firstScore)}): far fewer ${label(p.better)} programs show they take your visa. Keep ${label(p.better)} as the smaller list and apply to every ${label(p.better)} program that shows it takes your visa.`) as Words<{ better: Specialty; betterScore: number; first: Specialty; firstScore: number; full: Specialty }>,
  'warning.suggest_backup': ((p) => (p.level === p.altLevel
    ? `Your file stands ${p.level} in ${label(p.first)} (${score(p.firstScore)}) and a little higher, though still ${p.altLevel}, in ${label(p.alt)} (${score(p.altScore)}): as a backup it gives the same file somewhat more room.`
    : `Your file stands ${p.level} in ${label(p.first)} (${score(p.firstScore)}) but ${p.altLevel} in ${label(p.alt)} (${score(p.altScore)}): consider adding it as a backup, where the same file goes further.`)
    + (p.matchRatePct !== undefined ? ` Only ${p.matchRatePct}% of non-US IMGs who preferred ${label(p.first)} matched in it in ${p.year} (NRMP Charting Outcomes ${p.year}, nrmp.org); a preliminary year is the other parallel route.` : '')) as Words<{ level: string; first: Specialty; firstScore: number; altLevel: string; alt: Specialty; altScore: number; matchRatePct?: number; year?: number }>,
  'warning.low_match_rate': ((p) => {
    const advice = p.level === 'strong' || p.level === 'competitive'
      ? `even with a ${p.level} file, ${p.matchRatePct < 50 ? 'most who chose it did not match: ' : ''}plan a parallel application in a backup specialty (family medicine or internal medicine) or a preliminary year.`
      : `with a ${p.level} file, add a backup specialty (family medicine or internal medicine) or a preliminary year as a parallel application.`;
    // our specialty figures are for non-US IMGs: to a US citizen (a US IMG to the NRMP) they are said as such
    const usImg = p.usImgRatePct !== undefined
      ? ` These figures are for non-US IMGs; as a US citizen you count as a US IMG, whose overall ${p.usImgYear} match rate was ${p.usImgRatePct}% (NRMP Main Residency Match ${p.usImgYear}), and we hold no US-IMG figure for ${label(p.specialty)} alone, so treat the field as narrow for you too.`
      : '';
    return (p.matchedCount !== undefined
      ? `Only ${p.matchedCount} non-US IMGs matched in ${label(p.specialty)} in ${p.year}, ${p.matchRatePct}% of those who preferred it (NRMP Charting Outcomes ${p.year}, nrmp.org): the field is small for IMGs, and a few programs changing course decides a season. ${capitalize(advice)}`
      : `Only ${p.matchRatePct}% of non-US IMGs who preferred ${label(p.specialty)} matched in it in ${p.year} (NRMP Charting Outcomes ${p.year}, nrmp.org): ${advice}`) + usImg;
  }) as Words<{ specialty: Specialty; matchRatePct: number; year: number; level: string; matchedCount?: number; usImgRatePct?: number; usImgYear?: string }>,
  'warning.reapplying': (() => 'You are reapplying. The guides\' long-term paths: a research position in Los Angeles (publications and academic letters), more hands-on US clinical work if yours was short or observership-only, work on communication and medical English, and a fresh look at specialty and geography — apply much more widely across the US, or to family medicine or psychiatry. Also: SOAP if you are eligible, preliminary or transitional years (tiered below), and Step 3 if it adds something new. Programs judge what changed since last cycle.') as Words<None>,
  'warning.step1_not_passed': (() => 'Step 1 is not passed: ECFMG certification, and so starting residency, requires it. Programs are tiered as if you pass, which you must do first.') as Words<None>,
  'warning.ck_not_on_file': ((p) => `Step 2 CK is not on your file yet. Aim to be safely above the ${p.year} first quartile of matched non-US IMGs in ${label(p.specialty)} (${p.q1}); the guides say at least 220–225, ideally 235 or more. If your practice tests are not there, delaying a cycle for a strong score usually beats applying with a weak one — but each year of delay adds to your years since graduation, which some programs penalise.`) as Words<{ year: number; specialty: Specialty; q1: number }>,
  'warning.failed_attempt_cited': ((p, s) => `${Math.round(p.share * 100)}% of program directors cite any failed USMLE attempt when deciding whom to interview (${s}, ${p.year}).`) as Words<{ share: number; year: string }>,
  'warning.few_targets_in_regions': ((p) => {
    const names = p.regions.map((r) => REGION_WORDS[r] ?? r);
    const where = andList(names);
    const count = p.inside === 0 ? 'no program is' : p.inside === 1 ? 'only 1 program is' : `only ${p.inside} programs are`;
    const near = p.onlyLa ? 'Orange County or the Inland Empire (a commute from much of LA)' : 'a region next to yours';
    const elsewhere = p.outside > 0 ? `the ${p.outside} elsewhere count only if you can move` : 'programs beyond your regions are where more would be, once you can move and they confirm your visa';
    return `In ${where} ${count} a target or safety for you; ${elsewhere} (options: "steps"). If you cannot move: apply to every program in ${p.regions.length === 1 ? 'your region' : 'your regions'} anyway (for your file they are reaches), add ${near} if you can travel there, or strengthen your file first and apply next cycle.`;
  }) as Words<{ inside: number; outside: number; regions: string[]; onlyLa: boolean }>,
  'warning.no_targets': (() => 'No program in our table is a target or safety for you yet: strengthen the weakest part of your file before spending on applications, and apply well beyond California.') as Words<None>,
  'warning.targets_outside_california': ((p, s) => `Your targets and safeties are outside California: ${p.text} (${s}, ${p.year}). The guides say to match anywhere first and come back to Southern California for fellowship or practice.`) as Words<{ text: string; year: number | string }>,
  'warning.regions_hold_few': ((p) => `Your regions hold only ${p.inRegions} ${label(p.specialty)} program${p.inRegions === 1 ? '' : 's'} open to you, fewer than the ${p.min}–${p.max} your standing calls for${p.moreInCalifornia || p.moreNationally ? `: widening your regions adds ${[p.moreInCalifornia ? `${p.moreInCalifornia} more elsewhere in California` : '', p.moreNationally ? `${p.moreNationally} more in other states` : ''].filter(Boolean).join(' and ')}` : ''}. Apply to ${p.inRegions === 1 ? 'it' : `all ${p.inRegions}`}${p.names?.length ? ` (${p.names.join('; ')})` : ''}${p.moreInCalifornia || p.moreNationally ? ' and widen the map to reach the count' : ''}.`) as Words<{ inRegions: number; specialty: Specialty; min: number; max: number; moreInCalifornia: number; moreNationally: number; names?: string[] }>,
  'warning.h1b_only_count': ((p) => `H-1B only: ${p.withEvidence} ${label(p.specialty)} program${p.withEvidence === 1 ? '' : 's'} in your regions show current H-1B evidence (a stated policy, or their own sponsor's public filings made since the new-petition fee) and ${p.toCheck} more are unverified (filings from before that fee show H-1B use then, not a new petition now). Apply to every one with evidence, and to the unverified ones once they confirm they file H-1B for residents: so few programs show H-1B evidence that your count takes in all ${p.withEvidence + p.toCheck}.`) as Words<{ withEvidence: number; toCheck: number; specialty: Specialty }>,
  'warning.not_this_cycle': ((p) => `${p.veryWeak
    ? `Your file stands very weak in ${p.specialty.replace(/_/g, ' ')} and ${p.open === 0 ? 'no program' : p.open === 1 ? 'only 1 program' : `only ${p.open} programs`} in your list ${p.open <= 1 ? 'is a realistic target' : 'are realistic targets'}; applying now would cost a lot for little chance.`
    : `Your file stands weak and the regions you chose leave ${p.open === 0 ? 'no realistic target' : p.open === 1 ? 'only 1 realistic target' : `only ${p.open} realistic targets`}; widening to other states, or strengthening first, changes that.`} Strengthen your file and apply next cycle (applications for the next season go out in ${p.submit}).`) as Words<{ veryWeak: boolean; specialty: string; open: number; submit: string }>,
  'warning.not_this_cycle_season': ((p) => `You graduate in ${p.graduation}, and the season for residencies that start in July ${p.graduation} (the ${p.match} Match) is already past its application window (programs began reviewing in ${p.reviewBegan}) and you have not applied: aim for the next season instead. Use the months until then to finish what the application and ECFMG certification need, and send your applications in ${p.submit}.`) as Words<{ graduation: number; match: number; reviewBegan: string; submit: string }>,
  'warning.not_this_cycle_unready': ((p) => `This season (the ${p.match} Match) is past its application window: programs began reviewing in ${p.reviewBegan} and you have not applied, so your applications go out in ${p.submit}, for the ${p.match + 1} Match. Use the months until then to close what your file still lacks: ${listWords(p.gaps.map((g) => GAP_WORDS[g as ReadinessGap]?.(p) ?? g))}.`) as Words<{ match: number; reviewBegan: string; gaps: string[]; handsOnMonths: number; usLetters: number; submit: string }>,
  'warning.couples_partner_visa': ((p) => `${p.unsaid ? 'You match as a couple and have not said whether your partner needs a visa; if so' : 'You need no visa, but your partner does'}: in the couples match you rank pairs of programs in the same cities, so your list is bounded by where your partner's specialty has programs that take their visa (J-1 or H-1B), not by your own freedom from sponsorship. Start from the cities where your partner's programs state they take that visa and build your own list there; we did not shorten your list for needing no visa.`) as Words<{ unsaid: boolean }>,
  // --- the visa route (src/plan/visa-advice.ts)
  'visa.h1b_without_step3': ((p) => `A residency H-1B needs Steps 1, 2 CK and 3 passed, ECFMG certification and a state licence ${NOT_LEGAL}. You have not passed Step 3, so today no program can file an H-1B for you: pass it before rank lists, or consider training on a J-1. Of the ${p.n} programs in scope, ${p.h1bNo} state they do not sponsor H-1B (listed as closed), ${p.h1bYes} state on their own pages that they do${p.filed ? ' (the public filings below are separate evidence)' : ''}, and ${p.n - p.h1bNo - p.h1bYes} do not say — a Step 3 pass is what would let those ${p.n - p.h1bNo - p.h1bYes} consider you for an H-1B (verify each). ${p.j1Yes} state that they take J-1. ${tail(p)} ${PRIOR_J1}`) as Words<Scope & Shares & Fee>,
  'visa.h1b_with_step3': ((p) => `A residency H-1B needs Steps 1, 2 CK and 3 passed, ECFMG certification and a state licence ${NOT_LEGAL}. With Step 3 passed, H-1B is possible where a program files it: ${p.h1bYes} of the ${p.n} programs in scope state on their own pages that they do${p.filed ? ' (the public filings below are separate evidence; those made before the new-petition fee are checked first, not counted as evidence)' : ''}, ${p.h1bNo} state they do not, and ${p.n - p.h1bNo - p.h1bYes} do not say — ask them in writing, because "we sponsor visas" often means J-1 only. ${tail(p)} ${PRIOR_J1}`) as Words<Scope & Shares & Fee>,
  'visa.j1': ((p) => j1Line(p)) as Words<Scope>,
  'visa.either_routes': ((p) => `J-1 or H-1B: the J-1 keeps far more programs open and needs no Step 3; an H-1B avoids the home-country requirement (unless a J-1 you held before already carries it) but ${p.step3Passed ? 'needs Step 3 passed, and you have passed Step 3, so a program that files H-1B for residents can file one for you; far fewer do, and' : 'needs Step 3 passed before the program can file it, and'} ${p.h1bNo} programs in scope state they do not sponsor it. ${fee(p)} Unless you have a reason to need H-1B, rank J-1 programs freely.`) as Words<Fee & { h1bNo: number; step3Passed?: boolean }>,
  'visa.unsettled': ((p) => p.unsure
    ? `You are not sure which visa you would train on, so we treated you as needing one and excluded only programs that state they sponsor no visa. Unless a status of your own lets you work for the whole of training (US citizenship, a green card, or a work permit (EAD) you can keep renewed through training), you will train on a J-1 or an H-1B; a student's OPT generally cannot cover a residency of three years or more. Settle this first, because it decides which programs are open: ECFMG (for the J-1) or an immigration attorney can confirm your case ${NOT_LEGAL}.`
    : 'You have not said which visa you would train on, so we treated you as needing one and excluded only programs that state they sponsor no visa. Settle this first: it decides which programs are open.') as Words<{ unsure?: boolean }>,
  'visa.us_citizen': ((p) => `As a US-citizen IMG you need no visa, so every program is open to you on that count (US-citizen IMGs matched at ${pct(p.usImgRate)} in ${p.year} against ${pct(p.nonUsImgRate)} for non-US IMGs).`) as Words<{ usImgRate: number; nonUsImgRate: number; year: string }>,
  'visa.green_card': (() => 'As a permanent resident you need no visa, so every program is open to you on that count; say so clearly in your application.') as Words<None>,
  'visa.ead': (() => `Your work permit (EAD) needs no sponsorship while it lasts; make sure it covers the whole of training (renewals planned), and say so clearly in your application. It does not make you a permanent resident: programs that take only citizens and green-card holders may not accept it, so ask each program before you apply ${NOT_LEGAL}.`) as Words<None>,
};
