// Issue 12 (High): an acknowledged answer never wipes a profile. Values the schema refuses are never saved, an
// unreadable record is set aside (never overwritten) with a word to the person, and users' words are never keys of plain objects.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Input, Reply } from '../../src/domain/io.js';
import { initialState } from '../../src/engine/state.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { NOTICES } from '../../src/runtime/notices.js';
import { createSqliteStore, StateInvalidError } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createSealer, parseKey } from '../../src/store/seal.js';
import { parseMessage } from '../../adapters/discord/parse.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const NOW = new Date('2026-11-26T12:00:00Z');

function setup(db: Database.Database = openDatabase(':memory:'), key?: string) {
  const lines: string[] = [];
  const store = createSqliteStore(db, createSealer(key ? parseKey(key) : undefined));
  const advisor = createAdvisor({ store, flow: FLOW, advice: fakeAdvice(), clock: () => NOW, log: createLogger('debug', (l) => lines.push(l)) });
  const say = (text: string) => advisor.handle('u', { kind: 'text', text });
  const send = (input: Input) => advisor.handle('u', input);
  const raw = () => (db.prepare('SELECT state FROM conversations WHERE id = ?').get('u') as { state: string } | undefined)?.state;
  const aside = () => db.prepare('SELECT state, reason FROM set_aside WHERE id = ?').all('u') as { state: string; reason: string }[];
  return { db, store, advisor, say, send, raw, aside, lines };
}

const texts = (replies: Reply[]) => replies.map((r) => ('text' in r ? r.text : `[${r.type}]`)).join('\n');

/** Typed answers for questions without choices (any question with choices gets its first choice clicked). */
const TYPED: Record<string, string> = { step2ck: '231 first attempt', graduationYear: '2019', usce: '6 months hands-on in LA', usLors: '2 US letters', research: '1 publication' };

/** Answers whatever the interview asks until it asks `field`, the way a person at the screen would. */
async function answerUntil(t: ReturnType<typeof setup>, field: string) {
  let replies = await t.say('start');
  for (let turn = 0; turn < 30; turn += 1) {
    const q = [...replies].reverse().find((r): r is Extract<Reply, { type: 'question' }> => r.type === 'question');
    if (!q) throw new Error(`the interview stopped before asking ${field}`);
    if (q.id === field) return;
    const typed = TYPED[q.id];
    replies = typed !== undefined || q.choices.length === 0
      ? await t.say(typed ?? 'skip')
      : await t.send({ kind: 'choice', questionId: q.id, value: q.choices[0]!.value });
  }
  throw new Error(`never asked ${field}`);
}

const upToLanguages = (t: ReturnType<typeof setup>) => answerUntil(t, 'languages');

describe('an answer the profile schema refuses is never saved, and the profile stays', () => {
  it('thirteen languages: the person is told in words, and every earlier answer is still there next turn', async () => {
    const t = setup();
    await upToLanguages(t);
    const before = await t.advisor.profileOf('u');
    expect(Object.keys(before ?? {}).length).toBeGreaterThan(3);
    const replies = await t.say('English Spanish Armenian Korean Tagalog Chinese Vietnamese Farsi Arabic Russian Hindi Urdu Punjabi');
    expect(texts(replies)).toMatch(/up to 12 languages|could not save that answer/);
    expect(replies.at(-1)).toMatchObject({ type: 'question', id: 'languages' });
    await t.say('profile');
    expect(await t.advisor.profileOf('u')).toEqual(before);
  });

  it('"constructor" and "__proto__" as languages are not languages; nothing is lost', async () => {
    const t = setup();
    await upToLanguages(t);
    const before = await t.advisor.profileOf('u');
    for (const word of ['constructor', '__proto__', 'toString, hasOwnProperty', 'valueOf and English']) {
      const replies = await t.say(word);
      expect(texts(replies)).not.toMatch(/went wrong/);
      const now = await t.advisor.profileOf('u');
      expect(now).toMatchObject(before!);
      for (const l of now?.languages ?? []) expect(typeof l).toBe('string');
    }
    expect((await t.advisor.profileOf('u'))?.languages).toEqual(['English']);
  });

  it('an attempt count of 0 or 9 is refused with the allowed range, by button value or in words', async () => {
    const t = setup();
    await answerUntil(t, 'step1');
    const visa = (await t.advisor.profileOf('u'))?.visa;
    expect(visa).toBeDefined();
    for (const input of [{ kind: 'choice', questionId: 'step1', value: 'passed:0' }, { kind: 'choice', questionId: 'step1', value: 'failed:9' }, { kind: 'text', text: 'passed after 9 attempts' }, { kind: 'text', text: 'failed 7 times then passed' }] as Input[]) {
      const replies = await t.send(input);
      expect(texts(replies)).toMatch(/1 to 6/);
      expect((await t.advisor.profileOf('u'))?.step1).toBeUndefined();
      expect((await t.advisor.profileOf('u'))?.visa).toBe(visa);
    }
  });

  it('the store itself refuses to write a state the schema refuses, leaving the stored record byte for byte', () => {
    const t = setup();
    t.store.save('u', { ...initialState(), profile: { visa: 'needs_j1' } }, NOW);
    const stored = t.raw();
    const bad = { ...initialState(), profile: { languages: Array.from({ length: 13 }, (_, i) => `L${i}`) } };
    expect(() => t.store.save('u', bad, NOW)).toThrow(StateInvalidError);
    expect(() => t.store.save('u', { ...initialState(), profile: { step1: { result: 'passed', attempts: 0 } } } as never, NOW)).toThrow(/profile\.step1/);
    expect(t.raw()).toBe(stored);
  });
});

