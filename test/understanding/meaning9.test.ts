// Round 9, meaning, in our own words: where the cycle stands and when (a cycle sat out, a plan for a later one, a
// reapplication only feared), negation over a list of kinds, list words of Spanish, Portuguese and Hindi-Urdu,
// what is not US clinical experience, and whose count a number is.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { read } from './read-message.js';

const FILLED: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2021,
};

describe('a cycle sat out or applied for later is preparing', () => {
  it.each([
    'taking a gap year, so not this cycle - aiming for the one after',
    "can't afford the ERAS fees right now, I'll apply next year",
    'skipping this season, baby due in April',
    "we're moving in the spring so I'm sitting this one out",
    'applying next july once my visa paperwork is sorted',
    'no money for ERAS this year, waiting for the next one',
    'este año no aplico, espero al próximo',
  ])('%s', (message) => {
    expect(read('stage', message, FILLED).got.stage).toBe('preparing');
  });
});

describe('what is true now outweighs a later cycle only feared or hoped', () => {
  it.each([
    ['sent my ERAS last month; if it goes badly I might reapply next year', true],
    ['ERAS submitted in september, though I may have to try again next cycle', true],
    ['already submitted, probably reapplying anyway, zero interviews', true],
  ] as const)('%s', (message, submitted) => {
    const { got } = read('stage', message, FILLED);
    expect(got.stage).toBe('applying');
    expect((got.cycle as { submitted: boolean } | undefined)?.submitted).toBe(submitted);
  });

  it.each([
    'first time applying, sending everything this week',
    'never applied before; submitting this cycle',
    "haven't applied before, going in this season",
  ])('a first application still being sent is applying, not yet submitted: %s', (message) => {
    const { got } = read('stage', message, FILLED);
    expect(got.stage).toBe('applying');
    expect(got.cycle).toBeUndefined();
  });
});

describe('an exam planned around the season is no stage', () => {
  it.each([
    'want to sit step 3 before interviews start',
    "I'll take step 3 after the rank list closes",
    'step 3 by the time rank lists are due, hopefully feb',
  ])('%s', (message) => {
    const { got } = read('step3', message, { ...FILLED, step3: undefined });
    expect(got.step3).toEqual({ status: 'planned' });
    expect(got.stage).toBeUndefined();
  });
});

describe('a denial over a list of kinds and places', () => {
  it.each([
    ['none of it was hands-on and none in California: 3 months observing in Chicago', 'observership'],
    ['zero hands-on, zero in CA, just 2 months of observerships in Houston', 'observership'],
    ['no hands on at all - 1 month shadowing in Atlanta', 'observership'],
  ] as const)('%s', (message, kind) => {
    const usce = read('usce', message).got.usce as { kind: string; where: string[] };
    expect(usce.kind).toBe(kind);
    expect(usce.where).toEqual(['other_us']);
  });
});

describe('what is not US clinical experience', () => {
  it.each([
    'I was a clinical research coordinator at Duke for 18 months, no patient contact',
    'two years as a research assistant at Penn, never saw patients',
    'research coordinator at Emory for a year, zero patient care',
  ])('research work without patients is no experience and no papers: %s', (message) => {
    const { got } = read('usce', message);
    expect(got.usce).toEqual({ months: 0, kind: 'none', where: [] });
    expect(got.research).toBeUndefined();
  });

  it.each([
    'nothing more, and no research electives',
    'that is all my usce, no research rotation either',
  ])('no research elective says nothing of papers: %s', (message) => {
    expect(read('usce', `2 months hands-on in Miami. ${message}`).got.research).toBeUndefined();
  });

  it.each([
    'did a rotation in Tijuana, just across from San Diego, that is my only link',
    'my only connection is an elective in Ensenada near San Diego',
    'rotated at a hospital in Mexicali, close to the border with SoCal',
  ])('training just over the border is no SoCal tie: %s', (message) => {
    const ties = read('laTies', message).got.laTies as { trained?: boolean } | undefined;
    expect(ties?.trained).not.toBe(true);
  });
});

