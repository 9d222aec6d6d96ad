// The understanding layer as one pipeline: normalise -> clauses -> fields -> readers -> plausibility -> resolve.
import type { CommandName } from '../../domain/io.js';
import type { Profile, ProfileField, Region } from '../../domain/profile.js';
import { commandIn, isWhatIf } from '../intent.js';
import { acknowledgementHint } from './acknowledge.js';
import { clausesOf, DOUBT, type Clause } from './clauses.js';
import { withoutStruck } from './corrections.js';
import { letterKindDenied } from './negation-scope.js';
import { readClarification, type Clarifying } from './clarify.js';
import { fieldsOf, imIsSpecialty, mentions, weakOnly } from './fields.js';
import { inEnglish, type Lang } from './languages.js';
import { normalise } from './normalise.js';
import { rewritten } from './text-steps.js';
import { toldWorkNotUsce } from './work-not-usce.js';
import { ownSentences, settleTotal, statedTotals } from './stated-totals.js';
import { added, additionOnly, visaAdded } from './additions.js';
import { NO_SUBJECT, regionsInTokens, relativeGone } from './readers/places.js';
import { groupClauses, type Read } from './resolve.js';
import { tokenise } from './tokens.js';
import { regionsWished } from './regions-wish.js';
import { cut } from './field-cuts.js';
import { READERS } from './readers/index.js';
import { COUNTRIES } from './readers/visa.js';
import { aboutPartner, aboutTheApplication, mentionsCouples, speaksOfSelf } from './readers/situation.js';
import { doubtedAnswer, vagueAnswer } from './vague.js';
import { toldVaguely } from './vague-amounts.js';
import { borrowsAnswer, delegatesChoice } from './hedged-choice.js';
import { take } from './take-reading.js';
import { settleWhole } from './whole-message.js';
import { asksToSkip, putsOff } from './not-now.js';
import { bareSpecialtyWord, withoutCompared } from './senses.js';
import type { Reading } from './reading.js';
import { CURRENT_TRAINING, EMBEDDED_FACT, EXAM_SAT, EXPERIENCE_AT, FAMILY_HERE, JOB_HELD, LATER_FEARED, LETTER_SOURCE, LETTER_WRITER, MORE_AHEAD, NATIONALITY_BEFORE, NOT_A_HOME, OWN_LENGTH, PAST_TRAINING, STEP1_PASS_TOLD, STILL_MISSING, WISHED, WORKED_AS } from './clause-cues.js';
import { ownStatusAsked } from './relatives-status.js';
import { whatIfInFirstPerson } from '../what-if-pronouns.js';

/** A field change read from a message: the new value and, for a correction, the value it replaces. */
export interface Update { field: ProfileField; value: NonNullable<Profile[ProfileField]>; old?: NonNullable<Profile[ProfileField]> }

/** Everything one message said, for `step` to apply; reading never changes anything itself. */
export interface Understanding {
  command?: CommandName;
  /** A what-if: the changes to try on a copy of the profile. */
  whatIf?: Update[];
  /** The message asks something: answer it, store nothing from it. */
  question: boolean;
  updates: Update[];
  /** Values read that equal what is stored already. */
  same: ProfileField[];
  /** One short question to ask instead of guessing (a value that cannot be right is asked about too). */
  clarify?: Clarifying;
  /** Some clause was about another person and was left out. */
  otherPerson: boolean;
  /** Other clauses read but not stored, and why: only supposed, not yet so, or said of people in general. */
  leftOut?: LeftOut[];
  /** Languages other than English the message was written in (read through their word tables). */
  otherLanguages?: Exclude<Lang, 'en'>[];
  /** Clinical work was told whose time is not US clinical experience (abroad, or beside "no US clinical experience"). */
  workNotUsce?: true;
}

/** Why a clause was read but not stored. */
export type LeftOut = 'hypothetical' | 'planned' | 'generic';

