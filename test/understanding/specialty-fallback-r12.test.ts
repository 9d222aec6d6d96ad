// "IM if not FM": "if not" between two specialties names the fallback; it does not deny the later one.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a fallback told with "if not"', () => {
  it.each([
    ['IM if not FM', 'internal_medicine', 'family_medicine'],
    ['IM, if not then FM', 'internal_medicine', 'family_medicine'],
    ['psych if not neuro', 'psychiatry', 'neurology'],
  ])('"%s" -> %s, backup %s', (message, primary, backup) => expect(read('specialty', message).got.specialty).toEqual({ primary, backup }));
});

describe('look-alikes: a denial stays a denial', () => {
  it.each([
    ['not IM, FM', 'family_medicine'],
    ['FM not IM', 'family_medicine'],
  ])('"%s" -> %s alone', (message, primary) => expect(read('specialty', message).got.specialty).toEqual({ primary }));
});
