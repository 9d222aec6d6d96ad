// Round 10 (understand10c): someone else's facts in the same sentence as mine are theirs: a person named without "my"
// ("roommate failed step 1 twice"), with where they are from ("my cousin from Lahore is reapplying"), or my children.
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const stored = (text: string) =>
  Object.fromEntries(understand(text, { profile: {}, now: NOW } as UnderstandContext).updates.map((u) => [u.field, u.value])) as Record<string, unknown>;

describe("another person's facts are not stored as mine", () => {
  it.each([
    ['roommate failed step 1 twice, I passed mine first time', 'step1', { attempts: 3 }],
    ['brother failed CK 3 times but I passed first try', 'step2ck', { attempts: 3 }],
    ['my cousin from Lahore is reapplying this year. me, first time applying', 'stage', 'reapplying'],
    ['my kids are US citizens, I\'m on H4', 'visa', 'us_citizen'],
    ['my husband from Cairo has a green card, I\'m on a J2', 'visa', 'green_card'],
    ['friend is reapplying, I am applying for the first time', 'stage', 'reapplying'],
  ])('%s', (text, field, theirs) => {
    const v = stored(text)[field];
    if (typeof theirs === 'string') expect(v).not.toBe(theirs);
    else if (v) expect(v).not.toMatchObject(theirs);
  });
});
