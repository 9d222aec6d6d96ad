// "Forget me" said in Hindi-Urdu (and more Spanish and Portuguese ways) deletes everything after a yes, at any point;
// the same words about something else ("I forget my CK date", "bhool gaya") are never read as a request to delete.
import { describe, expect, it } from 'vitest';
import { dataCommandIn } from '../../src/engine/data-requests.js';
import { conversation } from '../helpers/conversation.js';

function started() {
  const c = conversation();
  c.say('hi');
  c.say('IM, backup FM');
  c.say('need a J1');
  return c;
}

describe('forget me, in the languages the README lists', () => {
  for (const words of ['mujhe bhool jao', 'mujhe bhul jaiye', 'please mujhe bhool jao', 'mujhko bhula do', 'mera sab kuch delete kar do', 'meri saari jaankari mita do', 'sab kuch mita do', 'olvídate de mí', 'olvidate de mi por favor', 'esqueça de mim', 'esquece-me'])
    it(`"${words}" asks to confirm, and a yes deletes everything`, () => {
      const c = started();
      expect(c.profile.specialty).toBeDefined();
      c.say(words);
      expect(c.asking).toBe('confirmForget');
      c.say('yes');
      expect(c.effects).toEqual([{ type: 'forget' }]);
      expect(c.state.profile).toEqual({});
    });
});

describe('the same words with another meaning delete nothing', () => {
  for (const words of ['main bhool gaya ki mera CK score kya tha', 'I forget my CK date', 'mujhe yaad nahi', 'no me olvido de nada', 'esqueci a data da prova', 'dont forget my backup is FM'])
    it(`"${words}" is not a request to delete`, () => {
      expect(dataCommandIn(words)).toBeUndefined();
    });
});
