// Round 11 (understand11b): born on US soil (a US city, Puerto Rico, in any language) is a US citizen, never someone
// else's birth or a namesake abroad; graduating next year in Spanish or Portuguese; "Obs:" opening a Portuguese or
// Spanish sentence is a note, not an observership. Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('born in a US place is a US citizen', () => {
  it.each([
    'born in Ponce, Puerto Rico, went to UCE in the Dominican Republic',
    'sou brasileiro mas tenho cidadania americana pelo meu pai, nasci em Miami',
    'naci en San Juan, Puerto Rico y estudie en Santo Domingo',
    'born in Mayaguez, Puerto Rico, med school in the DR',
    'eu nasci em Boston, tenho cidadania americana',
  ])('%s', (message) => {
    expect(read('visa', message).got.visa).toBe('us_citizen');
  });
});

describe('look-alikes: a namesake abroad, another person born here, a place of training', () => {
  it.each([
    'born in Ontario, Canada',
    'I was born in Georgia, the country, and studied in Tbilisi',
    'my son was born in Texas, I am from India',
    'born in Lagos, did my obs in Houston',
  ])('%s', (message) => {
    expect(read('visa', message).got.visa).toBeUndefined();
  });
});

describe('graduating next year, and a note that is no observership', () => {
  it.each([
    ['me formo no fim do ano que vem', 2027],
    ['me gradúo el próximo año', 2027],
  ])('%s', (message, year) => {
    expect(read('graduationYear', message).got.graduationYear).toBe(year);
  });
  it('"Obs: não tenho USCE nenhuma" is no US clinical experience', () => {
    expect(read('usce', 'Obs: não tenho USCE nenhuma').got.usce).toEqual({ months: 0, kind: 'none', where: [] });
  });
  it('look-alike: "obs: 2 meses em Boston" is still an observership', () => {
    expect(read('usce', 'obs: 2 meses em Boston').got.usce).toMatchObject({ months: 2, kind: 'observership' });
  });
});
