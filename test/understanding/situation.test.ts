// The situation fields read from how applicants put them: what ECFMG still waits for, the partner in a couples match,
// interviews counted one by one, letters by kind, research years. Messages written for this test, not from the sets.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const stored = (text: string, pending?: ProfileField) =>
  Object.fromEntries(understand(text, { pending, profile: {}, now: new Date('2026-12-01T12:00:00Z') }).updates.map((x) => [x.field, x.value])) as Record<string, any>;

describe('ECFMG: what is done is not missing', () => {
  it.each([
    ['both steps cleared, OET done too, just waiting on the diploma verification', ['diploma']],
    ['step 2 and OET passed but my school has not sent the diploma yet', ['diploma']],
    ['all done except OET', ['oet']],
    ['step 1 passed, still need to take CK and OET', ['step2ck', 'oet']],
  ])('"%s"', (text, missing) => {
    expect(stored(text, 'ecfmg').ecfmg).toEqual({ status: 'in_progress', missing });
  });

  it('certification expected soon is not certification', () => {
    expect(stored('certificate should arrive any day now', 'ecfmg').ecfmg).toEqual({ status: 'in_progress' });
  });
});

describe('the couples match keeps the partner apart', () => {
  it('a partner\'s specialty and visa, in a later clause, are the partner\'s', () => {
    expect(stored('yes, matching with my husband. he is going into FM and is a green card holder', 'couples')).toEqual({
      couples: { matching: true, partnerSpecialty: 'family_medicine', partnerNeedsVisa: false },
    });
  });

  it('"needs a J1 too" is the partner needing a visa; the applicant\'s own visa stays the applicant\'s', () => {
    const s = stored('couples matching w my girlfriend, she wants psych and will need a J1 too. I need an H1B', 'couples');
    expect(s.couples).toEqual({ matching: true, partnerSpecialty: 'psychiatry', partnerNeedsVisa: true });
    expect(s.visa).toBe('needs_h1b');
    expect(s.specialty).toBeUndefined();
  });

  it('Spanish "solo" (only) is no answer about a partner', () => {
    expect(stored('solo Los Angeles por favor', 'regions').couples).toBeUndefined();
  });
});

describe('the cycle', () => {
  it.each([
    ['ERAS went out in September, 1 interview at UC Riverside and another at Arrowhead', 2],
    ['submitted, 3 IVs so far', 3],
  ])('"%s" counts %i interviews', (text, interviews) => {
    expect(stored(text, 'cycle').cycle).toEqual({ submitted: true, interviews });
    expect(stored(text, 'cycle').regions).toBeUndefined();
  });

  it('"my application hasn\'t been submitted" is not submitted', () => {
    expect(stored("my application hasn't been submitted yet", 'cycle').cycle).toEqual({ submitted: false });
  });
});

describe('letters by kind and research years', () => {
  it('counts of clinical and research letters add up', () => {
    expect(stored('1 clinical letter from my sub-I and 2 research letters from my lab', 'usLors').usLors).toMatchObject({ count: 3, kind: 'mixed' });
  });

  it.each([['spent 2 gap years in a research lab at Stanford, 6 papers', 2], ['a research year at Yale, 2 pubs 1 poster', 1]])('"%s" is %i research years', (text, years) => {
    expect(stored(text, 'research').research?.years).toBe(years);
  });
});
