// Sends rendered messages to Slack: into a DM, or ephemerally in a channel with the DM as fallback.
import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './blocks.js';

/** A Web API client as Bolt hands it to listeners. */
export type SlackClient = webApi.WebClient;

/** Where replies go: a normal message in a channel (the person's DM), or visible only to `user` in a channel. */
export type Destination =
  | { kind: 'channel'; channel: string }
  | { kind: 'ephemeral'; channel: string; user: string };

/** The Slack error code of a failed Web API call (`channel_not_found`, ...), if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

const NOT_POSTABLE = new Set(['channel_not_found', 'not_in_channel', 'user_not_in_channel', 'is_archived', 'channel_is_archived', 'restricted_action']);

/** Finds (and remembers) the id of the DM channel between the app and a person, via conversations.open. */
export function createDmDirectory() {
  const channels = new Map<string, string>();
  return {
    /** The DM channel id for `userId` in `teamId`. */
    async open(client: SlackClient, teamId: string, userId: string): Promise<string> {
      const key = `${teamId}:${userId}`;
      const known = channels.get(key);
      if (known) return known;
      const result = await client.conversations.open({ users: userId });
      const id = result.channel?.id;
      if (!id) throw new Error('conversations.open returned no channel');
      channels.set(key, id);
      return id;
    },
  };
}

/** The DM directory type. */
export type DmDirectory = ReturnType<typeof createDmDirectory>;

/**
 * Posts the messages in order. An ephemeral destination the app cannot post in (a DM between two people,
 * a channel it is not in) falls back to the person's DM with the app, found by `dm()`.
 */
export async function deliver(client: SlackClient, dest: Destination, messages: SlackMessage[], dm: () => Promise<string>): Promise<void> {
  for (let i = 0; i < messages.length; i += 1) {
    const m = messages[i]!;
    if (dest.kind === 'channel') {
      await client.chat.postMessage({ channel: dest.channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
      continue;
    }
    try {
      await client.chat.postEphemeral({ channel: dest.channel, user: dest.user, text: m.text, blocks: m.blocks });
    } catch (error) {
      const code = slackErrorCode(error);
      if (!code || !NOT_POSTABLE.has(code)) throw error;
      const channel = await dm();
      await deliver(client, { kind: 'channel', channel }, messages.slice(i), dm);
      return;
    }
  }
}
