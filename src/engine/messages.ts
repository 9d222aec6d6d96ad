// Every sentence the engine says that is not a question, in one place, and the key each reply made from one carries.
import type { Reply } from '../domain/io.js';

/** Every fixed or templated sentence the engine says, by key (the key a reply carries). */
export const MESSAGES = {
  alreadyAsked: 'Hello! The question just above is waiting for you: answer it in your own words, or type "help".',
  intro: 'Hi! I am Match Advisor. I help international medical graduates plan a US residency application, with Los Angeles and Southern California as home ground. I will ask a few questions, one at a time, then give you a tiered program list and next steps. Your answers stay private: type "profile" to see what I keep and "forget me" to delete it. Type "help" any time.',
  welcomeBack: 'Welcome back! Let us pick up where we left off.',
  help: 'You can answer in your own words. Commands: "back" (previous question), "skip", "restart", "profile" (what I know so far), "plan" (advice with what I have; then "programs", "program <name>", "why <program>", "steps", "csv", "chart" for its details), "why" (why I ask this), "export my data" (a copy of everything stored, as JSON), "forget me" (delete everything; "delete my <answer>" for one, "privacy" for who sees what). You can correct an answer any time, e.g. "my step 2 is actually 226" or "change visa to J-1", or ask a question such as "how do I explain a Step 1 fail?" ("more" gives the rest of a shortened answer).',
  notUnderstood: (example: string) => `Sorry, I did not understand that. For example: ${example}`,
  // a message in another language with nothing readable in it: say so rather than guess
  notUnderstoodIn: (language: string, example: string) => `I read that as ${language} but could not find an answer to this question in it; I read Spanish, Portuguese and Hindi-Urdu only for the main facts. Could you put it another way, or in English? For example: ${example}`,
  offerWayOut: 'You can also pick one of the choices below, or type "skip" to move on and come back to it later.',
  got: (label: string, value: string) => `Got it: ${label} = ${value}.`,
  updated: (label: string, value: string) => `Updated ${label}: ${value}.`,
  correctionNotUnderstood: (label: string, example: string) => `I could not read the new ${label}. Try for example: ${example}`,
  skipped: (label: string) => `Skipped ${label}. You can come back to it with "back" or by correcting it later.`,
  nothingToSkip: 'There is no open question to skip.',
  nothingBack: 'This is the first question, there is nothing to go back to.',
  wentBack: (label: string) => `Going back to ${label}; your earlier answer is cleared.`,
  restarted: 'Starting over with a blank profile.',
  emptyProfile: 'I do not know anything about you yet.',
  profileHeader: 'Here is what I have saved about you:',
  profileFooter: 'Correct anything by typing it (e.g. "change visa to J-1"); "forget me" deletes it all.',
  moreNone: 'That was everything our guides say on it. Ask another question, or type "help".',
  whyNone: 'The interview is complete, so there is no open question. Type "plan" to see your plan again.',
  complete: 'That is everything I need. Here is your plan.',
  alreadyComplete: 'Your plan is ready: type "plan" to see it again, correct any answer, or ask me a question.',
  planNeedsSpecialty: 'I need at least your target specialty before I can suggest programs.',
  planPartial: (missing: string) => `This plan uses what I have so far; still unanswered: ${missing}.`,
  contactNotKept: 'I do not need an email address or phone number for this advice, so I have not kept the one you typed (it was left out before I read your message). Please do not share contact details here.',
  forgetConfirm: 'This deletes everything I have stored about you (your answers and your plan). Are you sure?',
  forgetDone: 'Done: everything I stored about you is deleted. Say "start" if you ever want to begin again.',
  exported: 'Here is everything I have stored about you, as a JSON file only you can see. "forget me" deletes it all.',
  forgetCancelled: 'Okay, nothing was deleted.',
  forgetAfterAnswer: 'I kept that answer; nothing is deleted yet.',
  forgotFields: (labels: string) => `Deleted: ${labels}. The plan uses it, so I will ask again; type "skip" there to leave it out.`,
  forgotNothing: (labels: string) => `Nothing was stored for ${labels}, so there was nothing to delete.`,
  privacy: 'What I keep: only your answers to my questions (your profile), which ones you skipped and where we are in the interview; of your messages, only the last question you asked me (so a follow-up such as "and if not?" can be read with it), replaced by the next one; an email address or phone number in a message is left out before it is read and never kept. Nobody else sees them: in a Discord server or a Slack channel every reply about your profile is shown to you alone, and the logs hold no answers or scores. Residency programs see nothing from here (this is not ERAS). Type "profile" to see all of it, "export my data" for a copy, "delete my <answer>" for one answer (e.g. "delete my grad year") or "forget me" to delete everything. Conversations left untouched are deleted after a period set by whoever runs this advisor (a year by default).',
  forgetIsFinal: 'If you meant to undo a deletion: it is done and cannot be undone, nothing of your earlier answers is kept. You can begin again below.',
  readBackChanged: 'That line is changed (see above). Anything else to fix?',
  forgetUnclear: 'I could not tell whether you want everything deleted, so nothing is deleted yet. Reply "yes" to delete everything, or "no" to keep it.',
  staleChoice: 'That button belongs to an earlier question (or was already answered), so I ignored it. Your current question is just above.',
  whatIfHeader: (change: string) => `What if ${change}? Compared with your plan now (your saved profile is unchanged):`,
  whatIfSame: '- Tiers, closed programs and the number of applications stay the same; the full plan follows.',
  planChanged: 'Your plan with this change, compared with before:',
  planSame: '- Tiers, closed programs and the number of applications stay the same.',
  planAgain: 'Type "plan" to see the whole updated plan.',
  whatIfNoRetake: (exam: string) => `Your ${exam} is stored as passed, and a passed USMLE exam cannot be taken again to raise the score (USMLE rules, usmle.org), so there is no what-if to run for it. To see what can still change, try "what if I pass Step 3 with 230?" or "what if I had 3 more months of hands-on experience?".`,
  whatIfPastSame: (exam: string) => `Your ${exam} is already stored with no failed attempt, so that what-if is your plan as it is: nothing changes. If a fail is missing from what I keep, tell me (for example "I failed ${exam} once").`,
  whatIfNothingNew: (what: string) => `That what-if reads as what you have now (${what}), so it changes nothing I can model. Name the change itself, for example "what if I had 3 publications?" or "what if my CK were 240?".`,
  whatIfNotUnderstood: 'I could not tell what to change for that what-if. Try for example: "what if I get 235 on Step 3?"',
  // a composed answer names its own sources (or where to look); a bare excerpt gets its guide named first
  askFound: (title: string, answer: string) => (/\n(Sources|Where to look)\b/.test(answer) || !title ? answer : `From our guide "${title}":\n${answer}`),
  askMissed: (topics: string) => `I don't know that one, and I'd rather not guess. The nearest topics I can help with: ${topics}.`,
  askEmpty: 'What would you like to ask? For example: "is an observership enough?"',
  resume: 'Back to where we were:',
  pickedUp: 'I took these from your message (correct any of them by typing it again):',
  updatedFrom: (label: string, value: string, old: string) => `Updated ${label}: ${value} (was ${old}).`,
  alreadyNoted: (label: string, value: string) => `Already noted: ${label} = ${value}.`,
  orderTaken: (first: string, backup: string) => `I took them in the order you named them: ${first} first, ${backup} as your backup. Correct me if not: say "${backup} first" to swap them.`,
  orderAssumed: (first: string, backup: string) => `You had not said which comes first, so for now I put ${first} first and ${backup} as your backup. Correct me any time: say "${backup} first" to swap them.`,
  noPreference: (first: string, backup: string) => `You named both with no first choice, so I put ${first} first and ${backup} as your backup; say "${backup} first" to swap them.`,
  partnerPlanIsYours: 'I build this plan for you alone, from your own answers: I do not know your partner\'s file, so I cannot say where they stand or where they should apply. Your partner can start their own conversation with me for their own plan. For how the couples match works (linking two rank lists, visas for both), ask me about the couples match.',
  workNotUsce: 'Noted, but not counted as US clinical experience: work outside the US, or a US job such as scribe, medical assistant or research coordinator (USCE is hands-on or observer time in US clinical care).',
  gradYearKept: (kept: number, said: string) => `I kept your graduation year as ${kept}: I took ${said} as the year of something else. If you graduated in ${said}, say "graduated ${said}".`,
  otherPerson: 'I left out what you said about someone else: I only keep your own details.',
  // the user declined the interview ("no interview pls", "just one question"): said once, with the way back to a plan
  interviewDeclined: 'No interview, then: I will answer your questions without asking mine. If you want a plan of your own later, type "plan" or tell me your specialty.',
  askingForHint: (who: string) => `Are you asking for your ${who}? If so, say "I am asking for my ${who}" and I will keep your ${who}'s details as the applicant's (one person per chat).`,
  askingFor: (who: string, pronouns: string) => `You are asking for your ${who}: I will keep your ${who}'s details as the applicant's, and read ${pronouns} as your ${who}. One person per chat. If the plan is for you instead, say "it is for me".`,
  askingForSelf: 'Understood: the plan is for you, and what you say about anyone else is not stored.',
  clarifyAgain: 'Sorry, I did not catch that; a short answer to the question below is enough.',
  leftOpenAfterAsking: (label: string) => `I have asked about ${label.toLowerCase()} twice, so I will leave it open for now and stop asking; tell me any time (nothing is assumed).`,
  readBackHeader: 'Before I build your plan, here is what I understood:',
  readBackOpen: (labels: string) => `Not told yet (the plan treats them as unknown, never in your favour; add any of them in your reply): ${labels}.`,
  readBackQuestion: 'Is this right? Reply "yes" to build your plan, or fix any line in one message (e.g. "Step 2 CK 231, and I am on an EAD").',
  readBackWaiting: 'Reply "yes" if the summary is right, or type the line to fix (e.g. "graduated 2017").',
  // a bare yes or no after answers to other questions, and a question shown three times in a row (src/engine/screen-sync.ts)
  bareAnswerNamed: (said: string) => `Your "${said}" may be meant for an earlier question, so I have not stored it. The question I am asking now is the one below: answer it again and your yes or no counts for it.`,
  askedThreeTimes: (why: string) => `I have asked this three times now: ${why}.`,
  pickOrSkip: 'You can pick one of these, answer in your own words, or type "skip" to come back to it later:',
  // optional questions passed over twice in a row, set aside together (src/engine/passed-over.ts)
  setAside: (labels: string) => `I will stop asking the optional questions for now: ${labels} stay open, unknown to the plan and never counted in your favour. Tell me any of them whenever you like.`,
  bareAnswerSetAside: (said: string, label: string) => `Your "${said}" does not answer the question about ${label.toLowerCase()}, so I have not stored it.`,
  stillOpen: (label: string) => `Still open: ${label} (or type "skip" to come back to it later).`,
} as const;

