// The one interpreter: every input (typed or clicked) becomes a list of commands from one ordered table; `step` carries them out.
import type { CommandName, Input } from '../domain/io.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import type { Question } from './flow.js';
import { fieldsToForgetIn, privacyBeside } from './data-requests.js';
import { commandIn, detailCommandIn, whatIfInEnglish } from './intent.js';
import { choiceValue } from './understand/choices.js';
import type { Clarifying } from './understand/clarify.js';
import { readConfirmation } from './understand/confirm.js';
import { understand, type Understanding, type Update } from './understand/understand.js';
import { cycleNews } from './cycle-news.js';
import { removalIn } from './list-edits.js';
import { notMatchedQuestion, pastWhatIf } from './what-if-past.js';
import { narrowed } from './partial-corrections.js';
import { fieldOfOldValue } from './understand/old-value.js';
import { replacesGraduationUnsaid, yearOfAnotherEvent } from './event-years.js';
import { orderNamedWithOr } from './or-order.js';
import { asksAboutPartner } from './partner-question.js';
import { sentencesOf } from './question-words.js';
import { DOUBT } from './understand/clauses.js';
import { specialtiesIn } from './understand/readers/specialty.js';
import { tokenise } from './understand/tokens.js';
import { normalise } from './understand/normalise.js';
import { asksWhatQuestionMeans, questionWordsOf } from './understand/asks-meaning.js';
import { SPECIALTIES, type Specialty } from '../domain/profile.js';

/** What one input asks the engine to do; a message may yield several (a fact and a question). */
export type Command =
  | { type: 'run'; name: CommandName; arg?: string } // a command by name (help, back, plan, programs...)
  | { type: 'confirm' } // yes to the open confirmation (forget me, or the read-back)
  | { type: 'deny' } // no to it
  | { type: 'unclear' } // a reply to a confirmation that is neither yes nor no
  | { type: 'set'; update: Update } // a new fact
  | { type: 'correct'; update: Update } // a stored fact changed (update.old is the value it replaces)
  | { type: 'same'; field: ProfileField } // a fact equal to what is stored
  | { type: 'clarify'; clarifying: Clarifying } // one short question instead of a guess
  | { type: 'leftOut'; reason: 'otherPerson' } // a clause read but not stored, and why
  | { type: 'whatIf'; changes: Update[] } // try changes on a copy of the profile
  | { type: 'whatIfNot'; reason: 'noRetake' | 'same'; exam: 'step1' | 'step2ck' | 'step3' } // a what-if about the past that has nothing to run
  | { type: 'ask'; question: string } // a question for the guides, answered after any facts
  | { type: 'stale' } // a click on a question that is no longer open
  | { type: 'note'; text: string } // a line to say with the facts (how an answer was taken)
  | { type: 'partner' } // a question about the partner in a couples match: the plan is the user's alone
  | { type: 'answeredWhileForget' } // facts told while "forget me" waits for its yes: the commands after it are kept
  | { type: 'notUnderstood'; text?: string; language?: 'es' | 'pt' | 'hi' }; // nothing could be read (the words kept, to try as a question; the language, when not English)

/** Where the conversation stands, as the interpreter needs it (derived from the state, never stored). */
export interface View {
  mode: 'confirmForget' | 'readBack' | 'clarifying' | 'question' | 'done';
  pending?: Question;
  clarifying?: Clarifying;
  profile: Profile;
  now: Date;
  planShown: boolean;
}

type Rule = (input: Input, view: View) => Command[] | undefined;

const text = (input: Input): string | undefined => (input.kind === 'text' ? input.text.trim() : undefined);

