// The first screen's short lines: a long sentence ends at a whole clause, not mid-word; a range with equal ends is one number.
import { describe, expect, it } from 'vitest';
import { countRange } from '../../src/domain/count-range.js';
import { firstSentence } from '../../src/render/plan-screen.js';
import { stepsScreen } from '../../src/render/steps-screen.js';
import { realPlan } from '../fixtures/plans/real.js';

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

  it('never ends inside a bracket: a full stop in brackets does not end the sentence, and a cut falls outside them', () => {
    const s = "Your Step 2 CK 226 is under the 2026 matched median of 251 (internal medicine's. non-US IMGs) for your first choice. More follows.";
    expect(firstSentence(s, 200)).toBe("Your Step 2 CK 226 is under the 2026 matched median of 251 (internal medicine's. non-US IMGs) for your first choice.");
    const sourced = 'About 4 in 10 non-US IMGs who applied did not match in 2026 (NRMP, Results and Data: 2026 Main Residency Match, nrmp.org), and fewer still in Los Angeles and the rest of Southern California for a visa holder';
    for (const max of [60, 90, 120, 150]) {
      const out = firstSentence(sourced, max);
      expect(out.length, String(max)).toBeLessThanOrEqual(max);
      expect(out.split('(').length, out).toBe(out.split(')').length);
    }
  });
});

describe('count ranges', () => {
  it('shows "60–80" for a range and one number when both ends agree', () => {
    expect(countRange(60, 80)).toBe('60–80');
    expect(countRange(74, 74)).toBe('74');
  });
});

describe('the steps screen', () => {
  // (round 14: five in detail, for a chat screen)
  it('explains the first five steps and lists the rest by title, one line each', () => {
    const base = realPlan('typical');
    const nextSteps = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, title: `Step title ${i}`, detail: `Detail ${i}.`, priority: i }));
    const screen = stepsScreen({ ...base, nextSteps, notThisCycle: undefined });
    const text = JSON.stringify(screen);
    expect(text).toContain('Detail 4.');
    expect(text).not.toContain('Detail 5.');
    const also = screen.sections.find((s) => s.heading?.startsWith('Also worth doing'));
    expect(also?.lines.map((l) => l.text)).toEqual(['Step title 5', 'Step title 6', 'Step title 7', 'Step title 8', 'Step title 9', 'Step title 10', 'Step title 11']);
  });
});
