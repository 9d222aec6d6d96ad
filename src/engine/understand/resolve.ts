// Which field each clause answers: the fields it names, else the pending question or the clause before it.
import type { Profile, ProfileField } from '../../domain/profile.js';
import type { Clause } from './clauses.js';
import { EXCLUSIVE } from './fields.js';
import { MEDICAL_DEGREE, OTHER_DEGREE } from './readers/graduation.js';
import { onlyPlaces, regionsInTokens } from './readers/places.js';
import { PREFERENCE, placesOffered } from './regions-wish.js';
import { yearAlone } from './senses.js';

/** A clause with the fields its words name, whether only weak cues named them, and where the first cue stood. */
export interface Read { clause: Clause; fields: Set<ProfileField>; weak: boolean; firstAt: number }

/** What resolving may consult. */
export interface ResolveContext { pending: ProfileField | undefined; profile: Profile }

const KINDS = '(?:observerships?|obs|hands ?on|handson|externships?|electives?|rotations?|clerkships?|shadowing)';
// one kind of experience put for another: "observership not hands on", "not an externship, just an observership"
const KIND_SWAP = new RegExp(`\\b${KINDS}\\b,? (?:and )?(?:not|rather than|instead of|wasn't|wasnt|was not) (?:an? )?(?:real )?${KINDS}\\b|\\bnot (?:an? )?${KINDS},? (?:but|it was|just|only) (?:an? )?${KINDS}\\b`);
const LOCATED: ReadonlySet<ProfileField> = new Set(['usce', 'laTies', 'usLors', 'research']);
const CONTINUED: ReadonlySet<ProfileField> = new Set(['usce', 'laTies', 'usLors', 'research']);
// ("..., 2 lors, english + spanish, san diego or OC"): places offered as a choice are a wish; no rotation or letter was in "X or Y"
const wished = (c: Clause): boolean => PREFERENCE.test(c.text) || placesOffered(c);
const YEAR = /^(19[5-9]\d|20\d\d)\*?$/;
const BARE_ANSWER = /^(no|nope|nah)$/;
// pending questions whose answers may hold a year of their own ("took it in 2020", "booked for april 2027")
const YEARLESS: ReadonlySet<ProfileField> = new Set(['step1', 'step2ck', 'step3', 'stage', 'graduationYear']);
const LETTERS_FROM = /\bfrom (my |the |an? |those |these )?(us )?([a-z]+ ){0,2}?(obs|observerships?|rotations?|externships?|electives?|clerkships?|subi)\b/;

const LETTERS_KIND = /^(?:and )?(?:\d+|one|all|both|all of them|both of them|the rest|rest|others?|the others?)(?: are| were| is| of them| of those)? (?:research|clinical)(?: ones?| letters?| lors?)?$/;
const LETTERS_DETAIL = /^(?:and |but |though |tho )?(?:all|both|each|none|neither|not one|every one|the rest|rest)(?: of them| of those| of these)?(?: are| were| is| was)? (?:from|by|written by)\b/;
const MORE_LETTERS = /^(\d+|one|a|an|another) (more )?((clinical|research) )?(ones? |letters? |lors? )?from\b/;

// A clause that opens by taking back the one before ("no sorry 2016", "wait, actually 6 months", "i mean 2016").
const CORRECTS = /^(?:(?:no|nope|oh|oops|ugh|um|uh) )*(?:sorry|sry|wait|actually|i mean|i meant|correction|scratch that|my bad)\b(?! (?:for|about|to|if)\b)/;

// A wish summed up ("so basically anywhere", "long story short, IM"): it replaces what was said of it before.
const SUMS_UP = /^(?:so )?(?:basically|in short|tldr|tl dr|long story short|bottom line|to sum up|in summary|all in all|overall)\b/;
const SUMS_UP_ALONE = /^(?:so )?(?:basically|in short|tldr|tl dr|long story short|bottom line|to sum up|in summary|all in all|overall)$/;

