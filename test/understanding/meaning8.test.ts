// Round 8, meaning and vocabulary, in our own words: corrections of fields that are not numbers, visas ruled out or held
// abroad, ECFMG items and the application's own papers, where the cycle stands, specialty words of other languages,
// regions with a firm place and a "maybe", places that depend only on programs, and vague answers asked about.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { read } from './read-message.js';


const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];

describe('a non-numeric field put right inside the message', () => {
  it.each([
    ['visa', 'J1. actually no, H1B, the home rule scares me', 'needs_h1b'],
    ['visa', 'h1b - no actually, j1 is fine, I want to go home after', 'needs_j1'],
    ['visa', 'j1 — actually no, H1b is what I need', 'needs_h1b'],
  ] as const)('%s: %s', (pending, message, visa) => {
    expect(read(pending, message).got.visa).toBe(visa);
  });

  it.each([
    ['FM -- no wait, IM', { primary: 'internal_medicine' }],
    ['psych, no actually neurology', { primary: 'neurology' }],
  ])('the specialty: %s', (message, specialty) => {
    expect(read('specialty', message).got.specialty).toEqual(specialty);
  });

  it('"also my bad, I meant X not Y" replaces the stored specialty rather than adding a backup', () => {
    expect(read('visa', 'need J1. also sorry, I meant peds not FM', { specialty: { primary: 'family_medicine' } }).got.specialty).toEqual({ primary: 'pediatrics' });
  });

  it.each([
    ['take back the spanish', ['English']],
    ['I shouldn\'t have listed french, I only know a few words', ['English', 'Tagalog']],
  ])('a language taken back: %s', (message, languages) => {
    const stored = message.includes('french') ? ['English', 'Tagalog', 'French'] : ['English', 'Spanish'];
    expect(read('languages', message, { languages: stored }).got.languages).toEqual(languages);
  });

  it('a language taken back beside another answer', () => {
    expect(read('laTies', 'no ties at all. also I shouldn\'t have said spanish, I can\'t use it with patients', { languages: ['English', 'Spanish'] }).got.languages).toEqual(['English']);
  });

  it('"take back the anywhere, only california" narrows the stored regions', () => {
    expect(new Set(read('usLors', "3 letters. and i take back the 'anywhere', only california", { regions: ['anywhere'] }).got.regions as string[])).toEqual(new Set([...SOCAL, 'rest_of_california']));
  });

  it.each([
    "those 2 months weren't observerships, they were hands-on externships",
    '2 LORs. oh and the 2 months werent observerships, they were hands on rotations',
  ])('the kind of experience put right keeps the months: %s', (message) => {
    const stored: Profile = { usce: { months: 2, kind: 'observership', where: ['other_us'] } };
    expect(read('usLors', message, stored).got.usce).toEqual({ months: 2, kind: 'hands_on', where: ['other_us'] });
  });
});

describe('visa words', () => {
  it.each([
    ['J1 chahiye, H1b ka koi chance nahi lagta', 'needs_j1'],
    ['need j1, no chance of getting an h1b with my scores', 'needs_j1'],
    ['h1b would be nice but realistically h1b is a long shot, so j1', 'needs_j1'],
    ['I have a refugee travel document from Germany, nothing US related. J1 is the plan', 'needs_j1'],
    ['asylee in Canada but I will need an H1B for residency', 'needs_h1b'],
  ])('%s', (message, visa) => {
    expect(read('visa', message).got.visa).toBe(visa);
  });

  it.each([
    "I'm on a visa right now",
    'refugee status in Canada, no US papers at all',
    'I hold a valid visa',
  ])('a status that names no US visa is asked about: %s', (message) => {
    const r = read('visa', message);
    expect(r.got).toEqual({});
    expect(r.clarify).toBe('visa');
  });

  it('a green card won in the DV lottery gives no graduation year', () => {
    expect(read('visa', 'green card via the diversity lottery (DV-2025), living in Texas').got).toEqual({ visa: 'green_card' });
  });
});