/** The confirmation after "forget me": the button, a typed command, or a strict yes/no reading of the words. */
const forgetRule: Rule = (input, view) => {
  if (view.mode !== 'confirmForget') return undefined;
  if (input.kind === 'command') return input.name === 'forget' ? [{ type: 'run', name: 'forget' }] : [{ type: 'deny' }, { type: 'run', name: input.name, ...(input.arg ? { arg: input.arg } : {}) }];
  if (input.kind === 'choice') {
    if (input.questionId !== 'confirmForget') return [{ type: 'deny' }, ...interpret(input, { ...view, mode: modeWithoutForget(view) })];
    return [input.value === 'yes' ? { type: 'confirm' } : input.value === 'no' ? { type: 'deny' } : { type: 'unclear' }];
  }
  const named = commandIn(input.text);
  if (named === 'forget') return [{ type: 'run', name: 'forget' }];
  if (named) return [{ type: 'deny' }, { type: 'run', name: named }];
  const said = readConfirmation(input.text, 'strict', 'forget');
  if (said === 'yes') return [{ type: 'confirm' }];
  // (a reply opening on a no, "no" or "nope, keep it", is the answer to the deletion)
  if (said === 'no' && readConfirmation(input.text, 'answer') === 'no') return [{ type: 'deny' }];
  // ("IM", "step 3 not taken" while the deletion waits for its yes): an answer to the interview is read and kept, and
  // the deletion is asked again (step.ts); a reply about the deletion itself stays a no or unclear
  const facts = answerWhileForget(input.text, { ...view, mode: modeWithoutForget(view) });
  if (facts) return [{ type: 'answeredWhileForget' }, ...facts];
  return [said === 'no' ? { type: 'deny' } : { type: 'unclear' }];
};

// words about the deletion itself: a reply with them answers "are you sure?", whatever else it tells
const ABOUT_DELETION = /\b(delete|deleting|deleted|keep|kept|cancel|forget|erase|remove|wipe|data|everything|sure|mind|wait|stop)\b/i;

/** The fact commands of a reply that answers the interview, not the deletion (at least one fact stored), or undefined. */
function answerWhileForget(t: string, view: View): Command[] | undefined {
  if (ABOUT_DELETION.test(t)) return undefined;
  const commands = understandRule({ kind: 'text', text: t }, view) ?? [];
  return commands.some((c) => c.type === 'set' || c.type === 'correct') && commands.every((c) => c.type !== 'ask' && c.type !== 'run' && c.type !== 'whatIf') ? commands : undefined;
}

const modeWithoutForget = (view: View): View['mode'] => (view.clarifying ? 'clarifying' : view.pending ? 'question' : view.planShown ? 'done' : 'readBack');

/** A platform command is run as it is. */
const commandRule: Rule = (input) => (input.kind === 'command' ? [{ type: 'run', name: input.name, ...(input.arg ? { arg: input.arg } : {}) }] : undefined);

/** A click: the read-back button, a clarifying choice, the pending question's choice, or a stale one. */
const choiceRule: Rule = (input, view) => {
  if (input.kind !== 'choice') return undefined;
  if (input.questionId === 'confirmProfile' && view.mode === 'readBack') return input.value === 'yes' ? [{ type: 'confirm' }] : interpret({ kind: 'text', text: input.value }, view);
  if (view.clarifying && input.questionId === view.clarifying.field) return interpret({ kind: 'text', text: input.value }, view);
  const q = view.pending;
  if (!q || q.id !== input.questionId) return [{ type: 'stale' }];
  if (input.value === 'skip') return [{ type: 'run', name: 'skip' }];
  const picked = q.choices.some((c) => c.value === input.value) ? choiceValue(q.id, input.value) : undefined;
  // a value that is not one of the offered choices was typed (e.g. into a platform text box): read it as text
  if (picked === undefined) return interpret({ kind: 'text', text: input.value }, view);
  const old = view.profile[q.id];
  if (old !== undefined && JSON.stringify(old) === JSON.stringify(picked)) return [{ type: 'same', field: q.id }];
  const update = { field: q.id, value: picked, ...(old === undefined ? {} : { old }) } as Update;
  return [old === undefined ? { type: 'set', update } : { type: 'correct', update }];
};

/** "yes" (or "looks good") to the read-back builds the plan; anything else is read as a fix. */
const readBackRule: Rule = (input, view) => {
  const t = text(input);
  return t !== undefined && view.mode === 'readBack' && readConfirmation(t, 'strict', 'readBack') === 'yes' ? [{ type: 'confirm' }] : undefined;
};

