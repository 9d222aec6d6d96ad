// Peer 1: the same interview as a Bot Framework WaterfallDialog of TextPrompts (regex validators), its
// conversation state persisted after every turn through a small SQLite `Storage`.
import Database from 'better-sqlite3';
import { ActivityTypes, BotAdapter, ConversationState, TurnContext, type Storage, type StoreItems } from 'botbuilder-core';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { messagesOf, QUESTION_ORDER, type Interview } from '../lib/interviews.js';
import type { BenchSystem } from '../lib/system.js';
import { PARSERS, PROMPTS } from './regex-parsers.js';

/** A Storage over one SQLite table, one JSON row per key, written durably like the advisor's store. */
class SqliteStorage implements Storage {
  private readonly select;
  private readonly upsert;
  private readonly remove;
  constructor(db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, json TEXT NOT NULL)');
    this.select = db.prepare<[string], { json: string }>('SELECT json FROM bot_state WHERE key = ?');
    this.upsert = db.prepare('INSERT INTO bot_state (key, json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json');
    this.remove = db.prepare('DELETE FROM bot_state WHERE key = ?');
  }
  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) { const row = this.select.get(key); if (row) items[key] = JSON.parse(row.json); }
    return items;
  }
  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) this.upsert.run(key, JSON.stringify(item));
  }
  async delete(keys: string[]): Promise<void> { for (const key of keys) this.remove.run(key); }
}

/** An adapter that only collects what the bot sends (no network). */
class CollectingAdapter extends BotAdapter {
  sent = 0;
  async sendActivities(_ctx: TurnContext, activities: Partial<{ text: string }>[]) { this.sent += activities.length; return activities.map(() => ({ id: '' })); }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
}

/** Builds the peer on its own SQLite file (WAL, synchronous=NORMAL, as the advisor's). */
export function createPeer(path: string): BenchSystem {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const state = new ConversationState(new SqliteStorage(db));
  const dialogState = state.createProperty('dialog');
  const dialogs = new DialogSet(dialogState);
  for (const q of QUESTION_ORDER) {
    dialogs.add(new TextPrompt(`ask:${q}`, async (p) => p.recognized.succeeded && PARSERS[q](p.recognized.value ?? '') !== undefined));
  }
  const steps = QUESTION_ORDER.map((q, i) => async (step: WaterfallStepContext) => {
    const previous = QUESTION_ORDER[i - 1];
    if (previous) (step.values as Record<string, unknown>)[previous] = PARSERS[previous](String(step.result));
    return step.prompt(`ask:${q}`, { prompt: PROMPTS[q], retryPrompt: `Sorry, I did not get that. ${PROMPTS[q]}` });
  });
  dialogs.add(new WaterfallDialog('interview', [...steps, async (step) => {
    const last = QUESTION_ORDER[QUESTION_ORDER.length - 1]!;
    (step.values as Record<string, unknown>)[last] = PARSERS[last](String(step.result));
    await step.context.sendActivity(`Thanks! Your profile: ${JSON.stringify(step.values)}`);
    return step.endDialog(step.values);
  }]));
  const adapter = new CollectingAdapter();
  const finished = new Set<string>();
  return {
    name: 'Bot Framework WaterfallDialog',
    async turn(iv: Interview, k: number) {
      const text = messagesOf(iv)[k]!;
      const ctx = new TurnContext(adapter, {
        type: ActivityTypes.Message, text, channelId: 'bench', id: `${iv.user}:${k}`,
        conversation: { id: iv.user, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: iv.user, name: '' }, recipient: { id: 'bot', name: '' }, serviceUrl: 'http://localhost',
      } as never);
      const dc = await dialogs.createContext(ctx);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        if (text === 'start') await dc.beginDialog('interview');
        else await ctx.sendActivity('Your interview is complete; say start to begin again.');
      } else if (result.status === DialogTurnStatus.complete) finished.add(iv.user);
      await state.saveChanges(ctx);
    },
    completed: (ivs) => ivs.filter((iv) => finished.has(iv.user)).length,
    close: () => db.close(),
  };
}
