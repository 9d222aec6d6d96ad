// Clinical work abroad is never US clinical experience, and "no US clinical experience" wins over time not placed in the
// US; US jobs that are not USCE (scribe, medical assistant, research coordinator) are said back as such, never counted.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const toUsce = ['start', 'psych', 'need j1', 'step 1 passed', 'ck 230', 'no step 3', 'grad 2020'];
const after = (said: string) => {
  const c = conversation();
  toUsce.forEach((t) => c.say(t));
  c.say(said);
  return c;
};

describe('work abroad is not US clinical experience', () => {
  it.each([
    ['no US clinical experience, i worked 1 year in a hospital in Bucharest'],
    ['worked as medical officer for 3 years, no usce'],
    ['zero usce. 18 months in the ER at my home hospital'],
    ['no us clinical exp but i did 2 years in a government hospital'],
    ['dont have any usce, worked in emergency dept for 14 months after graduation'],
  ])('a denial wins over time not placed in the US: %s', (said) => {
    const c = after(said);
    expect(c.profile.usce).toEqual({ months: 0, kind: 'none', where: [] });
    expect(c.text).toMatch(/not counted as US clinical experience/);
  });

  it.each([
    ['observership 3 months in LA, no hands on. also worked in AIIMS as junior resident 1 year', { months: 3, kind: 'observership', where: ['la_county'] }],
    ['did 2 years house job in lahore and 2 months obs in chicago', { months: 2, kind: 'observership', where: ['other_us'] }],
    ['1 year internship at Cairo University hospital, 4 months externship in NY', { months: 4, kind: 'hands_on', where: ['other_us'] }],
    ['2 months observership in Houston, also 2 yrs as registrar back home', { months: 2, kind: 'observership', where: ['other_us'] }],
    ['senior resident for 18 months, then 1 month elective at UCI', { months: 1, kind: 'hands_on', where: ['orange_county'] }],
  ])('only the US part is counted beside a post abroad: %s', (said, usce) => {
    const c = after(said);
    expect(c.profile.usce).toEqual(usce);
  });

  it.each([
    ['2 months observership at Cedars and 1 month externship in Texas', { months: 3, kind: 'mixed' }],
    ['6 months externship at Henry Ford', { months: 6, kind: 'hands_on' }],
    ['no usce yet but 1 month observership in Chicago', { months: 1, kind: 'observership' }],
    ['4 months hands on in a clinic in Riverside', { months: 4, kind: 'hands_on' }],
    ['3 months of rotations in the US', { months: 3, kind: 'hands_on' }],
  ])('look-alikes: US experience told beside the same words is still counted: %s', (said, usce) => {
    const c = after(said);
    expect(c.profile.usce).toMatchObject(usce);
    expect(c.text).not.toMatch(/not counted as US clinical experience/);
  });

  it('a US job that is not USCE is said back, stores no region from its place, and the question stays', () => {
    const c = after('i have been working as a medical scribe in an ER in Long Beach for 3 years and research coordinator at USC for 2 years');
    expect(c.profile.usce).toBeUndefined();
    expect(c.profile.regions).toBeUndefined();
    expect(c.text).toMatch(/scribe, medical assistant or research coordinator/);
    expect(c.text).not.toMatch(/did not understand/);
    expect(c.asking).toBe('usce');
  });
});
