// Answers questions about the asker's own plan from the plan built for their stored profile and from the
// program table; asks for the one missing answer when the profile cannot support a reply yet.
import { usd } from '../domain/money.js';
import { capitalize } from '../domain/capitalize.js';
import type { Plan, PlannedProgram, StrengthFactor } from '../domain/plan.js';
import type { Profile, ProfileField, Region, Specialty } from '../domain/profile.js';
import { scoreWords } from '../domain/score-words.js';
import { countRange } from '../domain/count-range.js';
import { buildPlan, type PlanKb } from '../plan/build-plan.js';
import { H1B_NEW_PETITION_FEE } from '../plan/base-rates.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { otherStateNamed, type PlanTopic, regionsNamed, visaNamed } from './plan-questions.js';
import { namedProgramsAnswer, sponsorAnswer } from './program-visa.js';
import { joinedTable, programsNamed } from './program-names.js';
import { programsInPlan } from './plan-named.js';
import { listText, tierText } from './plan-list-text.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import { applicantStrength, applicantView } from '../plan/applicant-strength.js';
import { knownDecider, missingFor, NEEDS_TEXT, needText } from './plan-needs.js';
import { othersScoreOnly } from './stated-score.js';
import { questionShape } from './question-shape.js';
import { asksNames } from './own-plan-cues.js';
import { applicationsText, COST_TOO, SPECIALTY_WORDS } from './plan-applications.js';

export { statedPlan, statedPlanText } from './plan-applications.js';
import { alreadyApplied, MIDSEASON_SOURCES, midseasonText } from './midseason.js';
import { interviewCountText } from './interview-count.js';
import { readyText } from './plan-ready.js';
import { LCA_PERIOD } from '../plan/lca-period.js';
import { planIndex } from '../plan/plan-index.js';
import { seasonStepsText } from './season-steps.js';

const EMPTY: readonly NationalProgram[] = [];
/** A question for several programs ("which programs there...", "what hospitals in..."), not about one. */
const ASKS_WHICH = /\b(which|what) (\w+ ){0,3}(programs|hospitals|places|ones|residencies)\b/i;

/** A reply about the plan, or the one profile answer needed before there can be one. */
export type PlanReply = { text: string; sources: string[] } | { needs: ProfileField; text: string };


const PLAN_SOURCE = 'your plan (built from your saved answers)';
const TABLE_SOURCE = 'our program table (program pages and listings, each with its as-of year)';

function specialtiesFor(question: string, profile: Profile): Specialty[] {
  const named = SPECIALTY_WORDS.filter(([re]) => re.test(question)).map(([, s]) => s);
  if (named.length) return named;
  const s = profile.specialty;
  return s ? [s.primary, ...(s.backup && s.backup !== s.primary ? [s.backup] : [])] : [];
}

function regionsFor(question: string, profile: Profile): Region[] {
  const named = regionsNamed(question);
  if (named) return named;
  const own = (profile.regions ?? []).filter((r): r is Region => r !== 'anywhere' && r !== 'other_us');
  return own.length ? own : ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
}

function visasFor(question: string, profile: Profile): ('h1b' | 'j1')[] {
  const named = visaNamed(question);
  if (named) return [named];
  if (profile.visa === 'needs_h1b') return ['h1b'];
  if (profile.visa === 'needs_j1') return ['j1'];
  return ['j1', 'h1b'];
}

const H1B_SOURCE = `the H-1B petition fee (${H1B_NEW_PETITION_FEE.source.replace(/\s*\([^)]*\.csv\)/, '')})`;

/** What an H-1B needs beyond a willing program: Step 3 before filing, and the new-petition fee since September 2025. */
function h1bNote(profile: Profile): string {
  const step3 = profile.step3?.status === 'passed' ? 'You have Step 3 passed, which H-1B filing needs.' : 'An H-1B needs Step 3 passed before the program can file, so pass it early.';
  return `H-1B: ${step3} New H-1B petitions filed since ${H1B_NEW_PETITION_FEE.since} carry a one-time ${usd(H1B_NEW_PETITION_FEE.usd)} fee paid by the employer, so expect fewer H-1B positions; keep J-1 programs on your list if you could accept a J-1.`;
}

