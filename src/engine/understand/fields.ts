// Which profile fields a clause talks about: exam names, visa words, years, places, languages, specialties...
import type { ProfileField } from '../../domain/profile.js';
import { LANGUAGES, REGION_ALIASES, SPECIALTY_ALIASES } from './places-and-names.js';
import { COUNTRIES, FOREIGN_PAPERS, NATIONALITIES } from './readers/visa.js';
import { PhraseIndex } from './tokens.js';
import { recommends } from './senses.js';

const LANGUAGE_WORDS: ReadonlySet<string> = new Set(LANGUAGES.map((l) => l.toLowerCase()));

/** Strong cues name their field outright; weak ones count only when nothing else in the clause does. */
type Cue = { field: ProfileField; weak?: true };

const CUE_WORDS: [ProfileField, string[], string[]][] = [
  // [field, strong cues, weak cues]
  ['step1', ['step1', 'usmle1', 'usmle 1'], []],
  ['step2ck', ['step2', 'step2ck', 'ck', '2ck', 'step2 ck', 'usmle2', 'usmle 2'], ['nbme', 'uwsa', 'free120', 'free 120']],
  ['step3', ['step3', 'usmle3', 'usmle 3'], []],
  ['visa', ['visa', 'visas', 'j1', 'h1b', 'h4', 'f1', 'o1', 'b1', 'b2', 'j2', 'l2', 'k1', 'e2', 'f2', 'greencard', 'gc', 'permanent resident', 'permanent residency', 'lpr', 'pr',
    'citizen', 'citizens', 'citizenship', 'ead', 'asylum', 'asylee', 'refugee', 'sponsorship', 'sponsor', 'work permit', 'work authorization', 'work card', 'employment authorization', 'i 589',
    'passport', 'nationality', 'tps', 'daca', 'opt', 'us img', 'usimg', 'non us', 'non citizen', 'ecfmg sponsored', 'waiver', 'i 485', 'adjustment of status', 'residence permit', 'residency permit', 'permanent residence', 'oci', 'iqama', 'golden visa', 'schengen', 'blue card', 'naturalized', 'naturalised', 'abandoned', 'abandonment',
    '212e', 'waived', 'home requirement', 'parole', 'parolee', 'u4u', ...FOREIGN_PAPERS], []],
  ['graduationYear', ['graduated', 'graduate', 'graduating', 'graduation', 'grad', 'yog', 'class of', 'batch of', 'passed out', 'pass out', 'passout', 'batch',
    'finished med school', 'finished medical school', 'finished school', 'mbbs', 'md in', 'graduated in'], []],
  ['usce', ['usce', 'observership', 'observerships', 'observer', 'externship', 'externships', 'extern', 'handson', 'rotation', 'rotations',
    'elective', 'electives', 'clerkship', 'clerkships', 'subi', 'shadowing', 'shadowed', 'clinical experience', 'us experience',
    'clinicals', 'us clinical', 'clinical exp', 'us exp', 'observed', 'clinical rotations', 'obs', 'obsv', 'sub internship', 'sub internships', 'acting internship', 'shadowed', 'clinical work', 'clinical exposure', 'us clinical work'], ['months', 'month', 'weeks', 'mo', 'mos']],
  ['usLors', ['letter', 'letters', 'lor', 'lors', 'loe', 'rec', 'recs', 'recommendation', 'recommendations', 'lo r', 'research letter', 'research letters', 'research lor', 'research lors',
    'clinical letter', 'clinical letters', 'clinical lor', 'clinical lors', 'clinical ones', 'us clinical ones', 'letter writers'], []],
  ['languages', ['language', 'languages', 'speak', 'speaks', 'spoken', 'fluent', 'fluently', 'bilingual', 'trilingual', 'mother tongue', 'native speaker'], []],
  ['laTies', ['ties', 'tie', 'family', 'families', 'relatives', 'relative', 'cousin', 'cousins', 'uncle', 'aunt', 'parents', 'brother', 'sister',
    'siblings', 'wife', 'husband', 'spouse', 'fiance', 'fiancee', 'in laws', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'grandparents', 'tita', 'tito', 'khala', 'khalu', 'chacha', 'aunty', 'tia', 'tio', 'tias', 'tios', 'primo', 'prima', 'primos', 'primas', 'abuela', 'abuelo', 'chachu', 'chachi', 'phupho', 'phuphi', 'mamu', 'mama', 'mami', 'bhai', 'bhaiya', 'behen', 'didi', 'nani', 'dadi', 'niece', 'nephew', 'lived', 'grew up', 'raised', 'resettled', 'settled in', 'connections', 'connection', 'mom', 'dad', 'trained', 'did train'], ['live', 'lives', 'living']],
  ['research', ['research', 'publication', 'publications', 'pub', 'pubs', 'paper', 'papers', 'poster', 'posters', 'abstract', 'abstracts',
    'case report', 'case reports', 'manuscript', 'manuscripts', 'pubmed', 'first author', 'presentations', 'articles', 'article'], []],
  ['stage', ['cycle', 'reapplying', 'reapply', 'reapplicant', 'unmatched', 'didn\'t match', 'did not match', 'not matched', 'soap', 'soaped',
    'interviewing', 'interview invites', 'interviews', 'invites', 'ivs', 'rank list', 'eras', 'this season', 'match 2027', '2027 match', '2028 match', 'stage', 'next cycle', 'this cycle', 'interview', 'interview season', 'applying this year', 'apply this year', 'applying now', 'applying this season', 'applied this year'],
    ['applying', 'apply', 'preparing', 'studying', 'prepping']],
  ['ecfmg', ['ecfmg', 'certified', 'certification', 'oet', 'ecfmg certified', 'ecfmg certification'], []],
  // ("no, single", "i'm single", "not married": no partner to match with; "single" alone is weak: "a single case report" is research)
  ['couples', ['couples', 'couples match', 'couples matching', 'solo', "i'm single", 'im single', 'i am single', 'not married', 'unmarried', 'no partner'], ['single']],
  ['cycle', ['submitted', 'submit', 'submitting', 'invite', 'invitation', 'invitations'], []],
  ['specialty', ['specialty', 'speciality', 'backup', 'back up', 'plan b', 'fallback', 'residency in', 'match into'], []],
];

