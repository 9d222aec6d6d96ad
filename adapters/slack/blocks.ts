// Block Kit building blocks with Slack's limits built in: every block made here is already within bounds.
import type { types } from '@slack/bolt';
import { escapeMrkdwn, splitText, truncate } from './slack-text.js';

/** A Block Kit block as Slack accepts it. */
export type Block = types.KnownBlock;

/** One message ready for chat.postMessage / chat.postEphemeral: fallback text plus blocks. */
export interface SlackMessage { text: string; blocks: Block[] }

/** Slack's documented limits, with a character budget well under where messages were refused (bolt-js #2509). */
export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  contextText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 75,
  selectOptions: 100,
  inlineButtons: 5,
  fallbackText: 3000,
  /** Our own budget of text characters per message (Slack refused ~13k in the field). */
  messageChars: 11000,
  /** Our own budget of text characters for the App Home view. */
  homeChars: 24000,
} as const;

/** Sections for a plain text (escaped for mrkdwn), split so that none exceeds the section limit. */
export function textSections(plain: string): types.SectionBlock[] {
  return splitText(plain, 2400).map((piece) => mrkdwnSection(escapeMrkdwn(piece)));
}

/** A section of already-escaped mrkdwn, cut to the section limit. Empty text becomes a blank that Slack accepts. */
export function mrkdwnSection(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn.trim() || ' ', LIMITS.sectionText) } };
}

/** A header block (plain text, 150 characters at most). */
export function header(plain: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(plain, LIMITS.headerText), emoji: true } };
}

/** A divider. */
export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** A context block with one line of already-escaped mrkdwn. */
export function context(mrkdwn: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.contextText) }] };
}

/** A button; text cut to 75 characters. */
export function button(actionId: string, label: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText), emoji: true }, value, ...(style ? { style } : {}) };
}

/** Counts the characters of every `text` string inside a block (what Slack's size checks weigh). */
export function textChars(block: unknown): number {
  if (typeof block !== 'object' || block === null) return 0;
  let total = 0;
  for (const [key, value] of Object.entries(block)) {
    if (key === 'text' && typeof value === 'string') total += value.length;
    else if (typeof value === 'object') total += textChars(value);
  }
  return total;
}

/** Splits blocks into pages of at most `maxBlocks` blocks and `maxChars` text characters, keeping order. */
export function paginate(blocks: Block[], maxBlocks: number = LIMITS.messageBlocks, maxChars: number = LIMITS.messageChars): Block[][] {
  const pages: Block[][] = [];
  let page: Block[] = [];
  let chars = 0;
  for (const block of blocks) {
    const size = textChars(block);
    if (page.length > 0 && (page.length >= maxBlocks || chars + size > maxChars)) {
      pages.push(page);
      page = [];
      chars = 0;
    }
    page.push(block);
    chars += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Joins entries into as few mrkdwn texts as possible, each within `max` characters (an oversized entry is cut). */
export function packEntries(entries: string[], max = 2800, separator = '\n'): string[] {
  const packed: string[] = [];
  let current = '';
  for (const raw of entries) {
    const entry = truncate(raw, max);
    if (current && current.length + separator.length + entry.length > max) {
      packed.push(current);
      current = '';
    }
    current = current ? `${current}${separator}${entry}` : entry;
  }
  if (current) packed.push(current);
  return packed;
}
