// One reply told while the bot waits on a question, through the real step: what it changed, what it asks next and what it said.
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from './conversation.js';
import { fakeAdvice } from './fake-advice.js';
import { stateOf } from '../understanding/grade.js';

/** The bot waits on `pending` with `before` stored; the applicant says `message` (on `now`): what changed, what is asked next, and the replies' text. */
export function say(pending: ProfileField, before: Profile, message: string, now = new Date('2026-12-01T12:00:00Z')) {
  const state = stateOf({ id: 'test', kind: 'conversation', pending, before, message, expect: { set: {} } });
  const out = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now });
  const changed = Object.fromEntries(Object.entries(out.state.profile).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as ProfileField]))) as Partial<Profile>;
  const said = out.replies.map((r) => ('text' in r ? r.text : '')).join('\n');
  return { changed, asked: out.state.clarifying?.field, said };
}