const SOCAL: ReadonlySet<string> = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire']);
const LATER_COUNTS: ReadonlySet<string> = new Set(['usce_months', 'lors_count']);
// exams told about in passing while another is answered ("passed 1st attempt. CK was the one I needed two tries for"):
// what is missing of them is asked when their own question comes, not before the interview moves on
const LATER_EXAMS: ReadonlySet<ProfileField> = new Set(['step2ck', 'step3']);
/** Where the cycle stands, not the file: a what-if about them ("what if I don't match?") is a question, not a plan to compare. */
const CYCLE_EVENTS: ReadonlySet<ProfileField> = new Set(['stage', 'cycle']);
// Fields whose counts a plan or a hope does not give yet ("we'll have 3 pubs out next year", "will do 2 months obs").
const NOT_YET: readonly ProfileField[] = ['research', 'usLors', 'usce'];

/** What reading may consult: the pending question, the stored profile, the date, an open clarification. */
export interface UnderstandContext { pending?: ProfileField; profile: Profile; now: Date; clarifying?: Clarifying }

/** Reads one message whole, for every field, against the pending question and the stored profile. */
export function understand(raw: string, ctx: UnderstandContext): Understanding {
  const out: Understanding = { question: false, updates: [], same: [], otherPerson: false };
  const command = commandIn(raw) ?? (asksToSkip(raw) ? 'skip' : undefined);
  if (command) return { ...out, command };
  if (putsOff(raw)) return out;
  // ("whatever's easiest", "you tell me"): the choice handed back is asked again, nothing is chosen for the applicant
  // ("the same as my husband", "whatever my brother has": an answer pointed at someone else's is asked again as well)
  if (ctx.pending && !ctx.clarifying && (delegatesChoice(raw) || borrowsAnswer(raw))) { const ask = doubtedAnswer(ctx.pending); if (ask) return { ...out, clarify: ask }; }
  // "ok" or "sure" to a question of fact is no answer: the question is asked again, with a hint
  const hint = ctx.clarifying ? undefined : acknowledgementHint(raw, ctx.pending);
  if (hint && ctx.pending) return { ...out, clarify: { field: ctx.pending, topic: 'implausible', facts: { hint } } };
  const n = bareSpecialtyWord(normalise(raw), ctx.pending);
  const strongIm = /\bIM\b/.test(n.cased);
  const english = inEnglish(n.text, n.cased);
  // the text rewritten for the readers, one step after another (text-steps.ts)
  if (toldWorkNotUsce(english.text)) out.workNotUsce = true;
  const text = rewritten(english.text, n.cased, strongIm);
  const otherLanguages = english.langs.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');
  if (otherLanguages.length) out.otherLanguages = otherLanguages;
  if (isWhatIf(text)) {
    const body = whatIfInFirstPerson(text.replace(/^\s*(what if|what happens if|suppose|supposing|assume|assuming|hypothetically|if)\s+/, ''));
    const read = readAll(clausesOf(body).map((c) => ({ ...c, question: false })), { ...ctx, pending: undefined, clarifying: undefined }, strongIm);
    // "what if I don't match?" asks what happens then (SOAP, reapplying), not how a changed file would plan: a what-if
    // changes the file itself; one about where the cycle stands, or with no change read, is a question for the guides
    const changes = read.updates.filter((u) => !CYCLE_EVENTS.has(u.field));
    if (changes.length) return { ...out, whatIf: changes };
    return { ...out, question: true };
  }
  const clauses = clausesOf(text);
  const langs = { ...(otherLanguages.length ? { otherLanguages } : {}), ...(out.workNotUsce ? { workNotUsce: true as const } : {}) };
  // facts told with doubt about them ("3 letters but not sure which count as US", "239 on the real one? or was it the
  // other way round"): nothing is stored, the field read is asked about
  if (DOUBT.test(text)) {
    const read = readAll(clauses.map((c) => ({ ...c, question: false })), ctx, strongIm);
    // (nothing read at all, "results are out, haven't opened the email": the question pending is the one in doubt)
    const field = read.clarify?.field ?? read.updates[0]?.field ?? (read.question ? undefined : ctx.clarifying ? undefined : ctx.pending);
    const ask = field ? read.clarify ?? doubtedAnswer(field) : undefined;
    if (ask) return { ...out, clarify: ask, ...langs };
  }
  if (!clauses.some((c) => c.question)) return askAfterJob({ ...ownStatusAsked(struckIsNoAnswer(raw, readAll(clauses, ctx, strongIm, text), ctx), text, ctx), ...langs }, ctx);
  // a message that asks something still tells facts: the clauses that do not ask are read, the question answered after
  // ("does it matter that I graduated in 2015?", "is 218 bad given I failed CK once?": a fact the question rests on is told)
  const embedded = clauses.filter((c) => c.question).flatMap((c) => {
    const m = EMBEDDED_FACT.exec(c.text);
    return m ? clausesOf(m[1]!).map((x) => ({ ...x, question: false, sentence: c.sentence })) : [];
  });
  // (a choice handed back beside the question, "what's the easiest specialty? i'll go with whatever you say", tells nothing)
  const telling = [...clauses.filter((c) => !c.question && !c.marker && !delegatesChoice(c.text)), ...embedded];
  const told = telling.length ? readAll(telling, ctx, strongIm, text) : out;
  // a post that asks something is answered first: where the applicant is from, told in passing ("I'm an MD from India,
  // want FM"), leaves the visa for its own question once the question asked of them is answered
  const pending = ctx.clarifying?.field ?? ctx.pending;
  if (told.clarify?.topic === 'visa_which' && told.clarify.facts?.from === 'another citizenship' && pending && pending !== 'visa' && told.updates.some((u) => u.field === pending)) delete told.clarify;
  // ("before i answer that - my mom is sick... do programs allow leave?"): a vague word in the story told around a real
  // question is no vague answer to the question pending; the question is answered and the pending one asked again
  if (told.clarify && !ctx.clarifying && pending && told.clarify.field === pending && !told.updates.length && JSON.stringify(told.clarify) === JSON.stringify(vagueAnswer(pending, telling.map((c) => c.text).join(' ; ')))) delete told.clarify;
  return { ...told, question: true, ...langs };
}

