// The first screen's short lines: a long sentence ends at a whole clause, not mid-word; a range with equal ends is one number.
import { describe, expect, it } from 'vitest';
import { countRange } from '../../src/domain/count-range.js';
import { firstSentence } from '../../src/render/plan-screen.js';

describe('short lines on the first screen', () => {
  it('keeps a sentence that fits, whole', () => {
    expect(firstSentence('Borderline (55/100). More detail follows.', 80)).toBe('Borderline (55/100).');
  });

  it('ends a long sentence at its last whole clause, with a full stop', () => {
    const s = 'You stand clearly higher in family medicine (71/100) than in internal medicine (55/100), so most of your applications go there; keep internal medicine for the programs that suit you best.';
    expect(firstSentence(s, 144)).toBe('You stand clearly higher in family medicine (71/100) than in internal medicine (55/100), so most of your applications go there.');
  });

  it('falls back to a word cut with an ellipsis when no clause ends late enough', () => {
    const s = 'Programs that accept applicants with older graduation years and observership experience only are rare in Southern California and elsewhere in the country too';
    const out = firstSentence(s, 60);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(60);
  });
});

describe('count ranges', () => {
  it('shows "60–80" for a range and one number when both ends agree', () => {
    expect(countRange(60, 80)).toBe('60–80');
    expect(countRange(74, 74)).toBe('74');
  });
});