/** Visa answers that need no sponsorship, in the words a reply uses. */
const NO_VISA: Readonly<Record<string, string>> = { us_citizen: 'you are a US citizen', green_card: 'you hold a green card', ead: 'you have a work permit that needs no sponsorship' };


/** A tier reply for one of several programs a name fits, with the others named so the asker can pick another. */
function withNamesakes(text: string, alsoNamed: readonly PlannedProgram[]): string {
  if (!alsoNamed.length) return text;
  const names = [...new Set(alsoNamed.map((p) => `${p.name} (${p.city})`))];
  return `${text}\nThat name also fits ${names.slice(0, 5).join('; ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''} on your plan: ask with the fuller name if you meant one of them.`;
}

/** Words naming a part of the file a standing factor speaks to ("hablo español", "my research", "my letters"). */
const FACTOR_WORDS: readonly [RegExp, string][] = [
  [/\b(spanish|espa[nñ]ol|espanhol|hablo|falo|bilingual|languages?|tagalog|hindi|punjabi|urdu|arabic|mandarin|cantonese|vietnamese|korean|armenian|farsi|russian|portuguese)\b/i, 'languages'],
  [/\b(research|publications?|papers?|posters?|abstracts?|pubs)\b/i, 'research'],
  [/\b(letters?|lors?|recommendations?)\b/i, 'letters'],
  [/\b(usce|clinical experience|observerships?|externships?|rotations?|hands[- ]on)\b/i, 'usce'],
  [/\b(ties|family (in|there)|grew up|lived (in|there))\b/i, 'ties'],
  [/\b(step ?3|step three)\b/i, 'step3'],
];

/** The first four factors, with any the question names brought first (a language the asker states is weighed, not cut). */
function factorsShown(factors: readonly StrengthFactor[], question: string): StrengthFactor[] {
  const named = new Set(FACTOR_WORDS.filter(([re]) => re.test(question)).map(([, id]) => id));
  const first = factors.filter((f) => named.has(f.id));
  return [...first, ...factors.filter((f) => !named.has(f.id))].slice(0, Math.max(4, first.length));
}

function standingText(plan: Plan, profile: Profile, now: Date, question = ''): string {
  const lines: string[] = [];
  // a specialty the question names ("is psych realistic for me?"): that one only, from the plan or the same model
  const named = SPECIALTY_WORDS.filter(([re]) => re.test(question)).sort(([a], [b]) => question.search(a) - question.search(b)).map(([, sp]) => sp);
  const own = plan.standing?.length ? plan.standing : [applicantStrength(applicantView(profile, now), profile.specialty!.primary).standing];
  const standings = named.length ? named.map((sp) => own.find((x) => x.specialty === sp) ?? applicantStrength(applicantView(profile, now), sp).standing) : own;
  for (const s of standings) {
    const role = own.includes(s) ? s.role : 'if you applied in it';
    // (the standing line opens with the same name, level and score: only what follows its dash is added)
    const dash = s.line.indexOf(' — ');
    lines.push(`${capitalize(specialtyLabel(s.specialty))} (${role}): ${s.level}, ${scoreWords(s.score)}${dash >= 0 ? ` — ${s.line.slice(dash + 3)}` : '.'}`);
    const b = s.step2ck;
    if (b?.matched.median !== undefined) lines.push(`- Step 2 CK of matched non-US IMGs: ${b.matched.mean !== undefined ? `mean ${b.matched.mean}, ` : ''}median ${b.matched.median}${b.unmatched.median !== undefined ? `; unmatched: median ${b.unmatched.median}` : ''} (${b.year}, ${b.source}).`);
    if (s.matchRate) lines.push(`- Match rate: ${Math.round(s.matchRate.value * 1000) / 10}% (${s.matchRate.year}, ${s.matchRate.source}).`);
    for (const f of factorsShown(s.factors, question)) lines.push(`- ${f.text}`);
  }
  // the list and its warnings are the plan's own specialties: a specialty asked about outside the plan gets neither
  if (standings.some((s) => !own.includes(s))) {
    lines.push(`Your plan is for ${[...new Set(own.map((s) => specialtyLabel(s.specialty)))].join(' and ')}; to see a list in another specialty, type for example "change specialty to psychiatry".`);
    return lines.join('\n');
  }
  lines.push(`Your list has ${plan.tiers.reach.length} reach, ${plan.tiers.target.length} target and ${plan.tiers.safety.length} safety programs, and ${plan.excluded.length} closed to you.`);
  for (const w of (plan.keyWarnings ?? plan.warnings ?? []).slice(0, 2)) lines.push(`Watch out: ${w}`);
  return lines.join('\n');
}