describe('ECFMG: what is still missing, and the application is not ECFMG', () => {
  it.each([
    ['pending, they are still verifying my diploma', ['diploma']],
    ["ECFMG in process, they're checking my degree", ['diploma']],
    ['steps and OET done, sent the diploma for verification last month, still waiting on that', ['diploma']],
    ['need to pass CK and take OET, step 1 done', ['step2ck', 'oet']],
    ['have to clear OET and send my transcript, the steps are done', ['oet', 'diploma']],
  ])('%s', (message, missing) => {
    expect(read('ecfmg', message).got.ecfmg).toEqual({ status: 'in_progress', missing });
  });

  it.each([
    ['ECFMG certificate aa gaya pichle hafte', 'hi'],
    ['já sou certificada pelo ECFMG', 'pt'],
    ['ya estoy certificado por ECFMG desde marzo', 'es'],
    ['the cert came in the mail yesterday', 'en'],
  ])('certified: %s', (message) => {
    expect(read('ecfmg', message).got.ecfmg).toEqual({ status: 'certified' });
  });

  it.each(['waiting on my MSPE', "haven't submitted yet, still waiting for my letters"])('%s is about the application, not ECFMG', (message) => {
    expect(read('ecfmg', message).got.ecfmg).toBeUndefined();
  });
});

describe('where the cycle stands', () => {
  it.each([
    ['stage', 'still studying for CK, will apply next yr', 'preparing'],
    ['stage', 'matched a prelim spot last year, now looking for categorical', 'reapplying'],
    ['stage', 'did a TY year already, applying for categorical IM now', 'reapplying'],
    ['stage', 'no, I never applied before, this is my first cycle', 'applying'],
    ['stage', 'aplying', 'applying'],
    ['stage', 'reaplying this year', 'reapplying'],
    ['cycle', 'ERAS submitted, 2 interviews. this is not my first cycle btw', 'reapplying'],
  ] as const)('%s: %s', (pending, message, stage) => {
    expect(read(pending, message).got.stage).toBe(stage);
  });

  it('"never applied before" is no unsent application', () => {
    expect(read('stage', 'not reapplying, never applied before').got.cycle).toBeUndefined();
  });
});

describe('specialty words', () => {
  it.each([
    ['quero fazer GO', 'obstetrics_gynecology'],
    ['gynae obs mein jaana hai', 'obstetrics_gynecology'],
    ['obs and gynae', 'obstetrics_gynecology'],
    ['quiero hacer gineco', 'obstetrics_gynecology'],
    ['doing a PGY1 prelim surgery now, want to switch to anesthesia', 'anesthesiology'],
    ['currently in a prelim IM year, want neuro', 'neurology'],
  ])('%s', (message, primary) => {
    expect(read('specialty', message).got.specialty).toEqual({ primary });
  });
});

describe('regions: a firm place and a maybe, places that depend on programs', () => {
  it.each([
    ['LA mostly, maybe orange county if i have to', ['la_county', 'orange_county']],
    ['san diego, maybe LA', ['san_diego', 'la_county']],
    ['orange county first, maybe riverside too if needed', ['orange_county', 'inland_empire']],
    ['solo Los Ángeles o San Diego, nada más', ['la_county', 'san_diego']],
    ['wherever a program sponsors my visa, zero preference', ['anywhere']],
    ['honestly wherever I match lol', ['anywhere']],
    ['anywhere that takes IMGs with a visa', ['anywhere']],
    ['no real preference', ['anywhere']],
  ])('%s', (message, regions) => {
    expect(new Set(read('regions', message).got.regions as string[])).toEqual(new Set(regions));
  });

  it.each(['maybe LA, maybe SD', 'near my brother', 'close to my in-laws', 'wherever my wife finds a job'])('asked about: %s', (message) => {
    const r = read('regions', message);
    expect(r.got.regions).toBeUndefined();
    expect(r.clarify).toBe('regions');
  });

  it.each([
    ['did 4 months of rotations, hands-on, but zero in CA - all in ohio', ['other_us']],
    ['3 months of observerships, none in california though, all in texas', ['other_us']],
  ])('experience denied in a place: %s', (message, where) => {
    expect((read('usce', message).got.usce as { where: string[] }).where).toEqual(where);
  });
});

describe('languages with limits and other names', () => {
  it.each([
    ['spanish native, english fluent, some french but not at a clinical level', ['Spanish', 'English']],
    ['english, hindi; gujarati only at home, not in a medical setting', ['English', 'Hindi']],
    ['korean (native), english, japanese not clinically', ['Korean', 'English']],
    ['eng + tagalog + bisaya', ['English', 'Tagalog', 'Cebuano']],
  ])('%s', (message, languages) => {
    expect(new Set(read('languages', message).got.languages as string[])).toEqual(new Set(languages));
  });
});