// A year belongs to the event it sits with: an exam attempt, another degree, a job, a move ("failed first time 2022",
// "doing MPH at USC, finishing may 2027", "moved to the US in 2022"); only graduation words make it a graduation year.
const GRAD_WORDS = /\b(degree|diploma|graduated|graduate|graduating|graduation|grad|yog|passed out|passing out|pass out|mbbs|md|med school|medical school|class of|batch)\b/;
const OTHER_EVENT = /\b(failed|fail|flunked|attempts?|tries|retake|retook|sat|scored|course|worked|working|job|employed|practi[cs]ing|moved|move|came|arrived|immigrated|relocated|married|baby|born|unmatched|matched|applied|fellowship|residency|rotation|observership|externship|research|started|joined|hired|covid|expires?|expired|expiring|expiry|valid|validity|naturali[sz]ed|naturali[sz]ation|citizen|citizenship|denied|refused|rejected|approved|granted|issued|renewed|renewal|lapsed|visa|status|daca|ead|consulate|embassy|o1|h4|h1b|j1|greencard|opt|f1|ends|ending|dv|lottery|petition|priority date|i 130|i 140|perm)\b/;
const EXAM_OUTCOME = /\b(passed|cleared|took|taken|gave|wrote|try)\b(?! out)/;
const FINISHING = /^(finishing|finish|finished|completing|completed|ending|ends|done|until|till|through|since|starting|from)\b/;
const EXAMS: ReadonlySet<ProfileField> = new Set(['step1', 'step2ck', 'step3']);
// The medical school named by its kind, not by a name with its year (school-year.ts reads those)
const MEDICAL_SCHOOL = /\b(med school|medical school|medical college|medical university|faculty of medicine|school of medicine|mbbs|md)\b/;