function readAll(clauses: Clause[], ctx: UnderstandContext, strongIm: boolean, text?: string): Understanding {
  const out: Understanding = { question: false, updates: [], same: [], otherPerson: false };
  const pending = ctx.clarifying?.field ?? ctx.pending;
  const reads: Read[] = [];
  // a sentence about ECFMG names exams as what is still missing, not as results
  // (with the ECFMG question pending, an exam named as done or waited for without a score is ECFMG's too: "CK result pending, everything else done")
  // (not a sentence about the application itself: "haven't submitted yet, waiting on my MSPE" waits for ERAS, not ECFMG)
  const aboutApplication = new Set(clauses.filter((c) => aboutTheApplication(c.text)).map((c) => c.sentence));
  // ("actually I have taken CK already, result pending" while ECFMG is asked: an exam the applicant says they sat is that
  // exam's news, its result pending is the exam's, not a step ECFMG still waits for)
  const examSat = new Set(clauses.filter((c) => EXAM_SAT.test(c.text)).map((c) => c.sentence));
  const ecfmgSentences = new Set(clauses.filter((c) => /\b(ecfmg|oet)\b/.test(c.text) || (pending === 'ecfmg' && !aboutApplication.has(c.sentence) && !examSat.has(c.sentence) && (/\bcertified\b/.test(c.text) || (/\b(done|pending|waiting|left|missing|remaining|cleared|passed)\b/.test(c.text) && !/\b[12]\d\d\b/.test(c.text))))).map((c) => c.sentence));
  const plannedSentences = new Set<number>();
  const letterSentences = new Set(clauses.filter((c) => /\b(letters?|lors?|recs?|loes?)\b/.test(c.text)).map((c) => c.sentence));
  const sentenceText = (n: number) => clauses.filter((c) => c.sentence === n).map((c) => c.text).join(' ; ');
  // once a couples match is stored, "husband: IM, needs J-1" speaks of the partner even with no couples word in it
  // (read over the whole message: "my husband | and I are both applying" is split into two clauses)
  const couplesTalk = pending === 'couples' || ctx.profile.couples?.matching === true || mentionsCouples(clauses.map((c) => c.text).join(' '));
  let partnerSpeaks = false;
  let partnerSentence = -1;
  const interviewAt = new Map<number, number>();
  clauses.forEach((c, i) => { if (!interviewAt.has(c.sentence) && /\b(interviews?|invites?|iis?)\b/.test(c.text) && !c.otherPerson) interviewAt.set(c.sentence, i); });
  const interviewTalk = clauses.some((c) => /\b(interviews?|interviewing|invites?)\b/.test(c.text));
  let afterOther = false;
  let goneSentence = -1;
  let before: Clause | undefined;
  let otherBefore: Clause | undefined;
  for (const raw0 of clauses) {
    // "EU citizen (Italian)", "passport: German": a nationality told after a citizenship is no spoken language
    const nationality = before !== undefined && before.sentence === raw0.sentence && NATIONALITY_BEFORE.test(before.text) && raw0.tokens.length <= 2;
    before = raw0;
    // "my dad wants cardio (so IM)": a short aside right after someone else's clause is still theirs
    const raw: Clause = afterOther && /^(so|ie|i e|i\.e\.|aka|meaning|basically) \S+( \S+)?$/.test(raw0.text) ? { ...raw0, otherPerson: true } : raw0;
    // ("my sister is a nurse and lives in Glendale": the relative named in the clause before is still the subject)
    const subject = afterOther && otherBefore?.sentence === raw.sentence && !FAMILY_HERE.test(raw.text) && /^(and )?(still )?(lives?|living|based|settled|resides?)\b/.test(raw.text) && (regionsInTokens(raw.tokens).some((r) => SOCAL.has(r)) || (/\bthere\b/.test(raw.text) && regionsInTokens(otherBefore.tokens).some((r) => SOCAL.has(r)))) ? `${otherBefore.text} ${raw.text}` : raw.text;
    afterOther = raw.otherPerson;
    if (raw.otherPerson) otherBefore = raw;
    // someone else's clause is left out, except where the applicant's family lives: "my mom and uncle live in Glendale" is a family tie
    // ("my grandparents were in Riverside but they passed away": a relative gone from there now is no tie either)
    if (raw.otherPerson && !(FAMILY_HERE.test(subject) && !NOT_A_HOME.test(raw.text) && !relativeGone(raw.tokens, sentenceText(raw.sentence)) && (regionsInTokens(raw.tokens).length > 0 || /\b(there|here)\b/.test(raw.text) || raw.tokens.some((w) => COUNTRIES.has(w))))) { out.otherPerson = true; continue; }
    if (raw.otherPerson) { reads.push({ clause: subject === raw.text ? raw : { ...raw, text: subject, tokens: tokenise(subject) }, fields: new Set<ProfileField>(['laTies']), weak: false, firstAt: 0 }); continue; }
    const skip: LeftOut | undefined = raw.when === 'hypothetical' ? 'hypothetical' : raw.whose === 'generic' ? 'generic' : undefined;
    if (skip) { leftOut(out, skip); continue; }
    // a lowercase "im" that reads as "I'm" is rewritten, so no reader takes it for Internal Medicine
    const tokens = strongIm ? raw.tokens : raw.tokens.map((t, i) => (t === 'im' && !imIsSpecialty(raw.tokens, i) ? "i'm" : t));
    const c = { ...raw, tokens };
    for (const part of cut(c, strongIm)) {
      // ("same story as CK: one shot, passed": the exam compared with is not the one told)
      const found = withoutCompared(mentions(part.tokens, strongIm), part.tokens);
      const fields = fieldsOf(found, part.tokens, pending);
      if (nationality) fields.delete('languages');
      // ("3 letters, all clinical, none research": research denied as a kind of letter leaves research itself alone)
      if (fields.has('research') && letterSentences.has(part.sentence) && letterKindDenied(part.text, sentenceText(part.sentence))) { fields.delete('research'); if (fields.size === 0) continue; }
      // ("my grandparents were in Riverside but they passed away", "my uncle lived in LA in the 90s": a relative there once is no tie now)
      // (and "... but moved back to Dhaka" right after goes on about that relative, not where the applicant lived)
      if (goneSentence === part.sentence && NO_SUBJECT.test(part.text)) continue;
      if (fields.has('laTies') && relativeGone(part.tokens, sentenceText(part.sentence))) { goneSentence = part.sentence; fields.delete('laTies'); if (fields.size === 0) continue; }
      // "close to my parents in Houston" to the regions question: the place is where they want to be (a tie only if it is in SoCal)
      // ("near my brother", with no place, is asked about: which place that is)
      if (pending === 'regions' && fields.has('laTies') && /\b(near|close to|closer to|nearby|around)\b/.test(part.text)) fields.add('regions');
      // exams named as what ECFMG still waits for are not scores; a specialty or visa beside the couples match is the partner's
      if (fields.has('ecfmg') || ecfmgSentences.has(part.sentence)) {
        // (a three-digit score beside it is still a score: "step 1 passed, CK 235, waiting on OET")
        // (a Step 1 pass told in its own clause of that sentence stays the applicant's result: "step 1 passed first attempt, ecfmg certified")
        const ownPass = pending !== 'ecfmg' && !ctx.profile.step1 && !fields.has('ecfmg') && STEP1_PASS_TOLD.test(part.text) && !STILL_MISSING.test(part.text);
        if (!/\b[12]\d\d\b/.test(part.text)) for (const f of ['step1', 'step2ck', 'step3', 'graduationYear'] as const) if (!(ownPass && f === 'step1')) fields.delete(f);
        fields.add('ecfmg');
      }
      // the partner stays the subject until the applicant speaks of themselves ("ella quiere pediatría y necesita J1")
      if (part.sentence !== partnerSentence) partnerSpeaks = false;
      if (couplesTalk && aboutPartner(part.tokens)) { partnerSpeaks = true; partnerSentence = part.sentence; }
      // ("im" alone is the specialty, as in "husband: IM, needs J-1"; "im going" is the applicant speaking)
      else if (speaksOfSelf(part.tokens)) partnerSpeaks = false;
      // the partner's own file ("husband: FM, CK 219 first attempt, 1 mo observership only, no LORs") is not the applicant's:
      // the couples reader reads it for the partner, every other reader leaves it out
      if (couplesTalk && partnerSpeaks && !fields.has('couples')) { if (fields.size > 0) out.otherPerson = true; continue; }
      // a specialty or visa beside the couples match is the partner's
      if (fields.has('couples')) for (const f of ['specialty', 'visa', 'laTies', 'regions'] as const) fields.delete(f);
      // "1 interview at Loma Linda, another at Kern": places of interviews are not where the applicant wants to train
      if (interviewAt.has(part.sentence) && (interviewAt.get(part.sentence)! <= clauses.indexOf(raw))) {
        // (a clause with its own length of time is experience told after the interviews: "7 invites, 4 months of obs in Ohio")
        const placed = (OWN_LENGTH.test(part.text) ? (['regions', 'laTies'] as const) : (['regions', 'laTies', 'usce'] as const)).filter((f) => fields.delete(f)).length > 0;
        if ((placed && fields.size === 0) || /^(and )?(another|one more|1 more|\d+ (more )?(at|from|with))\b/.test(part.text)) fields.add('cycle');
      }
      // training already done ("did PGY-1 IM in Michigan", "a full prelim year in NJ", "was a peds resident at CHLA") is experience, not the specialty or region wanted
      if (PAST_TRAINING.test(part.text) || CURRENT_TRAINING.test(part.text) || ((JOB_HELD.test(part.text) || WORKED_AS.test(part.text)) && !/\b(want|wants|apply|applying|match|prefer|interested)\b/.test(part.text))) {
        const had = fields.size;
        fields.delete('specialty'); fields.delete('regions'); fields.delete('graduationYear');
        // (nor does it answer the specialty or regions question asked: the wish is told elsewhere, or asked again)
        if (had > 0 && fields.size === 0 && (pending === 'specialty' || pending === 'regions')) continue;
      }
      // "a letter from my observership at Emory": the experience says where the letter is from, it is not told again
      // (unless a detail in brackets right after tells the experience itself: "2 LoRs from my externship in Ohio (8 weeks hands-on)")
      const detail = clauses[clauses.indexOf(raw0) + 1];
      const detailed = detail?.aside === true && detail.sentence === raw0.sentence && mentions(detail.tokens, strongIm).some((m) => m.field === 'usce');
      if (fields.has('usLors') && fields.has('usce') && LETTER_SOURCE.test(part.text) && !detailed) fields.delete('usce');
      // "1 from FM, 1 from IM, so 2 letters": the specialty a letter comes from is its writer's, not the one applied for
      // (and its count is a count of letters: "letters: 1 from FM and 2 from IM")
      if (LETTER_WRITER.test(part.text) && (pending === 'usLors' || letterSentences.has(part.sentence))) {
        fields.delete('specialty');
        if (/^(?:and |plus |also )?\d/.test(part.text)) fields.add('usLors');
      }
      // a bare count in a sentence whose experience or letters are only planned ("2 electives (8 wks) booked") is planned too
      // ("2 months done, another 2 starting jan": a count still ahead, added to one told before it, is planned too)
      // (interviews scheduled are invitations had: "4 done, 2 more scheduled" counts them all)
      if (part.when === 'planned' && (NOT_YET.some((f) => fields.has(f)) || (fields.size === 0 && /\d/.test(part.text) && !interviewTalk && (plannedSentences.has(part.sentence) || MORE_AHEAD.test(part.text))))) {
        plannedSentences.add(part.sentence);
        for (const f of NOT_YET) fields.delete(f);
        leftOut(out, 'planned');
        if (fields.size === 0) continue;
      }
      reads.push({ clause: part, fields, weak: weakOnly(found), firstAt: found[0]?.at ?? -1 });
    }
  }
  const groups = groupClauses(reads, { pending, profile: ctx.profile });
  const totals = text === undefined ? undefined : statedTotals(text, ownSentences(clauses));
  // the couples match reads the whole message, the partner's clauses too; the cycle is read wherever the stage is
  const told = clauses.filter((c) => c.when !== 'hypothetical');
  if (pending === 'couples' || mentionsCouples(told.map((c) => c.text).join(' ')) || (ctx.profile.couples?.matching === true && told.some((c) => aboutPartner(c.tokens)))) {
    groups.delete('couples');
    take(out, ctx.profile, 'couples', READERS.couples(told, { now: ctx.now, stored: ctx.profile.couples, profile: ctx.profile, pending: pending === 'couples' }) as Reading<never>, pending === 'couples');
  }
  // (and the stage reads the cycle's clauses beside a later cycle only feared: "submitted, probably reapplying next year")
  const cycleOnly = groups.get('cycle')?.filter((c) => !groups.get('stage')?.includes(c));
  if (groups.has('stage') && cycleOnly?.length && groups.get('stage')!.some((c) => LATER_FEARED.test(c.text))) groups.set('stage', [...cycleOnly, ...groups.get('stage')!]);
  if (groups.has('stage')) groups.set('cycle', [...(groups.get('cycle') ?? []), ...groups.get('stage')!]);
  const messagePlaces = reads.flatMap((r) => regionsInTokens(r.clause.tokens));
  const experiencePlaces = [...new Set(clauses.filter((c) => !c.otherPerson && c.when === 'done' && !c.question && EXPERIENCE_AT.test(c.text) && !WISHED.test(c.text))
    .flatMap((c) => regionsInTokens(c.tokens)).filter((r): r is Region => r !== 'anywhere'))];
  if (ctx.clarifying) {
    const own = groups.get(ctx.clarifying.field);
    if (own) {
      groups.delete(ctx.clarifying.field);
      take(out, ctx.profile, ctx.clarifying.field, readClarification(ctx.clarifying, own, ctx.profile, ctx.now) as Reading<never>, true);
      if (!out.updates.length && !out.clarify) out.clarify = ctx.clarifying;
    }
  }
  for (const [field, group] of groups) {
    // a place named for something else (a letter's writer, a hospital, training left) is no wish to train there
    if (field === 'regions' && !regionsWished(group, pending)) continue;
    const reader = READERS[field] as (c: readonly Clause[], x: object) => Reading<unknown>;
    let reading: Reading<unknown>;
    try {
      reading = reader(group, { now: ctx.now, stored: ctx.profile[field], profile: ctx.profile, pending: field === pending, messagePlaces, experiencePlaces });
    } catch {
      reading = { kind: 'none' };
    }
    // "got another letter today", "1 more month since": only an addition told, added to what is stored
    if (ctx.profile[field] !== undefined && additionOnly(field, group)) reading = added(field, ctx.profile[field], reading);
    else if (field === 'visa') reading = visaAdded(group, ctx.profile.visa, reading);
    // a total the applicant stated beside its parts wins over the readers' sum ("total 7 months: 3 obs, rest hands on")
    else if (totals?.size) reading = settleTotal(field, reading, totals);
    // ("some posters and a pub or two", "English and a few others"): an amount told vaguely is asked about
    const ask = reading.kind === 'value' && toldVaguely(field, group.map((c) => c.text), clauses.map((c) => c.text).join(' ; ')) ? doubtedAnswer(field) : undefined;
    if (ask) reading = { kind: 'clarify', topic: ask.topic, ...(ask.facts ? { facts: ask.facts } : {}) };
    take(out, ctx.profile, field, reading as Reading<never>, field === pending);
  }
  // "on a B1/B2 doing observerships, I'd need H1B": the question asked is answered; a count only hinted at in passing
  // (months, letters) is left for its own question in the interview rather than asked now
  // (likewise where someone is from, told in passing in a long post: "I'm 31, from Nigeria..." leaves the visa for its own question)
  if (out.clarify && pending && out.clarify.field !== pending && (LATER_COUNTS.has(out.clarify.topic) || LATER_EXAMS.has(out.clarify.field) || (out.clarify.topic === 'visa_which' && out.clarify.facts?.from === 'another citizenship' && out.updates.length >= 3)) && out.updates.some((u) => u.field === pending) && ctx.profile[out.clarify.field] === undefined) delete out.clarify;
  const said = text ?? clauses.map((c) => c.text).join(' ; ');
  return settleWhole(out, { pending, clarifying: ctx.clarifying !== undefined, now: ctx.now, said, clauseText: clauses.map((c) => c.text).join(' ; '), cycleTexts: (groups.get('cycle') ?? []).map((c) => c.text) });
}

