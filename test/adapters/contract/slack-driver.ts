// Drives the real Bolt app over signed HTTP requests against the Web API stand-in: message.im typing, block_actions clicks.
import { conversationIdOf } from '../../../adapters/slack/parse.js';
import type { RecordedCall } from '../slack/fake-slack-api.js';
import { startSlackHarness, type SlackHarness } from '../slack/harness.js';
import { blockAction, BOT_USER, dmMessage, DM, slashCommand, TEAM, USER } from '../slack/payloads.js';
import type { Driver, DriverDeps } from './driver.js';
import { normalise, planFromText, questionIdInText, type Observed, type ObservedPlan, type ObservedQuestion } from './observed.js';

const POSTS = new Set(['chat.postMessage', 'chat.postEphemeral']);

/** Undoes Slack's three mrkdwn escapes. */
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The texts a message's sections and context lines show. */
function blockTexts(blocks: any[]): string[] {
  return blocks.flatMap((b: any) => {
    if (b.type === 'section' && b.text?.text) return [unescape(b.text.text)];
    if (b.type === 'context') return b.elements.map((e: any) => unescape(e.text ?? ''));
    return [];
  });
}

/** A plan page: the messages the plan renderer makes carry this fallback text. */
const isPlanPage = (call: RecordedCall) => /^Your residency plan/.test(String(call.params.text));

/** The plan's first screen as its blocks show it (over all pages of the turn), markup removed. */
function blocksPlan(pages: RecordedCall[]): ObservedPlan | undefined {
  if (pages.length === 0) return undefined;
  const texts = pages.flatMap((p) => blockTexts(p.params.blocks ?? []));
  return planFromText(texts.flatMap((t) => t.split('\n')).map((t) => t.replace(/\*/g, '')));
}

/** The question of a message: its actions block `ma_q:<id>:<n>` with button values or select options, else its text. */
function messageQuestions(blocks: any[]): ObservedQuestion[] {
  const questions: ObservedQuestion[] = [];
  for (const b of blocks) {
    const id = b.type === 'actions' ? /^ma_q:([A-Za-z0-9_]+):\d+$/.exec(b.block_id ?? '')?.[1] : undefined;
    if (!id) continue;
    questions.push({ id, choices: b.elements.flatMap((e: any) => (e.type === 'static_select' ? e.options.map((o: any) => o.value) : [e.value])) });
  }
  if (questions.length) return questions;
  const id = questionIdInText(blockTexts(blocks).join('\n'));
  return id ? [{ id, choices: [] }] : [];
}

/** A Slack driver: one person in one workspace, typing in their DM with the app. */
export function slackDriver(deps: DriverDeps): Driver {
  let h: SlackHarness;

  /** Everything the app posted since `mark` (normal and ephemeral messages), normalised. */
  const observe = (mark: number): Observed => {
    const posts = h.since(mark).filter((c) => POSTS.has(c.method));
    const pages = posts.filter(isPlanPage);
    const talk = posts.filter((c) => !isPlanPage(c));
    return {
      text: normalise(talk.flatMap((c) => blockTexts(c.params.blocks ?? [])).join('\n')),
      questions: talk.flatMap((c) => messageQuestions(c.params.blocks ?? [])),
      plan: blocksPlan(pages),
      private: posts.every((c) => c.method === 'chat.postEphemeral' || c.params.channel === DM),
    };
  };

  /** Waits for the receiver's answer and for every listener to finish, then observes. */
  const settle = async (mark: number, sent: Promise<{ status: number }>): Promise<Observed> => {
    const res = await sent;
    if (res.status !== 200) throw new Error(`the receiver answered ${res.status}`);
    await h.idle();
    return observe(mark);
  };

  const say = (text: string) => { const mark = h.mark(); return settle(mark, h.event(dmMessage(text))); };

  return {
    name: 'Slack',
    conversationId: conversationIdOf(TEAM, USER),
    async start() { h = await startSlackHarness({ advisor: deps.advisor }); },
    open: () => say('hi'),
    say,
    sayMentioning: (text) => say(`<@${BOT_USER}> ${text}`),
    click(questionId, value) {
      for (const post of [...h.api.calls].reverse().filter((c) => POSTS.has(c.method))) {
        for (const b of post.params.blocks ?? []) {
          if (b.type !== 'actions' || !String(b.block_id).startsWith(`ma_q:${questionId}:`)) continue;
          for (const e of b.elements) {
            const mark = h.mark();
            if (e.type === 'button' && e.value === value) return settle(mark, h.action(blockAction({ actionId: e.action_id, blockId: b.block_id, value, label: e.text.text })));
            if (e.type === 'static_select' && e.options.some((o: any) => o.value === value)) return settle(mark, h.action(blockAction({ actionId: e.action_id, blockId: b.block_id, selected: value })));
          }
        }
      }
      throw new Error(`no message in the DM offers ${questionId}=${value}`);
    },
    commandInChannel(name) { const mark = h.mark(); return settle(mark, h.command(slashCommand(name))); },
    async stop() { await h?.close(); },
  };
}
