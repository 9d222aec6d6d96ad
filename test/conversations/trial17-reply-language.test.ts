// A user who writes whole messages in Spanish or Portuguese hears once, in their own language, that their facts are
// read and that the replies come in English for now; English, Hinglish and one-word answers hear nothing of it.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const SPANISH = /Leo tus mensajes en español/;
const PORTUGUESE = /Leio suas mensagens em português/;

describe('the reply-language notice, once per conversation', () => {
  it('a Mexican graduate writing in Spanish is told once, then the interview goes on as usual', () => {
    const c = conversation();
    c.say('buenas tardes, estudié en Guadalajara y quiero pediatría');
    expect(c.text).toMatch(SPANISH);
    expect(c.profile.specialty?.primary).toBe('pediatrics');
    c.say('necesito visa J1 porque soy mexicano');
    expect(c.text).not.toMatch(SPANISH);
  });

  it('a Brazilian graduate writing in Portuguese is told in Portuguese', () => {
    const c = conversation();
    c.say('oi');
    c.say('quero fazer psiquiatria, medicina de família de reserva');
    expect(c.text).toMatch(PORTUGUESE);
    expect(c.text).not.toMatch(SPANISH);
  });

  it('the notice comes after what the turn said and before the next question', () => {
    const c = conversation();
    const replies = c.say('me gradué en Cuba en 2015 y tengo asilo con permiso de trabajo');
    expect(replies[0]!.type === 'text' && replies[0]!.text.startsWith('Hi!')).toBe(true);
    const at = replies.findIndex((r) => r.type === 'text' && SPANISH.test(r.text));
    expect(at).toBe(replies.length - 2);
    expect(replies.at(-1)!.type).toBe('question');
  });

  for (const words of ['IM please, backup FM', 'mujhe IM chahiye aur backup FM', 'si', 'sim'])
    it(`"${words}" hears no notice`, () => {
      const c = conversation();
      c.say('hi');
      c.say(words);
      expect(c.text).not.toMatch(SPANISH);
      expect(c.text).not.toMatch(PORTUGUESE);
    });
});
