// Render side: the advisor's replies as Discord messages, packed and split within Discord's limits.
import type { Reply } from '../../src/domain/io.js';
import { LIMITS, splitText } from './limits.js';
import type { OutMessage } from './out-message.js';
import { renderPlan } from './render-plan.js';
import { questionRows } from './render-question.js';

/** How replies are shown. `typedAnswers`: add a "type an answer" button (servers, where messages are not read). */
export interface RenderOptions { typedAnswers: boolean }

/**
 * Turns one turn's replies into messages. Consecutive texts share a message (split at 2,000 characters);
 * a question ends its message and carries its components; a plan comes as embeds plus a CSV file.
 */
export function renderReplies(replies: Reply[], opts: RenderOptions): OutMessage[] {
  const out: OutMessage[] = [];
  let text = '';
  const flush = () => {
    for (const piece of splitText(text, LIMITS.content)) out.push({ content: piece });
    text = '';
  };
  const add = (piece: string) => {
    if (text && text.length + 2 + piece.length > LIMITS.content) flush();
    text = text ? `${text}\n\n${piece}` : piece;
  };
  for (const reply of replies) {
    switch (reply.type) {
      case 'text':
        add(reply.text);
        break;
      case 'question': {
        add(reply.text);
        const pieces = splitText(text, LIMITS.content);
        text = '';
        const rows = questionRows(reply, opts.typedAnswers);
        pieces.forEach((content, i) => out.push(i === pieces.length - 1 && rows.length ? { content, components: rows } : { content }));
        break;
      }
      case 'plan':
        flush();
        out.push(...renderPlan(reply.plan, reply.view));
        break;
      case 'export':
        flush();
        out.push(exportFile(reply.data));
        break;
    }
  }
  flush();
  return out;
}

/** The person's data as a JSON attachment, for their DM only. */
export function exportFile(data: Record<string, unknown>): OutMessage {
  return { content: 'Your data, as stored by Match Advisor:', files: [{ name: 'match-advisor-my-data.json', data: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8') }], dmOnly: true };
}

/** A short message with no components (notices, apologies, admin results). */
export function notice(text: string): OutMessage {
  return { content: splitText(text, LIMITS.content)[0] ?? '…' };
}
