// Payload builders shaped like the examples in Slack's documentation (Events API, slash commands, block_actions).

/** The workspace of every payload. */
export const TEAM = 'T0TEAM';
/** The app's bot user (what auth.test returns from the stand-in). */
export const BOT_USER = 'UBOT';
/** The default person talking to the app. */
export const USER = 'U0ALICE';
/** That person's DM with the app (the stand-in's conversations.open gives D + user id without the U). */
export const DM = 'D0ALICE';

let counter = 0;
const next = () => ++counter;

/** An `event_callback` envelope around `event`, with a fresh event_id unless one is given. */
export function envelope(event: Record<string, unknown>, eventId = `Ev0${next()}TEST`): Record<string, unknown> {
  return {
    token: 'XXYYZZ',
    team_id: TEAM,
    api_app_id: 'A0MATCH',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_790_000_000,
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMFRFQU0ifQ',
  };
}

/** A message.im event as Slack sends it when a person writes in the app's DM. */
export function dmMessage(text: string, opts: { user?: string; channel?: string; eventId?: string } = {}): Record<string, unknown> {
  const ts = `1790000${String(next()).padStart(3, '0')}.000200`;
  return envelope({
    client_msg_id: `5d7a${next()}-msg`,
    type: 'message',
    text,
    user: opts.user ?? USER,
    ts,
    team: TEAM,
    blocks: [{ type: 'rich_text', block_id: 'Bx1', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }],
    channel: opts.channel ?? DM,
    event_ts: ts,
    channel_type: 'im',
  }, opts.eventId);
}

/** A DM message with a file attached (subtype file_share), as when an admin uploads a CSV. */
export function dmFileShare(file: { id: string; name: string; size?: number }, opts: { user?: string; channel?: string; text?: string } = {}): Record<string, unknown> {
  const ts = `1790001${String(next()).padStart(3, '0')}.000300`;
  return envelope({
    type: 'message',
    subtype: 'file_share',
    text: opts.text ?? '',
    files: [{ id: file.id, created: 1_790_000_000, name: file.name, title: file.name, mimetype: 'text/csv', filetype: 'csv', size: file.size ?? 100, url_private: `https://files.slack.com/files-pri/${TEAM}-${file.id}/${file.name}` }],
    upload: false,
    user: opts.user ?? USER,
    display_as_bot: false,
    ts,
    channel: opts.channel ?? DM,
    event_ts: ts,
    channel_type: 'im',
  });
}

/** An app_home_opened event for the Home tab. */
export function homeOpened(user = USER): Record<string, unknown> {
  return envelope({ type: 'app_home_opened', user, channel: DM, tab: 'home', event_ts: `1790002${next()}.000100` });
}

/** A slash command payload (form fields) for `/residency <text>`. */
export function slashCommand(text: string, opts: { user?: string; channel?: string; channelName?: string } = {}): Record<string, string> {
  return {
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: TEAM,
    team_domain: 'example',
    enterprise_id: '',
    channel_id: opts.channel ?? 'C0GENERAL',
    channel_name: opts.channelName ?? 'general',
    user_id: opts.user ?? USER,
    user_name: 'alice',
    command: '/residency',
    text,
    api_app_id: 'A0MATCH',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.com/commands/T0TEAM/1234/abcd',
    trigger_id: `13345224609.738474920.${next()}`,
  };
}

/** What was clicked: a button (value) or a static select (selected value), in which block. */
export interface Click { actionId: string; blockId: string; value?: string; selected?: string; label?: string }

/** A block_actions payload for one click on a message in `channel` (ephemeral or not). */
export function blockAction(click: Click, opts: { user?: string; channel?: string; ephemeral?: boolean; actionTs?: string; triggerId?: string } = {}): Record<string, unknown> {
  const n = next();
  const action = click.selected !== undefined
    ? { type: 'static_select', action_id: click.actionId, block_id: click.blockId, selected_option: { text: { type: 'plain_text', text: click.label ?? click.selected, emoji: true }, value: click.selected }, placeholder: { type: 'plain_text', text: 'Choose an answer', emoji: true }, action_ts: opts.actionTs ?? `1790003${n}.100000` }
    : { type: 'button', action_id: click.actionId, block_id: click.blockId, text: { type: 'plain_text', text: click.label ?? click.value ?? '', emoji: true }, value: click.value, action_ts: opts.actionTs ?? `1790003${n}.100000` };
  const channel = opts.channel ?? DM;
  return {
    type: 'block_actions',
    user: { id: opts.user ?? USER, username: 'alice', name: 'alice', team_id: TEAM },
    api_app_id: 'A0MATCH',
    token: 'Shh_its_a_seekrit',
    container: { type: 'message', message_ts: '1790000001.000100', channel_id: channel, is_ephemeral: opts.ephemeral ?? false },
    trigger_id: opts.triggerId ?? `12466734323.1395872398.${n}`,
    team: { id: TEAM, domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'directmessage' },
    message: { type: 'message', user: BOT_USER, ts: '1790000001.000100', bot_id: 'BBOT', text: 'question', blocks: [] },
    state: { values: {} },
    response_url: 'https://hooks.slack.com/actions/T0TEAM/1/abc',
    actions: [action],
  };
}