// ("actually scratch LA, I'd rather be in San Diego" while LA ties are asked): only what was said already can be struck,
// and the question pending has no answer yet; the struck words are no denial for it (what the rest says still counts)
function struckIsNoAnswer(raw: string, read: Understanding, ctx: UnderstandContext): Understanding {
  const pending = ctx.pending;
  if (!pending || ctx.clarifying || ctx.profile[pending] !== undefined || !read.updates.some((u) => u.field === pending)) return read;
  const rest = withoutStruck(raw);
  if (rest === undefined || understand(rest, ctx).updates.some((u) => u.field === pending)) return read;
  return { ...read, updates: read.updates.filter((u) => u.field !== pending) };
}

// ("worked as a medical assistant in Van Nuys for a year" to the experience question): the job is no USCE, and the
// question asked is still open; it is asked again rather than left with no answer
function askAfterJob(read: Understanding, ctx: UnderstandContext): Understanding {
  if (!read.workNotUsce || ctx.pending !== 'usce' || ctx.clarifying || read.clarify || read.question || read.updates.some((u) => u.field === 'usce')) return read;
  const ask = doubtedAnswer('usce');
  return ask ? { ...read, clarify: ask } : read;
}

function leftOut(out: Understanding, why: LeftOut): void {
  if (!out.leftOut?.includes(why)) out.leftOut = [...(out.leftOut ?? []), why];
}
