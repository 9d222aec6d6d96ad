// Every command, by name, as one table: add a command by adding a row.
import type { CommandName } from '../domain/io.js';
import { PROFILE_FIELDS, type ProfileField } from '../domain/profile.js';
import { describeProfile, FIELD_LABELS } from './describe-profile.js';
import { MESSAGES } from './messages.js';
import { missingFields } from './next-question.js';
import { planDetail, whyProgram } from './plan-commands.js';
import { whyNamed } from './why-named.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';
import { initialState } from './state.js';
import { ask, askPending, forgetQuestion, pending, planReply, reAsk, reAskAfterSide, type StepContext, type StepResult } from './turn.js';
import { earlyPlanNote } from './early-plan-note.js';

type CommandHandler = (out: StepResult, arg: string | undefined, ctx: StepContext) => StepResult;

const COMMANDS: Record<CommandName, CommandHandler> = {
  start: (out, _arg, ctx) => {
    const s = out.state;
    if (s.history.length > 0 || s.skipped.length > 0) out.replies.push({ type: 'text', text: MESSAGES.welcomeBack });
    return askPending(out, ctx, pending(s, ctx) ? undefined : '');
  },
  help: (out, _arg, ctx) => {
    out.replies.push({ type: 'text', text: MESSAGES.help });
    return reAsk(out, ctx);
  },
  why: (out, arg, ctx) => {
    if (arg) return whyOf(out, arg, ctx);
    const q = pending(out.state, ctx);
    out.replies.push({ type: 'text', text: q ? q.why : MESSAGES.whyNone });
    return reAsk(out, ctx);
  },
  // "what do you mean by ties?": what the open question means, then the question again
  meaning: (out, _arg, ctx) => {
    const q = pending(out.state, ctx);
    out.replies.push({ type: 'text', text: q ? q.means : MESSAGES.whyNone });
    return reAsk(out, ctx);
  },
  skip: (out, _arg, ctx) => {
    const s = out.state;
    const field = s.clarifying?.field ?? pending(s, ctx)?.id;
    if (!field) { out.replies.push({ type: 'text', text: MESSAGES.nothingToSkip }); return out; }
    delete s.clarifying;
    if (s.profile[field] === undefined) s.skipped = [...s.skipped, field];
    s.history = [...s.history.filter((f) => f !== field), field];
    s.attempts = 0;
    out.replies.push({ type: 'text', text: MESSAGES.skipped(FIELD_LABELS[field]) });
    return askPending(out, ctx);
  },
  back: (out, _arg, ctx) => {
    const s = out.state;
    const last = s.history[s.history.length - 1];
    if (!last) { out.replies.push({ type: 'text', text: MESSAGES.nothingBack }); return reAsk(out, ctx); }
    dropAnswers(s, [last]);
    out.replies.push({ type: 'text', text: MESSAGES.wentBack(FIELD_LABELS[last]) });
    return askPending(out, ctx);
  },
  restart: (out, _arg, ctx) => {
    out.state = { ...initialState(), greeted: true };
    out.replies.push({ type: 'text', text: MESSAGES.restarted });
    return askPending(out, ctx);
  },
  profile: (out, _arg, ctx) => {
    const s = out.state;
    const lines = describeProfile(s.profile, s.skipped);
    out.replies.push({ type: 'text', private: true, text: lines.length ? [MESSAGES.profileHeader, ...lines.map((l) => `- ${l}`), MESSAGES.profileFooter].join('\n') : MESSAGES.emptyProfile });
    return reAsk(out, ctx);
  },
  plan: (out, _arg, ctx) => {
    const s = out.state;
    if (!s.profile.specialty) { out.replies.push({ type: 'text', text: MESSAGES.planNeedsSpecialty }); return reAsk(out, ctx); }
    const missing = missingFields(ctx.flow, s.profile);
    if (missing.length) out.replies.push({ type: 'text', text: MESSAGES.planPartial(missing.map((f) => FIELD_LABELS[f]).join(', ')) });
    // nothing left to ask: the plan asked for is the plan the read-back was waiting to build, so it is not asked again
    else if (!pending(s, ctx) && !s.clarifying) { s.planShown = true; s.readBack = false; }
    out.replies.push(planReply(s.profile, ctx));
    return reAsk(out, ctx);
  },
  forget: (out, arg, ctx) => {
    if (arg && arg.split(',').some((f) => (PROFILE_FIELDS as readonly string[]).includes(f))) return forgetFields(out, arg, ctx);
    out.state.confirmingForget = true;
    delete out.state.forgetAskedAgain;
    out.replies.push(forgetQuestion());
    return out;
  },
  privacy: (out, _arg, ctx) => {
    out.replies.push({ type: 'text', text: MESSAGES.privacy });
    return reAsk(out, ctx);
  },
  ask: (out, arg, ctx) => ask(out, arg, ctx),
  export: (out, _arg, ctx) => exportData(out, ctx),
  programs: (out, arg, ctx) => detail(out, 'programs', arg, ctx),
  program: (out, arg, ctx) => detail(out, 'program', arg, ctx),
  steps: (out, arg, ctx) => detail(out, 'steps', arg, ctx),
  csv: (out, arg, ctx) => detail(out, 'csv', arg, ctx),
  chart: (out, arg, ctx) => detail(out, 'chart', arg, ctx),
  more: (out, _arg, ctx) => {
    const rest = out.state.more;
    delete out.state.more;
    out.replies.push({ type: 'text', text: rest ?? MESSAGES.moreNone });
    return reAsk(out, ctx);
  },
};

