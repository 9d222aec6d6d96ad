// Trial-12 class: a status that is not a residency visa is answered about the status told and never stored as a guess.
// A Canadian (or a TN holder) hears that residency still needs a J-1 or an H-1B; after two unanswered asks the visa is
// noted as not decided, never as a guessed route.
import { describe, expect, it } from 'vitest';
import { assumption, clarifyQuestion } from '../../src/engine/understand/clarify.js';
import { read } from './read-message.js';

const question = (msg: string) => {
  const r = read('visa', msg);
  expect(r.got.visa, msg).toBeUndefined();
  return r.r.clarify ? clarifyQuestion(r.r.clarify).text : '';
};

describe('a Canadian is told TN does not cover residency, and asked which visa', () => {
  it.each([
    'im canadian so no visa needed right? TN?',
    'Canadian citizen, studying at SGU',
    "I'm from Canada, do I even need a visa",
    'on a TN right now as a consultant',
    'canadian passport only',
  ])('%s', (msg) => {
    expect(question(msg)).toMatch(/TN status does not cover residency.*J-1, an H-1B, or either\?/);
  });
});

describe('look-alikes: no Canadian line for other citizens or for Canada named otherwise', () => {
  it.each([
    'Nigerian citizen, I did a masters in Canada',
    'pakistani passport',
    'indian, studied in toronto',
    'I am a permanent resident of Canada, Indian citizen',
    'mexican citizen, applying to programs in texas and TN',
  ])('%s', (msg) => {
    expect(question(msg)).not.toMatch(/TN status/);
  });
});

describe('after two asks the visa route is never guessed', () => {
  it.each(['visa_which', 'visa_ead'] as const)('%s: noted as not decided, counted as needing a visa', (topic) => {
    const a = assumption({ field: 'visa', topic });
    expect(a.value).toBe('unsure');
    expect(a.text).not.toMatch(/assume you .*either/);
  });
});
