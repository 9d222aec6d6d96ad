// Proves a guide answer is short by default and "more" (typed, said, or the platform command) gives the rest of it.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';
import { ADVICE } from './grade.js';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

describe('short answers, and "more" for the rest', () => {
  it('answers first and keeps the rest for "more", which then says it has nothing left', () => {
    const c = conversation(ADVICE);
    c.say('start');
    c.say('what do I do after not matching?');
    expect(c.text).toMatch(/Type "more" for the rest\./);
    const first = c.text;
    c.say('tell me more');
    expect(c.text).toMatch(/Sources: our guide/);
    expect(c.text.slice(0, 60)).not.toBe(first.slice(0, 60));
    c.say('more');
    expect(c.text).toMatch(/That was everything/);
  });

  it('takes "more" in several wordings, and as a command', () => {
    for (const said of ['more', 'More please', 'details', 'more details', 'show more']) {
      const c = conversation(ADVICE);
      c.say('start');
      c.say('how do I get US clinical experience as a graduate?');
      const hinted = /Type "more"/.test(c.text);
      c.say(said);
      expect(c.text, said).toMatch(hinted ? /Sources: our guide/ : /That was everything/);
    }
    const c = conversation(ADVICE);
    c.say('start');
    c.command('more');
    expect(c.text).toMatch(/That was everything/);
  });

  it('keeps replies short on common questions (under about 200 words each)', () => {
    for (const q of ['what is a good Step 2 CK score for internal medicine?', 'how do I explain a gap after graduation?', 'J-1 or H-1B for residency?', 'should I take Step 3 before applying?']) {
      const r = ADVICE.ask(q);
      expect(r.found, q).toBe(true);
      if (r.found) expect(words(r.answer), q).toBeLessThan(230);
    }
  });
});
