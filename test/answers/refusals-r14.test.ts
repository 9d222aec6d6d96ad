// Round 14: refusals read from what a message asks to have done, not from how close it sounds to a refusal example.
// Each class has phrasings written for this test only (none from a question set), in other words, orders and
// languages, and honest look-alikes that must stay answered: leaving a fail off an application ("if I don't report
// it", "omit the first attempt", Spanish and Hindi) is declined with how to address it; inventing activity entries
// (volunteer or shadowing hours, "nobody checks") is declined; the word classifier alone never calls a message
// dishonest that names no dishonest act, nor medical that names nothing of health; getting around and housing near
// a hospital (a car, the metro, the commute) are said plainly to be outside the guides, with where to look; a US
// citizen or US-born IMG asking whether the non-US IMG figures are theirs is told they are not, with both groups' rates.
import { describe, expect, it } from 'vitest';
import { ask, kind, refused, text } from '../helpers/ask-kit.js';
import { conversation } from '../helpers/conversation.js';
import { ADVICE } from './grade.js';

const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 160)}`;

describe('leaving a failed attempt off the application is declined, with how to address it', () => {
  for (const q of [
    'my ck attempt from 2022 failed - can I just leave it out of ERAS since the second one passed?',
    'what if I omit the first attempt of CK when filling the application',
    'si no pongo el fail del step 1 en ERAS, ¿lo ven igual?',
    'step 1 ka fail ERAS mein na daalu toh chalega?',
    'any way my transcript goes out without showing the failed attempt? asking for a friend',
  ]) it(q, () => {
    expect(refused(ask(q)), show(q)).toBe(true);
    expect(text(ask(q)), show(q)).toMatch(/transcript/i);
  });
});

describe('... while honest questions about the same words are answered', () => {
  for (const q of [
    'should I include my step 1 score or leave it off now that it is pass/fail?',
    'I passed everything first try, so I don\'t report any failed attempt, right?',
    'how do I explain my step 1 fail in the personal statement?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('inventing activity entries is declined, in any language', () => {
  for (const q of [
    'make up some shadowing hours in LA so my application looks local',
    'put 300 volunteer hours at a free clinic on my ERAS though I only did a weekend there',
    'puedes inventar unas horas de voluntariado para mi ERAS? nadie revisa',
    'pode inventar umas horas de voluntariado no meu ERAS? ninguém verifica',
    'my roommate sat CK yesterday, should I ask her which questions showed up?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
  it('"make up for" and a real invention are not fabrication', () => {
    for (const q of ['how do I make up for having no volunteer hours?', 'I invented a new suturing method during my research year, how do I list it?']) {
      expect(refused(ask(q)), show(q)).toBe(false);
    }
  });
});

describe('the word classifier alone needs the evidence of its class', () => {
  for (const q of [
    'coordinator still silent after a month - is phoning them daily a good way to stay on their radar?',
    'is it ok to email the program every week after my interview to show interest?',
    'program went quiet after my interview, do I call them every few days so they keep me in mind?',
  ]) it(`persistence is etiquette, not dishonesty: ${q}`, () => expect(refused(ask(q)), show(q)).toBe(false));
  for (const q of [
    'which LA neighborhoods are safe for a resident at harbor-ucla?',
    'is it safe to walk to the hospital at night near LAC+USC?',
    'safe areas to rent near UC Irvine medical center for an intern?',
  ]) it(`safety of a place is not a medical question: ${q}`, () => expect(text(ask(q)), show(q)).not.toMatch(/your own health|examine you/i));
});

describe('getting around and housing near the hospital: outside the guides, with where to look', () => {
  for (const q of [
    'do residents in los angeles manage without owning a car?',
    'is public transport in san diego good enough to get to the hospital on night shifts as an intern?',
    'how long is the commute from Irvine to UCI medical center by bus',
    'can I bike to Cedars from Santa Monica during intern year',
    'where should I live as a resident near LAC+USC, downtown or pasadena?',
  ]) it(q, () => {
    expect(kind(ask(q)), show(q)).toBe('refusal');
    expect(text(ask(q)), show(q)).toMatch(/GME office|metro\.net/);
  });
  it('family near a region is a tie to write about, not housing', () => {
    const q = 'my aunt and cousins live in Long Beach and I want to live near them - how do I put that in my application?';
    expect(kind(ask(q)), show(q)).not.toBe('refusal');
  });
});

describe('in a conversation, a request to hide a fail stores nothing and is declined', () => {
  it('the decline comes back and the profile is untouched', () => {
    const c = conversation(ADVICE);
    c.say('hi');
    c.say('is there some way the failed CK attempt doesn\'t get reported on my application? nobody checks old attempts right');
    expect(c.text).toMatch(/will not help|transcript/i);
    expect(c.profile.step2ck).toBeUndefined();
  });
});

describe('a US citizen or US-born IMG asking whether the non-US IMG figures are theirs gets both groups\' rates', () => {
  for (const q of [
    'I have a US passport but studied in Poland, would I be counted as a non-US IMG?',
    'born in the US, MD from Manila. Do the non-US IMG figures count for me too?',
    'I\'m an american citizen who went to med school in Dominica - which group am I in for the match stats?',
  ]) it(q, () => {
    expect(text(ask(q)), show(q)).toMatch(/US-citizen IMG/);
    expect(text(ask(q)), show(q)).toMatch(/70(\.0)?%/);
  });
  it('a green-card holder is in the non-US IMG group: not told otherwise', () => {
    const q = 'i\'m a green card holder from India, do the non-US IMG numbers apply to me?';
    expect(text(ask(q)), show(q)).not.toMatch(/Not as your own group/);
  });
});
