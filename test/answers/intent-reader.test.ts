// The readers behind round 10's routing, on their own: word classes combined into intents (all present, near the
// first, after it, a class needed twice), another country as the aim or only as where one is from, and the thing a
// question asks (the fee of what, pay, a late start, a name on a record) held or not by a passage's sentences.
import { describe, expect, it } from 'vitest';
import { aimsAbroad, asksAssistant, compileIntents, refusedIntent } from '../../src/answers/intent.js';
import { askedThing, compileThings, feeObject, missingThing } from '../../src/answers/asked-thing.js';

const passage = (...sentences: string[]) => ({ sentences: sentences.map((text) => ({ text })) });

describe('the intent reader', () => {
  const reader = compileIntents({
    features: { act: ['buy*', 'sell*'], thing: ['letters?'], agent: ['can you'], task: ['translat*'], twice: ['observership', 'externship'], make: ['sound like'] },
    intents: [
      { id: 'buy', refuse: 'bought', all: ['act', 'thing'], near: 20 },
      { id: 'errand', refuse: 'errand', all: ['agent', 'task'], near: 30, after: true },
      { id: 'dress', refuse: 'bought', all: ['make', 'twice', 'twice'] },
    ],
    replies: [{ id: 'bought', say: 'not that', what: 'that thing', where: 'elsewhere' }, { id: 'errand', say: 'no errands', what: 'errands', where: 'elsewhere' }],
  });
  const id = (q: string) => refusedIntent(q, [], reader)?.id;
  it('needs every part, close together', () => {
    expect(id('where can I buy a letter?')).toBe('buy');
    expect(id('I want to buy a new laptop before I ask for a letter')).toBeUndefined();
    expect(id('how strong should a letter be?')).toBeUndefined();
  });
  it('an "after" intent needs the agent before the task', () => {
    expect(id('can you translate my diploma?')).toBe('errand');
    expect(id('does it need to be translated? can you say')).toBeUndefined();
  });
  it('a class named twice needs two different places', () => {
    expect(id('make my observership sound like an externship')).toBe('dress');
    expect(id('make my observership sound like me')).toBeUndefined();
  });
  it('a file naming a feature it does not define is refused at load', () => {
    expect(() => compileIntents({ features: { a: ['x'] }, intents: [{ id: 'x', refuse: 'elsewhere', all: ['bb'] }] })).toThrow(/unknown feature/);
  });
});

describe('another country as the aim, or only as where one comes from (shipped vocabulary)', () => {
  it.each([
    ['how do I pass PLAB 2?', true],
    ['I want to do residency in Canada, what do I need?', true],
    ['is Canada or the US easier for an IMG?', true],
    ['I am a Canadian citizen, do I need a visa for US residency?', false],
    ['my MBBS is from the UK; does ECFMG accept it?', false],
    ['which programs in LA take J-1?', false],
  ])('%s', (q, abroad) => expect(aimsAbroad(q)).toBe(abroad));
  it('the assistant is asked, or the asker does it', () => {
    expect(asksAssistant('could you proofread my statement')).toBe(true);
    expect(asksAssistant('should I polish my statement or submit')).toBe(false);
  });
});

describe('the asked thing and the passage that holds it', () => {
  it('reads what a fee is of', () => {
    expect(feeObject('whats the Step 3 fee for 2026')).toContain('step3');
    expect(feeObject('is the 100k H-1B fee real?')).toEqual(['h1b']);
    expect(feeObject('how much will 120 applications cost')).toEqual([]);
  });
  it('a fee is held by a sentence with a sum and what it is the fee of', () => {
    const nrmp = passage('The NRMP listed $75 to register.', 'Step 3 is not required to apply.');
    expect(missingThing('what is the Step 3 fee?', [nrmp])?.id).toBe('fee-of');
    expect(missingThing('what is the NRMP fee?', [nrmp])).toBeUndefined();
  });
  it('pay, a late start and a name on a record are read from the question, and the context it points back to', () => {
    expect(askedThing('how much do PGY1s make in LA?')?.id).toBe('pay');
    expect(askedThing('can I start residency a few months late?')?.id).toBe('late-start');
    expect(missingThing('how do I fix it in ERAS?', [passage('Submit ERAS early.')], 'My name differs from my passport.')?.id).toBe('name-on-record');
    expect(missingThing('can I start late?', [passage('Programs start reading in late September.')])?.id).toBe('late-start');
  });
  it('a bad things file is refused at load', () => {
    expect(() => compileThings({ things: [{ id: 'x', asked: [], held: [['a']], what: 'xyz', where: 'abc' }] })).toThrow();
  });
});