/** Whether the asker needs Step 3 at all, from the stored visa answer: only an H-1B makes it a requirement. */
function step3Need(profile: Profile, named?: 'h1b' | 'j1'): string {
  // a visa the question names ("do I need Step 3 for H-1B?") is the one answered
  if (named === 'h1b') return h1bNote(profile);
  if (named === 'j1') return 'For a J-1 you do not need Step 3: ECFMG sponsors the J-1 without it.';
  if (NO_VISA[profile.visa ?? '']) return `You do not need Step 3 to apply or to start residency: your saved answer says ${NO_VISA[profile.visa!]}, so no visa rule asks for it (residents usually take it during training).`;
  if (profile.visa === 'needs_j1') return 'For a J-1 you do not need Step 3: ECFMG sponsors the J-1 without it. Take it before applying only if a good score would help your file.';
  if (profile.visa === 'needs_h1b') return h1bNote(profile);
  return 'You said either visa would do: a J-1 does not need Step 3, an H-1B needs it passed before the program files, so passing it keeps H-1B programs open to you.';
}

function step3Text(plan: Plan, profile: Profile, kb: PlanKb, now: Date, question = ''): string {
  // with Step 3 passed, what still decides an H-1B is the program's willingness and its fee: said for anyone who may use one
  if (profile.step3?.status === 'passed') return `Your profile already has Step 3 passed, so your plan counts it: H-1B programs can consider you on that point, and your list reflects it.${profile.visa === 'either' || profile.visa === 'needs_h1b' || visaNamed(question) === 'h1b' ? `\n${h1bNote(profile)}` : ''}`;
  const after = buildPlan({ ...profile, step3: { status: 'passed' } }, kb, now);
  const shape = (p: Plan) => `${p.tiers.reach.length} reach / ${p.tiers.target.length} target / ${p.tiers.safety.length} safety, ${p.excluded.length} closed`;
  const same = shape(plan) === shape(after) && plan.applications.min === after.applications.min && plan.applications.max === after.applications.max;
  const lines = [step3Need(profile, visaNamed(question)), `Passing Step 3 before applying, compared with your plan now (your saved profile is unchanged):`];
  if (same) lines.push('- Your tiers, closed programs and application range stay the same in our model.');
  else {
    lines.push(`- List: ${shape(plan)} now; ${shape(after)} with Step 3 passed.`);
    if (plan.applications.min !== after.applications.min || plan.applications.max !== after.applications.max) {
      lines.push(`- Applications: ${countRange(plan.applications.min, plan.applications.max)} now; ${countRange(after.applications.min, after.applications.max)} with Step 3.`);
    }
  }
  lines.push('- A good Step 3 score can also show a recovery when Step 2 CK is low; a weak one adds another low number, so take it only when you are ready.');
  return lines.join('\n');
}

const LCA_WORDS = 'US Department of Labor H-1B Labor Condition Application disclosure data, FY2025 (dol.gov)';

/** How many programs in scope with no stated H-1B "yes" belong to an institution with its own public H-1B filings for residents. */
function filingsLine(kb: PlanKb, specialties: readonly Specialty[], regions: readonly Region[]): string {
  const index = planIndex(kb);
  const lists = specialties.length ? specialties.map((s) => index.bySpecialty.get(s) ?? []) : [...index.bySpecialty.values()];
  const filed = lists.flat().filter((p) => (regions as readonly string[]).includes(p.region) && p.visaH1b !== 'yes' && p.h1bFilings);
  if (filed.length === 0) return '';
  return `\nPublic filings: ${filed.length} more program${filed.length === 1 ? '' : 's'} there with no stated H-1B policy belong to institutions that filed resident H-1B applications in ${LCA_PERIOD} (US Department of Labor): evidence that they have used H-1B, not a promise. How this was counted: programs in the asked region in our table, a stated "yes" first, then those filings; your plan shows each program's evidence.`;
}