/** True when the clause opens with a graduation still ahead right after a clause of the same sentence naming another degree. */
function otherDegreeGraduation(r: Read, before: Read | undefined): boolean {
  return before !== undefined && before.clause.sentence === r.clause.sentence && /^(?:and |then |i'm |im |i am )?(?:graduating|will graduate|finishing|done)\b/.test(r.clause.text)
    && OTHER_DEGREE.test(before.clause.text) && !MEDICAL_DEGREE.test(`${before.clause.text} ${r.clause.text}`);
}

/** The clause's year is another event's: its own words name one, or it finishes a clause of the same sentence that did. */
function yearOfOtherEvent(r: Read, before: Read | undefined, previous: Set<ProfileField> | undefined): boolean {
  const text = r.clause.text;
  if (!r.clause.tokens.some((t) => YEAR.test(t))) return false;
  if (OTHER_DEGREE.test(text) && !MEDICAL_DEGREE.test(text)) return true;
  if (GRAD_WORDS.test(text)) return false;
  if (OTHER_EVENT.test(text)) return true;
  if (previous && [...previous].some((f) => EXAMS.has(f)) && EXAM_OUTCOME.test(text)) return true;
  return before !== undefined && before.clause.sentence === r.clause.sentence && FINISHING.test(text) && (OTHER_EVENT.test(before.clause.text) || OTHER_DEGREE.test(before.clause.text)) && !MEDICAL_DEGREE.test(before.clause.text);
}

/** The exam whose stored score the clause repeats ("the 208 was my first attempt"), if exactly one. */
function examOfStoredScore(tokens: readonly string[], profile: Profile): ProfileField | undefined {
  const scores = new Map<number, ProfileField[]>();
  const note = (n: number | undefined, f: ProfileField) => { if (n !== undefined) scores.set(n, [...(scores.get(n) ?? []), f]); };
  note(profile.step1?.result === 'score' ? profile.step1.score : undefined, 'step1');
  note(profile.step2ck?.taken ? profile.step2ck.score : undefined, 'step2ck');
  note(profile.step3?.status === 'passed' ? profile.step3.score : undefined, 'step3');
  if (!scores.size) return undefined;
  const hits = [...new Set(tokens.filter((t) => /^[12]\d\d$/.test(t)).flatMap((t) => scores.get(Number(t)) ?? []))];
  return hits.length === 1 ? hits[0] : undefined;
}

// words that point back at an earlier answer ("the 208 was my first attempt", "that 233 took two tries")
const POINTS_BACK = /^(was|were|the|that|this|attempt|attempts|try|tries|first|second|third|1st|2nd|3rd|time|times|retake|again)$/;
/** True when a bare score answers the exam asked now, not the other exam whose stored score it equals. */
function answersOtherExam(exam: ProfileField, pending: ProfileField | undefined, tokens: readonly string[]): boolean {
  return pending !== undefined && pending !== exam && EXAMS.has(pending) && !tokens.some((t) => POINTS_BACK.test(t));
}

const only = (s: Set<ProfileField>, keep: ReadonlySet<ProfileField>) => new Set([...s].filter((f) => keep.has(f)));

/**
 * Groups the clauses by the field they answer. A clause naming no field answers the pending question when it
 * comes first, else continues the clause before it ("took CK twice, 229 the 2nd time"); a bare year is a
 * graduation year; a place after experience, letters or ties says where that was; markers ("no", "oops") before
 * a correction are dropped, but "no" alone still answers the pending question.
 */
export function groupClauses(reads: readonly Read[], ctx: ResolveContext): Map<ProfileField, Clause[]> {
  const { pending, profile } = ctx;
  const named = new Set(reads.flatMap((r) => [...r.fields]));
  const tiesTalk = pending === 'laTies' || named.has('laTies');
  const effective: (Set<ProfileField> | 'marker')[] = [];
  let previous: Set<ProfileField> | undefined;
  reads.forEach((r, i) => {
    let f = new Set(r.fields);
    // ("doing an MPH at USC, graduating may 2027": a graduation right after another degree is that degree's, not medical school's)
    if (f.has('graduationYear') && otherDegreeGraduation(r, reads[i - 1])) f.delete('graduationYear');
    // "since 2024", "back in 2019" after a fact dates that fact; only a year on its own is a graduation year
    const datesPrevious = previous !== undefined && /^(since|from|as of|back in|till|until|in|on)$/.test(r.clause.tokens[0] ?? '');
    // ("Med school in Guadalajara (2023)", "studied at a university in Lahore, 2019"): a year alone right after a clause of
    // the same sentence naming the medical school is its graduation year, whatever question is pending
    if (f.size === 0 && yearAlone(r.clause.tokens) && reads[i - 1]?.clause.sentence === r.clause.sentence && MEDICAL_SCHOOL.test(reads[i - 1]!.clause.text) && !OTHER_EVENT.test(reads[i - 1]!.clause.text)) f = new Set<ProfileField>(['graduationYear']);
    // (a year alone in brackets after an exam's clause dates that exam, and is read by no field: "Step 1 | 219 (2020, 1st attempt)")
    if (f.size === 0 && previous !== undefined && r.clause.aside === true && yearAlone(r.clause.tokens) && [...previous].some((x) => EXAMS.has(x))) { effective.push(new Set()); return; }
    const otherEvent = f.size === 0 && yearOfOtherEvent(r, reads[i - 1], previous);
    // (a year told with other words sits with some other event: it is no graduation year, nor an answer to the question asked)
    const yearWithEvent = f.size === 0 && !YEARLESS.has(pending as ProfileField) && r.clause.tokens.some((t) => YEAR.test(t)) && !yearAlone(r.clause.tokens);
    if (f.size === 0 && !otherEvent && !yearWithEvent && !datesPrevious && !YEARLESS.has(pending as ProfileField) && r.clause.tokens.some((t) => YEAR.test(t)) && !r.clause.tokens.some((t) => /^(match|cycle|apply|applying)$/.test(t))) f = new Set<ProfileField>(['graduationYear']);
    // "the 208 was my first attempt": a score already stored for an exam names that exam
    // (but "233" or "passed with 233" answering the Step 3 question is Step 3's score, even when CK was 233 too)
    if (f.size === 0) { const exam = examOfStoredScore(r.clause.tokens, profile); if (exam && !answersOtherExam(exam, pending, r.clause.tokens)) f = new Set<ProfileField>([exam]); }
    if (f.size === 0) {
      if (r.clause.marker) { effective.push('marker'); return; }
      // a year of another event never answers the graduation question
      if (otherEvent && (!previous || previous.has('graduationYear'))) f = pending && pending !== 'graduationYear' && !previous ? new Set([pending]) : f;
      else if (!previous) f = pending && !yearWithEvent ? new Set([pending]) : f;
      else {
        const target = previous.size === 1 ? [...previous][0] : [...previous].find((x) => EXCLUSIVE.has(x)) ?? [...previous][0];
        if (target) f = new Set([target]);
      }
    } else {
      const contextOnly = r.weak || [...f].every((x) => x === 'specialty' || x === 'regions');
      // "3 LoRs, 2 IM 1 cardiology (IM sub)": a specialty named in a letters answer says what the letters are in
      // (a detail in brackets never leads: "2 years of residency (IM at a program in Michigan)" says what and where that was)
      const leadsWithName = r.firstAt === 0 && !r.clause.aside && !(pending === 'usLors' && previous?.has('usLors') && [...f].every((x) => x === 'specialty'));
      // "O-1 at the moment (research)", "J1 (research)": a bare "research" right after another fact says what it was for
      if (f.size === 1 && f.has('research') && r.clause.tokens.length <= 2 && /^(for )?research$/.test(r.clause.text) && pending !== 'research' && previous && [...previous].some((x) => x === 'visa' || x === 'usce' || x === 'usLors' || x === 'laTies')) f = new Set(previous);
      // "no US LORs, only from india": a country after letters or experience says where they are from
      if (r.weak && previous && [...f].every((x) => x === 'visa') && only(previous, CONTINUED).size > 0) f = only(previous, CONTINUED);
      // (a language named after ties, letters or papers is no detail of them: "no ties. also not spanish")
      else if (contextOnly && previous && !leadsWithName && !wished(r.clause) && only(previous, CONTINUED).size > 0 && !([...f].every((x) => x === 'languages') && !previous.has('usce'))) f = only(previous, CONTINUED);
      // ("it was observership not hands on" to the ties question: one kind of experience put for another corrects it)
      else if (f.has('usce') && tiesTalk && !f.has('laTies') && !KIND_SWAP.test(reads.filter((x) => x.clause.sentence === r.clause.sentence).map((x) => x.clause.text).join(', '))) {
        // a rotation told while talking about ties is a training tie; it changes the stored experience only with its length
        const inCalifornia = regionsInTokens(r.clause.tokens).some((p) => p !== 'other_us' && p !== 'anywhere');
        const aboutExperience = /\b(usce|clinical experience|us clinical)\b/.test(r.clause.text);
        if (!/\d/.test(r.clause.text)) f = new Set<ProfileField>(['laTies']);
        else if (inCalifornia && !aboutExperience) f = profile.usce !== undefined ? new Set<ProfileField>(['laTies']) : new Set<ProfileField>([...f, 'laTies']);
      } else if (f.size === 1 && f.has('regions') && !wished(r.clause)) {
        const locatedNamed = [...new Set(reads.filter((x) => x.clause.sentence === r.clause.sentence).flatMap((x) => [...x.fields]))].find((x) => LOCATED.has(x));
        if (previous?.has('regions') || r.clause.adds) { /* a list of places goes on, or adds to the stored one */ }
        else if (previous && only(previous, LOCATED).size > 0 && onlyPlaces(r.clause)) f = only(previous, LOCATED);
        else if (locatedNamed && r.weak && pending !== 'regions') f = new Set([locatedNamed]);
        else if (pending && LOCATED.has(pending) && r.weak && !named.has(pending)) f = new Set([pending]);
        // "born in NJ", "studied in St. George's": a place in passing is not where they want to train
        else if (r.weak && pending !== 'regions' && !onlyPlaces(r.clause)) f = previous ? new Set([...previous]) : new Set();
      } else if (previous?.has('usLors') && LETTERS_KIND.test(r.clause.text)) {
        // "3 US letters, all research", "2 LoRs, 1 research and 1 clinical": the kind of the letters just counted
        f = new Set<ProfileField>(['usLors']);
      } else if (previous?.has('usLors') && LETTERS_DETAIL.test(r.clause.text)) {
        // "3 US LORs, all from IM attendings at my externship in Houston, none from Cali": who wrote the letters just counted, and where
        f = new Set<ProfileField>(['usLors']);
      } else if (previous?.has('usLors') && MORE_LETTERS.test(r.clause.text)) {
        // "2 letters from FM attendings and one from a research PI": the next count "from" someone is another letter
        f = new Set<ProfileField>(['usLors']);
      } else if (f.size === 1 && f.has('usce') && previous?.has('usLors') && LETTERS_FROM.test(r.clause.text)) {
        f = new Set<ProfileField>(['usLors']);
      }
    }
    effective.push(f);
    if (f.size > 0) previous = f;
  });
  const anyField = effective.some((e) => e !== 'marker' && e.size > 0);
  const namesStored = [...named].some((x) => profile[x] !== undefined && x !== pending);
  const groups = new Map<ProfileField, Clause[]>();
  const add = (f: ProfileField, c: Clause) => { const g = groups.get(f) ?? []; g.push(c); groups.set(f, g); };
  reads.forEach((r, i) => {
    const e = effective[i]!;
    // "2017... no sorry 2016": a clause that takes back what came before replaces it for its field
    // ("sorry it's late", "sorry, long post": an apology that names no value and no field takes nothing back)
    // ("anywhere except CA. wait no, I'll take California too... so basically anywhere": a wish summed up at the end is the wish)
    // ("long story short, IM": the words that sum up may stand alone just before)
    const summed = e !== 'marker' && e.size > 0 && [...e].every((f) => f === 'regions' || f === 'specialty') && (SUMS_UP.test(r.clause.text) || (i > 0 && SUMS_UP_ALONE.test(reads[i - 1]!.clause.text)));
    const taken0 = e !== 'marker' ? CORRECTS.exec(r.clause.text) ?? (summed ? SUMS_UP.exec(r.clause.text) ?? /^/.exec(r.clause.text) : null) : null;
    const taken = taken0 && (/\d/.test(r.clause.text) || r.fields.size > 0) ? taken0 : null;
    if (taken && e !== 'marker') {
      for (const f of e) groups.delete(f);
      const tokens = r.clause.tokens.slice(taken[0] ? taken[0].split(' ').length : 0);
      if (tokens.length) for (const f of e) add(f, { ...r.clause, tokens, text: tokens.join(' ') });
      return;
    }
    if (e !== 'marker') { for (const f of e) add(f, r.clause); return; }
    if (!pending) return;
    if (!anyField || (BARE_ANSWER.test(r.clause.text) && !namesStored && !named.has(pending) && i === 0)) add(pending, r.clause);
  });
  return groups;
}