/** The name of one sentence of MESSAGES: what a reply carries as its `key` so tests can outlive the wording. */
export type MessageKey = keyof typeof MESSAGES;

/** Each message as a pattern, built once at load: its fixed words in order, anything between them for its arguments. */
const PATTERNS: { key: MessageKey; full: RegExp; start: RegExp; fixed: number }[] = (Object.keys(MESSAGES) as MessageKey[]).map((key) => {
  const m: unknown = MESSAGES[key];
  const args = ['\u0001', '\u0002', '\u0003'];
  const text = typeof m === 'function' ? String((m as (...a: string[]) => string)(...args)) : String(m);
  const parts = text.split(/[\u0001-\u0003]/);
  const body = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*?');
  return { key, full: new RegExp(`^${body}$`), start: new RegExp(`^${body}(?=\\s|$)`), fixed: parts.join('').length };
}).filter((p) => p.fixed > 0);

/** The key of the message a reply's text was made from (whole, or the message it starts with); undefined for free text. */
export function messageKeyOf(text: string): MessageKey | undefined {
  const best = (test: (p: (typeof PATTERNS)[number]) => boolean) => PATTERNS.filter(test).sort((a, b) => b.fixed - a.fixed)[0]?.key;
  return best((p) => p.full.test(text)) ?? best((p) => p.start.test(text));
}

/** Marks each text or question reply made from a message with that message's key (in place); returns the same list. */
export function withMessageKeys(replies: Reply[]): Reply[] {
  for (const r of replies) {
    if ((r.type === 'text' || r.type === 'question') && r.key === undefined) {
      const key = messageKeyOf(r.text);
      if (key) r.key = key;
    }
  }
  return replies;
}
