// Greet once, ask once: "hi" typed after a front end's Start button (Slack Home, Discord /advise) does not repeat the question.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/engine/messages.js';
import { conversation } from '../helpers/conversation.js';

const questions = (c: ReturnType<typeof conversation>) => c.replies.filter((r) => r.type === 'question').length;

describe('a greeting right after the start button', () => {
  it('says hello and points to the question already shown, without greeting or asking again', () => {
    const c = conversation();
    c.command('start');
    expect(c.text).toMatch(/Match Advisor/);
    expect(c.asking).toBe('specialty');
    for (const hi of ['hi', 'Hello!', 'salam', 'good evening doctor', 'hello sir', 'hi everyone :)', 'Good morning, Dr.']) {
      c.say(hi);
      expect(c.text).toBe(MESSAGES.alreadyAsked);
      expect(questions(c)).toBe(0);
    }
    c.say('internal medicine');
    expect(c.profile.specialty?.primary).toBe('internal_medicine');
    expect(c.asking).toBe('visa');
  });

  it('greets once and asks once when "hi" is the very first message', () => {
    const c = conversation();
    c.say('hi');
    expect(c.text.match(/Match Advisor/g)).toHaveLength(1);
    expect(questions(c)).toBe(1);
  });

  it('mid-interview, "hi" still brings the waiting question back', () => {
    const c = conversation();
    c.command('start');
    c.say('internal medicine');
    c.say('hey');
    expect(c.asking).toBe('visa');
  });
});

describe('a greeting with more in it is read as a message', () => {
  it('"hello, IM please" answers the question', () => {
    const c = conversation();
    c.command('start');
    c.say('hello, IM please');
    expect(c.profile.specialty?.primary).toBe('internal_medicine');
  });
});
