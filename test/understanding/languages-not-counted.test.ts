// A language the applicant asks us not to count ("my french is meh, dont count it") is left out; the ones beside it stay.
import { describe, expect, it } from 'vitest';
import { say } from '../helpers/say-while-asked.js';

const asked = (message: string) => say('languages', {}, message).changed.languages;

describe('the advisor asks which languages they speak, and they rule one out themselves', () => {
  it('"my french is meh dont count it": English and Arabic, not French', () => {
    expect(asked('english arabic, my french is meh dont count it')).toEqual(['English', 'Arabic']);
  });
  it('"please don\'t include it" after a language keeps the others', () => {
    expect(asked('Urdu and English. some Pashto too but please don\'t include it')).toEqual(['Urdu', 'English']);
  });
  it('a level said as "meh" leaves that language out', () => {
    expect(asked('Tagalog, English, and my Spanish is meh tbh')).toEqual(['Tagalog', 'English']);
    expect(asked('Amharic and English; Italian meh')).toEqual(['Amharic', 'English']);
  });
  it('"count it" said of a language they do speak keeps it', () => {
    expect(asked('Hindi, English, and Gujarati — yes count it, I use it with patients')).toEqual(['Hindi', 'English', 'Gujarati']);
  });
});
