// Round 7, meaning and vocabulary, in our own words: exceptions and limits inside lists, someone else's wish against
// the applicant's choice, visa statements with reasons, statuses no list names, bare answers that need one question,
// words of other languages and "zero" phrasings, and ties to Los Angeles told through family or school.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { read } from './read-message.js';


describe('exceptions and limits inside a list of languages', () => {
  it.each([
    ['english and hindi, no marathi though', ['English', 'Hindi']],
    ['English, Urdu, Punjabi basic, not for patients', ['English', 'Urdu']],
    ['spanish and english, french only basic', ['Spanish', 'English']],
    ['tagalog, english plus some cebuano', ['Tagalog', 'English', 'Cebuano']],
    // (an amount alone keeps the language, as every development set records it; a limit beside it leaves it out: round 15)
    ['arabic native, english fluent, plus a little french', ['Arabic', 'English', 'French']],
    ['arabic native, english fluent, a little french but not with patients', ['Arabic', 'English']],
    ['English and Korean, I can get by in Japanese but not with patients', ['English', 'Korean']],
    ['inglés y español, francés no', ['English', 'Spanish']],
    ['inglês, português e um pouco de espanhol', ['English', 'Portuguese', 'Spanish']],
    ['hindi, english, tamil thoda thoda but patients ke saath nahi', ['Hindi', 'English']],
  ])('%s', (message, languages) => {
    expect(new Set(read('languages', message).got.languages as string[])).toEqual(new Set(languages));
  });

  it.each([
    ['visa', "I'm a Brazilian citizen, no US status"],
    ['visa', 'EU passport (German), need a visa'],
  ] as const)('a nationality is no language: %s', (pending, message) => {
    expect(read(pending, message).got.languages).toBeUndefined();
  });
});

describe('regions: a favourite inside a wider area, and a widening', () => {
  const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
  it.each([
    ['mainly socal but I would also go anywhere in Arizona', [...SOCAL, 'other_us']],
    ['SoCal ideally, or anywhere in the midwest too', [...SOCAL, 'other_us']],
    ['only california, preferably San Diego', [...SOCAL, 'rest_of_california']],
    ['california only - LA if I can but anywhere in the state is fine', [...SOCAL, 'rest_of_california']],
    ['Oregon or anywhere near it', ['other_us']],
    ['my husband works in Chicago so Illinois or anywhere nearby', ['other_us']],
  ])('%s', (message, regions) => {
    expect(new Set(read('regions', message).got.regions as string[])).toEqual(new Set(regions));
  });
});

describe('letters denied of the specialty', () => {
  it.each([
    ['3 US letters, none of them from IM', { specialty: { primary: 'internal_medicine' } }],
    ['2 LORs but neither is from a psychiatrist', { specialty: { primary: 'psychiatry' } }],
    ['4 letters, none from peds people', { specialty: { primary: 'pediatrics' } }],
  ] as const)('%s', (message, profile) => {
    expect(read('usLors', message, profile as Profile).got.usLors).toMatchObject({ inSpecialty: false });
  });
});

describe("someone else's wish against the applicant's choice", () => {
  it.each([
    ['my mom wants me in surgery, but I am doing family medicine', { primary: 'family_medicine' }],
    ['my parents keep pushing ortho (so surgery basically) but honestly im going peds', { primary: 'pediatrics' }],
    ['IM, or FM if it doesnt work out', { primary: 'internal_medicine', backup: 'family_medicine' }],
    ['psiquiatría, y si no, medicina familiar', { primary: 'psychiatry', backup: 'family_medicine' }],
    ['quero pediatria, ou medicina de família se não rolar', { primary: 'pediatrics', backup: 'family_medicine' }],
    ['neuro karna hai, nahi toh IM', { primary: 'neurology', backup: 'internal_medicine' }],
    ['general surgery, prelim if that fails', { primary: 'general_surgery', backup: 'prelim_surgery' }],
  ])('%s', (message, specialty) => {
    expect(read('specialty', message).got.specialty).toEqual(specialty);
  });
});

describe('visa statements with reasons', () => {
  it.each([
    ['H1B only, the J1 home residency rule would kill me', 'needs_h1b'],
    ['only H-1B (no J1 because of the 2 year home requirement)', 'needs_h1b'],
    ['J1 only, since most H1B programs want step 3', 'needs_j1'],
    ['j-1 only as H1B places rarely take IMGs like me', 'needs_j1'],
    ["not H1B specifically, sorry - I'll take either", 'either'],
    ['no preference, H1B or J1 both fine', 'either'],
  ])('%s', (message, visa) => {
    expect(read('visa', message).got.visa).toBe(visa);
  });
});

