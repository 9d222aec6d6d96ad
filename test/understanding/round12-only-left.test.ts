// Round 12, an "only ... left" list for ECFMG is all that is missing: an item told beside it with no word of its own
// ("the application's in") is done, not missing.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const missing = (m: string) => (read('ecfmg', m).got.ecfmg as { missing?: string[] } | undefined)?.missing;

describe('only X left', () => {
  it.each([
    ["all exams done and the application's in, only OET left", ['oet']],
    ['application in, just the diploma verification left', ['diploma']],
    ['steps done, app submitted, only oet remaining', ['oet']],
    ['the application went in in march, only OET to go', ['oet']],
    ['diploma verified, application in, OET is all that is left', ['oet']],
  ])('%s', (m, want) => expect(missing(m)).toEqual(want));

  it.each([
    ['application not sent yet, only OET left too', ['application', 'oet']],
    ['still need the application and the oet', ['application', 'oet']],
    ['waiting on diploma verification and OET', ['diploma', 'oet']],
  ])('items said to be still coming stay missing: %s', (m, want) => expect([...(missing(m) ?? [])].sort()).toEqual(want));
});