const SPECIALTY_WEAK = new Set(['medicine', 'surgery', 'eye', 'gas', 'dr', 'path', 'er', 'em', 'ir', 'uro', 'vascular', 'transitional', 'emergency', 'rehab', 'neuro', 'psy', 'ty', 'gs', 'ob', 'gyn', 'fp', 'ent', 'im', 'internist']);

/** Cue phrase -> field, one index for every field, built once. */
const CUES = new PhraseIndex<Cue>([
  ...CUE_WORDS.flatMap(([field, strong, weak]) => [
    ...strong.map((w): [string, Cue] => [w, { field }]),
    ...weak.map((w): [string, Cue] => [w, { field, weak: true }]),
  ]),
  ...Object.values(SPECIALTY_ALIASES).flat().map((a): [string, Cue] => [a, SPECIALTY_WEAK.has(a) ? { field: 'specialty', weak: true } : { field: 'specialty' }]),
  ...LANGUAGES.map((l): [string, Cue] => [l.toLowerCase(), { field: 'languages', weak: true }]),
  ...REGION_ALIASES.map(([p]): [string, Cue] => [p, { field: 'regions', weak: true }]),
  ...[...NATIONALITIES].filter((n) => !LANGUAGE_WORDS.has(n)).map((n): [string, Cue] => [n, { field: 'visa', weak: true }]),
  ...[...COUNTRIES].filter((n) => n !== 'other' && n !== 'another' && n !== 'georgia').map((n): [string, Cue] => [`from ${n}`, { field: 'visa', weak: true }]),
], 99);

const SPECIALTY_CUES: ReadonlySet<string> = new Set(['specialty', 'speciality', 'backup', 'residency', 'match']);

