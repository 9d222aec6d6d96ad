// The render side: the core's Reply[] -> Slack messages (fallback text + Block Kit), within Slack's limits.
import type { types } from '@slack/bolt';
import type { Choice, Reply } from '../../src/domain/io.js';
import type { Plan } from '../../src/domain/plan.js';
import { CHOICE_BUTTON, CHOICE_SELECT, questionBlockId } from './action-ids.js';
import { button, context, LIMITS, textChars, textSections, type Block, type SlackMessage } from './blocks.js';
import { renderPlanMessages } from './render-plan.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/** How plans are rendered: `planKey` names a stored plan so its "Download as CSV" button can find it. */
export interface RenderOptions { planKey?: (plan: Plan) => string | undefined }

type QuestionReply = Extract<Reply, { type: 'question' }>;

/** The input element for a question's choices: buttons for up to five, a static select beyond that. */
export function choiceElements(q: QuestionReply): types.ActionsBlock['elements'] {
  if (q.choices.length <= LIMITS.inlineButtons) {
    return q.choices
      .filter((c) => c.value.length <= LIMITS.buttonValue)
      .map((c, i) => button(`${CHOICE_BUTTON}${i}`, c.label, c.value, q.id === 'confirmForget' && c.value === 'yes' ? 'danger' : undefined));
  }
  const options = q.choices
    .filter((c: Choice) => c.value.length <= LIMITS.optionValue)
    .slice(0, LIMITS.selectOptions)
    .map((c) => ({ text: { type: 'plain_text' as const, text: truncate(c.label, LIMITS.optionText), emoji: true }, value: c.value }));
  const select: types.StaticSelect = { type: 'static_select', action_id: CHOICE_SELECT, placeholder: { type: 'plain_text', text: 'Choose an answer' }, options };
  return [select];
}

/** The blocks of one question: its text, then its choices (or a hint to type the answer). `n` keeps block ids unique. */
export function questionBlocks(q: QuestionReply, n = 0): Block[] {
  const blocks: Block[] = [...textSections(q.text)];
  if (q.choices.length === 0) {
    blocks.push(context('Type your answer as a message.'));
    return blocks;
  }
  blocks.push({ type: 'actions', block_id: questionBlockId(q.id, n), elements: choiceElements(q) });
  if (q.id !== 'confirmForget') blocks.push(context('Pick one, or type your answer in your own words.'));
  return blocks;
}

function fallbackOf(parts: string[]): string {
  return truncate(escapeMrkdwn(parts.join('\n')), LIMITS.fallbackText) || 'Match Advisor';
}

/**
 * Renders one turn's replies as few messages as possible: consecutive texts and questions share a message
 * (up to 50 blocks and the character budget); each plan gets its own message(s) with a CSV button.
 */
export function renderReplies(replies: Reply[], opts: RenderOptions = {}): SlackMessage[] {
  const messages: SlackMessage[] = [];
  let blocks: Block[] = [];
  let parts: string[] = [];
  let chars = 0;
  let questions = 0;
  const flush = () => {
    if (blocks.length) messages.push({ text: fallbackOf(parts), blocks });
    blocks = [];
    parts = [];
    chars = 0;
  };
  for (const reply of replies) {
    if (reply.type === 'export') continue; // handed over as a file in the DM by the turn, never as message text
    if (reply.type === 'plan') {
      flush();
      const key = opts.planKey?.(reply.plan);
      messages.push(...renderPlanMessages(reply.plan, { ...(key ? { downloadKey: key } : {}), ...(reply.view ? { view: reply.view } : {}) }));
      continue;
    }
    const add = reply.type === 'question' ? questionBlocks(reply, questions++) : textSections(reply.text);
    for (const block of add) {
      const size = textChars(block);
      if (blocks.length >= LIMITS.messageBlocks || chars + size > LIMITS.messageChars) flush();
      blocks.push(block);
      chars += size;
    }
    parts.push(reply.text);
  }
  flush();
  return messages;
}