describe('statuses no list names: nothing stored that does not map, no year or stage taken from them', () => {
  it.each([
    'on an O-1 visa until 2028',
    'H4 dependent, EAD expired and renewal pending',
    'I had DACA but it lapsed in 2023',
    'I have a work permit',
    'my work permit ran out last year',
  ])('%s', (message) => {
    const { got } = read('visa', message);
    expect(got.visa).toBeUndefined();
    expect(got.graduationYear).toBeUndefined();
    expect(got.stage).toBeUndefined();
  });

  it('a J-1 denied once is no reapplication', () => {
    const { got } = read('visa', 'my J1 got refused at the embassy in 2022, trying for a J1 again this year');
    expect(got.stage).toBeUndefined();
    expect(got.graduationYear).toBeUndefined();
  });

  it('naturalised in a year: citizen, no graduation year', () => {
    const { got } = read('visa', 'US citizen now, naturalized in 2023');
    expect(got.visa).toBe('us_citizen');
    expect(got.graduationYear).toBeUndefined();
  });
});

describe('bare or vague answers get one specific question', () => {
  it.each([
    ['specialty', 'radiology'],
    ['specialty', 'rads'],
    ['specialty', 'medicine'],
    ['specialty', 'TY and then radiology'],
    ['visa', 'depends on the program'],
    ['visa', 'I have a work permit'],
    ['step3', 'step 3 hmm'],
    ['graduationYear', 'graduated in the 2010s'],
  ] as const)('%s: %s', (pending, message) => {
    const { got, clarify } = read(pending, message);
    expect(got[pending]).toBeUndefined();
    expect(clarify).toBe(pending);
  });

  it('interventional radiology is no question', () => {
    expect(read('specialty', 'interventional radiology').got.specialty).toEqual({ primary: 'interventional_radiology' });
  });
  it('internal medicine is no question', () => {
    expect(read('specialty', 'internal medicine').got.specialty).toEqual({ primary: 'internal_medicine' });
  });
});

describe('other languages and zero phrasings', () => {
  it.each([
    ['usce', 'cero experiencia clínica en Estados Unidos', { usce: { months: 0, kind: 'none' } }],
    ['usce', 'ninguna experiencia clínica en EEUU todavía', { usce: { months: 0, kind: 'none' } }],
    ['usce', 'nenhuma experiência clínica nos EUA', { usce: { months: 0, kind: 'none' } }],
    ['usce', 'zero experiência nos EUA ainda', { usce: { months: 0, kind: 'none' } }],
    ['usce', 'USCE koi nahi hai abhi', { usce: { months: 0, kind: 'none' } }],
    ['usce', '3 mahine observership kiya Houston mein, hands-on nahi mila', { usce: { months: 3, kind: 'observership' } }],
    ['research', 'research zero hai yaar, na paper na poster', { research: { publications: 0, posters: 0 } }],
    ['specialty', 'pediatría, obvio', { specialty: { primary: 'pediatrics' } }],
    ['specialty', 'psiquiatria, mano', { specialty: { primary: 'psychiatry' } }],
    ['visa', 'soy ciudadano americano', { visa: 'us_citizen' }],
    ['visa', 'sou cidadã americana', { visa: 'us_citizen' }],
    ['stage', 'ya envié ERAS y tengo 3 entrevistas', { stage: 'interviewing', cycle: { submitted: true, interviews: 3 } }],
    ['stage', 'já mandei o ERAS, tenho 1 entrevista até agora', { stage: 'interviewing', cycle: { submitted: true, interviews: 1 } }],
    ['stage', 'ERAS submit kar diya, ek bhi interview nahi aaya abhi tak', { cycle: { submitted: true, interviews: 0 } }],
    ['stage', 'ERAS sent in september, zero interviews so far', { cycle: { submitted: true, interviews: 0 } }],
  ] as const)('%s: %s', (pending, message, expected) => {
    expect(read(pending, message).got).toMatchObject(expected);
  });

  it('a research fellow with zero clinical work: no USCE', () => {
    const { got } = read('usce', 'research fellow at Yale for 3 years, zero clinical work');
    expect(got.usce).toMatchObject({ months: 0, kind: 'none' });
  });

  it('research years beside counts ("PhD (4 years), 6 papers")', () => {
    expect(read('research', 'PhD in pharmacology (4 years), 6 papers').got.research).toMatchObject({ publications: 6, years: 4 });
  });
});

