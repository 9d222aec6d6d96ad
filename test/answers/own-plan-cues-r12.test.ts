// Own-plan questions about "my list" in the shapes people type (programs that fit or suit me, what goes on my list,
// programs somewhere for me, would X look at someone like me), beside look-alikes that ask the guides.
import { describe, expect, it } from 'vitest';
import { cueTopic } from '../../src/answers/own-plan-cues.js';

describe('a question about the asker\'s own list reaches the plan', () => {
  it.each([
    ['which hospitals suit me?', 'list'],
    ['any programs in texas that fit me', 'list'],
    ['ok so what places should go on my list', 'list'],
    ['FM programs around Sacramento for me?', 'list'],
    ['peds places near Fresno for me??', 'list'],
    ['would a big university program like UCSF even look at someone like me', 'tier'],
    ['do the academic places consider people like me at all', 'tier'],
  ])('"%s" -> %s', (q, topic) => expect(cueTopic(q)).toBe(topic));
});

describe('look-alikes stay with the guides', () => {
  it.each([
    'how do I decide which programs fit an IMG?',
    'are there research programs for me to do before residency?',
    'Would adding some prelim IM programs be a smart safety net for me?',
    'do programs even look at step 1 now that it is pass/fail?',
    'what should go on a personal statement for FM programs',
  ])('"%s" is not an own-list question', (q) => expect(cueTopic(q)).not.toBe('list'));
});
