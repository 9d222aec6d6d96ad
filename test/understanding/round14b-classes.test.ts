// Round 14 (understand14b): statuses, situations, quantities, research kinds and languages, each class with messages
// written for this test (other words, order and languages than the development sets'), read as the reply to a question.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { read } from './read-message.js';

/** The bot asked `pending`; the applicant replied `message`: what was stored and what is asked next. */
const reply = (pending: ProfileField, message: string) => read(pending, message);

describe('languages: a level too low to use is no language held; where a language came from is no one else\'s', () => {
  it.each([
    ['Arabic and English. Some Turkish, but I cannot hold a conversation', ['Arabic', 'English']],
    ['english, french, and wolof (basics only)', ['English', 'French']],
    ['Hindi, English; I know a few Tamil words but can\'t carry a conversation in it', ['Hindi', 'English']],
  ])('asked for languages, "%s" keeps only the usable ones', (message, langs) => {
    expect(reply('languages', message).got.languages).toEqual(langs);
  });

  it.each([
    ['Spanish and English, plus Mixtec I learned from my abuela', ['Spanish', 'English', 'Mixtec']],
    ['English, Tagalog, and Ilocano from my lola', ['English', 'Tagalog', 'Ilocano']],
    ['español, inglés y zapoteco', ['Spanish', 'English', 'Zapotec']],
    ['Spanish, English and some Nahuatl', ['Spanish', 'English', 'Nahuatl']],
  ])('asked for languages, "%s" keeps the language a relative taught', (message, langs) => {
    expect(reply('languages', message).got.languages).toEqual(langs);
  });

  it.each([
    ['English only; my grandparents speak Gujarati', ['English']],
    ['Hindi and English. my nani speaks Bengali', ['Hindi', 'English']],
    ['just English, my kids speak Spanish at school', ['English']],
  ])('asked for languages, "%s" leaves the relative\'s language out', (message, langs) => {
    expect(reply('languages', message).got.languages).toEqual(langs);
  });
});
