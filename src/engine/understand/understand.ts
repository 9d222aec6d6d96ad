// The understanding layer as one pipeline: normalise -> clauses -> fields -> readers -> plausibility -> resolve.
import type { CommandName } from '../../domain/io.js';
import type { Profile, ProfileField, Region } from '../../domain/profile.js';
import { commandIn, isWhatIf } from '../intent.js';
import { acknowledgementHint } from './acknowledge.js';
import { clausesOf, DOUBT, type Clause } from './clauses.js';
import { withoutStruck } from './corrections.js';
import { readClarification, type Clarifying } from './clarify.js';
import { inEnglish, type Lang } from './languages.js';
import { normalise } from './normalise.js';
import { rewritten } from './text-steps.js';
import { toldWorkNotUsce } from './work-not-usce.js';
import { ownSentences, settleTotal, statedTotals } from './stated-totals.js';
import { added, additionOnly, visaAdded } from './additions.js';
import { regionsInTokens } from './readers/places.js';
import { groupClauses } from './resolve.js';
import { routeClauses, type LeftOut } from './clause-routes.js';
import { statedClauses } from './side-statements.js';
import { READERS } from './readers/index.js';
import { aboutPartner, mentionsCouples } from './readers/situation.js';
import { doubtedAnswer, vagueAnswer } from './vague.js';
import { toldVaguely } from './vague-amounts.js';
import { borrowsAnswer, delegatesChoice } from './hedged-choice.js';
import { take } from './take-reading.js';
import { settleWhole } from './whole-message.js';
import { asksToSkip, putsOff } from './not-now.js';
import { bareSpecialtyWord } from './senses.js';
import type { Reading } from './reading.js';
import { EMBEDDED_FACT, EXPERIENCE_AT, LATER_FEARED, WISHED } from './clause-cues.js';
import { ownStatusAsked } from './relatives-status.js';
import { whatIfInFirstPerson } from '../what-if-pronouns.js';
import { budgetTold, withoutMoney } from './budget-told.js';
import { unnamedField } from './unnamed-field.js';
import { lowercaseImSpoken } from './lowercase-im.js';

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


const LATER_COUNTS: ReadonlySet<string> = new Set(['usce_months', 'lors_count']);
// exams told about in passing while another is answered ("passed 1st attempt. CK was the one I needed two tries for"):
// what is missing of them is asked when their own question comes, not before the interview moves on
const LATER_EXAMS: ReadonlySet<ProfileField> = new Set(['step2ck', 'step3']);
/** Where the cycle stands, not the file: a what-if about them ("what if I don't match?") is a question, not a plan to compare. */
const CYCLE_EVENTS: ReadonlySet<ProfileField> = new Set(['stage', 'cycle']);

/** What reading may consult: the pending question, the stored profile, the date, an open clarification. */
export interface UnderstandContext {
  pending?: ProfileField; profile: Profile; now: Date; clarifying?: Clarifying;
  /** The question asked, when the message is read again as the answer to another one: every field is then a side field. */
  askedInstead?: ProfileField;
}

/** Reads one message whole, for every field, against the pending question and the stored profile. */
export function understand(raw: string, ctx: UnderstandContext): Understanding {
  // (the sums of money are read for the budget alone: "$1,500" is never a Step 1 score or a count of months)
  // (a lowercase "im" that speaks as "I'm" beside a capital IM is written "i'm" first: lowercase-im.ts)
  return withBudget(understandFields(lowercaseImSpoken(withoutMoney(raw)), ctx), raw, ctx.profile);
}

// the budget for applying is told anywhere in a message, in any clause (budget-told.ts): kept beside what else is read
function withBudget(read: Understanding, raw: string, profile: Profile): Understanding {
  if (read.command || read.whatIf) return read;
  const usd = budgetTold(normalise(raw).text);
  if (usd === undefined) return read;
  if (profile.budget === usd) return { ...read, same: [...read.same, 'budget'] };
  return { ...read, updates: [...read.updates, { field: 'budget', value: usd, ...(profile.budget === undefined ? {} : { old: profile.budget }) }] };
}

function understandFields(raw: string, ctx: UnderstandContext): Understanding {
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
  // ("my usmle score is 231" while Step 1 is asked): a number under a word several fields share is placed in none of them
  const which = ctx.clarifying ? undefined : unnamedField(n.text, ctx.pending);
  if (which) return { ...out, clarify: which };
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
  const routed = routeClauses(clauses, { ...(pending ? { pending } : {}), profile: ctx.profile }, strongIm);
  const reads = routed.reads;
  if (routed.otherPerson) out.otherPerson = true;
  if (routed.leftOut.length) out.leftOut = routed.leftOut;
  const groups = groupClauses(reads, { pending, profile: ctx.profile });
  // a field other than the one asked changes only on a statement of the applicant's own value (side-statements.ts):
  // a place named for something else (a letter's writer, a hospital, training left) is no wish to train there
  for (const [field, group] of groups) {
    const stated = statedClauses(field, group, { pending, asked: ctx.askedInstead, profile: ctx.profile, all: clauses });
    if (stated.length) groups.set(field, [...stated]); else groups.delete(field);
  }
  const totals = text === undefined ? undefined : statedTotals(text, ownSentences(clauses));
  // the couples match reads the whole message, the partner's clauses too; the cycle is read wherever the stage is
  const told = clauses.filter((c) => c.when !== 'hypothetical');
  if (pending === 'couples' || mentionsCouples(told.map((c) => c.text).join(' ')) || (ctx.profile.couples?.matching === true && told.some((c) => aboutPartner(c.tokens)))) {
    groups.delete('couples');
    const couples = READERS.couples(told, { now: ctx.now, stored: ctx.profile.couples, profile: ctx.profile, pending: pending === 'couples' });
    take(out, ctx.profile, 'couples', couples as Reading<never>, pending === 'couples');
    // ("yes couples, partner IM and no visa"): the partner's facts went into the couples match, so nothing of theirs was left out
    if (couples.kind === 'value' && (couples.value.partnerSpecialty !== undefined || couples.value.partnerNeedsVisa !== undefined) && clauses.filter((c) => c.otherPerson).every((c) => clauses.some((p) => p.sentence === c.sentence && aboutPartner(p.tokens)))) out.otherPerson = false;
  }
  // (and the stage reads the cycle's clauses beside a later cycle only feared: "submitted, probably reapplying next year")
  const cycleOnly = groups.get('cycle')?.filter((c) => !groups.get('stage')?.includes(c));
  if (groups.has('stage') && cycleOnly?.length && groups.get('stage')!.some((c) => LATER_FEARED.test(c.text))) groups.set('stage', [...cycleOnly, ...groups.get('stage')!]);
  // (in the message's order: "Interviews: 4" is read as the word and then its count)
  const readOrder = new Map(reads.map((r, i) => [r.clause, i]));
  if (groups.has('stage')) groups.set('cycle', [...new Set([...(groups.get('cycle') ?? []), ...groups.get('stage')!])].sort((a, b) => (readOrder.get(a) ?? 0) - (readOrder.get(b) ?? 0)));
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
  return settleWhole(out, { pending, clarifying: ctx.clarifying !== undefined, now: ctx.now, said, clauseText: clauses.map((c) => c.text).join(' ; '), cycleTexts: (groups.get('cycle') ?? []).map((c) => c.text), stageStored: ctx.profile.stage !== undefined, ...(ctx.profile.stage === undefined ? {} : { stageWas: ctx.profile.stage }) });
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
