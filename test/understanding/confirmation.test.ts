// "Forget me" deletes only on the button or an unambiguous yes: a no, wait, later or cancel anywhere keeps
// everything, and anything unclear asks again. One reader for every yes/no reply, in several languages.
import { describe, expect, it } from 'vitest';
import { readConfirmation } from '../../src/engine/understand/confirm.js';
import { conversation } from '../helpers/conversation.js';

const DELETES = [
  'yes', 'Yes!', 'y', 'yeah', 'yep', 'sure', 'ok', 'okay', 'OK.', 'yes please', 'yes, delete it', 'delete everything', 'yes delete all my data',
  'go ahead', 'do it', 'confirm', 'I am sure', "yes I'm sure", '👍', 'yes 👍', 'yes, delete my profile please',
  'sí', 'si, bórralo', 'claro', 'dale', 'sí, por favor', 'de acuerdo', // Spanish
  'sim', 'sim, pode apagar', 'pode apagar', 'com certeza', 'apaga tudo', // Portuguese
  'haan', 'haan ji', 'ji haan', 'theek hai', 'haan delete kar do', 'bilkul', // Hindi-Urdu, romanised
  'oui', "oui, supprime tout", "d'accord", 'ouais', // French
  'نعم', 'نعم احذف', // Arabic script
];

const KEEPS = [
  'no', 'No.', 'nope', 'nah', 'n', 'ok wait no', 'okay, no, keep it', 'sure, but not now', 'do it later', 'yes wait', 'wait', 'hold on',
  'not now', 'later', 'cancel', 'keep it', "don't", 'yes... actually no', 'never mind', 'ok but later', 'yes, no wait', 'stop', '👎', 'yes 👎',
  'no, espera', 'no', 'ahora no', 'después', 'luego', 'cancelar', 'sí, pero después', 'mejor no', // Spanish
  'não', 'nao', 'agora não', 'depois', 'espera', 'sim, mas depois', 'melhor não', // Portuguese
  'nahi', 'nahin', 'abhi nahi', 'ruko', 'baad mein', 'haan par baad mein', 'mat karo', 'rehne do', // Hindi-Urdu, romanised
  'non', 'attends', 'plus tard', 'pas maintenant', 'oui mais plus tard', 'annule', // French
  'لا', 'نعم لا', 'انتظر', // Arabic script
];

const ASKS_AGAIN = ['maybe', 'hmm', 'what?', 'yes?', 'is that permanent?', 'idk', 'what does that delete', 'my CK is 230', 'I guess', 'perhaps', 'quizás', 'talvez', 'shayad', 'peut-être', '', '...', 'ok?', 'sure??'];

describe('reading a yes/no confirmation', () => {
  it.each(DELETES)('"%s" is a yes', (reply) => expect(readConfirmation(reply, 'strict', 'forget')).toBe('yes'));
  it.each(KEEPS)('"%s" is a no', (reply) => expect(readConfirmation(reply, 'strict', 'forget')).toBe('no'));
  it.each(ASKS_AGAIN)('"%s" is unclear', (reply) => expect(readConfirmation(reply, 'strict', 'forget')).toBe('unclear'));

  it('a clarifying answer is read by its opening: "yes, on the 3rd try" is a yes, "no I did not" a no, "yes but not really" unclear', () => {
    expect(readConfirmation('yes on the 3rd try', 'answer')).toBe('yes');
    expect(readConfirmation('i did', 'answer')).toBe('yes');
    expect(readConfirmation('no i did not', 'answer')).toBe('no');
    expect(readConfirmation('nahi', 'answer')).toBe('no');
    expect(readConfirmation('sim', 'answer')).toBe('yes');
    expect(readConfirmation('yes but not really', 'answer')).toBe('unclear');
  });
});

describe('forget me in a conversation', () => {
  const filled = () => {
    const c = conversation();
    ['start', 'IM', 'J-1', 'passed first attempt'].forEach((a) => c.say(a));
    c.say('forget me');
    expect(c.asking).toBe('confirmForget');
    return c;
  };

  it.each(['ok wait no', 'okay, no, keep it', 'sure, but not now', 'do it later'])('after "forget me", "%s" keeps the profile', (reply) => {
    const c = filled();
    c.say(reply);
    expect(c.effects).toEqual([]);
    expect(c.profile.visa).toBe('needs_j1');
    expect(c.text).toMatch(/nothing was deleted/);
    expect(c.state.confirmingForget).toBe(false);
  });

  it('an unclear reply deletes nothing and asks again, with the buttons', () => {
    const c = filled();
    c.say('hmm, what does that delete?');
    expect(c.effects).toEqual([]);
    expect(c.profile.visa).toBe('needs_j1');
    expect(c.asking).toBe('confirmForget');
    c.say('sí, bórralo');
    expect(c.effects).toEqual([{ type: 'forget' }]);
    expect(c.profile).toEqual({});
  });

  it('the button deletes; another command keeps the data and is carried out', () => {
    const c = filled();
    c.say('profile');
    expect(c.effects).toEqual([]);
    expect(c.text).toMatch(/nothing was deleted/);
    expect(c.text).toMatch(/J-1/);
    c.say('forget me');
    c.click('confirmForget', 'yes');
    expect(c.effects).toEqual([{ type: 'forget' }]);
  });
});

describe('the read-back uses the same reader', () => {
  it('"looks good" builds the plan, "yes but wait" does not', () => {
    const stage = ['start', 'IM, backup FM', 'need a J-1', 'passed first attempt', '229', 'not yet', '2018', '3 months observership in Riverside', '2 US letters', 'English, Urdu', 'LA or San Diego', 'none', '1 poster', 'applying this cycle', 'certified', 'no', 'not yet'];
    const c = conversation();
    stage.forEach((t) => c.say(t));
    expect(c.asking).toBe('confirmProfile');
    c.say('yes but wait');
    expect(c.text).not.toMatch(/\[plan\]/);
    c.say('looks good');
    expect(c.text).toMatch(/\[plan\]/);
  });
});