/** "What should I do first?": the plan's first steps for this file, biggest gap first, each with its first sentence. */
function stepsText(plan: Plan): string {
  const steps = (plan.firstSteps?.length ? plan.firstSteps : plan.nextSteps).slice(0, 3);
  if (!steps.length) return 'Your plan has no open first steps: type "plan" to see it, or "steps" for the dated plan.';
  const first = (t: string) => (t.split(/(?<=[.!?])\s+/)[0] ?? t);
  return ['Your first steps, from the biggest gaps in your file:', ...steps.map((s, i) => `${i + 1}. ${s.title}: ${first(s.detail)}`), 'Type "steps" for every step with its date.'].join('\n');
}

/** A backup specialty asked about beside the plan question ("how many programs, and do I need a backup?"). */
const BACKUP_ASKED = /\b(back-?ups?|back up|second specialty|another specialty|plan b|fall-?back|safety specialty)\b/i;
/** The plan's warnings that speak to a backup specialty. */
const BACKUP_CODES = new Set(['warning.suggest_backup', 'warning.low_match_rate', 'warning.competitive_dream', 'warning.backup_leads', 'warning.backup_higher_visa_keeps_first', 'warning.first_choice_holds', 'warning.backup_full_beside_first', 'warning.one_year']);

/** The plan's own word on a backup specialty when the question asks about one, as a line to add (or nothing). */
function backupLine(plan: Plan, question: string): string {
  if (!BACKUP_ASKED.test(question)) return '';
  const said = (plan.warningCodes ?? []).map((c, i) => (BACKUP_CODES.has(c.code) ? plan.warnings?.[i] : undefined)).filter((w): w is string => !!w);
  if (said.length) return `A backup specialty: ${said.join(' ')}`;
  const backup = plan.applications.perSpecialty?.find((s) => s.specialty !== plan.applications.perSpecialty?.[0]?.specialty);
  // said of the plan this reply is built from, which may be a what-if copy with another backup than the saved one
  return backup ? `A backup specialty: ${specialtyLabel(backup.specialty)}, counted in this plan as one (${countRange(backup.min, backup.max)} programs).` : '';
}

/** The reply with the backup line after its first line, so trimming a long reply to one message keeps it. */
function withBackup(text: string, plan: Plan, question: string): string {
  const line = backupLine(plan, question);
  if (!line) return text;
  const [first, ...rest] = text.split('\n');
  return [first, line, ...rest].join('\n');
}

/** "Good enough for LA?", "my chances in SoCal?": a standing asked for Los Angeles or Southern California gets the
 *  guides' word on those regions after the verdict (they are among the hardest; a core list there, most beyond). */
function withRegionWord(text: string, question: string): string {
  const named = regionsNamed(question);
  if (!named || !named.every((r) => r !== 'rest_of_california')) return text;
  const line = 'For Los Angeles and Southern California: these are among the hardest regions for a non-US IMG, so keep a core list there and apply broadly beyond it, most of your list at IMG-friendly programs in other states (our guides on why Los Angeles and Southern California are harder to match, and on a core LA list plus an extended list).';
  const [first, ...rest] = text.split('\n');
  return [first, line, ...rest].join('\n');
}

/** Someone else's score as the only number: said to be theirs before the asker's own is asked for. */
function othersNote(question: string, need: ProfileField): string | undefined {
  if (need !== 'step2ck' || !othersScoreOnly(question)) return undefined;
  return 'The score you mention is someone else\'s: their match does not carry over to your file, and where you stand is read from your own Step 2 CK beside the matched figures.';
}

/** A standing asked about an H-1B ("H-1B for me, a long shot after the fee change?"): the H-1B's own conditions after the verdict. */
function withH1b(text: string, profile: Profile, question: string): string {
  if (visaNamed(question) !== 'h1b') return text;
  const [first, ...rest] = text.split('\n');
  return [first, h1bNote(profile), ...rest].join('\n');
}

/** The programs of the table that state the asker's visa, in the specialties and regions asked (else the saved ones),
 *  with the H-1B filings and rule when an H-1B is in question. */
function sponsorsReply(question: string, profile: Profile, kb: PlanKb, specialties: Specialty[]): { text: string; sources: string[] } {
  const regions = regionsFor(question, profile);
  const visas = visasFor(question, profile);
  const h1b = visas.includes('h1b') ? `\n${h1bNote(profile)}` : '';
  const filed = visas.includes('h1b') ? filingsLine(kb, specialties, regions) : '';
  return { text: `${sponsorAnswer(kb.programs, specialties, regions, visas)}${filed}${h1b}`, sources: [TABLE_SOURCE, ...(filed ? [LCA_WORDS] : []), ...(h1b ? [H1B_SOURCE] : [])] };
}

