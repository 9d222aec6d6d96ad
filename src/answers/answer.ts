// Answers a free-text question: about the asker's own plan from the plan and the program table; on a topic
// the guides do not cover with a plain refusal; otherwise with passages composed from the articles.
import { asksProgramTakesImgs } from './takes-imgs.js';
import type { AskResult } from '../domain/advice.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { buildPlan, type PlanKb } from '../plan/build-plan.js';
import { feeTablePublication, RATES_2026 } from '../plan/base-rates.js';
import { factText, judgesFact } from './plan-facts.js';
import { answerFromPlan } from './plan-answers.js';
import { asksVisaAfter, asksWholePlan, planTopic, typedStats } from './plan-questions.js';
import { couplesGap, definesCouples, fieldNamed, missingFor, NEEDS_TEXT, WEAK_POINTS } from './plan-needs.js';
import { couplesAsked, couplesText, partnerFrom } from './couples-plan.js';
import { publicText, unslug } from './public-text.js';
import { questionShape } from './question-shape.js';
import { aloneTopic, outOfScopeTopic, refusalText, type OutOfScopeTopic } from './scope.js';
import { inEnglish, toEnglish } from './translate.js';
import { numbersAsDigits } from './number-words.js';
import { withSavedUnit } from './bare-count.js';
import { retakeNote } from './retake-note.js';
import { statedScoreLine } from './stated-score.js';
import { asksMatchRate, specialtyFiguresLine } from './specialty-figures.js';
import { CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { ownFileLine } from './own-file.js';
import { plansMisstatement } from './misstatement.js';
import { refusedIntent } from './intent.js';
import { urgentTopic } from './urgent-check.js';
import { claimsRelativeStatus, relativeStatusText, statesOwnPermit } from './status-claims.js';
import { fromArticles, miss, OFF_TOPIC, refusal } from './from-articles.js';
import { factsFirst, programFactsAsked } from './program-facts-asked.js';
import type { Answerer } from './answerer.js';
import { planResult } from './plan-result.js';
import { asksStrongestPart, strongestPart } from './strongest-part.js';
import { flagLine, pointsAtUnnamed, withFlagNamed } from './stored-flags.js';
import { fileFirst, fitMessage, withNeed, withOtherQuestion, withOwnFile } from './answer-joins.js';
import { asksWeakestPart, asksWhyNoInterviews, asksWhyNotMatched, weakestPart } from './weakest-part.js';
import { refusalClass, route, routedPlanTopic } from './route.js';
import { withPracticeNote } from './practice-score-note.js';
import { asksProgramExists, asksWhyProgram } from './why-named.js';
import { mixLead, specialtyMix, withSpecialties } from './specialty-mix.js';
import { citizenComparison } from './citizen-comparison.js';
import { specialtyPlanAsked, specialtyPlanText } from './specialty-plan.js';
import { refusePart } from './refuse-part.js';
import { askedBeside, withOwnSpecialty } from './asked-beside.js';
import { rankOrderText } from './rank-list-own.js';
import { factAsked, judgesWholeFile } from './fact-questions.js';
import { followUpFamily, followUpGap, saysGroup } from './plan-follow-ups.js';
import { tnLine, VISA_CHOICE_SOURCES, visaChoiceText } from './visa-choice.js';
import { cycleTimingText } from './cycle-timing.js';
import { interviewCountText } from './interview-count.js';
import { interviewsSaid } from './interviews-said.js';
import { withSeason } from './season.js';
import { MIDSEASON_SOURCES } from './midseason.js';
import { peerOutcomeText } from './peer-outcome.js';
import { asksPendingStatus, pendingStatusText } from './pending-status.js';
import { applicationsSentText } from './applications-sent.js';
import { COST_TOO } from './plan-applications.js';
import { RANKS_2026_SOURCE } from '../plan/rank-lists-2026.js';

export { answererFrom, createAnswerer, type Answerer } from './answerer.js';

/** The asker and the knowledge a plan answer needs. */
export interface AskContext { profile: Profile; now: Date; kb?: PlanKb; /** The question asked just before this one. */ previous?: string }

/** Refusal topics a visa choice is asked beside ("I'm Canadian", "my own status"): the choice is answered instead. */
const VISA_CASE_TOPICS: ReadonlySet<string> = new Set(['other-countries', 'legal-and-personal', 'personal-immigration-case', 'immigration-law']);
/** The refusals a pending green card asked for its effect on the Match falls under without being one of them. */
const PENDING_CASE_TOPICS: ReadonlySet<string> = new Set([...VISA_CASE_TOPICS, 'marriage-before-residency', 'family-visas']);

/** The refusal topic (knowledge/answers/out-of-scope.json) whose words a refusal class is declined with. */
const REFUSAL_TOPIC: Readonly<Record<string, string>> = {
  unethical: 'unethical', other_country: 'other-countries', personal_medical: 'personal-medical', personal_legal: 'legal-and-personal',
};


/** Fact families a standing answer already reads (the score and the exam record are its first lines). */
const SCORE_PARTS: ReadonlySet<string> = new Set(['score', 'record']);

/** For a personal case beside the guides' visa rule: who reads the case itself. */
const VISA_CASE = 'For your own case (a waiver, a change of status), a licensed immigration attorney or your sponsor (ECFMG for a clinical J-1) is who can say; general knowledge, not from our guides.';

/** The facts said beside a plan answer (a score or a visa is already in every plan answer). */
const SECOND_FACTS: ReadonlySet<ProfileField> = new Set(['graduationYear', 'usce', 'usLors']);

/** A stored fact the question also judges ("how many programs, and is my 2015 graduation a problem?"): what it does
 *  in the plan, said beside the plan answer. */
function secondFact(text: string, topic: NonNullable<ReturnType<typeof planTopic>>, context: AskContext): string | undefined {
  const field = fieldNamed(text);
  const { profile, kb } = context;
  if (!field || !SECOND_FACTS.has(field) || !kb || !profile.specialty || profile[field] === undefined || !judgesFact(text) || topic === 'ready') return undefined;
  return factText(field, buildPlan(profile, kb, context.now), profile, context.now);
}

function fromPlan(a: Answerer, question: string, context: AskContext & { kb: PlanKb }, topic: NonNullable<ReturnType<typeof planTopic>>, extra?: string): AskResult {
  const reply = answerFromPlan(topic, numbersAsDigits(question), context.profile, context.kb, context.now);
  if ('needs' in reply) return planResult(reply.text, [], reply.needs);
  // the second fact goes after the reply's first line, so trimming to one message drops plan detail first
  // a practice score beside a tier or list question is said not to count (src/answers/practice-score-note.ts)
  const said = topic === 'tier' || topic === 'list' || topic === 'standing' ? withPracticeNote(reply.text, context.profile, question) : reply.text;
  const lines = said.split('\n');
  const text = extra && !said.includes(extra) ? [lines[0], extra, ...lines.slice(1)].join('\n') : said;
  const answer = `${fitMessage(unslug(publicText(text), a.index.articleIds))}\nSources: ${reply.sources.join('; ')}.`;
  return planResult(answer, reply.sources);
}

/** A figure for the field stated in the question itself ("my CK is 221"): then nothing is asked for. */
function statesIt(text: string, field: ProfileField): boolean {
  if (field === 'step2ck') return /\b(1[89]\d|2\d\d)\b/.test(text);
  if (field === 'graduationYear') return /\b(19[5-9]\d|20\d\d)\b/.test(text);
  if (field === 'usce') return /\b\d+(\.\d)? ?(months?|weeks?|mo)\b/i.test(text);
  return false;
}

/** An answer and the articles its passages came from, best first (then the rest of the ranking): what the
 *  recall figures measure, so they measure exactly the path a user's question takes. */
export interface TracedAnswer { result: AskResult; articles: string[]; chosen: number }

/** The caring reply to a message that hints at self-harm, in the words typed or as translated; none otherwise. */
export function urgentReply(a: Answerer, message: string): string | undefined {
  const topic = urgentTopic(a, message);
  return topic ? refusalText(topic) : undefined;
}

/** Answers one message; never throws on any text, never changes anything. */
export function answerQuestion(a: Answerer, question: string, context?: AskContext): AskResult {
  return answerTraced(a, question, context).result;
}

/** answerQuestion with the trace of the passages chosen. */
export function answerTraced(a: Answerer, question: string, context?: AskContext): TracedAnswer {
  const trace: string[] = [];
  // a date asked, or applying now late in the season: today's place in the season said first (season.ts)
  const result = withSeason(answerInto(a, question, context, trace), inEnglish(question).words, context?.profile, context?.now);
  const chosen = trace.indexOf('|');
  return { result, articles: [...new Set(trace.filter((x) => x !== '|'))], chosen: Math.max(0, chosen) };
}

/** A question that leans on the one before it: it opens by continuing ("and if it fails?", "what about FM?", "then
 *  what?") or points back with a pronoun in a few words ("how long does it take?"). A "what if" with its own topic
 *  ("what if my CK was 235") stands alone: the previous answer's passages are not carried into it. */
const LEANS = /^\s*(?:(?:ok|okay|right|hmm|and|so)[,.!]?\s+)?(?:and|or|but|so|then|also|plus|what about|how about|and if|same (?:for|with)|in that case|if so|if not|otherwise)\b/i;
function leansOnPrevious(q: string): boolean {
  return LEANS.test(q) || (q.split(/\s+/).filter(Boolean).length <= 8 && /\b(?:it|that|this|them|those|these|there)\b/i.test(q));
}

/** The question with the one before it as context (a sentence that asks nothing), so its topic words reach the
 *  routing and the passages while only the new question is answered. */
function withPrevious(text: string, previous: string): string {
  const topic = toEnglish(previous.trim()).replace(/[?!.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${text.replace(/\s*$/, '')}\n(earlier: ${topic.slice(0, 300)})`;
}

function answerInto(a: Answerer, question: string, context: AskContext | undefined, trace: string[]): AskResult {
  // the routing reads every word the asker typed; only the passage search drops another language's small words
  // spelled-out numbers are read as digits ("forty five programs" is "45 programs") by every reader after this
  // a count typed without its unit ("is 3 enough or nah") is the saved fact it equals (bare-count.ts)
  const { search: own, words: routeOn } = inEnglish(numbersAsDigits(withSavedUnit(question.trim(), context?.profile)));
  // a hint of self-harm, in the words typed or as translated, is read before everything else and gets the caring
  // reply (urgent help, a doctor), never an answer
  const urgent = urgentTopic(a, question);
  if (urgent) return refusal(urgent);
  const previous = context?.previous?.trim();
  // a follow-up is read with the question before it; refusals are judged on the new message alone
  if (previous && /[a-z0-9]/i.test(own) && leansOnPrevious(own) && !aloneTopic(routeOn, a.scope) && !plansMisstatement(routeOn)) {
    return answerText(a, withPrevious(own, previous), context, trace, routeOn);
  }
  const first = answerText(a, own, context, trace, routeOn);
  // a short question the guides do not answer on its own words may still answer with the topic before it
  if (previous && !first.found && own.split(/\s+/).length <= 10) {
    const again = answerText(a, withPrevious(own, previous), context, [], routeOn);
    if (again.found && again.kind !== 'refusal') return again;
  }
  return first;
}

/** The guides' question behind "why didn't I match?" when its own words find no passage. */
const AFTER_UNMATCHED = 'I did not match, what should I change before I reapply next cycle?';

/** The general question of a plan topic, as context for the passages while the plan still needs an answer. */
const TOPIC_QUESTION: Partial<Record<string, string>> = { applications: 'how many programs should I apply to', cost: 'what does applying cost in ERAS fees' };

/** The earlier question added by withPrevious: context for the passages only, never routed or refused on. */
const EARLIER = /\n\(earlier: [^\n]*\)$/;

function answerText(a: Answerer, full: string, context: AskContext | undefined, trace: string[], routeOn?: string): AskResult {
  const text = full.replace(EARLIER, '');
  if (!/[a-z0-9]/i.test(text)) return miss(a, undefined);
  const said = routeOn ?? text;
  // unethical requests, other countries' licensing and personal medical or legal matters: refused first and alone
  // a plan to misstate a fact of the record is declined like the unethical topic, however it is worded
  // what the message asks to have done (buy, fake or hide a document, a personal immigration case, an errand), read
  // from separate features, after the topic patterns
  const declined = aloneTopic(said, a.scope) ?? (plansMisstatement(said) ? a.scope.find((t) => t.id === 'unethical') : undefined)
    ?? refusedIntent(said === text ? said : `${said}\n${text}`, a.scope)?.topic as OutOfScopeTopic | undefined;
  // "can I stay in the US after training?" from someone whose visa is saved: the guides' rule for that visa is the
  // answer (with the attorney named for the case itself), not a refusal of a personal immigration case
  const visaRule = (declined?.id === 'legal-and-personal' || declined?.id === 'personal-immigration-case') && context?.profile.visa && factAsked(said)?.part === 'visa';
  const alone = visaRule ? undefined : declined;
  // "my green card interview is in March: should I still rank only J-1 programs?": a status not yet held asked for what it
  // changes in the asker's own Match is answered (the saved visa need stands until the card is in hand), never refused
  // whole as a personal immigration case; the case itself is left to an attorney in the answer (pending-status.ts)
  if (asksPendingStatus(said) && (!declined || PENDING_CASE_TOPICS.has(declined.id))) {
    return planResult(`${pendingStatusText(context?.profile)}\nSources: our guide "Not J-1 or H-1B - DACA, a work permit (EAD), F-1 and OPT"; general knowledge (uscis.gov)${context ? '; your saved answers' : ''}.`);
  }
  // the passages see the earlier question as context (a sentence that asks nothing); everything else reads this one
  const shape = questionShape(full);
  // "which visa would you pick for me?", "as a Canadian, can I use a TN?": the choice read from the asker's file
  // (knowledge/answers/plan-follow-ups.json), never declined as another country or a personal immigration case
  // (a status of the asker's own stated in the message, "I'm a dreamer", is answered as that status, not as a choice)
  if (followUpFamily(said, context?.kb) === 'visa_choice' && (!declined || VISA_CASE_TOPICS.has(declined.id)) && !statesOwnPermit(said)) {
    const gap = context && !/^(us_citizen|green_card|ead)$/.test(context.profile.visa ?? '') ? followUpGap(said, context.profile, context.kb) : undefined;
    if (gap && NEEDS_TEXT[gap]) return planResult(`${visaChoiceText(context!.profile, context!.kb?.programs ?? [], said)}\n${NEEDS_TEXT[gap]}`, [], gap);
    const general = fromArticles(a, text, shape, trace);
    // the guides' passages on the two visas follow, as much as fits one message; with no saved file, the guides'
    // answer alone after what a TN is not
    if (context) return fileFirst(`${visaChoiceText(context.profile, context.kb?.programs ?? [], said)}\n(Counts: ${VISA_CHOICE_SOURCES[0]}.)`, general);
    const tn = tnLine(said);
    if (general.found && general.kind === 'articles') return tn ? { ...general, answer: `${tn}\n\n${general.answer}` } : general;
    return planResult(`${visaChoiceText({}, [], said)}\nSources: ${VISA_CHOICE_SOURCES.join('; ')}.`);
  }
  if (alone?.thenAnswer) {
    // the honest question behind the request is answered (after the decline line, when there is one)
    const honest = fromArticles(a, alone.ask ?? text, alone.ask ? questionShape(alone.ask) : shape, trace, false);
    if (honest.found && honest.kind === 'articles') return alone.say ? { ...honest, answer: `${alone.say}.\n\n${honest.answer}` } : honest;
  }
  // a refusable part beside an honest question: that part declined by name, the question answered after it
  const other = (q: string) => answerText(a, q, context, trace);
  if (alone) return refusePart(a, said, alone, refusal(alone), other) ?? refusal(alone);
  // "my wife is American, so I need no visa?": a relative's status is not the asker's; said plainly, the visa asked for
  if (claimsRelativeStatus(said)) {
    const r = relativeStatusText(context?.profile.visa !== undefined);
    return planResult(r.text, [], context ? r.needs : undefined);
  }
  // "my batchmate had 231 and matched, so I should be ok?": someone else's result asked of the asker's own file, read
  // before the score-for-LA line (the score named is theirs, not the asker's) and before another person's own case
  if (context && followUpFamily(said, context.kb) === 'peer_outcome') {
    const read = peerOutcomeText(context.profile, numbersAsDigits(said));
    if ('text' in read) return planResult(`${fitMessage(read.text)}\nSources: NRMP Charting Outcomes for non-US IMGs, 2026 Main Residency Match (nrmp.org); your saved answers.`, ['your saved answers']);
    return planResult(`${read.lead}\n${NEEDS_TEXT[read.needs]}`, [], read.needs);
  }
  // another person's case, a permit's end date, a score for LA, a near topic (src/answers/asked-beside.ts)
  const beside = askedBeside(a, said, text, shape, trace, context);
  if (beside) return beside;
  // "why am I compared with non-US IMGs? I'm a citizen": what the figures are and what we do not hold
  const citizen = citizenComparison(said, context?.profile);
  if (citizen) return planResult(`${citizen}\nSources: ${RATES_2026.nonUsImgMatchRate.source} (nrmp.org); your saved answers.`);
  // "give me the same plan for family medicine": that specialty's section of the plan, saved or a copy (specialty-plan.ts)
  const planIn = context?.kb && context.profile.specialty && !missingFor('list', said, context.profile) ? specialtyPlanAsked(said) : undefined;
  if (planIn && context?.kb && context.profile.specialty) {
    const held = context.profile.specialty.primary === planIn || context.profile.specialty.backup === planIn;
    const plan = buildPlan(held ? context.profile : { ...context.profile, specialty: { primary: planIn } }, context.kb, context.now);
    return planResult(`${fitMessage(specialtyPlanText(plan, context.profile, planIn, !held))}\nSources: your plan (built from your saved answers).`, ['your plan (built from your saved answers)']);
  }
  // "can I apply to neuro and psych both?", "what if I only apply psych?": the plan rebuilt on a copy with those specialties
  const mix = context?.kb ? specialtyMix(said) : undefined;
  if (mix && context?.kb) {
    const reply = answerFromPlan('applications', `${numbersAsDigits(text)} how much`, withSpecialties(context.profile, mix), context.kb, context.now);
    if (!('needs' in reply)) {
      const feeTable = feeTablePublication(context.kb.figures?.erasFees);
      const answer = `${fitMessage(`${mixLead(mix, context.profile, feeTable)}\n${publicText(reply.text)}`)}\nSources: ${reply.sources.join('; ')}; ${feeTable}.`;
      return planResult(answer, reply.sources);
    }
  }
  // no rule matched: the classifier over example phrasings refuses only when it is sure, and only then
  const routed = route(a.router, said);
  const asked = shape.questions.map((q) => q.text).join(' ');
  // a work permit of the asker's own (DACA, an EAD, asylum) is no visa to sponsor: not a list of J-1 sponsors
  // (a saved work permit or green card is already answered by the plan, which says no sponsorship is needed)
  const permitSaved = /^(us_citizen|green_card|ead)$/.test(context?.profile.visa ?? '');
  // (nor a question on what the visa brings after training, "do I need a waiver after J-1?", whoever routes it)
  const notSponsored = (t: ReturnType<typeof planTopic>) => (t === 'sponsors' && ((!permitSaved && statesOwnPermit(said)) || asksVisaAfter(said)) ? undefined : t);
  // "why UCSD psych": a bare why before a program's name is that program's tier reasons (src/answers/why-named.ts)
  // "and Kaiser?", "chances at Harbor?": a program named in a few words or beside a chance word is that program's place
  // in the plan, with its evidence (knowledge/answers/plan-follow-ups.json)
  const family = context?.kb ? followUpFamily(said, context.kb) : undefined;
  const programAsked = !!context?.kb && (asksWhyProgram(said, context.kb) || asksProgramExists(said, context.kb) || asksProgramTakesImgs(said, context.kb) || family === 'named_program');
  const topicRuled = (programAsked ? 'tier' : undefined) ?? notSponsored(planTopic(asked) ?? planTopic(said));
  // "is the clinical stuff I did in the US enough?", "do I need a waiver at some point?": the stored fact the question
  // turns on, named in the asker's own words (knowledge/answers/fact-questions.json); a fact other than the score is
  // more precise than a general standing ("is the observership stuff I did good enough for programs?")
  const factRead = context && (!topicRuled || (topicRuled === 'standing' && !judgesWholeFile(said))) ? factAsked(said) : undefined;
  const fact = factRead && (!topicRuled || !SCORE_PARTS.has(factRead.part)) ? factRead : undefined;
  const ruled = fact ? undefined : topicRuled;
  // a question a plan rule or a fact family recognises ("what's the game plan for me this season?") is never refused
  // by the classifier
  const refuse = ruled || fact ? undefined : refusalClass(routed, said, a.router);
  const byClass = refuse && (refuse === 'off_topic' ? OFF_TOPIC : a.scope.find((t) => t.id === REFUSAL_TOPIC[refuse]));
  if (byClass) return refusal(byClass);
  const askedFamily = context ? followUpFamily(said, context.kb) : undefined;
  // "St Mary or UCR at #1?", "can I just rank the LA ones and leave Ohio off?": the order of the asker's own rank list
  if (context && askedFamily === 'rank_order') {
    return planResult(`${fitMessage(rankOrderText(context.profile, numbersAsDigits(said)))}\nSources: NRMP, how the matching algorithm works (nrmp.org); ${RANKS_2026_SOURCE}; your saved answers.`, ['your saved answers']);
  }
  // "how much have I spent on ERAS so far?", "was my number of applications enough?": the applications already sent, from
  // the count said or saved, else that count asked for after the guides' answer (applications-sent.ts)
  if (context && askedFamily === 'applications_sent') {
    const plan = context.kb && context.profile.specialty ? buildPlan(context.profile, context.kb, context.now) : undefined;
    const read = applicationsSentText(context.profile, numbersAsDigits(said), plan);
    const general = TOPIC_QUESTION[COST_TOO.test(said) ? 'cost' : 'applications']!;
    if ('needs' in read) return withNeed(fromArticles(a, general, questionShape(general), trace), read);
    return planResult(`${read.text}\nSources: your saved answers; ${feeTablePublication(context.kb?.figures?.erasFees)}.`, ['your saved answers']);
  }

  // "is my USCE enough?" with no USCE stored: what the guides say, then the one missing answer asked for
  const named = context && !ruled ? fieldNamed(said) ?? fact?.field : undefined;
  // a visa choice turns on Step 3 only for someone who needs a visa; a green-card holder is answered from their status
  const field = named === 'step3' && /^(us_citizen|green_card|ead)$/.test(context?.profile.visa ?? '') ? undefined : named;
  // the router's plan topic only where no rule and no named fact decided
  // every part of the message on a topic the guides do not cover ("the NRMP fee if I register late", "my chances of a
  // hospitalist job"): said plainly below, never answered from the plan because it is worded in the first person
  const offGuide = shape.questions.length > 0 && shape.questions.every((q) => outOfScopeTopic(q.text, a.scope));
  const topic = offGuide ? undefined : ruled ?? (context && !field ? notSponsored(routedPlanTopic(routed, said)) : undefined);
  // "we are couples matching, which cities?" with the partner's side not saved: that is asked for first
  // (the partner's side stated in the question, "my partner is a US grad (EM)", counts as given)
  const asCouple = context && !offGuide && couplesAsked(said, context.profile) && !definesCouples(said)
    ? { ...context.profile, couples: partnerFrom(said, context.profile.couples) } : undefined;
  const couples = context && !offGuide ? couplesGap(said, asCouple ?? context.profile) : undefined;
  if (couples) return withNeed(miss(a, undefined), { needs: couples, text: NEEDS_TEXT[couples]! });
  // the couple's own strategy: which side of each pair sponsors, how the specialties pair, how wide to go
  // (a plan question of its own, "how many programs should we apply to?", keeps its plan answer)
  if (asCouple?.couples && (!ruled || ruled === 'list')) {
    const own = planResult(`${couplesText(asCouple, asCouple.couples)}\nSources: your saved answers.`, ['your saved answers']);
    const general = fromArticles(a, text, shape, trace, true, context?.profile);
    const joined = withOwnFile(general, own);
    // a guides' answer too long to carry the couple's lines keeps the guides' answer
    return joined === own && general.found && general.kind === 'articles' ? general : joined;
  }
  if (context && field && context.profile[field] === undefined && NEEDS_TEXT[field] && !statesIt(said, field)) {
    // the guides' general answer first when they have one on the question's topic, then the missing fact asked for
    return withNeed(offGuide ? miss(a, undefined) : fromArticles(a, text, shape, trace), { needs: field, text: NEEDS_TEXT[field] });
  }
  // "14 interviews, should I cancel some?", "only 2 invites, what now?": the count (said, else saved) against the
  // rank-list length of those who matched in the asker's specialty, so the advice agrees with it (interview-count.ts)
  // (a visa not saved is asked for by the mid-season answer below, since the programs to add depend on it)
  const countAsked = context && followUpFamily(said, context.kb, ruled) === 'interview_count' && !followUpGap(said, context.profile, context.kb);
  const interviews = countAsked ? interviewCountText(context.profile, said) : undefined;
  // no interviews at all: the file's holes are the likeliest cause, said after the season's answer (weakest-part.ts)
  // (asked openly, "zero, now what?": a question about one step, "should I add programs?", keeps the season's answer alone)
  const holes = interviews && context?.kb && context.profile.specialty && saysGroup('open_next', said) && (interviewsSaid(said) ?? context.profile.cycle?.interviews) === 0
    ? weakestPart(buildPlan(context.profile, context.kb, context.now), context.profile, true) : undefined;
  if (interviews) return planResult(`${interviews}${holes && !('needs' in holes) ? `\n${holes.text}` : ''}\nSources: your saved answers; ${RANKS_2026_SOURCE}; ${MIDSEASON_SOURCES.join('; ')}.`, ['your saved answers', ...MIDSEASON_SOURCES]);
  // "how many interviews do I need to feel safe?" with no count said or saved, in the season: the guides' answer, then the
  // count asked for (before applications are out the guides' answer alone)
  const countWanted = saysGroup('interview_howmany', said) || saysGroup('count_enough', said);
  if (countAsked && countWanted && context.profile.cycle?.interviews === undefined && context.profile.stage !== 'preparing') {
    return withNeed(fromArticles(a, text, shape, trace), { needs: 'cycle', text: NEEDS_TEXT.cycle! });
  }
  // "will I be ok for this match?", "am I too late?": the asker's season against this cycle's calendar, then as much of
  // the guides' general answer as fits one message (knowledge/answers/plan-follow-ups.json)
  if (context && followUpFamily(said, context.kb, ruled) === 'cycle_timing' && !(topic && topic !== 'standing' && missingFor(topic, said, context.profile))) {
    const general = fromArticles(a, text, shape, trace);
    const oetSaid = general.found && /\b300 in Writing\b/i.test(general.answer.split('\n\n')[0] ?? '');
    return fileFirst(`${cycleTimingText(context.profile, context.now, said, oetSaid)}\n(Dates: the match calendar, NRMP, nrmp.org.)`, general);
  }
  // "what's the biggest hole in my application?": read from the stored file, biggest hole first (a missing part asked for)
  // "140 applications, zero interviews, what is wrong?": the guides' advice for the season, then the file's holes as causes
  // "why didn't I match twice? what should I change?": the same reading, with the guides on what to do after not matching
  // (a plan topic the question already names, such as readiness, keeps its own answer)
  const unmatched = !ruled && asksWhyNotMatched(said);
  if (context?.kb && context.profile.specialty && (asksWhyNoInterviews(said) || unmatched)) {
    const read = weakestPart(buildPlan(context.profile, context.kb, context.now), context.profile, true);
    const general = fromArticles(a, text, shape, trace);
    return fileFirst(read.text, general.found || !unmatched ? general : fromArticles(a, AFTER_UNMATCHED, questionShape(AFTER_UNMATCHED), trace));
  }
  // "what are my strongest selling points?": read from the stored file, strongest first (src/answers/strongest-part.ts)
  if (context?.kb && !field && (!topic || topic === 'standing') && asksStrongestPart(said)) {
    const read = strongestPart(buildPlan(context.profile, context.kb, context.now), context.profile);
    if ('needs' in read) return withNeed(miss(a, undefined), { needs: read.needs, text: read.text });
    return planResult(`${read.text}\nSources: your plan (built from your saved answers).`, ['your plan (built from your saved answers)']);
  }
  if (context?.kb && !field && (!topic || topic === 'standing') && asksWeakestPart(said)) {
    const read = weakestPart(buildPlan(context.profile, context.kb, context.now), context.profile);
    if ('needs' in read) return withNeed(miss(a, undefined), { needs: read.needs, text: read.text });
    return planResult(`${read.text}\nSources: your plan (built from your saved answers).`, ['your plan (built from your saved answers)']);
  }
  // "will my graduation year block me?" with the year stored: the guides' answer, then what the stored fact does in the plan
  // (a family read whole, such as a J-1's waiver, needs no judgement word: naming it is the question)
  if (field && context?.kb && context.profile.specialty && context.profile[field] !== undefined && (judgesFact(text) || fact?.field === field)) {
    const plan = buildPlan(context.profile, context.kb, context.now);
    const own = factText(field, plan, context.profile, context.now, numbersAsDigits(text));
    if (own) {
      const mine: AskResult = planResult(`${own}${visaRule ? `\n${VISA_CASE}` : ''}\nSources: your plan (built from your saved answers).`);
      const general = fromArticles(a, text, shape, trace);
      // a general passage naming programs closed to this asker would contradict their own answer: theirs alone then
      const contradicts = general.found && plan.excluded.some((p) => general.answer.includes(p.name));
      return contradicts ? mine : withOwnFile(general, mine);
    }
  }
  if (topic && context?.kb) {
    const extra = [secondFact(text, topic, context), retakeNote(said, context.profile)].filter(Boolean).join('\n') || undefined;
    const planned = fromPlan(a, text, { ...context, kb: context.kb }, topic, extra);
    // "what's my plan for this cycle?" asks for the file itself: a general passage would presume a situation
    const general = topic !== 'ready' || !(asksWholePlan(text) || WEAK_POINTS.test(text));
    // "should I wait a year?" has a general answer too: the guides' answer, then the asker's own file part by part
    if (topic === 'ready' && general && planned.found && !planned.needs) return withOwnFile(fromArticles(a, text, shape, trace), planned);
    // a named program's place in the list is the whole answer ("is X a real program? why is it not in my list")
    if (planned.found && !planned.needs) return programAsked ? planned : withOtherQuestion(a, planned, shape, trace);
    if (!planned.found || !planned.needs) return planned;
    // not enough answers for a plan yet: say what the guides say in general, then ask for the one missing answer
    // a message that also asks something general ("how do I explain the gap, and does it hurt my chances?") gets that answered too
    const alsoGeneral = shape.questions.length > 1 && shape.questions.some((q) => !planTopic(q.text));
    // "is 60 programs enough?" names no topic word the passages hold: the topic's own question is their context
    const topicAsked = !alsoGeneral && TOPIC_QUESTION[topic] ? withPrevious(text, TOPIC_QUESTION[topic]!) : undefined;
    const generalText = topicAsked ? fromArticles(a, topicAsked, questionShape(topicAsked), trace) : fromArticles(a, text, shape, trace);
    return withNeed(general && (alsoGeneral || topic === 'applications' || topic === 'cost' || topic === 'ready' || topic === 'step3') ? generalText : miss(a, undefined), { needs: planned.needs, text: planned.answer });
  }
  // "does Kaiser SoCal sponsor a J-1?", "San Joaquin IM: YOG cutoff?": a named program's stated facts from the program
  // table first, then the guides' general answer as far as it fits (program-facts-asked.ts); a plan question keeps its
  // own answer above; the program is named where the message asks, not only as the asker's background ("a J-1 researcher
  // at Cedars: can I switch?")
  const programFacts = programFactsAsked(shape.questions.map((q) => q.text).join(' '), context?.kb?.programs);
  const found = programFacts ? factsFirst(programFacts, fromArticles(a, text, shape, trace, true, context?.profile)) : fromArticles(a, text, shape, trace, true, context?.profile);
  // a plan question with no saved file whose own words find nothing ("stats ... list size??") is answered as the
  // topic's general question would be
  // (or whose words are mostly the asker's stats typed as shorthand, which steer the passages to the scores instead)
  const topicAsked = (!found.found || typedStats(text)) && !context && ruled ? TOPIC_QUESTION[ruled] : undefined;
  // "how many should I rank?": the short answer in the asker's own specialty first
  const general = withOwnSpecialty(topicAsked ? fromArticles(a, topicAsked, questionShape(topicAsked), trace) : found, said, context?.profile);
  // nothing in the guides, but the question is about a part of the asker's saved file ("do I have to worry about
  // visa stuff?" from a green-card holder): that part of the file is the answer
  const own = !general.found && context ? ownFileLine(context.profile, [], text) : undefined;
  // nothing in the guides answers "I got 226, so I can match too?", but the asker's own score beside the matched
  // figures does, with the reminder that a score alone does not decide
  const scored = !general.found && !own ? statedScoreLine(numbersAsDigits(text), context?.profile, numbersAsDigits(shape.questions.map((q) => q.text).join(' ')) || undefined) : undefined;
  if (scored) {
    const answer = `${scored} No one can promise a match from the score alone: the same score matches in one file and not in another.\nSources: NRMP Charting Outcomes for non-US IMGs, ${scored.match(/matched in (\d{4})/)?.[1] ?? ''}.`;
    return planResult(answer);
  }
  // nothing in the guides answers "and EM? they say it's dead for IMGs", but the named specialty's figures do
  // (only for a rate asked or a field said closed: "easier" may be about a region, "enough" about a count)
  const figured = !general.found && !own && asksMatchRate(text) && !/\bhow many programs\b|\benough\b|\b(?:cost|costs|fees?|price|budget)\b/i.test(text) ? specialtyFiguresLine(text, '') : undefined;
  if (figured) return { found: true, kind: 'plan', articleId: '', title: '', answer: `${figured}\nSources: NRMP Charting Outcomes for non-US IMGs, ${CK_2026_YEAR} Main Residency Match.`, source: '', sources: [] };
  // "how do I bring it up in interviews?" names nothing: "it" is the red flag the saved file holds (stored-flags.ts)
  const flag = context && pointsAtUnnamed(said) ? flagLine(context.profile, context.now) : undefined;
  if (flag && context) {
    // the passages are found for the flag itself ("what do I write about it?" is about the Step 1 fail saved)
    const named = withFlagNamed(text, context.profile, context.now);
    // (the flags are said once, below: the passages are not given the profile to say the record again)
    const onFlag = named ? fromArticles(a, named, questionShape(named), []) : general;
    return withOwnFile(onFlag.found && onFlag.kind === 'articles' ? onFlag : general, planResult(`${flag}\nSources: your saved answers.`));
  }
  if (own) {
    const answer = `${own.replace(/^For you: (.)/, (_, c: string) => c.toUpperCase())}\nSources: your saved answers.`;
    return planResult(answer);
  }
  return general;
}
