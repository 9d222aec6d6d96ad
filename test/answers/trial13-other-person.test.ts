// A question about another person's own case is answered in general with "one person per chat", never refused and
// never read against the asker's file; look-alikes where the asker asks about themselves stay the asker's questions.
import { describe, expect, it } from 'vitest';
import { ask, kind, refused, ROUTING_FULL, text } from '../helpers/ask-kit.js';

describe('a question about someone else', () => {
  it.each([
    ['my sister has CK 250, what should she do?', /250 is/],
    ['meri behen bhi doctor hai, uska CK 250 hai, usko kya karna chahiye?', /250 is/],
    ['my brother is applying psych with 230, is that enough for him?', /psychiatry: median \d+/],
    ['mi hermana tiene 240 en CK, qué debe hacer?', /240 is/],
    ['my friend failed step 1, can he still match?', /fail/i],
    ['my cousin graduated in 2012, does she have any chance?', /./],
  ])('answered in general, one person per chat: %s', (q, body) => {
    for (const r of [ask(q), ask(q, ROUTING_FULL)]) {
      expect(refused(r)).toBe(false);
      expect(kind(r)).not.toBe('nearest');
      expect(text(r)).toMatch(/one person per chat/);
      expect(text(r)).toMatch(body);
      expect(text(r)).not.toMatch(/\byour (?:saved|plan)\b|you saved/i);
    }
  });

  it.each([
    'my wife is a US citizen, can she sponsor me?',
    'my sister is a citizen, do I need a visa?',
    'my friend got 250 and matched at UCLA, can I?',
    'is my CK of 230 enough for psych?',
    "my brother's visa is H4, does that matter for my plan?",
  ])('a look-alike about the asker is not turned away to another chat: %s', (q) => {
    expect(text(ask(q, ROUTING_FULL))).not.toMatch(/one person per chat/);
  });
});
