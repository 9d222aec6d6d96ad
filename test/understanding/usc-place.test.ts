// "USC" is both "US citizen" and the University of Southern California: the place never becomes a citizenship.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const atVisa = () => { const c = conversation(); ['start', 'IM'].forEach((t) => c.say(t)); expect(c.asking).toBe('visa'); return c; };

describe('USC the university is not a US citizenship', () => {
  it.each([
    'im currently on F1 doing MPH at USC, finishing may 2027',
    'did 2 months of rotations at usc and need a visa',
    'rotated at LAC+USC, need sponsorship',
    'USC keck observership last year, I will need a J1',
  ])('"%s" is not read as a US citizen', (message) => {
    const c = atVisa();
    c.say(message);
    expect(c.profile.visa).not.toBe('us_citizen');
  });

  it.each(['us citizen, did rotations at USC', 'USC, im a usimg'])('"%s" reads as a US citizen, the university as a place', (message) => {
    const c = atVisa();
    c.say(message);
    expect(c.profile.visa).toBe('us_citizen');
  });
});
