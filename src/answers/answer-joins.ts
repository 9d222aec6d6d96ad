// Joins a plan reply with the guides' answer: a reply fitted to one chat message, a missing answer asked for after the
// guides' general answer, the asker's own file beside the guides' paragraphs, and another question of the message.
import type { AskResult } from '../domain/advice.js';
import type { ProfileField } from '../domain/profile.js';
import type { Answerer } from './answerer.js';
import { fromArticles, MAX_MESSAGE_CHARS } from './from-articles.js';
import { planResult } from './plan-result.js';
import { planTopic } from './plan-questions.js';
import { questionShape } from './question-shape.js';
import { outOfScopeTopic } from './scope.js';

/** Longest plan reply body; with its sources it stays inside one 2,000-character chat message. */
const MAX_PLAN_CHARS = 1750;

/** Drops whole lines from the end until the reply fits, and says where the rest is. */
export function fitMessage(text: string): string {
  if (text.length <= MAX_PLAN_CHARS) return text;
  const more = 'Type "plan" for the rest.';
  const lines = text.split('\n');
  while (lines.length > 1 && lines.join('\n').length + more.length + 1 > MAX_PLAN_CHARS) lines.pop();
  const kept = lines.join('\n');
  return kept.length + more.length + 1 <= MAX_PLAN_CHARS ? `${kept}\n${more}` : `${kept.slice(0, MAX_PLAN_CHARS - more.length - 2)}…\n${more}`;
}

/** The missing answer asked for, after the guides' general answer when there is one (how many programs, what it
 *  costs); alone otherwise, where a general passage would be padding, not an answer. */
export function withNeed(general: AskResult, need: { needs: ProfileField; text: string }): AskResult {
  if (general.found && general.kind === 'articles') {
    return { ...general, answer: general.answer.replace(/\n\nSources: (?![\s\S]*\n\nSources: )/, `\n\n${need.text}\n\nSources: `), needs: need.needs };
  }
  return planResult(need.text, [], need.needs);
}

/** The reading of the asker's own file first, then as many of the guides' paragraphs as fit one chat message. */
export function fileFirst(file: string, general: AskResult): AskResult {
  const plan = 'your plan (built from your saved answers)';
  if (!general.found || general.kind !== 'articles') return planResult(`${file}\nSources: ${plan}.`, [plan]);
  const paragraphs = general.answer.split('\n\n');
  const sources = paragraphs.pop()!.replace(/^Sources: /, '');
  const shown: string[] = [];
  for (const x of paragraphs.filter((x) => !x.startsWith('Type "more"'))) {
    if (file.length + [...shown, x].join('\n\n').length + sources.length + plan.length + 20 > 2000) break;
    shown.push(x);
  }
  return { ...general, answer: [file, ...shown, `Sources: ${plan}; ${sources}`].join('\n\n'), private: true };
}

/** The guides' general answer with the asker's own file after it (before the sources), or the file alone. */
export function withOwnFile(general: AskResult, own: AskResult): AskResult {
  if (!general.found || general.kind !== 'articles' || !own.found) return own;
  const file = own.answer.replace(/\nSources: [^\n]*$/, '');
  const answer = general.answer.replace(/\n\nSources: (?![\s\S]*\n\nSources: )/, `\n\nFor you: ${file}\n\nSources: your plan (built from your saved answers); `);
  if (answer.length <= 2000) return { ...general, answer, private: true };
  // too long for one message: the general answer and the file's verdict line
  const verdict = file.split('\n').pop()!;
  const short = general.answer.replace(/\n\nSources: (?![\s\S]*\n\nSources: )/, `\n\nFor you: ${verdict} Type "plan" for your file part by part.\n\nSources: your plan (built from your saved answers); `);
  return short.length <= 2000 ? { ...general, answer: short, private: true } : own;
}

/** A plan answer, with the guides' short answer to another question of the same message that is not about the plan
 *  ("how many peds programs, and do I need a backup?"), said after the plan's first lines so both are answered. */
export function withOtherQuestion(a: Answerer, planned: AskResult, shape: ReturnType<typeof questionShape>, trace: string[]): AskResult {
  if (!planned.found || shape.questions.length < 2) return planned;
  const others = shape.questions.filter((q) => !q.side && !planTopic(q.text) && !outOfScopeTopic(q.text, a.scope));
  if (!others.length) return planned;
  const general = fromArticles(a, others.map((q) => q.text).join(' '), { questions: others, context: shape.context }, trace);
  if (!general.found || general.kind !== 'articles') return planned;
  const first = general.answer.split('\n\n')[0]!.replace(/^In short:\s*/, '');
  if (first.length < 40 || first.length > 600 || planned.answer.includes(first)) return planned;
  const asked = others[0]!.text.replace(/[?.!\s]+$/, '');
  const [body, ...sources] = planned.answer.split(/\n(?=Sources: )/);
  const kept = body!.split('\n');
  const line = `On "${asked}": ${first} (our guide "${general.title}")`;
  // the other answer goes after the plan's first lines, so a long plan reply loses its detail lines, not this
  while (kept.length > 1 && [...kept, line, ...sources].join('\n').length > MAX_MESSAGE_CHARS) kept.pop();
  const answer = [...kept.slice(0, 1), line, ...kept.slice(1), ...sources].join('\n');
  return answer.length <= MAX_MESSAGE_CHARS ? { ...planned, answer } : planned;
}