/** Fields whose clauses may name a place, a specialty or a language without that being the applicant's preference. */
const CONTEXT_FIELDS: ReadonlySet<ProfileField> = new Set(['usce', 'laTies', 'usLors', 'research', 'graduationYear', 'visa', 'step1', 'step2ck', 'step3']);
/** Fields whose words never appear inside another field's answer: a clause naming two of them is cut between them. */
export const EXCLUSIVE: ReadonlySet<ProfileField> = new Set(['step1', 'step2ck', 'step3', 'visa', 'graduationYear', 'usce', 'usLors', 'research', 'languages']);

/** One field named in a clause, and at which token. */
export interface FieldMention { field: ProfileField; at: number; weak: boolean }

/** Every cue in the clause's tokens, in order. */
export function mentions(tokens: readonly string[], strongIm: boolean): FieldMention[] {
  const out: FieldMention[] = [];
  for (const hit of CUES.find(tokens)) {
    if (hit.phrase === 'im' && !strongIm && !imIsSpecialty(tokens, hit.start)) continue;
    // "my research mentor", "the research PI": a person who writes letters, not research output
    // ("research electives", "a research coordinator": a rotation or a job that research only describes)
    if (hit.phrase === 'research' && (RESEARCH_PERSON.test(tokens[hit.end] ?? '') || RESEARCH_DESCRIBES.test(tokens[hit.end] ?? ''))) continue;
    // "no US papers", "immigration papers pending": documents of status, not research papers
    // ("not a single invite": "a single" counts, it is no word of being single)
    if (hit.phrase === 'single' && /^(a|one)$/.test(tokens[hit.start - 1] ?? '')) continue;
    if ((hit.phrase === 'papers' || hit.phrase === 'paper') && (STATUS_BEFORE_PAPERS.test(tokens[hit.start - 1] ?? '') || /^(filed|pending|processing|approved|came|went)$/.test(tokens[hit.end] ?? '') || /^(are|were|is)$/.test(tokens[hit.end] ?? '') && /^(pending|processing|approved|filed|in|through|done)$/.test(tokens[hit.end + 1] ?? ''))) continue;
    // "letter to the editor", "letters of intent", "an offer letter": no letter of recommendation
    if ((hit.phrase === 'letter' || hit.phrase === 'letters') && !recommends(tokens, hit.start)) continue;
    out.push({ field: hit.value.field, at: hit.start, weak: hit.value.weak === true });
  }
  return out;
}

const STATUS_BEFORE_PAPERS = /^(us|immigration|legal|visa|residency|citizenship|greencard|gc|work|asylum|refugee|travel|status)$/;
const RESEARCH_DESCRIBES = /^(electives?|rotations?|clerkships?|externships?|blocks?|coordinators?|assistants?|associates?|tech|techs|technician|nurse|staff|job|jobs|position|positions)$/;
const RESEARCH_PERSON = /^(mentor|mentors|pi|supervisor|supervisors|boss|guide|advisor|adviser|attending|professor|prof|doc|doctor)$/;
const IM_AFTER = new Set(['or', 'and', 'backup', 'with', 'residency', 'program', 'programs', 'categorical', 'prelim', 'as', 'then', 'but', 'first', 'primary', 'only', 'too', 'also', 'maybe', 'is', 'fm', 'psych', 'peds', 'letters', 'letter', 'lors', 'lor', 'spots', 'positions']);
const IM_BEFORE = new Set(['want', 'wants', 'do', 'doing', 'into', 'for', 'apply', 'applying', 'match', 'matching', 'not', 'no', 'in', 'categorical', 'prelim', 'or', 'and', 'backup', 'target', 'targeting', 'mostly', 'mainly', 'just', 'only', 'is', 'meant', 'me']);

/** A lowercase "im" is Internal Medicine only where "I'm" would not fit ("applying im", "im or fm", "im" alone). */
export function imIsSpecialty(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next === undefined) return true;
  if (IM_AFTER.has(next)) return true;
  return prev !== undefined && IM_BEFORE.has(prev) && !/ing$/.test(next);
}

