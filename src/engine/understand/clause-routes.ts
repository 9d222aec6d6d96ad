// Routing a message's clauses to fields before any reader runs: whose clause it is (someone else's is left out, their
// family's home kept as an LA tie), whether it is supposed, generic or planned, and which of the fields a clause names
// it does not tell (see docs/understanding.md, "whose fact, which field").
import { namesPerson } from './person-named.js';
import { toldNotYetHeld } from './not-yet-held.js';
import type { Profile, ProfileField } from '../../domain/profile.js';
import type { Clause } from './clauses.js';
import { imIsSpecialty, fieldsOf, mentions, weakOnly } from './fields.js';
import { letterKindDenied } from './negation-scope.js';
import { NO_SUBJECT, regionsInTokens, relativeGone } from './readers/places.js';
import { COUNTRIES, NATIONALITIES } from './readers/visa.js';
import { nationalitiesOnly } from './language-mentions.js';
import { aboutPartner, aboutTheApplication, mentionsCouples, speaksOfSelf } from './readers/situation.js';
import type { Read } from './resolve.js';
import { cut } from './field-cuts.js';
import { withoutCompared } from './senses.js';
import { saysNoneYet } from './zero-said.js';
import { interviewPart } from './interview-parts.js';
import { fellAwayClause, restoredClause, storyClause } from './interview-story.js';
import { tokenise } from './tokens.js';
import { alternation, peopleFor } from '../people.js';
import { CURRENT_TRAINING, EXAM_SAT, FAMILY_HERE, JOB_HELD, SPECIALIST_CERTIFIED, STATUS_THROUGH, WE_AT_HOME, LETTER_SOURCE, LETTER_WRITER, MATCHED_ALREADY, MORE_AHEAD, NATIONALITY_BEFORE, NOT_A_HOME, OWN_LENGTH, PAST_TRAINING, STEP1_PASS_TOLD, STILL_MISSING, TRAINING_NOW, WORKED_AS } from './clause-cues.js';

// the relatives whose home beside the applicant's is a family tie (knowledge/people.json, use "family")
const RELATIVE = new RegExp(`^(?:${alternation(peopleFor('family').map((p) => p.word))})$`);
const SOCAL: ReadonlySet<string> = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire']);
// Fields whose counts a plan or a hope does not give yet ("we'll have 3 pubs out next year", "will do 2 months obs").
const NOT_YET: readonly ProfileField[] = ['research', 'usLors', 'usce'];

/** Why a clause was read but not stored. */
export type LeftOut = 'hypothetical' | 'planned' | 'generic';

/** The clauses routed to fields: each of the applicant's own clauses with the fields it may tell, whether a clause was
 *  someone else's and left out, and why others were read but not stored. */
export interface Routed { reads: Read[]; otherPerson: boolean; leftOut: LeftOut[] }

/** Which fields each clause may tell: someone else's clauses left out (their family's home kept as a tie), supposed and
 *  generic ones set aside, and the fields a clause names taken away where the clause tells something else (an ECFMG
 *  sentence's exams, a partner's file, interviews' places, training done, a letter's source or writer, a count planned). */