/** "delete my grad year", "remove my step 1 and ck": those answers only, deleted at once. */
const forgetFieldsRule: Rule = (input) => {
  const t = text(input);
  const fields = t === undefined ? undefined : fieldsToForgetIn(t);
  return fields ? [{ type: 'run', name: 'forget', arg: fields.join(',') }] : undefined;
};

/** A plan-detail command typed as a whole message ("programs in socal", "why huntington" once done). */
const detailRule: Rule = (input, view) => {
  const t = text(input);
  if (t === undefined) return undefined;
  const detail = detailCommandIn(t, !view.pending && view.planShown);
  return detail ? [{ type: 'run', name: detail.name, ...(detail.arg ? { arg: detail.arg } : {}) }] : undefined;
};

/** A question about the partner in a couples match is told that the plan is the user's own, before any plan detail answers it. */
const partnerRule: Rule = (input, view) => {
  const t = text(input);
  return t !== undefined && asksAboutPartner(t, view.profile) ? [{ type: 'partner' }] : undefined;
};

// "whatever gets me in", "either", "no preference": two specialties named with no first choice
const NO_PREFERENCE = /\b(whatever|whichever|either|any (of (them|those|the two|both)|one)|both (are |is )?(fine|ok|okay|good)|does ?n'?t matter|does not matter|dont care|don'?t care|no preference|not picky|anything|gets? me in|you (choose|pick|decide))\b/;
// "whichever gives me better chances", "whatever is easier to match": a choice left to a measure is still to be made (asked)
const BY_A_MEASURE = /\b(whichever|whatever|either|which ever)( one)? (gives?|is|has|would|will|offers?|makes?|gets?|works)( me| us)?( the)? (better|best|higher|more|easier|easiest|less|fewer|safer|bigger|stronger)\b/;
const SPECIALTY_IDS: ReadonlySet<string> = new Set(SPECIALTIES);
/** The specialties a message names itself. */
const namedIn = (t: string): ReadonlySet<Specialty> => new Set(specialtiesIn(tokenise(normalise(t).text)).map((m) => m.id));

/** Two specialties named with no preference: kept in the order named (the first as the choice, the second as backup). */
function namedOrder(c: Clarifying | undefined, t: string, view: View, fresh: boolean): Command[] | undefined {
  // a preliminary year is another kind of position than a categorical one: that choice is asked, never assumed
  if (c?.topic !== 'specialty_which' || !NO_PREFERENCE.test(t.toLowerCase()) || /\b(prelim\w*|preliminary)\b/i.test(t) || BY_A_MEASURE.test(t.toLowerCase())) return undefined;
  const options = String(c.facts?.options ?? '').split(',').filter((x) => SPECIALTY_IDS.has(x)) as Specialty[];
  if (options.length < 2) return undefined;
  // options this message asks about that it did not name ("im open to anything": IM, FM, psych are the advisor's offer)
  // are no order the applicant gave: nothing is chosen for them
  if (fresh && !options.slice(0, 2).every((o) => namedIn(t).has(o))) return undefined;
  const value = { primary: options[0]!, backup: options[1]! };
  const old = view.profile.specialty;
  const update = { field: 'specialty', value, ...(old ? { old } : {}) } as Update;
  return [old ? { type: 'correct', update } : { type: 'set', update }, { type: 'note', text: 'noPreference' }];
}

/** A cycle count lower than the stored one, told as "no new/more ... yet": nothing new, not a smaller total. */
function fewerThanStored(u: Update, profile: View['profile'], t: string): boolean {
  const had = profile.cycle?.interviews;
  const said = (u.value as { interviews?: number }).interviews;
  return had !== undefined && said !== undefined && said < had && /\b(new|more|another|additional|else|yet|since)\b/i.test(t);
}

// a first-person fact inside a question, told after "that", "given", "since", "because", "even though"
const TOLD_INSIDE = /\b(?:that|given|since|considering|because|though|although|now that) i(?:'m| am| have| had| was| got| did|'ve)?\b/;

/** True when a reading found nothing at all in the message. */
const nothingRead = (u: Understanding): boolean => !u.question && !u.updates.length && !u.same.length && !u.clarify && !u.otherPerson && !u.whatIf && !u.command;