describe('lists in other languages', () => {
  it.each([
    ['me gustaría quedarme en LA o San Diego', ['la_county', 'san_diego']],
    ['prefiero LA y Orange County', ['la_county', 'orange_county']],
    ['vivo en LA con mi tía, quiero quedarme en LA', ['la_county']],
  ] as const)('"LA" in capitals in Spanish is Los Angeles: %s', (message, regions) => {
    expect(read('regions', message).got.regions).toEqual(regions);
  });

  it.each([
    ['quiero medicina interna, de backup familiar', 'internal_medicine', 'family_medicine'],
    ['psiquiatría, y de backup medicina familiar', 'psychiatry', 'family_medicine'],
    ['quero pediatria, de backup medicina de família', 'pediatrics', 'family_medicine'],
  ] as const)('a backup named after "de backup": %s', (message, primary, backup) => {
    expect(read('specialty', message).got.specialty).toEqual({ primary, backup });
  });

  it.each([
    ['duas cartas americanas, uma de pesquisa e uma clínica', 2, 'mixed'],
    ['tenho três cartas dos EUA, todas de pesquisa', 3, 'research'],
  ] as const)('letters of research in Portuguese: %s', (message, count, kind) => {
    expect(read('usLors', message).got.usLors).toMatchObject({ count, kind });
  });

  it.each([
    ['vou fazer couples match com minha esposa, ela é de neurologia e também precisa de visto', 'neurology', true],
    ['couples match com meu marido, ele é de psiquiatria e precisa de visto também', 'psychiatry', true],
  ] as const)('the partner in Portuguese: %s', (message, partnerSpecialty, partnerNeedsVisa) => {
    expect(read('couples', message).got.couples).toEqual({ matching: true, partnerSpecialty, partnerNeedsVisa });
  });

  it.each([
    'sou reaplicante, não dei match ano passado',
    'não dei match no ano passado, vou tentar de novo',
  ])('a reapplicant in Portuguese: %s', (message) => {
    expect(read('stage', message, FILLED).got.stage).toBe('reapplying');
  });
});

describe('whose count a number is', () => {
  it.each([
    ['my co-resident has 15 pubs, I have 2 + 1 posters', { publications: 2, posters: 1 }],
    ['my roommate has like 10 papers lol. me: 3 + 2 posters', { publications: 3, posters: 2 }],
  ] as const)('a bare count after someone else\'s counts the same thing: %s', (message, research) => {
    expect(read('research', message).got.research).toEqual(research);
  });

  it.each([
    ['my wife (the researcher, 30 pubs) wants me to list her papers - I am on 3 of them', 3],
    ['my PI (big lab, 40+ papers) - I\'m a coauthor on 2 of them', 2],
  ] as const)('"I am on N of them" after someone else\'s bracket is mine: %s', (message, publications) => {
    expect(read('research', message).got.research).toMatchObject({ publications });
  });

  it.each([
    ['my brother (matched psych) says my 238 is fine for FM', 238],
    ['my mentor thinks my 229 is ok for peds', 229],
  ] as const)('a score someone else judges is still mine, the specialty judged is not my wish: %s', (message, score) => {
    const { got } = read('step2ck', message);
    expect(got.step2ck).toMatchObject({ taken: true, score });
    expect(got.specialty).toBeUndefined();
  });
});

describe('a vague specialty is asked about', () => {
  it.each([
    'something medicine-y, def not surgery',
    'some kind of primary care thing',
    'anything non-surgical really',
  ])('%s', (message) => {
    const r = read('specialty', message);
    expect(r.got.specialty).toBeUndefined();
    expect(r.clarify).toBe('specialty');
  });
});

