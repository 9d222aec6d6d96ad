// "nativo" / "nativa" / "lengua materna" say a language is spoken, as "native" does, whatever question is pending.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a native language told in Spanish or Portuguese while another question is asked', () => {
  it.each([
    ['step3', 'español nativo, ingles fluido', ['Spanish', 'English']],
    ['research', 'espanol lengua materna y ingles fluido', ['Spanish', 'English']],
    ['regions', 'portugues nativo, ingles fluente', ['Portuguese', 'English']],
  ] as const)('[%s] %s', (pending, message, languages) => {
    expect(read(pending, message).got.languages).toEqual(expect.arrayContaining([...languages]));
  });
});