/** Free text through the understanding pipeline: a command, a what-if, facts, and a question answered after them. */
const understandRule: Rule = (input, view) => {
  const t = text(input);
  if (t === undefined) return undefined;
  // ("I said 241 earlier, it's 214" while Step 3 is asked): a correction is read against the field that held the old value
  const pendingId = (view.clarifying ? undefined : fieldOfOldValue(t, view.profile)) ?? view.pending?.id;
  const ctx = { pending: pendingId, profile: view.profile, now: view.now, ...(view.clarifying ? { clarifying: view.clarifying } : {}) };
  const removal = removalIn(t, view.profile, view.now);
  if (removal) return removal.whatIf ? [{ type: 'whatIf', changes: [removal.update] }] : [{ type: 'correct', update: removal.update }];
  // a supposition opened in Spanish, Portuguese or Hinglish is read as the English "what if": tried on a copy, never stored
  const unmatched = notMatchedQuestion(t);
  if (unmatched) return [{ type: 'ask', question: unmatched }];
  const past = pastWhatIf(whatIfInEnglish(t) ?? t, view.profile);
  if (past) return [past.kind === 'change' ? { type: 'whatIf', changes: [past.update] } : { type: 'whatIfNot', reason: past.kind, exam: past.exam }];
  let u = understand(whatIfInEnglish(t) ?? t, ctx);
  if (u.command) return [{ type: 'run', name: u.command }];
  if (u.whatIf) return [{ type: 'whatIf', changes: u.whatIf.map((x) => narrowed({ ...x, ...(x.old === undefined && view.profile[x.field] !== undefined ? { old: view.profile[x.field] } : {}) } as Update, t)) }];
  // a message shaped as a question that the reading took for an answer (a question word first, in any language we read,
  // a request, "X vs Y", a closing "?") is a question: the guides answer it, and only the sentences that tell are read
  // for facts ("CK 245. alguma dica?"); a short unsure reply ("sort of?") the reading asks about stays a reply
  if (!u.question && !DOUBT.test(t.toLowerCase())) {
    const sentences = sentencesOf(t);
    const asking = sentences.filter((x) => x.asks === 'words' || (x.asks === 'mark' && !u.clarify));
    // with a sentence that tells beside it, the whole message's reading stands ("did i write 241 for CK?? its 214");
    // a message that only asks has nothing in it to store ("eras fee?")
    if (asking.length) u = asking.length < sentences.length ? { ...u, question: true } : { question: true, updates: [], same: [], otherPerson: false };
  }
  // a message whose every sentence asks by its words ("how many programs should I apply for psych and IM") never
  // changes a stored answer: a value it names is what it asks about; a new fact it rests on ("does it matter that I
  // graduated in 2015?") is kept, and so is one told after "that/given/since I ..."
  if (u.question && u.updates.some((x) => x.old !== undefined) && !TOLD_INSIDE.test(t.toLowerCase()) && sentencesOf(t).every((x) => x.asks === 'words')) {
    u = { ...u, updates: u.updates.filter((x) => x.old === undefined) };
  }
  // nothing read against the question asked: the message may answer another one ("applying sept 2027" while Step 3 waits)
  if (ctx.pending && !ctx.clarifying && nothingRead(u)) {
    const free = understand(t, { ...ctx, pending: undefined, askedInstead: ctx.pending });
    if (free.updates.length && !free.question) u = { ...free, ...(u.otherLanguages ? { otherLanguages: u.otherLanguages } : {}) };
  }
  // the open "which first?" answered "either", or asked now with "whatever gets me in"
  // ("family medicine, or psych"): two specialties named in order with "or" are taken in that order, said back to correct
  const orOrder = u.updates.some((x) => x.field === 'specialty') ? undefined : orderNamedWithOr(u.clarify, t);
  const orUpdate = orOrder ? ({ field: 'specialty', value: orOrder, ...(view.profile.specialty ? { old: view.profile.specialty } : {}) } as Update) : undefined;
  const inOrder = orUpdate ? [{ type: orUpdate.old ? 'correct' : 'set', update: orUpdate } as Command, { type: 'note', text: 'orderTaken' } as const]
    : u.updates.some((x) => x.field === 'specialty') ? undefined : namedOrder(u.clarify ?? view.clarifying, t, view, u.clarify !== undefined && JSON.stringify(u.clarify) !== JSON.stringify(view.clarifying));
  // news of interviews ("a 3rd interview", "one more invite") adds to the stored count, whatever count the words hold;
  // "no new interview yet" never lowers it
  const news = u.question ? undefined : cycleNews(t, view.profile.cycle);
  const newsUpdate = news ? ({ field: 'cycle', value: news, ...(view.profile.cycle ? { old: view.profile.cycle } : {}) } as Update) : undefined;
  const updates = u.updates.filter((x) => x.field !== 'cycle' || (!news && !fewerThanStored(x, view.profile, t))).map((x) => narrowed(x, t))
    // "failed step 1 the first time (2021)": the year dates the exam, not graduation (unless the year was asked for)
    .filter((x) => x.field !== 'graduationYear' || pendingId === 'graduationYear' || !yearOfAnotherEvent(t, x.value as number));
  // a year that would replace the stored graduation year with no word of graduating ("applying next year, 2027") is kept
  // apart: the stored year stays, and the reply says how to change it if that was meant
  const unsaid = updates.find((x) => x.field === 'graduationYear' && pendingId !== 'graduationYear' && replacesGraduationUnsaid(t, x.value as number, view.profile.graduationYear));
  if (unsaid) updates.splice(updates.indexOf(unsaid), 1);
  const out: Command[] = [
    ...updates.map((update): Command => (update.old === undefined ? { type: 'set', update } : JSON.stringify(update.old) === JSON.stringify(update.value) ? { type: 'same', field: update.field } : { type: 'correct', update })),
    ...(newsUpdate ? [newsUpdate.old === undefined ? { type: 'set', update: newsUpdate } as const : { type: 'correct', update: newsUpdate } as const] : []),
    ...u.same.map((field): Command => ({ type: 'same', field })),
    ...(inOrder ?? (u.clarify ? [{ type: 'clarify', clarifying: u.clarify } as const] : [])),
    ...(u.otherPerson ? [{ type: 'leftOut', reason: 'otherPerson' } as const] : []),
    // (the job is said back when the experience question is only asked again for its months, not about the job's kind)
    ...(u.workNotUsce && !u.question && (u.clarify?.field !== 'usce' || u.clarify.topic === 'usce_months') ? [{ type: 'note', text: 'workNotUsce' } as const] : []),
    ...(unsaid ? [{ type: 'note', text: `gradYearKept:${String(unsaid.value)}` } as const] : []),
  ];
  if (u.question) out.push({ type: 'ask', question: t });
  return out.length ? out : [{ type: 'notUnderstood', text: t, ...(u.otherLanguages?.[0] ? { language: u.otherLanguages[0] } : {}) }];
};

