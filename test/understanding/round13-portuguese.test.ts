// Round 13, Portuguese words that turned into other facts: "nem" (nor) had become "no" and then "in" ("nem FM" read as
// FM wanted), "lá" (there) lost its accent and became LA, "nenhuma de X, todas de Y" (none from X, all from Y) lost
// its denial.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const IM = { specialty: { primary: 'internal_medicine' as const } };

describe('"nem" denies what follows it', () => {
  it.each([
    ['não tenho família em LA nem morei lá', { family: false, lived: false }],
    ['nao tenho familia la nem morei em LA', { family: false, lived: false }],
    ['não morei em LA nem estudei lá', { lived: false }],
  ])('%s', (m, ties) => expect(read('laTies', m).got.laTies).toMatchObject(ties));

  it.each([
    ['nao quero cirurgia nem FM, quero psiquiatria', 'psychiatry'],
    ['quero psiquiatria, nem cirurgia nem FM', 'psychiatry'],
  ])('a specialty denied: %s', (m, primary) => expect(read('specialty', m).got.specialty).toEqual({ primary }));
});

describe('"lá" is there, never LA', () => {
  it.each([
    'minha familia mora em LA',
    'moro em LA desde 2020',
  ])('LA itself still is: %s', (m) => expect(Object.values(read('laTies', m).got.laTies as object)).toContain(true));

  it('there, after LA named, is LA', () => {
    expect(read('laTies', 'minha familia mora em LA e eu morei lá também').got.laTies).toMatchObject({ family: true });
  });
});

describe('none from one specialty, all from another', () => {
  it.each([
    'tenho 3 cartas americanas, nenhuma de clínica médica, todas de pediatria',
    'tenho 2 cartas dos EUA, nenhuma de clinica medica',
    '3 US letters, none from IM, all from peds',
  ])('%s', (m) => expect(read('usLors', m, IM).got.usLors).toMatchObject({ inSpecialty: false }));

  it('all from the specialty is in it', () => {
    expect(read('usLors', 'tenho 3 cartas americanas, todas de clínica médica', IM).got.usLors).toMatchObject({ count: 3, inSpecialty: true });
  });
});

describe('words of the exams and specialties', () => {
  it.each([
    ['reprovei no step 1 em 2024, ainda não refiz', { result: 'failed', attempts: 1 }],
    ['reprovei o step 1 uma vez e ainda nao refiz', { result: 'failed', attempts: 1 }],
  ])('%s', (m, step1) => expect(read('step1', m).got.step1).toMatchObject(step1));

  it.each([
    'obstetricia y ginecología, es mi pasión',
    'obstetrícia e ginecologia',
    'ginecologia y obstetricia',
  ])('%s', (m) => expect(read('specialty', m).got.specialty).toEqual({ primary: 'obstetrics_gynecology' }));
});
