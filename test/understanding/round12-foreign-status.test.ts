// Round 12, statuses from abroad and guessed visas: a visa guessed with doubt beside a status held now (a diplomat's
// A-2) or asked back is asked about; a refugee's country fled is no protection abroad; another country's residence
// permit is no US status; a citizen standing alone after a US clause; a SoCal name with a province abroad is that place.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a visa guessed with doubt', () => {
  it.each([
    'im the son of a diplomat, on an A-1 visa right now. after that no idea, J1 maybe?',
    'currently on a G-4 visa through my mom, not sure what next, h1b?',
    'on my dad\'s A-2 for now, after that not sure, h1b maybe',
    'J2 at the moment, idk after, j1 probably',
    'on an A-2 as a dependent, dunno, J1 probably',
  ])('%s', (m) => {
    const { got, clarify } = read('visa', m);
    expect(got.visa).toBeUndefined();
    expect(clarify).toBe('visa');
  });

  it.each([
    ["I'll need a visa, J1 probably fine", 'needs_j1'],
    ['so J1 I guess', 'needs_j1'],
    ['probably J1', 'needs_j1'],
    ['on a G-4 visa, need j1', 'needs_j1'],
    ['h1b please, is that possible?', 'needs_h1b'],
  ])('a plain choice is still stored: %s', (m, visa) => expect(read('visa', m).got.visa).toBe(visa));
});

describe('refugees and permits from abroad', () => {
  it.each([
    'refugee status, came in 2022 from Afghanistan',
    'I came as a refugee from Syria in 2019',
    'asylee, fled Venezuela in 2020',
  ])('the country fled: %s', (m) => expect(read('visa', m).got.visa).toBe('ead'));

  it.each([
    'refugee in Germany, Syrian passport',
    'I have a German residence permit (Schengen)',
    'EU blue card holder',
    'residence permit in Spain',
  ])('protection or residence abroad is asked about: %s', (m) => {
    const { got, clarify } = read('visa', m);
    expect(got.visa).toBeUndefined();
    expect(clarify).toBe('visa');
  });
});

describe('a citizen standing alone after a US clause', () => {
  it('US Army veteran, citizen', () => expect(read('visa', 'US Army veteran, citizen, did med school in Poland after my service').got.visa).toBe('us_citizen'));
  it.each(['from India, citizen', 'born in Lagos, citizen there', 'US army vet, citizen of Jamaica'])('not: %s', (m) => {
    expect(read('visa', m).got.visa).not.toBe('us_citizen');
  });
});

describe('a SoCal city name with a province or country abroad', () => {
  it.each([
    'grew up in San Fernando, Pampanga. no US ties at all',
    'grew up in San Pedro, Batangas',
    'lived in Santa Ana, the Salvadoran one',
    'grew up in San Fernando - the Philippines one',
    'lived in Guadalajara, Jalisco for 5 years',
  ])('%s', (m) => expect((read('laTies', m).got.laTies as { lived?: boolean } | undefined)?.lived ?? false).toBe(false));

  it.each([
    'lived in Pomona for 2 years',
    'lived in Long Beach, the California one',
    'grew up in the san fernando valley',
    'lived in Irvine, Laguna Beach area',
    'grew up in Mission Viejo, Laguna Niguel later',
  ])('still a SoCal home: %s', (m) => expect(read('laTies', m).got.laTies).toMatchObject({ lived: true }));
});

describe('naturalized, and a sponsorship needed', () => {
  it.each(['naturalized last year, finally!!', 'got naturalised in 2021', 'i was naturalized in 2019, grew up in Texas'])('%s', (m) => {
    expect(read('visa', m).got.visa).toBe('us_citizen');
  });
  it.each(['naturalized in Canada', 'my naturalization interview is next month, green card now', 'not naturalized yet, green card'])('not a US citizen: %s', (m) => {
    expect(read('visa', m).got.visa).not.toBe('us_citizen');
  });
  it.each(['sponsorship needed', 'visa sponsorship required'])('%s is asked which visa', (m) => expect(read('visa', m).clarify).toBe('visa'));
});
