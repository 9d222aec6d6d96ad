// Classifies free text: a command, a correction, a what-if, a side question, or an answer.
import type { CommandName } from '../domain/io.js';
import type { ProfileField } from '../domain/profile.js';
import { normalize } from './parse/phrases.js';
import { typedDetailCommand } from './plan-commands.js';

/** What a line of free text is asking for. */
export type Intent =
  | { kind: 'command'; name: CommandName; arg?: string }
  | { kind: 'correction'; field: ProfileField }
  | { kind: 'whatIf'; field: ProfileField }
  | { kind: 'question' }
  | { kind: 'answer' };

const COMMAND_WORDS: [RegExp, CommandName][] = [
  [/^(help|\?|menu|commands|options|what can you do|h)$/, 'help'],
  [/^(back|go back|previous|prev|undo|last question|go back one)$/, 'back'],
  [/^(skip|skip it|skip this|skip this one|skip question|next question|i'?d rather not say|prefer not to say|rather not say)$/, 'skip'],
  [/^(restart|start over|reset|start again|begin again|new profile)$/, 'restart'],
  [/^(export|export my data|export my profile|download my data|download my profile|give me my data|send me my data|my data as json|data export|take my data)$/, 'export'],
  [/^(profile|my profile|show profile|show my profile|what do you know( about me)?|my data|show my data|summary|my answers)$/, 'profile'],
  [/^(plan|my plan|show plan|show my plan|show me my plan|results|advice|where should i apply|program list|list)$/, 'plan'],
  [/^(forget me|delete me|delete my data|delete my profile|erase my data|forget|remove my data|delete everything)$/, 'forget'],
  [/^(why|why\?|why do you ask|why do you need (this|that|it)|why does (this|that|it) matter|why is (this|that) needed|why ask|why this question|what is this for)$/, 'why'],
  [/^(start|hi|hello|hey|hola|salam|advise|advise me|begin|resume|continue|\/start)$/, 'start'],
];

const FIELD_WORDS: [RegExp, ProfileField][] = [
  [/\bstep ?2\b|\bck\b|\bstep2\b|\bstep two\b/, 'step2ck'],
  [/\bstep ?1\b|\bstep1\b|\bstep one\b/, 'step1'],
  [/\bstep ?3\b|\bstep3\b|\bstep three\b/, 'step3'],
  [/\bvisa\b|\bj-?1\b|\bh-?1b?\b|\bgreen ?card\b|\bcitizen(ship)?\b/, 'visa'],
  [/\bspeciality\b|\bspecialty\b|\bbackup\b/, 'specialty'],
  [/\bgraduat\w*|\byog\b|\bclass of\b|\bgraduation\b/, 'graduationYear'],
  [/\busce\b|\bclinical experience\b|\bobservership\w*\b|\bexternship\w*\b|\bhands-?on\b/, 'usce'],
  [/\blett?ers?\b|\blors?\b|\brecommendations?\b|\brecs\b/, 'usLors'],
  [/\blanguages?\b|\bspeak\b/, 'languages'],
  [/\bregions?\b|\bpreferred (area|location|region)s?\b|\bwhere i want\b|\blocations?\b/, 'regions'],
  [/\bties\b|\bconnections?\b/, 'laTies'],
  [/\bresearch\b|\bpublications?\b|\bposters?\b|\bpapers?\b|\babstracts?\b/, 'research'],
  [/\bstage\b|\bcycle\b/, 'stage'],
];

const CORRECTION_CUE = /\b(actually|change|changed|update|updated|correct|correction|set|should be|is now|fix|wrong|mistake|instead|typo|meant)\b|^\s*my\b.*\b(is|was|are|were)\b/;
const WHAT_IF = /^\s*(what if|what happens if|suppose|supposing|assume|if i (got|get|score|scored|take|took|pass|passed|had|have))\b/;
const QUESTION_START = /^\s*(how|what|why|when|where|which|who|whom|whose|is|are|am|can|could|should|would|will|do|does|did|tips|advice on|explain|tell me)\b/;

/** The profile field a text talks about, if any ("my step 2 is..." -> step2ck). */
export function fieldMentioned(text: string): ProfileField | undefined {
  const t = normalize(text);
  return FIELD_WORDS.find(([re]) => re.test(t))?.[1];
}

/** Classifies one line of text given the pending question (undefined when the interview is done). */
export function classify(text: string, pending: ProfileField | undefined): Intent {
  const t = normalize(text).trim().replace(/[.!]+$/, '');
  const bare = t.replace(/^(please|pls|ok|okay)\s+/, '').replace(/\s+(please|pls)$/, '');
  for (const [re, name] of COMMAND_WORDS) if (re.test(bare)) return { kind: 'command', name };
  if (/^why( do| would)? you (ask|need|want)/.test(bare) || /^why (is|does) (that|this) (matter|needed|important)/.test(bare)) return { kind: 'command', name: 'why' };
  const detail = typedDetailCommand(bare, pending === undefined);
  if (detail) return { kind: 'command', ...detail };
  const field = fieldMentioned(text);
  if (WHAT_IF.test(t) && field) return { kind: 'whatIf', field };
  if (field && CORRECTION_CUE.test(t) && (field !== pending || /\b(actually|change|update|correct|wrong|mistake|typo)\b/.test(t)) && !text.trim().endsWith('?')) {
    return { kind: 'correction', field };
  }
  const wordCount = bare.split(' ').filter(Boolean).length;
  if (wordCount >= 2 && (text.trim().endsWith('?') || QUESTION_START.test(t))) return { kind: 'question' };
  return { kind: 'answer' };
}
