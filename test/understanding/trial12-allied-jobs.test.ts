// Months worked in another health role are a job, not US clinical experience; the experience told beside them is kept.
import { describe, expect, it } from 'vitest';
import { stored } from './read-message.js';

describe('time in another health role is not USCE', () => {
  it.each([
    ['8 months hands-on as medical assistant in an Inland Empire clinic and 2 months externship in riverside', 2],
    ['worked 2 yrs as a scribe in houston, 3 months observership in LA', 3],
    ['1 year working as a phlebotomist, plus 1 month observership at cedars', 1],
    ['4 months as a research coordinator and 2 months hands-on IM externship', 2],
    ['2 months observership and 6 months medical assistant job', 2],
  ])('%s', (said, months) => {
    expect(stored(said, 'usce').usce).toMatchObject({ months });
  });

  it.each(['6 months as MA in a clinic', '1 year working as a phlebotomist', '3 yrs as a nurse in Texas'])('alone, no USCE is stored: %s', (said) => {
    expect(stored(said, 'usce').usce).toBeUndefined();
  });

  it.each([
    ['3 months hands-on in LA, my supervisor was a nurse', 3],
    ['4 months externship in ohio', 4],
    ['2 months observership at a clinic in Riverside', 2],
  ])('look-alike, real clinical experience is kept: %s', (said, months) => {
    expect(stored(said, 'usce').usce).toMatchObject({ months });
  });
});