describe('ties to Los Angeles through family and school', () => {
  it.each([
    ['my aunt lives in Torrance', { family: true }],
    ['my sister is a nurse and lives in Glendale', { family: true }],
    ['went to high school in Pasadena', { lived: true }],
    ['did middle school and high school in Long Beach before moving back to Egypt', { lived: true }],
  ])('%s', (message, ties) => {
    expect(read('laTies', message).got.laTies).toMatchObject(ties);
  });
});

describe("someone else's experience, then the applicant's", () => {
  it.each([
    ['usce', 'my roommate did 5 months at Cedars; me only 2 months observership in Ohio', { usce: { months: 2, kind: 'observership' } }],
    ['usce', 'my cousin has 8 months of usce, me just 1 month hands-on in Texas', { usce: { months: 1, kind: 'hands_on' } }],
  ] as const)('%s: %s', (pending, message, expected) => {
    expect(read(pending, message).got).toMatchObject(expected);
  });

  it("a twin's graduation year is not the applicant's", () => {
    expect(read('graduationYear', 'my twin brother graduated in 2021, I finished later').got.graduationYear).toBeUndefined();
  });
});

describe('experience abroad beside a plain zero for the US', () => {
  it.each([
    'all my clinical work was in the UK (London, 10 months) - none in the US',
    '6 months in Dubai hospitals, zero in the US',
  ])('%s', (message) => {
    expect(read('usce', message).got.usce).toMatchObject({ months: 0, kind: 'none' });
  });

  it('fiz 3 meses de hands-on em Miami e 1 de observership em Dallas', () => {
    expect(read('usce', 'fiz 3 meses de hands-on em Miami e 1 de observership em Dallas').got.usce).toMatchObject({ months: 4, kind: 'mixed' });
  });
});

describe('the cycle: sent, not sent', () => {
  it.each([
    ['stage', 'applying this cycle, my ERAS went out on the 25th', { cycle: { submitted: true } }],
    ['stage', 'not submitted ERAS yet, planning to apply next cycle', { stage: 'preparing', cycle: { submitted: false } }],
  ] as const)('%s: %s', (pending, message, expected) => {
    expect(read(pending, message).got).toMatchObject(expected);
  });

  it('"haven\'t sent ERAS yet" alone gives no stage', () => {
    expect(read('stage', "haven't sent ERAS yet").got.stage).toBeUndefined();
  });
  it('"zero USCE so far, an obs booked for May" is none now', () => {
    expect(read('usce', "zero USCE so far, I've booked an obs at Emory for May").got.usce).toMatchObject({ months: 0, kind: 'none' });
  });
});

describe('letters, research and jobs: who and what a word names', () => {
  it.each([
    ['usLors', '3 letters, all from my research PI and her lab colleagues, none clinical', { usLors: { count: 3, kind: 'research' } }],
    ['research', 'a research year at Emory, zero papers so far but 3 posters', { research: { publications: 0, posters: 3 } }],
    ['research', 'nothing much in research, except one case report last year', { research: { publications: 1, posters: 0 } }],
  ] as const)('%s: %s', (pending, message, expected) => {
    const { got } = read(pending, message, { specialty: { primary: 'internal_medicine' } });
    expect(got).toMatchObject(expected);
    expect(Object.keys(got)).toEqual(Object.keys(expected));
  });

  it.each([
    'graduated 2015, been working as a surgery medical officer in Lagos since',
    'grad 2018, working in the emergency department in Karachi',
  ])('a job held is not the specialty wanted: %s', (message) => {
    expect(read('graduationYear', message).got.specialty).toBeUndefined();
  });
});

describe('side questions and letters written abroad', () => {
  it('a count hinted at in passing is left for its own question once the asked one is answered', () => {
    const r = read('visa', "on a tourist visa now doing some observerships, for residency I'd need a J1");
    expect(r.got.visa).toBe('needs_j1');
    expect(r.clarify).toBeUndefined();
  });
  it.each([
    '2 US letters + 1 from an American professor who visited our hospital in Lahore',
    'one LoR from a US attending I worked with back home',
  ])('a letter from a US writer met abroad is asked about: %s', (message) => {
    const r = read('usLors', message);
    expect(r.got.usLors).toBeUndefined();
    expect(r.clarify).toBe('usLors');
  });
});

