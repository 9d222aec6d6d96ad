// Trial-13 class: "applying this fall" names a season, not a year. In December the fall just past (this cycle, late)
// and the next one are both possible, so it is asked, never stored as "applying this cycle"; from January to May
// "this fall" is the next September's cycle (preparing); from June to November it is this cycle.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/engine/understand/understand.js';

const at = (message: string, when: string, pending: 'stage' | undefined = 'stage') => {
  const r = understand(message, { ...(pending ? { pending } : {}), profile: {}, now: new Date(when) });
  return { stage: r.updates.find((u) => u.field === 'stage')?.value, clarify: r.clarify };
};
const DECEMBER = '2026-12-06T12:00:00Z';

describe('"this fall" said in December: asked, never stored', () => {
  it.each(['applying this fall', 'i will apply this coming fall', 'planning to submit ERAS this september', 'gonna apply this fall inshallah', 'applying in the upcoming fall'])('%s', (m) => {
    const r = at(m, DECEMBER);
    expect(r.stage).toBeUndefined();
    expect(JSON.stringify(r.clarify)).toMatch(/this cycle|next cycle/);
  });
});

describe('look-alikes: a season with a clear cycle is read as before', () => {
  it.each([
    ['applying this cycle', DECEMBER, 'applying'],
    ['applying next fall', DECEMBER, 'preparing'],
    ['already submitted ERAS this september', DECEMBER, 'applying'],
    ['applying this fall', '2026-10-02T12:00:00Z', 'applying'],
    ['applying this fall', '2027-03-10T12:00:00Z', 'preparing'],
    ['i will apply this september', '2027-07-01T12:00:00Z', 'applying'],
  ] as const)('%s (%s) -> %s', (m, when, stage) => {
    expect(at(m, when).stage).toBe(stage);
  });
});