describe('what several people say is theirs', () => {
  it.each([
    ['all my seniors say go FM, safer. nah. neurology or bust', 'neurology'],
    ['my attendings keep telling me FM, but I want psych', 'psychiatry'],
    ['most of my friends say peds. I am doing IM', 'internal_medicine'],
  ] as const)('%s', (message, primary) => {
    expect(read('specialty', message).got.specialty).toEqual({ primary });
  });
});

describe('the present after a prediction, and papers said to be none', () => {
  it.each([
    ["my mentor says we'll have 2 papers out by spring; right now it's 1 poster, nothing published", { publications: 0, posters: 1 }],
    ['PI thinks 4 pubs next year. currently just 2 abstracts and no pubs yet', { publications: 0, posters: 2 }],
    ['2 posters, nothing published so far', { publications: 0, posters: 2 }],
  ] as const)('%s', (message, research) => {
    expect(read('research', message).got.research).toEqual(research);
  });
});

describe('a denial over the kinds, in other words and languages', () => {
  it.each([
    ['Delhi se hoon, 3 mahine observership kiya Mayo mein, hands on kuch nahi', 3],
    ['not one of them was hands-on: 2 months observing at Johns Hopkins', 2],
  ] as const)('%s', (message, months) => {
    expect(read('usce', message).got.usce).toEqual({ months, kind: 'observership', where: ['other_us'] });
  });
});

describe('a detail in brackets belongs to the clause before it', () => {
  it.each([
    ['I did 18 months of residency in the US (surgery at a program in Ohio), then left', 18],
    ['1 year as a PGY-1 (FM at a hospital in Texas) before I quit, so 12 months hands on', 12],
  ] as const)('%s', (message, months) => {
    const { got } = read('usce', message);
    expect(got.usce).toEqual({ months, kind: 'hands_on', where: ['other_us'] });
    expect(got.regions).toBeUndefined();
    expect(got.specialty).toBeUndefined();
  });

  it('letters from an experience detailed in brackets tell the experience too', () => {
    const { got } = read('usLors', '3 US LoRs from my FM externship in Florida (12 weeks hands-on)');
    expect(got.usce).toEqual({ months: 3, kind: 'hands_on', where: ['other_us'] });
  });
});

describe('family ties and the ECFMG list, told in other shapes', () => {
  it.each([
    "my dad's been in Northridge for 10 yrs, I visit every summer",
    "my mom's in Glendale, I go every winter",
    'my uncle has been living in Pasadena forever',
  ])('a relative who has been there: %s', (message) => {
    expect(read('laTies', message).got.laTies).toMatchObject({ family: true });
  });

  it.each([
    ['I passed step 1 and CK but ECFMG still needs my diploma verified + the OET', ['oet', 'diploma']],
    ['cleared step 1 and step 2 ck, only the OET left for ECFMG', ['oet']],
  ] as const)('an exam listed after one said done is done: %s', (message, missing) => {
    const ecfmg = read('ecfmg', message).got.ecfmg as { missing: string[] };
    expect([...ecfmg.missing].sort()).toEqual([...missing].sort());
  });

  it.each([
    "my girlfriend is a US grad going into peds, we're linking our rank lists",
    'we will rank together - my husband is doing psych and needs a visa too',
  ])('a couples match in other words: %s', (message) => {
    expect(read('couples', message).got.couples).toMatchObject({ matching: true });
  });
});

describe('a status held that is no residency visa is asked about', () => {
  it.each([
    "my daughter is a US citizen, but I'm still on J2",
    'on a K-1 fiance visa, we marry in March',
    'I hold an L2 as my wife works here',
  ])('%s', (message) => {
    const r = read('visa', message);
    expect(r.got.visa).toBeUndefined();
    expect(r.clarify).toBe('visa');
  });

  it('the visa needed, told beside it, is read', () => {
    expect(read('visa', 'on J2 through my husband, will need J1 for residency').got.visa).toBe('needs_j1');
  });
});
