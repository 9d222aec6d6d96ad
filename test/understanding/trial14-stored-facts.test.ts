// A new user's trial, round 14, class 1: ordinary phrasing stored as the wrong fact. Families, each with messages of our
// own: a word of another language that is an English keyword ("em", "si"), a visa named only in a reason, a count
// bound to the wrong noun, graduation told in Spanish or Portuguese, and "single" as no couples match.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

function after(before: string[], said: string) {
  const c = conversation();
  ['start', ...before].forEach((t) => c.say(t));
  c.say(said);
  return c;
}

describe('a sentence with one marker word is read in the language the rest of the message is in', () => {
  it.each([
    ['sou formada em 2020 pela UFMG. quero pediatria, preciso de visto J-1', { graduationYear: 2020, specialty: { primary: 'pediatrics' } }],
    ['estudei em Recife. quero medicina interna e tenho green card', { specialty: { primary: 'internal_medicine' }, visa: 'green_card' }],
    ['fiz internato em 2019. quero psiquiatria, tenho cidadania americana', { specialty: { primary: 'psychiatry' }, visa: 'us_citizen' }],
  ])('%s', (said, expected) => {
    const c = after([], said);
    expect(c.profile).toMatchObject(expected);
    expect(c.profile.specialty?.primary).not.toBe('emergency_medicine');
    expect(c.profile.specialty?.backup).toBeUndefined();
  });
});

describe('graduation told in Spanish or Portuguese is a graduation year', () => {
  it.each([
    ['psiquiatria, egresada 2017 de la UNAM', 2017],
    ['soy graduado del 2016, quiero medicina familiar', 2016],
    ['neurologia; formado 2018 na UFRJ', 2018],
    ['sou graduada em 2015, quero pediatria', 2015],
  ])('%s', (said, year) => {
    expect(after([], said).profile.graduationYear).toBe(year);
  });
});

describe('a visa named in a reason typed in chat shorthand is not the one chosen', () => {
  it.each([
    ['only H1B coz the J1 home rule is a dealbreaker for my family', 'needs_h1b'],
    ['need h1b b/c j1 waiver jobs are rare in my field', 'needs_h1b'],
    ['J1 only cuz h1b needs step 3 which i dont have', 'needs_j1'],
    ['sirf J1, kyunki H1B ke liye step 3 chahiye', 'needs_j1'],
    ['solo J1 porque la H1B necesita el step 3', 'needs_j1'],
  ])('%s', (said, visa) => {
    expect(after(['IM'], said).profile.visa).toBe(visa);
  });
});

describe('a count with no noun of its own belongs to the counted noun just before it', () => {
  it.each([
    ['11 invites (4 of them in socal incl one at harbor). also 6 months hands on in boston', 6, 11],
    ['got 7 interviews, 2 in LA incl 1 at olive view; did 4 months of observerships in ohio', 4, 7],
  ])('%s', (said, months, interviews) => {
    const c = after(['IM', 'J-1', 'passed first try'], said);
    expect(c.profile.usce?.months).toBe(months);
    expect(c.profile.cycle?.interviews).toBe(interviews);
  });
});

describe('an unaccented Spanish "si" answering a question is yes, not a what-if', () => {
  const toEcfmg = ['peds', 'J-1', 'passed first try', 'ck 231', 'no step 3', '2019', 'none', '2', 'spanish', 'LA', 'none', 'none', 'preparing'];
  it.each([
    ['si ya tengo el certificado'],
    ['si tengo certificado de ECFMG'],
    ['si estoy certificada'],
  ])('%s', (said) => {
    const c = after(toEcfmg, said);
    expect(c.profile.ecfmg).toEqual({ status: 'certified' });
    expect(c.text).not.toMatch(/what if/i);
  });

  it('"si" before a present verb with a question after it is still a what-if', () => {
    const c = after(['peds, J-1'], 'si saco 250 en el step 3, cuantos programas?');
    expect(c.profile.step3).toBeUndefined();
  });
});

describe('"single" said as an answer is no couples match; "a single" before a noun is not', () => {
  const toResearch = ['IM', 'J-1', 'passed first try', 'ck 230', 'no step 3', '2019', 'none', '2', 'english', 'LA', 'none'];
  it.each([['no, single'], ["i'm single, no partner applying"], ['soltera, sin publicaciones']])('%s', (said) => {
    expect(after(toResearch, said).profile.couples).toEqual({ matching: false });
  });

  it('"a single case report" is research only', () => {
    const c = after(toResearch, 'a single case report');
    expect(c.profile.research?.publications).toBe(1);
    expect(c.profile.couples).toBeUndefined();
  });
});