describe('more of the same classes, in other words', () => {
  const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
  it.each([
    ['languages', 'inglés y español nativo, algo de portugués', { languages: ['English', 'Spanish', 'Portuguese'] }],
    ['languages', 'inglês e português, espanhol mais ou menos', { languages: ['English', 'Portuguese'] }],
    ['regions', 'anywhere on the east coast', { regions: ['other_us'] }],
    ['regions', 'LA or San Diego, but honestly open to all of SoCal', { regions: SOCAL }],
    ['regions', 'Texas, Florida or anywhere in between', { regions: ['other_us'] }],
    ['regions', 'quiero California, sobre todo San Diego, pero cualquier lugar en el estado', { regions: [...SOCAL, 'rest_of_california'] }],
    ['specialty', 'my mom is pushing for derm but im set on family med', { specialty: { primary: 'family_medicine' } }],
    ['laTies', 'i did middle school in riverside', { laTies: { lived: true, trained: false } }],
  ] as const)('%s: %s', (pending, message, expected) => {
    const { got } = read(pending, message);
    for (const [k, v] of Object.entries(expected)) {
      if (Array.isArray(v)) expect(new Set(got[k as ProfileField] as string[])).toEqual(new Set(v));
      else expect(got[k as ProfileField]).toMatchObject(v);
    }
  });

  it.each([
    ['specialty', 'prelim then neuro'],
    ['visa', 'i have a green card from canada lol, need a US visa'],
    ['visa', 'I am on OPT after my MPH, it ends in 2027'],
    ['visa', 'I had a J1 visa denial in 2022'],
  ] as const)('asked, nothing guessed: %s', (pending, message) => {
    const { got, clarify } = read(pending, message);
    expect(got).toEqual({});
    expect(clarify).toBe(pending);
  });
});

describe('none, without, a little: in Spanish, Portuguese and Hindi-Urdu', () => {
  it.each([
    ['usce', 'nada de experiencia en USA', { usce: { months: 0, kind: 'none' } }],
    ['usce', 'sem experiência nos EUA', { usce: { months: 0, kind: 'none' } }],
    ['research', 'nenhuma publicação', { research: { publications: 0, posters: 0 } }],
    ['stage', 'mandé el ERAS, sin entrevistas todavía', { stage: 'applying', cycle: { submitted: true, interviews: 0 } }],
    ['languages', 'hindi aur english, thodi bahut gujarati', { languages: ['Hindi', 'English', 'Gujarati'] }],
  ] as const)('%s: %s', (pending, message, expected) => {
    expect(read(pending, message).got).toMatchObject(expected);
  });
});

describe("someone else's wish, in other words and languages", () => {
  it.each([
    ['dad says surgery. I say peds.', { primary: 'pediatrics' }],
    ['everyone in my family is a surgeon, but IM for me', { primary: 'internal_medicine' }],
    ['mi mamá quiere que haga cirugía pero yo quiero pediatría', { primary: 'pediatrics' }],
    ['meu pai quer cardiologia mas eu quero psiquiatria', { primary: 'psychiatry' }],
  ])('%s', (message, specialty) => {
    expect(read('specialty', message).got.specialty).toEqual(specialty);
  });

  it.each([
    ['H-1B. J-1 only as a last resort', 'either'],
    ['J1 preferred, H1B as a backup', 'either'],
  ])('a fallback visa: %s', (message, visa) => {
    expect(read('visa', message).got.visa).toBe(visa);
  });

  it('a green card given up is asked about', () => {
    expect(read('visa', 'I had a green card but gave it up').clarify).toBe('visa');
  });
  it('a little of a language used with patients is kept', () => {
    expect(read('languages', 'english and a little tagalog that I use with patients').got.languages).toEqual(['English', 'Tagalog']);
  });
});

describe('bare words that need their one question, or that answer it', () => {
  it.each([
    ['specialty', 'prelim'],
    ['visa', 'work visa'],
    ['graduationYear', 'late 2010s'],
    ['graduationYear', 'early 2000s'],
    ['languages', 'many'],
  ] as const)('%s: %s is asked about', (pending, message) => {
    const { got, clarify } = read(pending, message);
    expect(got).toEqual({});
    expect(clarify).toBe(pending);
  });

  it.each([
    ['family', 'family_medicine'],
    ['internal med', 'internal_medicine'],
  ])('"%s" to the specialty question is the specialty, not a tie', (message, primary) => {
    expect(read('specialty', message).got).toEqual({ specialty: { primary } });
  });
});

describe('statuses of the past or without their permit are asked about', () => {
  it.each([
    'I had a green card in the past, lived in Texas for 3 years',
    'asylum pending, no EAD yet',
    'I was on J1 for research 2019-2021, now back home',
  ])('%s', (message) => {
    const { got, clarify } = read('visa', message);
    expect(got.visa).toBeUndefined();
    expect(got.graduationYear).toBeUndefined();
    expect(clarify).toBe('visa');
  });
  it('"I got my citizenship in 2023" is a US citizen, no graduation year', () => {
    expect(read('visa', 'I got my citizenship in 2023').got).toEqual({ visa: 'us_citizen' });
  });
  it('"socal or the bay" is SoCal and the rest of California', () => {
    expect(read('regions', 'socal or the bay').got.regions).toContain('rest_of_california');
  });
});

