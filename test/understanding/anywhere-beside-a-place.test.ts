// A bare "anywhere" beside a place named may mean anywhere in it or anywhere at all: which is asked, never guessed
// ("southern California, anywhere" was stored as the whole US); said as the whole country or as the fallback it stays anywhere.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { stateOf } from './grade.js';

const START: Profile = { specialty: { primary: 'internal_medicine' } };
function say(message: string) {
  const state = stateOf({ id: 't', kind: 'conversation', pending: 'regions', before: START, message, expect: { set: {} } });
  const after = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-07T12:00:00Z') }).state;
  return { regions: after.profile.regions, asked: after.clarifying?.field };
}

describe('"anywhere" beside a place named', () => {
  it.each(['I would like southern california, anywhere', 'socal, anywhere is fine', 'quiero el sur de california, cualquier parte'])('"%s" asks which regions', (m) => {
    expect(say(m)).toEqual({ regions: undefined, asked: 'regions' });
  });
  it.each([
    ['LA or anywhere', ['la_county', 'anywhere']],
    ['california only, otherwise anywhere', ['anywhere']],
    ['LA preferred but anywhere in the US', ['la_county', 'anywhere']],
    ['open to anywhere in socal, or anywhere really', ['anywhere']],
    ['me da lo mismo, cualquier parte', ['anywhere']],
  ])('"%s" is read without a question', (m, regions) => {
    expect(say(m).regions).toEqual(regions);
  });
});