/** A sentence about keeping one's data opening a longer message: what is kept is said, then the rest is read as usual. */
const privacyBesideRule: Rule = (input, view) => {
  const t = text(input);
  const rest = t === undefined ? undefined : privacyBeside(t);
  return rest === undefined ? undefined : [{ type: 'run', name: 'privacy' }, ...interpret({ kind: 'text', text: rest }, view)];
};

/** "what do you mean by 'ties'? like relatives?" while a question waits: explained and asked again, no guess in it stored. */
const meaningRule: Rule = (input, view) => {
  const t = text(input);
  const q = view.mode === 'question' ? view.pending : undefined;
  return t !== undefined && q && asksWhatQuestionMeans(t, questionWordsOf(...[q.text, q.means, q.example, ...(q.choices ?? []).map((c) => c.label)].filter((w): w is string => typeof w === 'string'))) ? [{ type: 'run', name: 'meaning' }] : undefined;
};

/** The ordered table: the first rule that answers decides. */
const RULES: readonly Rule[] = [forgetRule, commandRule, choiceRule, readBackRule, forgetFieldsRule, partnerRule, detailRule, privacyBesideRule, meaningRule, understandRule];

/** Turns one input into the commands it means, given where the conversation stands. Pure; never throws on user input. */
export function interpret(input: Input, view: View): Command[] {
  for (const rule of RULES) {
    const found = rule(input, view);
    if (found) return found;
  }
  return [{ type: 'notUnderstood' }];
}