describe('experience that is not US clinical experience', () => {
  it.each([
    '2 months of virtual observership (telehealth), nothing in person',
    'did a 1 month online elective with a US hospital, zero in person',
    'only virtual rotations so far',
  ])('%s', (message) => {
    expect(read('usce', message).got.usce).toEqual({ months: 0, kind: 'none', where: [] });
  });

  it('a virtual month beside real months is left out', () => {
    expect(read('usce', '3 months hands on in chicago and 1 month virtual observership').got.usce).toEqual({ months: 3, kind: 'hands_on', where: ['other_us'] });
  });
});

describe('vague answers get one question', () => {
  it.each([
    ['research', 'some research, nothing big'],
    ['research', 'a little research, nothing published yet'],
    ['laTies', 'kinda? my cousin is in cali somewhere'],
    ['laTies', 'my aunt lives in california'],
    ['languages', 'the usual ones from my region'],
    ['graduationYear', 'finishing soon inshallah'],
  ] as const)('%s: %s', (pending, message) => {
    const r = read(pending, message);
    expect(r.got[pending]).toBeUndefined();
    expect(r.clarify).toBe(pending);
  });

  it('a place in the state named beside it is a tie', () => {
    expect(read('laTies', 'my parents live in LA, California').got.laTies).toMatchObject({ family: true });
  });
});

describe('namesakes, letters counted in words, and Hindi "bhi nahi"', () => {
  it.each([
    'I did my internship in Los Angeles... the one in Chile (Los Ángeles, Biobío). never been to the US one',
    'grew up in los angeles, chile, never been to the US one',
    'my uncle lives in San Diego - the one in Colombia lol',
  ])('a namesake abroad is no tie: %s', (message) => {
    expect(read('laTies', message).got.laTies).toEqual({ family: false, lived: false, trained: false });
  });

  it('an internship in LA is training there', () => {
    expect(read('laTies', 'did my internship in LA').got.laTies).toMatchObject({ trained: true });
  });

  it.each([
    ['a couple US letters, both IM', { count: 2, inSpecialty: true }],
    ['a couple of LoRs from US docs, both internal med', { count: 2, inSpecialty: true }],
    ['third LOR came in today so 3 now, all US clinical ones', { count: 3, kind: 'clinical' }],
  ])('%s', (message, lors) => {
    expect(read('usLors', message).got.usLors).toEqual(lors);
  });

  it('"a couple letters" alone is asked about', () => {
    expect(read('usLors', 'a couple letters').clarify).toBe('usLors');
  });

  it.each(['abhi tak koi USCE nahi hai bhai, observership bhi nahi', 'USCE nahi hai, observership bhi nahi ki'])('%s', (message) => {
    expect(read('usce', message).got.usce).toEqual({ months: 0, kind: 'none', where: [] });
  });
});

describe('a visa held now against the one needed', () => {
  it.each([
    ['indian citizen, currently on H-1B as a research associate at Yale', undefined, 'visa'],
    ['currently on a J1 for my postdoc', undefined, 'visa'],
    ['on a J1 visa now for my postdoc, will need H1B for residency', 'needs_h1b', undefined],
    ["I'm on a J1 now and will need one for residency", 'needs_j1', undefined],
    ['currently on J1, want to stay on J1', 'needs_j1', undefined],
    ['O-1 at the moment (research), honestly not sure what I would need for residency', 'unsure', undefined],
    ['asylee, asylum granted 2024, GC not yet', 'ead', undefined],
    ["I'm on a dependent visa right now", undefined, 'visa'],
  ] as const)('%s', (message, visa, clarify) => {
    const r = read('visa', message);
    expect(r.got.visa).toBe(visa);
    expect(r.clarify).toBe(clarify);
  });
});

describe('stage and cycle words', () => {
  it.each([
    ['gap year, doing research, will apply 2029', 'preparing'],
    ["actually I'm applying this cycle, not preparing", 'applying'],
    ['is saal apply kar raha hoon', 'applying'],
    ['pichle saal match nahi hua, ab phir se apply kar rahi hoon', 'reapplying'],
  ])('%s', (message, stage) => {
    expect(read('stage', message).got.stage).toBe(stage);
  });

  it.each([
    'applying this cycle, already submitted in september',
    'estoy aplicando este ciclo, ya mandé todo en septiembre',
  ])('submitted beside the stage is the cycle: %s', (message) => {
    expect(read('stage', message).got.cycle).toEqual({ submitted: true });
  });
});