// A stage word with nothing but when after it ("applying this september 2027", "i will apply in the 2028 cycle", "preparing to apply next year")
const STAGE_WHEN = /^(?:i'm |im |i am |i will |i'll |will be |will |gonna |plan to |planning to |planning on )?(?:applying|apply|reapplying|reapply|preparing|(?:preparing|prepping|getting ready|planning) (?:to apply|for))(?: (?:in|this|next|the|coming|for|on|by|around|match))*(?: (?:jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|fall|spring|summer|winter|cycle|season|year))*(?: (?:19|20)\d\d)?(?: (?:cycle|season|match))?$/;

/**
 * The fields a clause talks about. Weak cues (a bare place, language or ambiguous abbreviation) count only when no
 * strong cue of another field is there; a place or specialty inside an experience, letters or ties clause is context.
 */
export function fieldsOf(found: readonly FieldMention[], tokens: readonly string[], pending?: ProfileField): Set<ProfileField> {
  const strong = new Set(found.filter((m) => !m.weak).map((m) => m.field));
  const out = new Set(strong);
  const context = [...strong].some((f) => CONTEXT_FIELDS.has(f));
  // ("some Nahuatl from my grandma": a relative named, with no place, as where a language came from keeps the language)
  const familyOnly = strong.size === 1 && strong.has('laTies') && !found.some((x) => x.field === 'regions');
  for (const m of found) {
    if (!m.weak || strong.has(m.field)) continue;
    if ((m.field === 'regions' || m.field === 'specialty' || (m.field === 'languages' && !familyOnly)) && context) continue;
    // "applying", "preparing", "months": only for their own pending question
    // ...unless the clause says nothing else ("applying", "still preparing") and no exam is asked about
    // (or names only when: "applying this september 2027", "will apply in the 2028 cycle", told out of turn)
    if (m.field === 'stage' && pending !== 'stage' && !(((tokens.length <= 3 && found.every((x) => x.field === 'stage')) || STAGE_WHEN.test(tokens.join(' '))) && !/^step/.test(pending ?? ''))) continue;
    if (m.field === 'usce' && (pending !== 'usce' || strong.size > 0 || !/^\d/.test(tokens[m.at - 1] ?? ''))) continue;
    if (m.field === 'laTies' && strong.size > 0 && !strong.has('regions')) continue;
    if (m.field === 'languages' && strong.size > 0 && !familyOnly) continue;
    if (m.field === 'step2ck' && strong.size > 0) continue;
    // "Egyptian Arabic", "graduated from Nigeria": a nationality beside other facts is context
    if (m.field === 'visa' && (strong.size > 0 || found.some((x) => x.field === 'languages'))) continue;
    if (m.field === 'specialty' && strong.size > 0 && !strong.has('stage')) continue;
    out.add(m.field);
  }
  // ("usc" alone to the visa question: the abbreviation answers it, a US citizen, not a place wished for)
  if (pending === 'visa' && tokens.length <= 2 && tokens.includes('usc') && tokens.every((w) => /^(usc|yes|yeah|yep|i'm|im|i am|a|me)$/.test(w))) return new Set<ProfileField>(['visa']);
  if (out.has('laTies') || out.has('usce') || out.has('usLors')) out.delete('regions');
  // "green card through my husband": family words beside another field's facts are not a tie, unless a place is named
  if (out.has('laTies') && [...strong].some((f) => EXCLUSIVE.has(f)) && !found.some((m) => m.field === 'regions')) out.delete('laTies');
  if ((out.has('usce') || out.has('usLors') || out.has('research')) && !found.some((m) => m.field === 'specialty' && SPECIALTY_CUES.has(tokens[m.at] ?? ''))) out.delete('specialty');
  return out;
}

/** True when every field of the clause came from weak cues (a bare place, language or abbreviation). */
export function weakOnly(found: readonly FieldMention[]): boolean {
  return found.length > 0 && found.every((m) => m.weak);
}