export function routeClauses(clauses: readonly Clause[], ctx: { pending?: ProfileField; profile: Profile }, strongIm: boolean): Routed {
  const pending = ctx.pending;
  const routed: Routed = { reads: [], otherPerson: false, leftOut: [] };
  const reads = routed.reads;
  // a sentence about ECFMG names exams as what is still missing, not as results
  // (with the ECFMG question pending, an exam named as done or waited for without a score is ECFMG's too: "CK result pending, everything else done")
  // (not a sentence about the application itself: "haven't submitted yet, waiting on my MSPE" waits for ERAS, not ECFMG)
  const aboutApplication = new Set(clauses.filter((c) => aboutTheApplication(c.text)).map((c) => c.sentence));
  // ("actually I have taken CK already, result pending" while ECFMG is asked: an exam the applicant says they sat is that
  // exam's news, its result pending is the exam's, not a step ECFMG still waits for)
  const examSat = new Set(clauses.filter((c) => EXAM_SAT.test(c.text)).map((c) => c.sentence));
  const ecfmgSentences = new Set(clauses.filter((c) => /\b(ecfmg|oet)\b/.test(c.text) || (pending === 'ecfmg' && !aboutApplication.has(c.sentence) && !examSat.has(c.sentence) && (/\bcertified\b/.test(c.text) || (/\b(done|pending|waiting|left|missing|remaining|cleared|passed)\b/.test(c.text) && !/\b[12]\d\d\b/.test(c.text))))).map((c) => c.sentence));
  const plannedSentences = new Set<number>();
  const letterSentences = new Set(clauses.filter((c) => /\b(letters?|lors?|recs?|loes?)\b/.test(c.text)).map((c) => c.sentence));
  const sentenceText = (n: number) => clauses.filter((c) => c.sentence === n).map((c) => c.text).join(' ; ');
  // once a couples match is stored, "husband: IM, needs J-1" speaks of the partner even with no couples word in it
  // (read over the whole message: "my husband | and I are both applying" is split into two clauses)
  const couplesTalk = pending === 'couples' || ctx.profile.couples?.matching === true || mentionsCouples(clauses.map((c) => c.text).join(' '));
  let partnerSpeaks = false;
  let partnerSentence = -1;
  const interviewAt = new Map<number, number>();
  clauses.forEach((c, i) => { if (!interviewAt.has(c.sentence) && /\b(interviews?|invites?|iis?)\b/.test(c.text) && !c.otherPerson) interviewAt.set(c.sentence, i); });
  const interviewTalk = clauses.some((c) => /\b(interviews?|interviewing|invites?)\b/.test(c.text));
  // ("submitted sept 24. nothing yet", "60 programs, crickets so far"): a zero said in words beside the applications is their interviews'
  const applicationTalk = pending === 'cycle' || clauses.some((c) => /\b(eras|myeras|submitted|applied|applications?|apps|programs)\b/.test(c.text));
  let afterOther = false;
  let goneSentence = -1;
  let before: Clause | undefined;
  let otherBefore: Clause | undefined;
  for (const raw0 of clauses) {
    // "EU citizen (Italian)", "passport: German": a nationality told after a citizenship is no spoken language
    const nationality = before !== undefined && before.sentence === raw0.sentence && NATIONALITY_BEFORE.test(before.text) && raw0.tokens.length <= 2;
    before = raw0;
    // "my dad wants cardio (so IM)": a short aside right after someone else's clause is still theirs
    const raw: Clause = afterOther && /^(so|ie|i e|i\.e\.|aka|meaning|basically) \S+( \S+)?$/.test(raw0.text) ? { ...raw0, otherPerson: true } : raw0;
    // ("my sister is a nurse and lives in Glendale": the relative named in the clause before is still the subject)
    const subject = afterOther && otherBefore?.sentence === raw.sentence && !FAMILY_HERE.test(raw.text) && /^(and )?(still )?(lives?|living|based|settled|resides?)\b/.test(raw.text) && (regionsInTokens(raw.tokens).some((r) => SOCAL.has(r)) || (/\bthere\b/.test(raw.text) && regionsInTokens(otherBefore.tokens).some((r) => SOCAL.has(r)))) ? `${otherBefore.text} ${raw.text}` : raw.text;
    // ("my wife is from Riverside and we've lived there together"): "we" at home right after a relative's clause is a home
    // shared with that relative, read with the relative named
    if (!raw.otherPerson && otherBefore?.sentence === raw.sentence && WE_AT_HOME.test(raw.text) && otherBefore.tokens.some((w) => RELATIVE.test(w))) {
      const shared = `${otherBefore.text} ${raw.text}`;
      reads.push({ clause: { ...raw, text: shared, tokens: tokenise(shared) }, fields: new Set<ProfileField>(['laTies']), weak: false, firstAt: 0 });
      afterOther = false;
      continue;
    }
    afterOther = raw.otherPerson;
    if (raw.otherPerson) otherBefore = raw;
    // someone else's clause is left out, except where the applicant's family lives: "my mom and uncle live in Glendale" is a family tie
    // ("my grandparents were in Riverside but they passed away": a relative gone from there now is no tie either)
    if (raw.otherPerson && !(FAMILY_HERE.test(subject) && !NOT_A_HOME.test(raw.text) && !(TRAINING_NOW.test(raw.text) && !regionsInTokens(raw.tokens).some((r) => SOCAL.has(r))) && !relativeGone(raw.tokens, sentenceText(raw.sentence)) && (regionsInTokens(raw.tokens).length > 0 || /\b(there|here)\b/.test(raw.text) || raw.tokens.some((w) => COUNTRIES.has(w))))) { if (namesPerson(sentenceText(raw.sentence))) routed.otherPerson = true; continue; }
    if (raw.otherPerson) { reads.push({ clause: subject === raw.text ? raw : { ...raw, text: subject, tokens: tokenise(subject) }, fields: new Set<ProfileField>(['laTies']), weak: false, firstAt: 0 }); continue; }
    const skip: LeftOut | undefined = raw.when === 'hypothetical' ? 'hypothetical' : raw.whose === 'generic' ? 'generic' : undefined;
    if (skip) { leftOut(routed, skip); continue; }
    // a lowercase "im" that reads as "I'm" is rewritten, so no reader takes it for Internal Medicine
    const tokens = strongIm ? raw.tokens : raw.tokens.map((t, i) => (t === 'im' && !imIsSpecialty(raw.tokens, i) ? "i'm" : t));
    const c = { ...raw, tokens };
    for (const part of cut(c, strongIm)) {
      // ("same story as CK: one shot, passed": the exam compared with is not the one told)
      const found = withoutCompared(mentions(part.tokens, strongIm), part.tokens);
      const fields = fieldsOf(found, part.tokens, pending);
      if (nationality) fields.delete('languages');
      // ("I have German citizenship too (dual, Turkish-German)": nationalities in a sentence about citizenship; to the
      // languages question only in the clause of the citizenship itself: "Mexican citizen; Spanish and English" lists two)
      else if (fields.has('languages') && nationalitiesOnly(part.tokens, found.filter((m) => m.field === 'languages').map((m) => part.tokens[m.at]!), pending === 'languages' ? part.text : sentenceText(part.sentence), (w) => NATIONALITIES.has(w))) fields.delete('languages');
      // ("3 letters, all clinical, none research": research denied as a kind of letter leaves research itself alone)
      if (fields.has('research') && letterSentences.has(part.sentence) && letterKindDenied(part.text, sentenceText(part.sentence))) { fields.delete('research'); if (fields.size === 0) continue; }
      // ("my grandparents were in Riverside but they passed away", "my uncle lived in LA in the 90s": a relative there once is no tie now)
      // (and "... but moved back to Dhaka" right after goes on about that relative, not where the applicant lived)
      if (goneSentence === part.sentence && NO_SUBJECT.test(part.text)) continue;
      if (fields.has('laTies') && relativeGone(part.tokens, sentenceText(part.sentence))) { goneSentence = part.sentence; fields.delete('laTies'); if (fields.size === 0) continue; }
      // "close to my parents in Houston" to the regions question: the place is where they want to be (a tie only if it is in SoCal)
      // ("near my brother", with no place, is asked about: which place that is)
      if (pending === 'regions' && fields.has('laTies') && /\b(near|close to|closer to|nearby|around)\b/.test(part.text)) fields.add('regions');
      // exams named as what ECFMG still waits for are not scores; a specialty or visa beside the couples match is the partner's
      if (fields.has('ecfmg') || ecfmgSentences.has(part.sentence)) {
        // (a three-digit score beside it is still a score: "step 1 passed, CK 235, waiting on OET")
        // (a Step 1 pass told in its own clause of that sentence stays the applicant's result: "step 1 passed first attempt, ecfmg certified")
        const ownPass = pending !== 'ecfmg' && !ctx.profile.step1 && !fields.has('ecfmg') && STEP1_PASS_TOLD.test(part.text) && !STILL_MISSING.test(part.text);
        if (!/\b[12]\d\d\b/.test(part.text)) for (const f of ['step1', 'step2ck', 'step3', 'graduationYear'] as const) if (!(ownPass && f === 'step1')) fields.delete(f);
        fields.add('ecfmg');
      }
      // the partner stays the subject until the applicant speaks of themselves ("ella quiere pediatría y necesita J1")
      if (part.sentence !== partnerSentence) partnerSpeaks = false;
      if (couplesTalk && aboutPartner(part.tokens)) { partnerSpeaks = true; partnerSentence = part.sentence; }
      // ("im" alone is the specialty, as in "husband: IM, needs J-1"; "im going" is the applicant speaking)
      else if (speaksOfSelf(part.tokens)) partnerSpeaks = false;
      // the partner's own file ("husband: FM, CK 219 first attempt, 1 mo observership only, no LORs") is not the applicant's:
      // the couples reader reads it for the partner, every other reader leaves it out
      if (couplesTalk && partnerSpeaks && !fields.has('couples')) { if (fields.size > 0) routed.otherPerson = true; continue; }
      // a specialty or visa beside the couples match is the partner's
      if (fields.has('couples')) for (const f of ['specialty', 'visa', 'laTies', 'regions'] as const) fields.delete(f);
      // "1 interview at Loma Linda, another at Kern": places of interviews are not where the applicant wants to train
      if (interviewAt.has(part.sentence) && (interviewAt.get(part.sentence)! <= clauses.indexOf(raw))) {
        // (a clause with its own length of time is experience told after the interviews: "7 invites, 4 months of obs in Ohio")
        const placed = (OWN_LENGTH.test(part.text) ? (['regions', 'laTies'] as const) : (['regions', 'laTies', 'usce'] as const)).filter((f) => fields.delete(f)).length > 0;
        if ((placed && fields.size === 0) || /^(and )?(another|one more|1 more|\d+ (more )?(at|from|with))\b/.test(part.text)) fields.add('cycle');
      }
      // training already done ("did PGY-1 IM in Michigan", "a full prelim year in NJ", "was a peds resident at CHLA") is experience, not the specialty or region wanted
      if (PAST_TRAINING.test(part.text) || CURRENT_TRAINING.test(part.text) || ((JOB_HELD.test(part.text) || WORKED_AS.test(part.text) || MATCHED_ALREADY.test(part.text)) && !/\b(want|wants|apply|applying|match|prefer|interested)\b/.test(part.text))) {
        const had = fields.size;
        fields.delete('specialty'); fields.delete('regions'); fields.delete('graduationYear');
        // (nor does it answer the specialty or regions question asked: the wish is told elsewhere, or asked again)
        if (had > 0 && fields.size === 0 && (pending === 'specialty' || pending === 'regions')) continue;
      }
      // "a letter from my observership at Emory": the experience says where the letter is from, it is not told again
      // (unless a detail in brackets right after tells the experience itself: "2 LoRs from my externship in Ohio (8 weeks hands-on)")
      const detail = clauses[clauses.indexOf(raw0) + 1];
      const detailed = detail?.aside === true && detail.sentence === raw0.sentence && mentions(detail.tokens, strongIm).some((m) => m.field === 'usce');
      if (fields.has('usLors') && fields.has('usce') && LETTER_SOURCE.test(part.text) && !detailed) fields.delete('usce');
      // "1 from FM, 1 from IM, so 2 letters": the specialty a letter comes from is its writer's, not the one applied for
      // (and its count is a count of letters: "letters: 1 from FM and 2 from IM")
      if (LETTER_WRITER.test(part.text) && (pending === 'usLors' || letterSentences.has(part.sentence))) {
        fields.delete('specialty');
        if (/^(?:and |plus |also )?\d/.test(part.text)) fields.add('usLors');
      }
      // a bare count in a sentence whose experience or letters are only planned ("2 electives (8 wks) booked") is planned too
      // ("2 months done, another 2 starting jan": a count still ahead, added to one told before it, is planned too)
      // (interviews scheduled are invitations had: "4 done, 2 more scheduled" counts them all)
      // ("Dr. Okafor in Fontana said she'll write one", "me prometió una"): what is only promised is no count, and the place
      // named with the one who promised it is theirs, not a place the applicant wants or lived in (not-yet-held.ts)
      const promised = part.when === 'planned' && toldNotYetHeld(part.text);
      if (promised) { fields.delete('regions'); fields.delete('laTies'); }
      if (part.when === 'planned' && (NOT_YET.some((f) => fields.has(f)) || (fields.size === 0 && /\d/.test(part.text) && !interviewTalk && (plannedSentences.has(part.sentence) || MORE_AHEAD.test(part.text) || promised)))) {
        plannedSentences.add(part.sentence);
        for (const f of NOT_YET) fields.delete(f);
        leftOut(routed, 'planned');
        if (fields.size === 0) continue;
      }
      // (and a bare count of programs beside them, "ERAS, 60 programs", is how many went out)
      // ("5 IM interviews + 2 FM ones", "got 1 derm and 5 prelim interviews"): a specialty's share of the interviews is a count
      // of them, no choice of specialty
      if ((pending === 'cycle' || clauses.some((o) => o.sentence === part.sentence && /\b(interviews?|invites?|invitations?)\b/.test(o.text))) && interviewPart(part) !== undefined) { fields.clear(); fields.add('cycle'); }
      // (with the cycle asked, a clause of the stage answers it: "ERAS is in, zero so far")
      if (pending === 'cycle' && fields.has('stage')) fields.add('cycle');
      // (not right after the interviews' own word, "invites: zero yet", whose count it already is)
      const afterInterviews = /\b(interviews?|invites?|invitations?|iis?)$/.test(clauses[clauses.indexOf(raw0) - 1]?.text ?? '');
      if (fields.size === 0 && applicationTalk && ((saysNoneYet(part.text) && !afterInterviews) || (part.when === 'done' && /^\d{1,3} (?:[a-z]+ )?(?:programs?|apps|applications)$/.test(part.text)))) fields.add('cycle');
      // ("0 in october, 1 by mid november, as of today 3", "one of them got cancelled"): a step of the interviews' story
      // (in a sentence of interviews, or with the cycle asked and nothing else named in the sentence: "LoRs — 3" is letters)
      const sentence = clauses.filter((o) => o.sentence === part.sentence);
      const storySentence = sentence.some((o) => /\b(interviews?|interviewing|invites?|invitations?|ivs?|iis?)\b/.test(o.text)) || (pending === 'cycle' && sentence.every((o) => mentions(o.tokens, strongIm).length === 0));
      // (not one restored in the clause after it: "one got cancelled, but they rescheduled it")
      const restored = restoredClause(clauses[clauses.indexOf(raw0) + 1]?.text ?? '');
      if (fields.size === 0 && storySentence && storyClause(part.text) && !restored) fields.add('cycle');
      if ((pending === 'cycle' || interviewTalk) && fellAwayClause(part.text) && !restored) { fields.delete('specialty'); fields.add('cycle'); }
      // ("applied: yes. interviewed: no."): the answer after the word it answers
      if (fields.size === 0 && /^(?:no|none|zero|nope|0)$/.test(part.text) && /\binterviewed$/.test(clauses[clauses.indexOf(raw0) - 1]?.text ?? '')) fields.add('cycle');
      // ("board certified internist back home", "certified in FM in Brazil"): a specialist's title is no ECFMG certificate
      if (fields.has('ecfmg') && !/\b(ecfmg|oet)\b/.test(part.text) && SPECIALIST_CERTIFIED.test(part.text)) { fields.delete('ecfmg'); if (fields.size === 0) continue; }
      // ("US citizen through my dad, born in NY"): the relative a status came through is no tie of the applicant's
      if (STATUS_THROUGH.test(part.text)) { fields.delete('laTies'); if (fields.size === 0) continue; }
      reads.push({ clause: part, fields, weak: weakOnly(found), firstAt: found[0]?.at ?? -1 });
    }
  }
  return routed;
}

function leftOut(routed: Routed, why: LeftOut): void {
  if (!routed.leftOut.includes(why)) routed.leftOut.push(why);
}
