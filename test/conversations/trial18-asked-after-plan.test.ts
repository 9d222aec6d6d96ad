// Trial 18, as a person types it after the plan: a question the guides cannot answer is told so, with the nearest
// topics (never "your plan is ready" as if nothing was asked), and "what do you store about me?" is the privacy answer.
import { describe, expect, it } from 'vitest';
import { chatWithApp } from '../helpers/app-chat.js';
import { dataCommandIn } from '../../src/engine/data-requests.js';
import { MESSAGES } from '../../src/engine/messages.js';

const chat = (lines: string[]) => chatWithApp('t18p', lines);

describe('what is kept about me, asked in everyday words', () => {
  it.each([
    'what do you store about me and who can see it?',
    'what does this bot keep on me?',
    'what do you save about me??',
    'what will you remember about me after i leave',
  ])('"%s" is a privacy question', (q) => {
    expect(dataCommandIn(q)).toBe('privacy');
  });
  it.each(['what do you know about the match', 'what do programs store in ERAS?'])('not about the asker\'s data: "%s"', (q) => {
    expect(dataCommandIn(q)).toBeUndefined();
  });
});

describe('a question after the plan that the guides do not cover', () => {
  it('a Nigerian IM applicant asks about something no guide covers and is told so, not "your plan is ready"', async () => {
    const said = await chat([
      'start',
      'IM, J-1, step 1 passed first try, CK 231 first attempt, graduated 2021, 3 months hands-on in Chicago, 2 US letters, English, LA county, no research, applying, not couples, certified, submitted, 2 interviews',
      'yes',
      'yes',
      'is the weather in riverside too hot for a toddler?',
    ]);
    const last = said.at(-1)!;
    expect(last).not.toBe(MESSAGES.alreadyComplete);
    expect(last).toMatch(/I don't know that one|not something our guides|guides do not/i);
  });
});
