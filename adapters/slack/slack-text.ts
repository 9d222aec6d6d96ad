// Slack's message-text format in both directions: read what a person typed, escape what we send.
import { splitText as sharedSplit, truncate as sharedTruncate } from '../common/split-text.js';

/** Turns Slack-formatted text into what the person meant: mentions dropped, links to their label, entities decoded. */
export function slackToPlain(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<([^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Escapes the three characters Slack treats as control sequences in mrkdwn and plain message text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts `text` to at most `max` characters, ending with an ellipsis when something was cut (never inside an emoji). */
export const truncate = sharedTruncate;

/** Splits a long text into pieces of at most `max` characters (the shared splitter); an empty text is one empty piece. */
export function splitText(text: string, max: number): string[] {
  const pieces = sharedSplit(text, max);
  return pieces.length > 0 ? pieces : [''];
}