describe('a foreign residency with a year; a place near family', () => {
  it('"PR in Canada since 2019, no US status" asks the visa, no graduation year', () => {
    const { got, clarify } = read('visa', 'PR in Canada since 2019, no US status');
    expect(got).toEqual({});
    expect(clarify).toBe('visa');
  });
  it('"close to my parents in Houston" to the regions question is the rest of the US, no tie', () => {
    expect(read('regions', 'close to my parents in Houston').got).toEqual({ regions: ['other_us'] });
  });
});

describe('Spanish, Portuguese and Hindi-Urdu vocabulary, one more round', () => {
  const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
  it.each([
    ['specialty', 'quero medicina de família, pediatria como plano B', { specialty: { primary: 'family_medicine', backup: 'pediatrics' } }],
    ['specialty', 'anestesiologia', { specialty: { primary: 'anesthesiology' } }],
    ['visa', 'H1B chahiye, J1 nahi chalega', { visa: 'needs_h1b' }],
    ['visa', 'koi bhi visa chalega', { visa: 'either' }],
    ['visa', 'cualquier visa me sirve', { visa: 'either' }],
    ['visa', 'qualquer visto serve', { visa: 'either' }],
    ['visa', 'any visa works for me', { visa: 'either' }],
    ['regions', 'LA ya San Diego, kahin bhi SoCal mein', { regions: SOCAL }],
    ['regions', 'solo California, de preferencia Los Ángeles', { regions: [...SOCAL, 'rest_of_california'] }],
    ['regions', 'sul da Califórnia', { regions: SOCAL }],
    ['laTies', 'morei em Irvine quando era criança', { laTies: { family: false, lived: true, trained: false } }],
    ['laTies', 'no tengo familia en LA y nunca viví allí', { laTies: { family: false, lived: false } }],
  ] as const)('%s: %s', (pending, message, expected) => {
    const { got } = read(pending, message);
    expect(Object.keys(got)).toEqual(Object.keys(expected));
    for (const [k, v] of Object.entries(expected)) {
      if (Array.isArray(v)) expect(new Set(got[k as ProfileField] as string[])).toEqual(new Set(v));
      else if (typeof v === 'string') expect(got[k as ProfileField]).toBe(v);
      else expect(got[k as ProfileField]).toMatchObject(v as object);
    }
  });

  it('"radiología" alone asks which track', () => {
    expect(read('specialty', 'radiología').clarify).toBe('specialty');
  });
});

describe('last limits: "not really", nearby states, a bare "either" first', () => {
  it('"Portuguese not really" leaves it out', () => {
    expect(read('languages', 'Spanish with patients no problem, Portuguese not really').got.languages).toEqual(['Spanish']);
  });
  it('"California or nearby states" adds the rest of the US', () => {
    expect(read('regions', 'California or nearby states').got.regions).toContain('other_us');
  });
  it('"either, but J1 preferred because H1B is harder to get" is either', () => {
    expect(read('visa', 'either, but J1 preferred because H1B is harder to get').got.visa).toBe('either');
  });
});

describe('a bare count after a clause that named the thing counted', () => {
  it.each([
    ['stage', 'ERAS went out in September. when do programs usually send invites? i have 0 so far', { cycle: { submitted: true, interviews: 0 } }],
    ['stage', 'submitted ERAS. how many interviews do IMGs usually get? I have 3', { cycle: { submitted: true, interviews: 3 } }],
  ] as const)('%s: %s', (pending, message, expected) => {
    expect(read(pending, message).got).toMatchObject(expected);
  });
});

describe('ties: friends are not family, a relative who moved away is no tie, Portuguese relatives', () => {
  it('"family friends in Glendale" is no family tie', () => {
    expect((read('laTies', 'family friends in Glendale').got.laTies as { family?: boolean } | undefined)?.family ?? false).toBe(false);
  });
  it('"my cousin used to live in LA but moved to Texas" is no family tie', () => {
    expect((read('laTies', 'my cousin used to live in LA but moved to Texas').got.laTies as { family?: boolean } | undefined)?.family ?? false).toBe(false);
  });
  it('"meu irmão mora em Long Beach" is a family tie', () => {
    expect(read('laTies', 'meu irmão mora em Long Beach').got.laTies).toMatchObject({ family: true });
  });
});
