// The words that pin a figure down after it are one list (src/engine/understand/exact-words.ts), read alike by the
// count rewrite and the exam reader: a rough count beside its exact figure is the exact figure, whichever words say so.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('one list of the words that pin a figure down', () => {
  it.each([
    ['research', 'a few posters - 3 if you want it exact', { posters: 3 }],
    ['usLors', 'a couple of letters, 2 if you want it exact', { count: 2 }],
    ['research', 'several abstracts (4 if we count properly)', { posters: 4 }],
    ['usLors', 'a handful of recs: 5 to be precise', { count: 5 }],
  ] as const)('%s: "%s" keeps the exact figure', (pending, message, value) => {
    const r = read(pending, message);
    expect(r.got[pending]).toMatchObject(value);
    expect(r.clarify).toBeUndefined();
  });

  it('a score with the exact words after it is that score', () => {
    expect(read('step2ck', 'around 230 - 227 on the dot').got.step2ck).toMatchObject({ score: 227 });
    expect(read('step2ck', 'step 2 in the mid 240s, 244 precisely').got.step2ck).toMatchObject({ score: 244 });
  });

  it('look-alikes: a rough count with nothing exact beside it is asked about', () => {
    expect(read('usLors', 'a couple of letters, maybe more').clarify).toBe('usLors');
    expect(read('research', 'a few posters here and there').got.research).toBeUndefined();
  });
});