/** Runs one command by name, then asks what is open. */
export function runCommand(out: StepResult, name: CommandName, arg: string | undefined, ctx: StepContext): StepResult {
  return COMMANDS[name](out, arg, ctx);
}

/** A plan-detail command (programs, program, steps, csv, chart), then the open question. */
function detail(out: StepResult, name: CommandName, arg: string | undefined, ctx: StepContext): StepResult {
  const replies = planDetail(out.state.profile, name, arg, ctx);
  // (a plan shown before the interview is done says which answers it lacks: "csv" before the graduation year is given)
  const early = replies.some((r) => r.type === 'plan') ? earlyPlanNote(out.state, ctx) : undefined;
  if (early) out.replies.push({ type: 'text', text: early });
  out.replies.push(...replies);
  return reAskAfterSide(out, ctx);
}

/** "export my data": the state as data (the runtime replaces it with the full stored record), then the open question. */
function exportData(out: StepResult, ctx: StepContext): StepResult {
  out.replies.push({ type: 'text', private: true, text: MESSAGES.exported }, { type: 'export', data: { state: structuredClone(out.state) }, private: true });
  return reAsk(out, ctx);
}

/** Takes answers out ("back", "delete my grad year"): off the profile, the history and the skipped list, with the
 *  interview's position reset so the questions come back in their turn. */
function dropAnswers(s: StepResult['state'], fields: readonly ProfileField[]): void {
  const profile = { ...s.profile };
  for (const f of fields) delete profile[f];
  s.profile = profile;
  s.history = s.history.filter((f) => !fields.includes(f));
  s.skipped = s.skipped.filter((f) => !fields.includes(f));
  s.attempts = 0;
  s.planShown = false;
  s.readBack = false;
  delete s.clarifying;
}

/** "delete my grad year": those answers only (a comma-separated list of fields), at once; the interview asks again. */
function forgetFields(out: StepResult, arg: string, ctx: StepContext): StepResult {
  const s = out.state;
  const fields = arg.split(',').filter((f): f is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(f));
  const stored = fields.filter((f) => s.profile[f] !== undefined);
  const labels = (fs: ProfileField[]) => fs.map((f) => FIELD_LABELS[f]).join(', ');
  if (!stored.length) { out.replies.push({ type: 'text', text: MESSAGES.forgotNothing(labels(fields)) }); return reAsk(out, ctx); }
  dropAnswers(s, stored);
  out.replies.push({ type: 'text', text: MESSAGES.forgotFields(labels(stored)) });
  return askPending(out, ctx);
}

/** "why <program>": its reasons when a program of the plan fits, else the words are a question for the guides; "why is
 * psychiatry a reach" is the specialty's standing from the plan, never a program's. */
function whyOf(out: StepResult, arg: string, ctx: StepContext): StepResult {
  const named = whyNamed(arg);
  if (named?.specialty && !named.rest) return ask(out, `how do i stand in ${SPECIALTY_NAMES[named.specialty].toLowerCase()}`, ctx);
  const replies = whyProgram(out.state.profile, arg, ctx, named);
  if (!replies) return ask(out, `why ${arg}`, ctx);
  out.replies.push(...replies);
  return reAsk(out, ctx);
}
