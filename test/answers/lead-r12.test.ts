// The lead's round-12 classes from new-user conversations, as a small question set graded like the others:
// own-list questions reach the plan; a work permit that may end, or TPS beside residency, is answered from the guide on
// work authorization; filing for TPS itself stays a legal matter.
import { describe, expect, it } from 'vitest';
import { readSet, report } from './grade-dev.js';

describe('the lead\'s round-12 question classes', () => {
  it('answers every case of the set as its kind asks', () => {
    const { graded } = report('test/fixtures/questions-lead-r12.json', readSet('test/fixtures/questions-lead-r12.json'));
    expect(graded.filter((g) => !g.ok).map((g) => `${g.c.id}: ${g.why}`)).toEqual([]);
  });
});