describe('a stored record that cannot be read is set aside, never overwritten', () => {
  const badRecords: [string, string][] = [
    ['refused by the schema', JSON.stringify({ ...initialState(), greeted: true, profile: { visa: 'needs_j1', languages: Array.from({ length: 13 }, () => 'English') } })],
    ['not JSON', '{"version":1,"profile":{"visa":"needs_j1"'],
    ['an unknown version', JSON.stringify({ version: 99, profile: { visa: 'needs_j1' } })],
  ];
  for (const [kind, text] of badRecords) {
    it(`${kind}: kept aside byte for byte, the person is told, a code is logged, and the turn goes on`, async () => {
      const t = setup();
      t.db.prepare("INSERT INTO conversations (id, state, state_version, turns, updated_at) VALUES ('u', ?, 1, 5, '2026-11-01T00:00:00Z')").run(text);
      const replies = await t.say('start');
      expect(texts(replies)).toContain(NOTICES.setAside);
      expect(replies.some((r) => r.type === 'question')).toBe(true);
      expect(t.aside()).toEqual([{ state: text, reason: expect.stringMatching(/^STATE_/) }]);
      expect(t.lines.some((l) => /^warn state\.set_aside code=STATE_/.test(l))).toBe(true);
      expect(t.lines.join('\n')).not.toMatch(/needs_j1|English/);
      await t.say('IM');
      expect(t.aside()).toHaveLength(1); // later turns leave it alone
      const exported = (await t.say('export my data')).find((r) => r.type === 'export');
      expect(JSON.stringify(exported)).toContain('"setAside"');
      await t.say('forget me');
      await t.say('yes');
      expect(t.aside()).toEqual([]); // forget me deletes the set-aside copy too
      expect(t.raw()).toBeUndefined();
    });
  }

  it('a record sealed with another key is left as it is; the person hears what is wrong, not a generic apology', async () => {
    const db = openDatabase(':memory:');
    const first = setup(db, 'a'.repeat(64));
    await first.say('start');
    await first.say('IM');
    const sealed = first.raw();
    const other = setup(db, 'b'.repeat(64));
    for (const line of ['need a J-1', 'forget me']) {
      const replies = await other.say(line);
      expect(texts(replies)).toBe(NOTICES.sealed);
    }
    expect(other.raw()).toBe(sealed);
    expect(other.aside()).toEqual([]);
    expect(other.lines.some((l) => l.includes('SEAL_OPEN_FAILED'))).toBe(true);
  });
});

describe('users\' words are never keys of plain objects', () => {
  it('a typed "/constructor" in a Discord DM is text, not a command', () => {
    for (const word of ['constructor', '__proto__', 'toString']) {
      expect(parseMessage({ content: `/${word}`, author: { id: '1' }, guild_id: null }, '2')).toEqual({ kind: 'text', text: `/${word}` });
    }
  });
  it('spelled numbers do not find Object.prototype members', async () => {
    const t = setup();
    for (const line of ['start', 'IM', 'need a J-1', 'passed', 'constructor hundred', '__proto__ toString']) {
      expect(texts(await t.say(line))).not.toMatch(/went wrong/);
    }
    expect((await t.advisor.profileOf('u'))?.visa).toBe('needs_j1');
  });
});
