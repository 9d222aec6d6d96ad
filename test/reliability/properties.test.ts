// Issue 12, kept that way: random text, clicks and commands through the real engine and SQLite store. No turn throws
// or apologises, every stored state passes the schema, a stored profile is only ever emptied on request, and the
// pending question is always one the flow can ask.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type Input, type Reply } from '../../src/domain/io.js';
import { applies } from '../../src/engine/flow.js';
import { MESSAGES } from '../../src/engine/messages.js';
import { nextQuestion } from '../../src/engine/next-question.js';
import { readState, stateSchema } from '../../src/engine/state.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { readCoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp } from '../../src/runtime/open-app.js';
import { NOTICES } from '../../src/runtime/notices.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createSealer, parseKey } from '../../src/store/seal.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const SOAK = process.env.SOAK === '1';
const QUESTION_IDS = FLOW.questions.map((q) => q.id);
const CHOICE_VALUES = [...new Set(FLOW.questions.flatMap((q) => q.choices.map((c) => c.value)))];
/** Words that have broken parsers before, and ordinary answers, mixed with arbitrary text below. */
const WORDS = [
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'NaN', 'Infinity', '-1', '0', '9', '999999999999',
  'IM', 'psych', 'need a J-1', 'h1b', 'green card', 'passed', 'failed twice', 'passed:9', 'failed:0', '231', '0 attempts', 'took 9 attempts',
  'not yet', '2019', '1900', '3000', '6 months hands-on', '200 months', '3 letters', '99 letters', 'English Spanish Armenian Korean Tagalog Chinese Vietnamese Farsi Arabic Russian Hindi Urdu Punjabi',
  'LA and OC', 'anywhere', 'family in LA', '2 pubs', '999 posters', 'applying', 'yes', 'no', 'back', 'skip', 'restart', 'forget me', 'export my data',
  'what if I get 250 on step 2?', 'my step 2 is actually 245', 'change visa to j1', '?', '', '   ', '\u0000', '\u202e', '😀😀', 'a'.repeat(600),
];

const input: fc.Arbitrary<Input> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((text): Input => ({ kind: 'text', text })) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }).map((text): Input => ({ kind: 'text', text })) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map((text): Input => ({ kind: 'text', text })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('command' as const), name: fc.constantFrom(...COMMANDS), arg: fc.option(fc.constantFrom(...WORDS), { nil: undefined }) }).map((c): Input => (c.arg === undefined ? { kind: 'command', name: c.name } : { kind: 'command', name: c.name, arg: c.arg })) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('choice' as const), questionId: fc.constantFrom(...QUESTION_IDS, 'confirmForget', 'constructor'), value: fc.oneof(fc.constantFrom(...CHOICE_VALUES, 'yes', 'no', 'skip', '__proto__'), fc.string({ maxLength: 30 })) }) },
);

const said = (replies: Reply[], text: string | ((t: string) => boolean)) => replies.some((r) => r.type === 'text' && (typeof text === 'string' ? r.text === text : text(r.text)));
const emptiedOnRequest = (replies: Reply[]) => said(replies, MESSAGES.restarted) || said(replies, MESSAGES.forgetDone) || said(replies, (t) => t.startsWith('Going back to'));

function world(key?: string) {
  const db = openDatabase(':memory:');
  const store = createSqliteStore(db, createSealer(key ? parseKey(key) : undefined));
  const errors: string[] = [];
  const log = createLogger('warn', (l) => { if (/^error /.test(l)) errors.push(l); });
  const advisor = createAdvisor({ store, flow: FLOW, advice: fakeAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log });
  const stored = () => {
    const raw = store.load('p');
    return raw === undefined ? undefined : readState(raw);
  };
  return { db, store, advisor, errors, stored };
}

describe('random conversations through the engine and the store', () => {
  for (const key of [undefined, 'c'.repeat(64)]) {
    it(`never throw, never apologise, store only valid states, lose nothing unasked (${key ? 'sealed' : 'plain'})`, async () => {
      await fc.assert(fc.asyncProperty(fc.array(input, { minLength: 1, maxLength: SOAK ? 40 : 14 }), async (inputs) => {
        const w = world(key);
        let before: Record<string, unknown> = {};
        for (const i of inputs) {
          const replies = await w.advisor.handle('p', i);
          expect(replies.length).toBeGreaterThan(0);
          expect(said(replies, NOTICES.apology)).toBe(false);
          expect(said(replies, NOTICES.setAside)).toBe(false);
          const read = w.stored();
          if (read === undefined) {
            expect(said(replies, MESSAGES.forgetDone)).toBe(true); // only "forget me" leaves nothing stored
            before = {};
            continue;
          }
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(stateSchema.safeParse(read.state).success).toBe(true);
          const profile = read.state.profile as Record<string, unknown>;
          if (!emptiedOnRequest(replies)) for (const field of Object.keys(before)) expect(profile, `lost ${field} after ${JSON.stringify(i)}`).toHaveProperty(field);
          before = profile;
          const pending = nextQuestion(FLOW, read.state.profile, read.state.skipped);
          if (pending) expect(applies(pending, read.state.profile)).toBe(true);
          for (const r of replies) if (r.type === 'question') expect([...QUESTION_IDS, 'confirmForget']).toContain(r.id);
        }
        expect(w.errors).toEqual([]);
        w.db.close();
      }), { numRuns: SOAK ? 600 : 40 });
    }, 120_000);
  }

  it('with the real knowledge base (plans, retrieval) as well: no turn throws or apologises, every state stored is valid', async () => {
    const read = readCoreConfig({ DATABASE_PATH: ':memory:' });
    if (!read.ok) throw new Error('config');
    const app = openApp(read.config, createLogger('silent'));
    let n = 0;
    await fc.assert(fc.asyncProperty(fc.array(input, { minLength: 1, maxLength: SOAK ? 30 : 12 }), async (inputs) => {
      const id = `cli:real-${(n += 1)}`;
      for (const i of inputs) {
        const replies = await app.advisor.handle(id, i);
        expect(said(replies, NOTICES.apology)).toBe(false);
        const row = app.db.prepare('SELECT state FROM conversations WHERE id = ?').get(id) as { state: string } | undefined;
        if (row) expect(stateSchema.safeParse(JSON.parse(row.state)).success).toBe(true);
      }
    }), { numRuns: SOAK ? 200 : 15 });
    app.close();
  }, 180_000);

  it('a stored state always loads back exactly as it was saved, sealed or not', async () => {
    await fc.assert(fc.asyncProperty(fc.array(input, { minLength: 1, maxLength: 10 }), fc.boolean(), async (inputs, sealed) => {
      const w = world(sealed ? 'd'.repeat(64) : undefined);
      for (const i of inputs) await w.advisor.handle('p', i);
      const raw = w.store.load('p');
      if (raw !== undefined) {
        const again = createSqliteStore(w.db, createSealer(sealed ? parseKey('d'.repeat(64)) : undefined));
        const read = readState(raw);
        expect(read.ok).toBe(true);
        if (read.ok) {
          again.save('q', read.state, new Date('2026-11-27T00:00:00Z'));
          expect(again.load('q')).toEqual(raw);
        }
      }
      w.db.close();
    }), { numRuns: SOAK ? 300 : 25 });
  }, 120_000);
});