/** Answers one plan question for this profile; `needs` names the missing answer when there is no reply yet. */
export function answerFromPlan(topic: PlanTopic, question: string, profile: Profile, kb: PlanKb, now: Date): PlanReply {
  // a list question from someone who needs no visa still asks first for what the list stands on
  const early = topic === 'list' ? missingFor(topic, question, profile) : undefined;
  if (early && needText(early, profile)) return { needs: early, text: needText(early, profile)! };
  // a visa question from someone who needs no visa: the filter does not apply to them
  if (/\b(visa|sponsor\w*|j-?1|h-?1-?b)\b/i.test(question) && NO_VISA[profile.visa ?? '']) {
    return { text: `You do not need visa sponsorship: your saved answer says ${NO_VISA[profile.visa!]}, so no program is closed to you for visa reasons and you do not need to filter your list by J-1 or H-1B. Filter it by what does apply to you: Step 2 CK, graduation year, attempts and US clinical experience.${profile.visa === 'ead' ? ' Programs decide which work permits they accept, so confirm with each program\'s GME office that your EAD and its renewal dates cover the whole residency.' : ''}`, sources: [PLAN_SOURCE] };
  }
  // a missing answer is asked for, never guessed (a specialty named in the question stands in for the stored one)
  const need = missingFor(topic, question, SPECIALTY_WORDS.some(([re]) => re.test(question)) ? { specialty: { primary: 'internal_medicine' }, ...profile } : profile);
  // mid-season, the season's answer holds whatever the visa: it is said, then the visa that picks the programs is asked for
  if (need === 'visa' && topic === 'midseason' && alreadyApplied(profile, question)) return { needs: need, text: `${midseasonText(profile, question)}\n${needText('visa', profile)}` };
  // a saved fact that decides as much as the missing one (an old graduation year) is said before the question
  if (need && needText(need, profile)) return { needs: need, text: [knownDecider(topic, profile, now, need), othersNote(question, need), needText(need, profile)].filter(Boolean).join('\n') };
  // "more programs now?" after applying is about this season's timing; before applying it is the usual how-many
  // with a count of interviews known, the advice follows it (few, enough, many: interview-count.ts)
  if (topic === 'midseason' && alreadyApplied(profile, question)) {
    const season = interviewCountText(profile, question) ?? midseasonText(profile, question);
    // "is it worth adding a few more? which ones?": the programs to add are named too, from the table for the asker's
    // own visa, specialty and regions (a region or specialty named in the question is an exact filter)
    const names = asksNames(question) && /^(needs_j1|needs_h1b|either)$/.test(profile.visa ?? '') ? sponsorsReply(question, profile, kb, specialtiesFor(question, profile)) : undefined;
    if (!names) return { text: season, sources: [PLAN_SOURCE, ...MIDSEASON_SOURCES] };
    const [first, ...rest] = season.split('\n');
    return { text: [first, names.text, ...rest].join('\n'), sources: [PLAN_SOURCE, ...names.sources, ...MIDSEASON_SOURCES] };
  }
  if (topic === 'midseason') return answerFromPlan('applications', question, profile, kb, now);
  const state = (topic === 'sponsors' || topic === 'list') ? otherStateNamed(question) : undefined;
  if (state) return { text: `Our program table states visa policies for California programs only; outside California we hold a national roster of programs (with whether each one's institution filed resident H-1B applications, a sign, not a promise), which your plan counts as the rest of the US, not a list by state. So I will not list programs in ${state} or say which sponsor a visa. Where to look: FREIDA (the AMA's program database) and each program's own website, which usually states its visa policy; then ask the program's coordinator.`, sources: [TABLE_SOURCE] };
  if (topic === 'sponsors') {
    // "I rotated in Long Beach. Which FM programs there take J-1?": a list asked; a place in the story names no program
    const asking = ASKS_WHICH.test(question) ? questionShape(question).questions.map((q) => q.text).filter((q) => ASKS_WHICH.test(q)).join(' ') || question : question;
    const named = programsNamed(kb.programs, asking);
    const own = specialtiesFor(question, profile);
    // a region named in the question is an exact filter ("Inland Empire programs" never lists Los Angeles)
    const inRegion = regionsNamed(question);
    const mine = named.filter((p) => own.includes(p.specialty) && (!inRegion || (inRegion as string[]).includes(p.region)));
    if (mine.length || (named.length && !inRegion)) return { text: namedProgramsAnswer(mine.length ? mine : named, visasFor(question, profile)), sources: [TABLE_SOURCE] };
  }
  const specialties = specialtiesFor(question, profile);
  // without a specialty the table still answers, across every specialty it holds
  if (topic === 'sponsors') return sponsorsReply(question, profile, kb, specialties);
  if (specialties.length === 0) return { needs: 'specialty', text: NEEDS_TEXT.specialty! };
  const plan = buildPlan(profile, kb, now);
  // the plan programs a tier question names, matched once for every test below
  const named = topic === 'tier' ? programsInPlan(plan, kb, question, specialties, profile) : undefined;
  const found = named?.found ?? [];
  // "make me a list of target programs" names no program: a list, which stands on where the asker wants to train
  if (topic === 'tier' && !profile.regions?.length && !regionsNamed(question) && !found.length && !SPECIALTY_WORDS.some(([re]) => re.test(question))) {
    return { needs: 'regions', text: NEEDS_TEXT.regions! };
  }
  // "is H-1B still realistic for me?" names a visa and no program: the visa's answer for this asker, not "which program?"
  if (topic === 'tier' && !found.length && visaNamed(question) && !programsNamed(joinedTable(kb.programs, kb.national ?? EMPTY), question).length) {
    return answerFromPlan('sponsors', question, profile, kb, now);
  }
  switch (topic) {
    // "how many programs, and what will it cost?": the count priced too
    case 'applications': return { text: withBackup(applicationsText(plan, COST_TOO.test(question), question), plan, question), sources: [PLAN_SOURCE, ...(COST_TOO.test(question) ? ['the ERAS fee table'] : [])] };
    case 'cost': return { text: withBackup(applicationsText(plan, true, question), plan, question), sources: [PLAN_SOURCE, 'the ERAS fee table'] };
    // "is FM realistic for me?" names a specialty, not a program: where the asker stands in it
    // "which San Diego hospitals would be realistic for me?" names a region and no program: the list there
    // "which programs there should be my safeties?" asks for a list even when a place in it is also a program's name
    case 'tier': if ((!found.length || ASKS_WHICH.test(question)) && regionsNamed(question) && /\b(programs|hospitals|places|ones|residencies)\b/i.test(question)) return { text: listText(plan, question), sources: [PLAN_SOURCE, TABLE_SOURCE] };
      // a program the tables name but the plan leaves out ("why UCSD psych" outside the saved regions) is said to be so
      return found.length || !SPECIALTY_WORDS.some(([re]) => re.test(question)) || programsNamed(joinedTable(kb.programs, kb.national ?? EMPTY), question).length
      ? { text: withNamesakes(tierText(plan, kb, question, specialties, profile, found), named?.alsoNamed ?? []), sources: [PLAN_SOURCE, TABLE_SOURCE] }
      : { text: standingText(plan, profile, now, question), sources: [PLAN_SOURCE] };
    case 'list': return { text: listText(plan, question), sources: [PLAN_SOURCE, TABLE_SOURCE] };
    case 'standing': return { text: withH1b(withBackup(withRegionWord(standingText(plan, profile, now, question), question), plan, question), profile, question), sources: [PLAN_SOURCE, ...(visaNamed(question) === 'h1b' ? [H1B_SOURCE] : [])] };
    case 'ready': return { text: readyText(plan, profile, now), sources: [PLAN_SOURCE] };
    // "what should I do now?" with the applications out, in the interview season: this season's steps first
    case 'steps': {
      const season = seasonStepsText(profile, question, now);
      return season ? { text: `${season}\nFrom your file, for the longer run:\n${stepsText(plan)}`, sources: [PLAN_SOURCE, ...MIDSEASON_SOURCES] } : { text: stepsText(plan), sources: [PLAN_SOURCE] };
    }
    case 'step3': return { text: step3Text(plan, profile, kb, now, question), sources: [PLAN_SOURCE] };
  }
}
