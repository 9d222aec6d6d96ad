// Clarifying questions: one short, specific question per ambiguity, how its reply is read, and the assumption after two.
import type { Choice } from '../../domain/io.js';
import type { Profile, ProfileField, Visa } from '../../domain/profile.js';
import type { Clause } from './clauses.js';
import { READERS } from './readers/index.js';
import { yesNo, type ClarifyTopic, type Reading } from './reading.js';

/** A clarification waiting for its reply (kept in the conversation state). */
export interface Clarifying { field: ProfileField; topic: ClarifyTopic; facts?: Record<string, number | string | boolean> | undefined }

const VISA_CHOICES: Choice[] = [
  { value: 'needs_j1', label: 'J-1' }, { value: 'needs_h1b', label: 'H-1B' }, { value: 'either', label: 'Either' }, { value: 'unsure', label: 'Not sure yet' },
];
const YES_NO: Choice[] = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

/** The question to ask for a clarification, and its choices. */
export function clarifyQuestion(c: Clarifying): { text: string; choices: Choice[] } {
  const fails = Number(c.facts?.fails ?? 1);
  switch (c.topic) {
    case 'step1_later_pass': return { text: `You failed Step 1 ${fails === 1 ? 'once' : fails === 2 ? 'twice' : `${fails} times`}: did you pass on a later attempt?`, choices: YES_NO };
    case 'visa_which': return { text: `${c.facts?.from ? `With ${String(c.facts.from)}, you` : 'You'} would need a visa for residency: a J-1, an H-1B, or either?`, choices: VISA_CHOICES };
    case 'visa_ead': return { text: `With ${c.facts?.from === 'H-4' ? 'an H-4' : 'a pending green card'}: do you have an EAD (work permit) now?`, choices: YES_NO };
    case 'visa_no_sponsor': return { text: 'No sponsorship needed: are you a US citizen, a green-card holder, or on an EAD (work permit)?', choices: [{ value: 'us_citizen', label: 'US citizen' }, { value: 'green_card', label: 'Green card' }, { value: 'ead', label: 'EAD / work permit' }] };
    case 'usce_months': return { text: 'How many months of US clinical experience is that, in all?', choices: [] };
    case 'lors_count': return { text: 'How many US letters of recommendation do you have? A number is enough.', choices: [] };
  }
}

/** Reads the reply to a clarification; `none` when the reply does not settle it. */
export function readClarification(c: Clarifying, clauses: readonly Clause[], profile: Profile, now: Date): Reading<unknown> {
  const yn = yesNo(clauses);
  const ctx = { now, profile, pending: true, stored: undefined };
  switch (c.topic) {
    case 'step1_later_pass': {
      const fails = Number(c.facts?.fails ?? 1);
      const read = READERS.step1(clauses, ctx);
      if (read.kind === 'value' || read.kind === 'refuse') return read;
      if (yn === true) return { kind: 'value', value: { result: 'passed', attempts: Math.min(fails + 1, 6) } };
      if (yn === false) return { kind: 'value', value: { result: 'failed', attempts: fails } };
      return { kind: 'none' };
    }
    case 'visa_ead':
      if (yn === true) return { kind: 'value', value: 'ead' satisfies Visa };
      if (yn === false) return { kind: 'clarify', topic: 'visa_which', facts: { from: c.facts?.from === 'H-4' ? 'an H-4 without an EAD' : 'a pending green card' } };
      return READERS.visa(clauses, ctx);
    case 'visa_which':
    case 'visa_no_sponsor': {
      const read = READERS.visa(clauses, ctx);
      if (read.kind === 'value') return read;
      if (c.topic === 'visa_which' && clauses.some((x) => /\b(either|both|any|whichever|doesn't matter|dont care|don't care)\b/.test(x.text))) return { kind: 'value', value: 'either' };
      return { kind: 'none' };
    }
    case 'usce_months': {
      const n = clauses[0]?.tokens.find((t) => /^\d+(\.\d+)?$/.test(t));
      if (n !== undefined && Number(n) <= 120) return { kind: 'value', value: { months: Number(n), kind: String(c.facts?.kind ?? 'unspecified'), where: [] } };
      return READERS.usce(clauses, ctx);
    }
    case 'lors_count': {
      const n = clauses[0]?.tokens.find((t) => /^\d+$/.test(t));
      if (n !== undefined && Number(n) <= 20) return { kind: 'value', value: { count: Number(n) } };
      return READERS.usLors(clauses, ctx);
    }
  }
}

/** After two clarifications of a field: the value assumed (said out loud), or undefined to leave the field open. */
export function assumption(c: Clarifying): { value?: unknown; text: string } {
  switch (c.topic) {
    case 'visa_which':
    case 'visa_ead':
      return { value: 'either', text: 'I will assume you need a visa and could take either a J-1 or an H-1B; correct me any time.' };
    case 'visa_no_sponsor':
      return { value: 'unsure', text: 'I will note your visa as not sure yet; tell me later if you are a citizen, a green-card holder or on an EAD.' };
    case 'step1_later_pass':
      return { text: 'I will leave Step 1 open for now; tell me later whether you passed on a later attempt.' };
    case 'usce_months':
      return { text: 'I will leave US clinical experience open for now; tell me the months when you can.' };
    case 'lors_count':
      return { text: 'I will leave US letters open for now; tell me the count when you can.' };
  }
}
