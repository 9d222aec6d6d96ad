// Readers for spoken languages and the stage of the match cycle.
import type { Stage } from '../../../domain/profile.js';
import { LANGUAGES } from '../places-and-names.js';
import { negatedAt } from '../scan.js';
import { PhraseIndex } from '../tokens.js';
import { joined, none, refuse, value, type Reader } from '../reading.js';
import { inPgy1Now } from '../in-training.js';
import { firstTimeSaid, presentOverHedged, satOut, withoutSeasonTimes } from './cycle-time.js';
import { spokenSense } from '../senses.js';
import { NATIONALITIES } from './visa.js';
import { lowLevelBefore } from '../language-levels.js';
import { chatLanguage, unnamedJoined, unnamedLanguage } from '../language-mentions.js';

const LANGUAGE_ALIASES: [string, string][] = [
  ['eng', 'English'], ['espanol', 'Spanish'], ['español', 'Spanish'], ['persian', 'Farsi'], ['filipino', 'Tagalog'], ['mandarin', 'Mandarin'],
  ['cantonese', 'Cantonese'], ['bisaya', 'Cebuano'], ['binisaya', 'Cebuano'], ['visayan', 'Cebuano'], ['hokkien', 'Hokkien'], ['twi', 'Twi'], ['sindhi', 'Sindhi'], ['kashmiri', 'Kashmiri'], ['odia', 'Odia'], ['oriya', 'Odia'], ['asl', 'American Sign Language'], ['american sign language', 'American Sign Language'], ['bsl', 'British Sign Language'], ['british sign language', 'British Sign Language'], ['lsm', 'Mexican Sign Language'], ['mexican sign language', 'Mexican Sign Language'], ['sign language', 'Sign Language'], ['haitian creole', 'Haitian Creole'], ['creole', 'Haitian Creole'],
  ['ilokano', 'Ilocano'], ['farsi', 'Farsi'], ['taglish', 'Tagalog'],
];
const NAMES = new PhraseIndex<string>([...LANGUAGES.filter((l) => l !== 'Mandarin' && l !== 'Cantonese' && l !== 'Persian' && l !== 'Filipino').map((l): [string, string] => [l.toLowerCase(), l]), ...LANGUAGE_ALIASES]);
/** The most languages a profile keeps (the profile schema's limit). */
const MAX_LANGUAGES = 12;
// ... or after it ("Punjabi basic", "spanish is duolingo level", "tamil thoda thoda", "French (rusty)", "japanese, only a little",
// "my french is meh, dont count it": a language the applicant asks us not to count)
const WEAK_AFTER = /^(?:(?:is |only |just |but |very |pretty |quite |a )*(?:basics?|basico|basica|rusty|broken|beginner|elementary|limited|poor|weak|thoda|little|bit|minimal|so so|meh|more or less|mais or menos|mas or menos|somewhat)|not (really|much|so much|great|good|fluent|well|that good|conversational)|(?:i )?(?:only |just |can |mostly )?understand\b(?! and (?:i )?speak)(?! (?:it |them )?(?:more|better) than)|(?:but |and )?(?:i )?(?:don't|dont|do not|can't|cant|cannot) speak|(?:is |so |but |and |pls |please |\w+ ){0,3}(?:don't|dont|do not) (?:count|include|add|list|put) (?:it|that|this|them)\b|(?:but |and )?(?:i )?(?:can't|cant|cannot|couldn't|couldnt) (?:hold|have|keep|follow|carry) (?:a |any )?(?:convo|conversation|conversations)|(?:is |at |only |just |like |a |an )*(?:duolingo|app|tourist|textbook|school|high school|survival|menu|kitchen|a1|a2)(?: app)? level)\b/;
// a limit told of the language just named: "not for patients", "but not with patients", "patients ke saath nahi", "no para pacientes"
const NOT_FOR_PATIENTS = /\b(not|no|never|can't|cant|cannot|couldn't|couldnt|wouldn't|wouldnt|won't|wont|isn't)\b[^;]{0,30}\b(patients?|pts|pacientes|clinically|clinical use|clinical (?:level|setting|settings|work|context)|medical (?:level|setting|work|context|terms)|professional(?:ly| level)?|at work)\b|\bpatients?\b[^;]{0,20}\bnot\b|\b(not (?:really |very )?fluent)\b|\b(?:can't|cant|cannot|couldn't|couldnt) (?:really )?(?:hold|have|keep|follow|carry) (?:a |any )?(?:convo|conversation|conversations)\b/;
// the languages not named ("anything else", "any other language"): what a limit said of them leaves the named ones alone
const OTHER_LANGUAGES = /\b(?:anything|nothing|everything) else\b|\bany other\b|\bother (?:languages?|ones)\b/;
// a language named beside a citizenship is a nationality ("EU citizen (Italian)", "German passport")
const NATIONALITY = /\b(citizen|citizens|citizenship|passport|passports|national|nationality|descent|heritage|origin)$/;

// "I'm Armenian", "am Korean", "as a Ukrainian": an identity told with a language's name
const IDENTITY_BEFORE = /(?:^|\b)(?:i'm|im|i am|am|as an?|being an?|being)$/;

// ("forgot to mention Urdu" adds one: a reminder, not a language lost)
const PAST_ONLY = /\b(?:used to|once) (?:speak|know|talk)\b|\b(?:forgot|forgotten|lost)\b(?! to\b| about\b)|\bno longer\b|\b(?:don'?t|dont|can'?t|cant) (?:speak|use) (?:it )?anymore\b/;
const GONE_SINCE = /^(?:but |and )?(?:i )?(?:forgot|forgotten|lost|don'?t remember|dont remember)(?: it| most of it| all of it)?\b(?! to\b| about\b)|^(?:not|none) anymore\b|^no longer\b/;
/** Languages usable with patients; ones negated or only "basic"/"learning" are left out; "X too" adds to the stored list. */
export const readLanguages: Reader<string[]> = (clauses, ctx) => {
  const hits: { value: string; clause: number; at: number }[] = [];
  const dropped = new Set<string>();
  // (one name alone in the message, not a list: "Spanish and English" are languages wherever they are told)
  const lone = clauses.reduce((n, c) => n + NAMES.find(c.tokens, true).length, 0) === 1;
  clauses.forEach((c, i) => {
    const t = c.tokens;
    const found = NAMES.find(t, true);
    const usedWithPatients = /\bpatients?\b/.test(c.text) && !NOT_FOR_PATIENTS.test(c.text);
    for (const hit of found) {
      const before = t.slice(Math.max(0, hit.start - 3), hit.start);
      const after = t.slice(hit.end, hit.end + 4).join(' ');
      const nearBefore = hit.start > 0 ? t.slice(Math.max(0, hit.start - 2), hit.start).join(' ') : (clauses[i - 1]?.tokens.join(' ') ?? '');
      // ("Filipino-American", "of Armenian descent": heritage, not a language spoken)
      if (NATIONALITY.test(nearBefore) || /^(citizen|passport|national|american|americans|canadian|british|descent|heritage|origin|background|roots)\b/.test(after)) continue;
      // ("Venezolano aca (but I'll write in english)": the language of this chat, not one spoken with patients)
      if (chatLanguage(t, hit.start)) continue;
      // ("I'm Armenian, green card holder", "Ukrainian, here on parole", "Nigerian here" off the languages question): who
      // the applicant is, not what they speak
      if (!ctx.pending && NATIONALITIES.has(hit.value.toLowerCase()) && (IDENTITY_BEFORE.test(t.slice(Math.max(0, hit.start - 2), hit.start).join(' ')) || (lone && t.length - (hit.end - hit.start) <= 1 && /^(|here|lol|btw)$/.test([...t.slice(0, hit.start), ...t.slice(hit.end)].join(' '))))) continue;
      if (negatedAt(t, hit.start, 4)) { dropped.add(hit.value); continue; }
      // past versus now: a language once spoken and gone ("used to speak French as a kid, forgot it") is not held now
      if (PAST_ONLY.test(t.slice(Math.max(0, hit.start - 4), hit.end + 3).join(' ')) || (clauses[i + 1]?.sentence === c.sentence && GONE_SINCE.test(clauses[i + 1]!.text) && NAMES.find(clauses[i + 1]!.tokens, true).length === 0)) { dropped.add(hit.value); continue; }
      // ("thodi marathi bol leta hoon patients se": a little, but used with patients, is kept)
      const weak = before.some(lowLevelBefore) || /\bget by( in| with)?$/.test(before.join(' ')) || WEAK_AFTER.test(after);
      if ((weak && !usedWithPatients) || /^(classes|class|lessons|course)$/.test(t[hit.end] ?? '')) { dropped.add(hit.value); continue; }
      // ("14 pubs in Russian journals", "keyboard stuck in arabic mode": a name describing something else is no language spoken;
      // in answer to the languages question only a near-miss is held to it: "everyone assumes" is no "Assamese")
      const nearMiss = t.slice(hit.start, hit.end).join(' ') !== hit.phrase;
      // ("fluent in Farsi, English and Arabic if that matters"): a name opening the clause after one held in the same
      // sentence goes on with that list, whatever follows it
      const listGoesOn = !nearMiss && hit.start <= 1 && t.slice(0, hit.start).every((w) => /^(and|or|plus|also|&)$/.test(w)) && hits.some((h) => h.clause === i - 1) && clauses[i - 1]?.sentence === c.sentence;
      if ((!ctx.pending || nearMiss) && !listGoesOn && !spokenSense(t, hit.end, (w) => NAMES.starts(w))) continue;
      hits.push({ value: hit.value, clause: i, at: hit.start });
    }
    // "..., not for patients": the language just named before the limit is left out
    const limit = NOT_FOR_PATIENTS.exec(c.text) ?? (found.length === 0 && WEAK_AFTER.test(c.text) ? { index: 0 } : null);
    // ("wolof (basics only)", "Turkish. only basic"): a level told alone, right after a language, is that language's
    // ("english obviously. not fluent in anything else": a limit on the languages not named leaves the named ones)
    if (limit && !OTHER_LANGUAGES.test(c.text)) {
      const at = c.text.slice(0, limit.index).split(' ').filter(Boolean).length;
      const last = [...hits].reverse().find((h) => h.clause < i || (h.clause === i && h.at < at));
      if (last && last.clause >= i - 1) dropped.add(last.value);
    }
  });
  // a language denied anywhere is not read back in from another mention ("no french though, school was half french")
  const out = [...new Set(hits.map((h) => h.value).filter((v) => !dropped.has(v)))];
  // "english and a few indian languages": languages left unnamed are asked for, not dropped
  if (clauses.some((c) => /\b(few|several|some|many|multiple|couple|bunch|various|other)\b.*\blanguages\b/.test(c.text) && NAMES.find(c.tokens, true).length === 0)) return refuse('Which languages exactly? Name them, e.g. "English, Hindi and Telugu".');
  // "English and my mother tongue": a language left unnamed, in a clause of its own, is asked for (not a detail in brackets:
  // "Arabic (my mother tongue)")
  if (clauses.some((c) => !c.aside && !c.question && c.whose === 'me' && ((unnamedLanguage(c.tokens) && NAMES.find(c.tokens, true).length === 0) || unnamedJoined(c.text)))) return refuse('Which language is your mother tongue? Name every language you would use with patients, e.g. "English and Tagalog".');
  // "I shouldn't have listed Spanish", "no French after all": a stored language taken back leaves the rest
  if (out.length === 0 && ctx.stored?.some((l) => dropped.has(l)) && !ctx.stored.every((l) => dropped.has(l))) return value(ctx.stored.filter((l) => !dropped.has(l)));
  if (out.length === 0) return none();
  const adds = clauses.some((c) => c.adds) && !clauses.some((c) => /\b(only|just)\b/.test(c.text));
  // "not Hindi, Urdu" (as a correction "I said Hindi but I meant Urdu" is read): the one named replaces the one struck, the rest stay
  const swaps = !adds && ctx.stored?.some((l) => dropped.has(l)) && !out.some((l) => ctx.stored!.includes(l)) && !clauses.some((c) => /\b(only|just)\b/.test(c.text));
  const all = (adds || swaps) && ctx.stored ? [...new Set([...ctx.stored.filter((l) => !dropped.has(l)), ...out])] : out;
  if (all.length > MAX_LANGUAGES) return refuse(`I can keep up to ${MAX_LANGUAGES} languages; list the ones you would use with patients.`);
  return value(all);
};

const STAGE_WORDS = /\b(appl\w*|eras|cycle|season|match\w*|interview\w*|invites?|rank\w*|submit\w*|reappl\w*|prepar\w*|prepping|soap\w*|gap year|next year)\b/;

/** An application said to go out "this fall" / "this September" (a season named, not a year). */
const THIS_FALL = /\b(?:appl\w*|submit\w*|eras|send\w*)\b(?: [a-z]+){0,2}? (?:this|this coming|the coming|coming|upcoming) (?:fall|autumn|september|sept|sep)\b(?!,? (?:of )?(?:19|20)\d\d)/;

/** Where the applicant is in the cycle. */
export const readStage: Reader<Stage> = (all, ctx) => {
  const one = all.length === 1 ? all[0]!.text : '';
  if (one === 'preparing' || one === 'applying' || one === 'interviewing' || one === 'reapplying') return value(one);
  // a later cycle only feared beside what is true now ("submitted, but probably reapplying next year") is not the stage
  const clauses = presentOverHedged(all);
  // ("step 3 before interviews start": a season event named as a time; "never applied before": a first application)
  const told = joined(clauses).join(' ');
  const untimed = withoutSeasonTimes(told);
  // (with the season event gone, nothing else of the cycle is said: "planning to take step 3 before rank list" is no stage)
  if (untimed !== told && !STAGE_WORDS.test(untimed)) return none();
  const t = firstTimeSaid(untimed).replace(/\b(pre|post) interview\b/g, ' ').replace(/\b(?:interviews?|invites?|interview invites?)(?: ?[;:-])? (?:zero|none|0|nil|nada)\b/g, ' ').replace(/\b(re ?appl\w*|applying again) (for )?(the |a |my )?(j1|h1b|visa|sponsorship|waiver|green ?card|gc|ead|o1)\b/g, ' visa ').replace(/\b(no|not|zero|0|without|haven't had|havent had|haven't got|didn't get|didnt get) (any )?(interviews?|invites?|interview invites?)( yet)?\b/g, ' ')
    // ("interviews: zero so far", "a pre-interview survey", "my visa interview", "mock interviews": no interview had)
    // ("saving up for ERAS", "getting my documents ready for ERAS": ERAS still ahead)
    .replace(/\b(saving|save|paying|pay|money|ready|getting ready|prepping|preparing|studying|waiting|wait)( up| now| money)? (for|toward|towards) (the |my )?eras\b/g, ' preparing ')
    // ("ERAS fees are killing me", "the ERAS cost for 60 programs": the price of applying, said of no stage)
    .replace(/\b(?:the )?eras (fees?|costs?|prices?|pricing|tokens?|charges?|bills?|money|expenses?)\b|\b(?:fees?|costs?|price|prices) (?:of|for) (?:the )?eras\b/g, ' fees ')
    .replace(/\b(interviews?|invites?|interview invites?)( ;)?( so far| yet| till now)?( ;)? (zero|none|0|nil|nada|nothing)\b/g, ' ').replace(/\b(pre|mock|visa|embassy|consulate|consular|practice) ?interviews?\b|\binterviews? (prep|preparation|practice|coaching|tips)\b/g, ' ')
    // ("SOAP: hoping not", "hopefully no SOAP for me"): a SOAP only hoped away is no match missed
    .replace(/\bsoap\w*\b(?=(?: ;)?(?: [a-z]+)?(?: ;)? (?:hop\w*|fingers|pray\w*|touch wood|god forbid|please no)\b)|\b(?:hopefully|hoping for|hope there's|praying for|fingers crossed for|fingers crossed) (?:no|not|never)(?: [a-z]+)? soap\w*\b/g, ' ')
    .replace(/\b(didn't|didnt|did not|never|haven't|havent) (re ?apply|reapplied)\b/g, ' first time ')
    .replace(/\b(not|no|never|isn't|not a) (re ?applying|reapplicant|re ?applicant|re ?apply)\b/g, ' first time ')
    .replace(/\b(second|2nd|third|3rd|fourth|4th|another) (time|round|attempt|go|cycle|season|match|year applying)( applying| at the match| at it)?\b/g, ' reapplying ')
    // "not a first timer", "not my first cycle": an earlier cycle is behind them
    .replace(/\b(not|isn't|no longer) (a |my )?first (timer|time applying|cycle|time|season|match)\b/g, ' reapplying ')
    // "this is my very first cycle", "my first match": the first application is this one
    .replace(/\b(my|this is my|it's my|its my|the) (very )?first (cycle|season|match|application cycle|time applying)\b/g, ' first time applying ')
    // "matched prelim last year, now looking for a categorical spot": a prelim year, then the match again
    .replace(/\b(matched|in|doing|finishing|on|did|done|completed|finished) (a |my |into (a )?)?(prelim|preliminary|ty|transitional)\b.*\b(categorical|looking for|apply\w* (again|for))\b/g, ' reapplying ')
    .replace(/\bnext (yr|yr\.|season|match|round|time|spring|fall|intake)\b/g, ' next year ')
    // "actually I'm applying this cycle, not preparing": a stage denied is not that stage
    .replace(/\b(not|no longer|isn't|not just|not still) (preparing|prepping|studying|interviewing)\b/g, ' ')
    // "will apply 2028", "applying for the 2029 match": a cycle after the current one is still being prepared for
    .replace(/\b(?:will |gonna |going to |plan to |planning to |hope to |aim to )?(?:re ?)?apply(?:ing)? (?:in |for |for the |during )?((?:19|20)\d\d)\b(?: match| cycle| season)?/g, (m, y: string) => (Number(y) > ctx.now.getFullYear() + 1 ? ' next year ' : m));
  // "applying this fall": in December the fall just past (this cycle, late) or the next one? asked, never guessed; from
  // January to May "this fall" is the next September's cycle, prepared for (June to November: this cycle, read below)
  if (THIS_FALL.test(t) && !/\b(submitted|sent|interview\w*|invites?)\b/.test(t)) {
    const month = ctx.now.getUTCMonth();
    if (month === 11) return refuse(`By "this fall", do you mean the applications that went out in September ${ctx.now.getUTCFullYear()} (this cycle, Match ${ctx.now.getUTCFullYear() + 1}), or next fall, September ${ctx.now.getUTCFullYear() + 1} (Match ${ctx.now.getUTCFullYear() + 2})? Say "applying this cycle" or "applying next cycle".`);
    if (month <= 4) return value('preparing');
  }
  // "will apply 2028": an application year two or more years ahead is no cycle of now, whatever the words around it
  const ahead = /\b(?:appl\w*|match\w*|eras)\b(?: (?:in|for|during|to|the|cycle|season|match))* ((?:19|20)\d\d)\b/.exec(t);
  if (ahead && Number(ahead[1]) >= ctx.now.getUTCFullYear() + 2) return value('preparing');
  // "I will apply in 2027" in December 2026, "2027 mein apply karunga": a plain application year after this cycle's
  // applications went out (a year, no month; not a match, cycle or season year, which name the spring of the match) is a later cycle
  const sentThisCycle = ctx.now.getUTCMonth() >= 5 ? ctx.now.getUTCFullYear() : ctx.now.getUTCFullYear() - 1;
  const applyYear = /\bappl(?:y|ying)\b(?: (?:in|during))? ((?:19|20)\d\d)\b(?! (?:match|cycle|season|eras))|\b((?:19|20)\d\d) (?:in )?appl(?:y|ying)\b/.exec(t);
  if (applyYear && Number(applyYear[1] ?? applyYear[2]) > sentThisCycle && !/\b(submitted|sent|interview\w*|invites?|match|cycle|season)\b/.test(t)) return value('preparing');
  // "applying sept 2027" in December 2026: a submission month of a year after this cycle's is the next cycle, prepared for
  // (this cycle's applications went out in the September of this year from June on, of last year before June)
  const sending = /\b(?:appl\w*|submit\w*|eras|send\w*|sending)\b(?: [a-z]+){0,3}? (?:in |on |by )?(?:(?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:of )?)?(?:jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b,? (?:of )?((?:19|20)\d\d)\b/.exec(t);
  const thisCycleSent = ctx.now.getUTCMonth() >= 5 ? ctx.now.getUTCFullYear() : ctx.now.getUTCFullYear() - 1;
  if (sending && Number(sending[1]) > thisCycleSent && !/\b(submitted|sent|interview\w*|invites?)\b/.test(t)) return value('preparing');
  // "sitting this cycle out", "couldn't pay for ERAS this year", "applying next september": a later cycle is prepared for
  if (satOut(t) && !/\b(submitted|sent|interview\w*|invites?)\b/.test(t)) return value('preparing');
  // "currently PGY-1 prelim, applying for categorical": in US training now and applying this cycle, not after not matching
  if (inPgy1Now(untimed) && /\bappl/.test(untimed) && !/\bnext (year|cycle)\b/.test(untimed)) return value('applying');
  if (/\b(reappl\w*|didn't match|didnt match|did not match|unmatched|not matched|not matching|without matching|soap\w*|second time applying|applied last (year|cycle)|last cycle|failed to match|went unmatched|(applying|apply) again|back (at it|again))\b/.test(t)) return value('reapplying');
  // "not applying this year, and not a reapplicant either": the application itself denied is a later cycle prepared for
  if (/\b(not|no longer|isn't|am not|i'm not|im not|won't be) (yet )?applying\b(?! again)/.test(t) && !/\b(submitted|sent|interview\w*|invites?)\b/.test(t)) return value('preparing');
  // ("applying for the first time next cycle, studying now": a first application still a cycle ahead is prepared for)
  if (/\b(first time applying|first time)\b/.test(t) && /\bappl/.test(t)) return value(/\bnext (year|cycle)\b/.test(t) && !/\b(this (cycle|year|season)|submitted|sent|interview\w*|invites?)\b/.test(t) ? 'preparing' : 'applying');
  // ("for me its my first time", "this is my very first cycle" to the stage question): a first application
  if (ctx.pending && /\b(?:my|this|the) (?:very )?first (?:time|cycle|season|match|go|round)\b/.test(t) && !/\b(not|isn't|no longer)\b[^;]{0,12}\bfirst\b/.test(t) && !/\b(next year|next cycle|preparing|prepping|getting ready|ready for|not (yet )?applying)\b/.test(t)) return value('applying');
  // "applied before", "applied once in the past": an earlier cycle told without now is asked about (again this cycle, or not?)
  if (/\b(applied|apply|submitted)\b[^;]{0,20}\b(before|previously|in the past|once|earlier)\b/.test(t) && !/\b(now|this (cycle|year|season)|again|currently|first time)\b/.test(t)) return refuse('Is this cycle a reapplication (you applied in an earlier cycle and are applying again now), or are you not applying this cycle?');
  // "haven't submitted ERAS yet, planning for next september": not yet sent and planned for later is preparing
  // (not yet sent and nothing else said is no stage: ERAS may still be ahead this cycle or next)
  const notSent = /\b(haven't|havent|have not|not yet|didn't|didnt|yet to) (yet )?(submitted|submit|sent|send)\b/.test(t);
  if (notSent && /\b(planning|plan to|next)\b/.test(t)) return value('preparing');
  if (notSent && !/\b(this cycle|this year|this season|applying|interview\w*)\b/.test(t)) return none();
  if (/\b(not (yet )?applying|not applying|won't apply|next year|next cycle|preparing|prepping|studying|getting ready|still in (med )?school|student|final year|gathering|building my)\b/.test(t)) return value('preparing');
  // a reapplicant who now has interviews is still a reapplicant (the interviews are the cycle's, kept beside it)
  if (/\b(interviewing|interview invites?|interviews|interview season|invites?|rank list|ranking)\b|\b[1-9]\d? (interview|invite|ivs?|iis)\b/.test(t)) return ctx.stored === 'reapplying' ? none() : value('interviewing');
  // (a hedge asks again only in answer to the stage question: "3 pubs, maybe 4 by the time ERAS opens" is about the papers)
  if (/\b(about to|soon|kind of|sort of|maybe|by the time)\b/.test(t) && !/\bappl/.test(t) && !ctx.pending) return none();
  if (/\b(about to|soon|kind of|sort of|maybe)\b/.test(t) && !/\bappl/.test(t)) return refuse('Where are you in the cycle: preparing, applying this cycle, interviewing, or reapplying?');
  if (/\b(applying|apply|applied|submit\w*|eras|this cycle|sending|sent)\b/.test(t)) return value('applying');
  if (/\b(planning|early|future|starting|just started)\b/.test(t)) return value('preparing');
  return none();
};
