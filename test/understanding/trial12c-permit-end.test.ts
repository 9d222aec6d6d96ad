// A work permit (EAD, TPS, DACA, asylum EAD) that ends before residency starts, or whose extension is only hoped for,
// is never stored as "no sponsorship needed": the visa is asked, with why it matters. A permit that lasts is still an EAD.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const asked = (msg: string) => {
  const r = read('visa', msg);
  expect(r.got.visa, msg).toBeUndefined();
  expect(r.clarify, msg).toBe('visa');
  return r.r.clarify;
};

describe('a permit that ends before day one is asked about, never stored as no sponsorship', () => {
  it.each([
    'tps holder, ead valid until feb 2027',
    'I have DACA but it expires in january 2027',
    'asylum EAD, it ends april 2027 and residency would start july 2027',
    'ead till 2026 then hopefully renewed',
    'on TPS, EAD good through may 2027, maybe extended after that',
    'daca. ead expiring 03/2027',
    'work permit (ead) through 2027 march, might get extended',
  ])('%s', (msg) => {
    const c = asked(msg);
    expect(String(c?.facts?.from ?? '')).toMatch(/ends before residency|extension/);
  });

  it('says why it matters in the question', () => {
    const c = asked('TPS with EAD, it expires march 2027 and residency starts july 2027');
    expect(String(c?.facts?.from)).toMatch(/July 2027/);
  });
});

describe('look-alikes: a permit that lasts, or no end told, is still an EAD', () => {
  it.each([
    'EAD',
    'asylee with an EAD',
    'DACA, my EAD is valid until 2029',
    'TPS, ead renewed through december 2028',
    'I am on an EAD since 2023',
    'EAD from my pending asylum case, got it in march 2025',
    'daca recipient, renewal approved, good till 2030',
  ])('%s', (msg) => {
    expect(read('visa', msg).got.visa, msg).toBe('ead');
  });
});

describe('a year alone in the start year is not known to end before day one', () => {
  it.each(['TPS from Honduras, EAD valid till 2027', 'daca, expires 2027', 'asylum ead until 2028'])('%s', (msg) => {
    expect(read('visa', msg).got.visa, msg).toBe('ead');
  });
});