describe('more words of other languages and lists', () => {
  it.each([
    ['laTies', 'não tenho nenhum vínculo com LA, nem família nem nada'],
    ['laTies', 'no tengo ningún vínculo con Los Ángeles, ni familia'],
    ['laTies', 'my cousin trained at UCLA but I personally have zero connection to LA'],
  ] as const)('no ties: %s', (pending, message) => {
    expect(read(pending, message).got.laTies).toEqual({ family: false, lived: false, trained: false });
  });

  it.each([
    ['Ginecologia e obstetrícia', 'obstetrics_gynecology'],
    ['pediatría', 'pediatrics'],
  ])('accents: %s', (message, primary) => {
    expect(read('specialty', message).got.specialty).toEqual({ primary });
  });

  it('"quero IM ou psiquiatria, IM primeiro" orders them', () => {
    expect(read('specialty', 'quero IM ou psiquiatria, IM primeiro').got.specialty).toEqual({ primary: 'internal_medicine', backup: 'psychiatry' });
  });

  it('places listed after a denied one are denied too', () => {
    expect(new Set(read('regions', 'california but not the bay area or norcal, only the southern part').got.regions as string[])).toEqual(new Set(SOCAL));
  });

  it('heritage is no language', () => {
    expect(read('visa', 'korean-american, US citizen, studied in Seoul').got).toEqual({ visa: 'us_citizen' });
  });

  it.each([
    ['couples', 'maybe, depends on my partner'],
    ['specialty', 'anything but surgery honestly'],
  ] as const)('asked about: %s', (pending, message) => {
    expect(read(pending, message).clarify).toBe(pending);
  });

  it('a post that asks leaves the visa for its own question; a bare answer with a nationality still asks it', () => {
    expect(read('specialty', 'do DO programs take IMGs at all? I am an MD from Pakistan, want IM').clarify).toBeUndefined();
    expect(read('specialty', 'psych, im from nepal').clarify).toBe('visa');
  });
});

describe('reasons, sources and corrected places', () => {
  it('a visa named as what another step was for is no new choice', () => {
    expect(read('step3', 'passed step 3, 224, needed to for the H1b', { visa: 'either' }).got.visa).toBeUndefined();
  });

  it('letters "all from my surgery rotations" are the letters\' source, not experience', () => {
    const r = read('usLors', '2 US letters, neither from IM, both from my surgery rotations', { specialty: { primary: 'internal_medicine' } });
    expect(r.got.usLors).toEqual({ count: 2, inSpecialty: false, kind: 'clinical' });
    expect(r.got.usce).toBeUndefined();
  });

  it('resettled in a SoCal city is having lived there', () => {
    expect(read('visa', 'came as a refugee, resettled in Riverside in 2020, green card since 2022').got).toEqual({ visa: 'green_card', laTies: { family: false, lived: true, trained: false } });
  });

  it.each([
    ['research', 'I meant OC not LA for region. research: 2 pubs 0 posters'],
    ['usLors', 'i meant OC, not LA. 2 letters'],
  ] as const)('a place put right beside another answer: %s', (pending, message) => {
    expect(read(pending, message, { regions: ['la_county'] }).got.regions).toEqual(['orange_county']);
  });
});

describe('facts told inside or beside a question', () => {
  it.each([
    ['graduationYear', 'graduated 2016 😬 is that too old for FM?', { graduationYear: 2016 }],
    ['visa', 'green card holder. does it matter that I graduated in 2014?', { visa: 'green_card', graduationYear: 2014 }],
    ['specialty', 'is IM realistic given I graduated in 2013?', { graduationYear: 2013 }],
  ] as const)('%s: %s', (pending, message, expected) => {
    const r = read(pending, message);
    expect(r.got).toMatchObject(expected);
    expect(r.r.question).toBe(true);
  });

  it.each(['is it true that I need a J1?', 'would it hurt if I graduated in 2012?'])('only supposed or asked, nothing stored: %s', (message) => {
    expect(read('visa', message).got).toEqual({});
  });
});

describe('"I haven\'t done any" after someone else\'s months', () => {
  it.each(["my cousin did 4 months in Chicago, I haven't done any", "I haven't done any yet"])('%s', (message) => {
    expect(read('usce', message).got.usce).toEqual({ months: 0, kind: 'none', where: [] });
  });
});
