// One reply told while the bot waits on a question, through the real step: what it changed and what it asks next.
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from './conversation.js';
import { fakeAdvice } from './fake-advice.js';
import { stateOf } from '../understanding/grade.js';

/** The bot waits on `pending` with `before` stored; the applicant says `message`: what changed, and what is asked next. */
export function say(pending: ProfileField, before: Profile, message: string) {
  const state = stateOf({ id: 'test', kind: 'conversation', pending, before, message, expect: { set: {} } });
  const after = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-01T12:00:00Z') }).state;
  const changed = Object.fromEntries(Object.entries(after.profile).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as ProfileField]))) as Partial<Profile>;
  return { changed, asked: after.clarifying?.field };
}
