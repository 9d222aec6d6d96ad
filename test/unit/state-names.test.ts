// A program's state is named in full in every reason: "in LA" would read as Los Angeles in an LA-first advisor.
import { describe, expect, it } from 'vitest';
import { stateName } from '../../src/domain/us-states.js';
import { reason, say } from '../../src/plan/words.en.js';

describe('state names in reasons', () => {
  it('spells out the postal abbreviation', () => {
    expect(stateName('LA')).toBe('Louisiana');
    expect(stateName('ca')).toBe('California');
    expect(stateName('Nowhere')).toBe('Nowhere');
  });
  it('a Louisiana program is "in Louisiana", never "in LA"', () => {
    expect(say(reason('tier.state', { state: 'LA' }))).toBe('in Louisiana');
    expect(say(reason('tier.state_non_us_share', { state: 'LA', nonUsShare: 0.5, year: 2026 }, 'NRMP'))).toMatch(/^in Louisiana: about/);
  });
});
