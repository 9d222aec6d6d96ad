// Step two: a message cut into clauses, each with its tokens and what kind of clause it is.
import { z } from 'zod';
import { alternation } from '../people.js';
import { toldOfOthers } from './told-of-others.js';
import { hearsayApart } from './hearsay.js';
import { notYetHeld } from './not-yet-held.js';
import { tokenise } from './tokens.js';
import { STATUS_THROUGH, WE_AT_HOME } from './clause-cues.js';
import SPEECH_FILE from '../../../knowledge/reported-speech.json' with { type: 'json' };

/** One clause of a message. */
export interface Clause {
  text: string;
  tokens: string[];
  /** Asks something ("is 225 enough for IM", "how much for 90 applications?"). */
  question: boolean;
  /** About someone else ("my roommate got 245"): never read as the applicant's own facts. */
  otherPerson: boolean;
  /** Only discourse words ("no", "oops", "sorry", "wait"): a correction marker or a bare answer. */
  marker: boolean;
  /** Adds to what is stored ("San Diego as well", "also Spanish"). */
  adds: boolean;
  /** Which sentence of the message the clause belongs to. */
  sentence: number;
  /** Whose fact it is: the applicant's, someone else's, or a general statement ("everyone tells IMGs to do FM"). */
  whose: 'me' | 'other' | 'generic';
  /** When: done or true now, planned or expected ("we'll have 3 pubs out next year"), or only supposed ("if I do a prelim year"). */
  when: 'done' | 'planned' | 'hypothetical';
  /** Told in brackets right after another clause ("2 years of residency (IM at a program in Michigan)"): a detail of it. */
  aside?: boolean;
}

// Sentence ends, list separators and conjunctions that start a new fact.
const SENTENCE = /(?<=[?!])\s*|\n+|(?<=[a-z0-9)])\.(?:\s+|$)|(?<=[a-z0-9)]) \.\s+|\s+(?=¿)/;
const CLAUSE = /\s*[,;:]\s+|\s*[,;]\s*|\s+(?:and|but|also|plus|btw|though|although|however|whereas|while|then|so(?! far\b)|as for|and then|and also|but also|even tho|even though|tho)\s+|\s+-+\s+|\s*\/\/\s*|\s*\|\s*|\s*\(\s*|\s*\)\s*/;
const QUESTION_START = /^(how|what|whats|what's|why|when|where|which|who|whom|whose|any tips|any advice|tips|advice on|explain|tell me|is there|are there|do you|can you|could you|would you|should i|can i|could i|do i|does it|does that|will i|would i|am i|is it|is that|is this|are my|is my|do programs|does a|does an|do they|is a|is an|are|is|should|would|could|can|will|do|does|did)\b/;
const AUX_SUBJECT = /^((is|are|was|were|can|could|should|would|will|do|does|may|might|shall)\s+(i|you|it|my|that|this|there|we|he|she|they|programs?|img|imgs|anyone|someone|anybody|somebody|it's)|(did|have|has)\s+(you|anyone|anybody|someone|they|programs?)|(is|are|was|were|would|will|does|can|could)\s+(a|an|the|\d+|being|having|getting|applying))\b/;
// a clause about what was just named ("where my sister lives", "which my PI runs"): a subject and its verb, no auxiliary first
const RELATIVE_CLAUSE = /^(?:where|which|whom|whose) (?:my|our|his|her|their|i|we|he|she|they|the|a|an) (?![a-z']* ?(?:do|does|did|is|are|was|were|should|can|could|would|will|might|must|shall)\b)/;
const QUESTION_WORD_START = /^(how|what|whats|what's|why|when|where|which|who|whom|whose|any tips|any advice|tips|advice on|explain|tell me)\b/;
const PEOPLE = 'family|whole family|twin|twins|relatives|co resident|coresident|co resi|resident|intern|fellow|batch|class|classmates|batchmates|pi|boss|supervisor|professor|friend|friends|roommate|roomie|flatmate|housemate|room mate|brother|bro|sister|sis|cousin|colleague|colleagues|classmate|batchmate|batch mate|senior|junior|husband|wife|spouse|partner|mom|mother|dad|father|uncle|aunt|buddy|mate|coworker|co worker|fiance|fiancee|bf|gf|boyfriend|girlfriend|son|daughter|parents|senpai|attending|mentor|coauthor|co author|co authors|coauthors|collaborator|collaborators|labmate|labmates|lab mate|peers|chairman|chairperson|chair|hod|pd|program director|dean|consultant|advisor|adviser|counselor|counsellor|teacher|registrar|doctor|tia|tio|primo|prima|khala|chacha|mamu|bhai|behen|someone|somebody|people|guy|girl|lab|team|group|department|dept|kids|kid|children|child|baby|grandparents|grandparent|grandma|grandpa|grandmother|grandfather|granny|nani|dadi|lola|lolo|abuela|abuelo|abuelos|niece|nephew|in laws|inlaws|stepmom|stepdad';
const OTHER_PERSON = new RegExp(`(^|\\s)(?<!\\b(?:from|by) )(my|a|his|her|their|our|this|one)( [a-z']+){0,2} (${PEOPLE})('s)?( [a-z']+| with (?:an? |like |only |just )?\\d+\\+?| (?:from|in|at|back in|back home in) [a-z]+)? (scored|got|gets|has|had|have|took|takes|passed|failed|graduated|matched|is|was|are|were|needs|need|did|does|speaks|applied|applies|applying|wants|want|made|holds|became|went|studied|speak|says|say|said|told|tell|tells|thinks|think|offered|insists|insist|keeps|keep|published|publishes|presented)\\b|^(my|his|her|their|our)( [a-z']+){0,2} (${PEOPLE})('s)? (trained|trains|rotated|practices|practiced|interned|teaches|taught)\\b|^(he|she|they|he's|she's|they're|someone|somebody|people|others|everyone|everybody|(?:all|most|many) of (?:my|our) [a-z]+)(?: (?:of|in|from) (?:my|our) [a-z]+)?\\s+(scored|got|has|had|took|passed|cleared|failed|graduated|matched|is|are|was|were|needs|speaks|applying|applied|did|also|too)\\b|^(?:the )?(roommate|roomie|flatmate|housemate|brother|sister|cousin|friend|colleague|classmate|batchmate|husband|wife|spouse|fiance|fiancee|boyfriend|girlfriend|mom|dad|mother|father|kids|son|daughter|coworker)s? (scored|got|took|passed|failed|matched|is|are|was|were|has|had|needs|applied|applying|reapplying|graduated)\\b|^(he's|she's|they're|he is|she is|they are)\\b|^(his|her|their) (?!own\\b)[a-z0-9]`);
// "my friend w the same uworld % got 250", "a guy in my batch with the same scores matched IM": someone else opening the
// clause, their verb a few words on, and no "I" in between (a first-person word there makes the fact the applicant's)
const SUBJECT_FAR = new RegExp(`^(?:my|a|his|her|their|our|one of my)(?: [a-z']+){0,2} (?:${PEOPLE})(?:'s)?(?: (?!i\\b|i'm\\b|im\\b|i've\\b|ive\\b|i'd\\b|i'll\\b|myself\\b)[a-z0-9'%+]+){2,6} (?:scored|got|gets|took|passed|failed|matched|has|had|needs|published|applied|graduated|speaks)\\b`);
// a dash, then a yes/no question that judges something ("- is X even useful", "- does that count", "- is it enough")
const DASH_QUESTION = /(?:\s+-+|\s*;)\s+(?=(?:is|are|does|do|can|could|should|would|will)\b[^.;!?\n]*\b(?:useful|worth|enough|ok|okay|good|bad|competitive|possible|helpful|relevant|needed|necessary|required|matter|matters|help|helps|count|counts|realistic|even)\b)/g;
// "so we want Washington state", "we'd prefer the midwest": what "we" wish includes the applicant
const WE_WISH = /^(?:so |and |but |then )?(?:we|we'd|we're|we'll)(?: would| really| both| all)? (?:want|wanna|prefer|like|would like|'d like|are looking|plan|need|hope)\b/;
// "my study partner swears I'll get 240", "my friend who's a PGY2 keeps telling me to take step 3": what someone else
// says, predicts or advises of the applicant is their word (the verbs in knowledge/reported-speech.json)
const SPEECH = z.object({ about: z.string().min(1), wishes: z.object({ about: z.string().min(1), verbs: z.array(z.string().min(2)).min(1) }).strict(), verbs: z.array(z.string().min(2)).min(1) }).strict().parse(SPEECH_FILE);
const SPEECH_VERBS = SPEECH.verbs;
// "mi mamá wants me to do derm", "my PD back home wants me to do a research year first": someone else's wish for the
// applicant, whoever wishes it, is theirs until the applicant speaks as the subject again ("but I'm applying peds")
const WISHED_BY_OTHER = new RegExp(`^(?!(?:and |but |so )?(?:i|i'm|im|i've|i'd|we|we're|we'd)\\b)(?:[\\p{L}'.]+ ){0,6}(?:${alternation(SPEECH.wishes.verbs)})(?![\\p{L}])`, 'u');
const SAID_BY_OTHER = new RegExp(`^(?:(?:and|but|so|also|plus|though|tho|lol|ok) )?(?:(?:all|most|some|many|half)(?: of)? )?(?:my|our|a|his|her|their|one of my)(?: [a-z']+){0,2} (?:${PEOPLE})s?(?:'s)?(?: (?:in|at|from|back in|back home in|back home|here|there)(?: [a-z]+){0,2})?(?: (?:who|who's|whos|that|which)(?: (?!i\\b|i'm\\b|im\\b|my\\b|me\\b)[a-z0-9'%+-]+){1,5})? (?:${alternation(SPEECH_VERBS)})(?![a-z])`);
const PERSON_ONLY = new RegExp(`^(?:my|our) (?:[a-z']+ )?(?:${PEOPLE})$`);
/** "my sister and her kids are in Riverside": a person alone before "and" is a subject shared with the next part, not a clause. */
function joinedSubjects(parts: string[], sentence: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && PERSON_ONLY.test(p) && sentence.includes(`${p} and ${next}`)) { out.push(`${p} and ${next}`); i += 1; } else out.push(p);
  }
  return out;
}
// A question opened by a discourse word or two ("btw", "also", "oh and", "quick q"): a question word with its verb after it
const OPENED_QUESTION = /^(?:(?:btw|by the way|also|and|so|oh|ok|okay|but|anyway|anyways|lol|haha|ps|quick q|quick question|one more thing|one thing)[,:]?\s+){1,2}(?:(?:how|what|when|where|which|why|who) (?:do|does|did|is|are|was|were|can|could|should|would|will|much|many|long|about|if)|(?:is|are|can|could|should|would|will|do|does) (?:i|it|my|you|that|this|there|programs?|we)|any (?:tips|advice|idea))\b/;
// "my attending wrote letters for 3 of my friends": what someone did for other people (what they wrote the applicant stays the applicant's)
const FOR_OTHERS = new RegExp(`(^|\\s)(my|a|his|her|their|our)( [a-z']+){0,2} (${PEOPLE}) (wrote|writes|gave|gives|sent|sends|got|gets)\\b[^,;]*\\bfor (?!me\\b|myself\\b|us\\b)[a-z0-9]`);
// A judgement of the applicant's number ("is fine for FM", "is ok for peds", "isn't enough for derm")
const JUDGED = /\s+(?:is|are|was|were|isn't|is not|should be|would be|will be|looks|seems)(?: (?:totally|really|very|pretty|quite|more than|still|not|probably|definitely))? (?:fine|ok|okay|good|enough|competitive|solid|decent|great|strong|bad|low|weak|safe|high|average)(?: enough)?(?: for .*)?$/;
const REPORTED = /^(.*?\b(?:says|said|thinks|thought|told me|tells me|feels|believes|mentioned|reckons|insists|warned me|warns me)) (?:that )?(?=my [a-z0-9])/;
// "partner is doing EM", "mom lives in Glendale": a person with no "my" opening the clause (tested only when the first word is one)
const BARE_PERSON = new RegExp(`^(${PEOPLE})('s)? (is|was|has|had|got|scored|passed|needs|wants|lives|works|speaks|matched|applied|applying|does|did|says|said|thinks|suggests|suggested|insists|pushes|wanted|told|keeps)\\b`);
// "all my seniors say go FM", "my attendings keep telling me": what several people say is their opinion
const OTHERS_SAY = new RegExp(`^((all|most|some|many|half)( of)? )?(my|our) ([a-z']+ )?(${PEOPLE})s? (say|said|tell|told|think|thought|keep|kept|insist|suggest|suggested|recommend|recommended|push|pushed|want|wanted)\\b`);
// ("my wife and I graduated together, she in 2019", "my brother 2018, him first, then me"): a clause opening on a third
// person's pronoun, with no first-person word in it, speaks of that person even with no verb after the pronoun
const PRONOUN_LED = /^(?:and |but |while |whereas |although |though )?(?:he|she|him|her|hers|his)\b(?! and (?:i|me|myself)\b)/;
const NOW_OPENER = /^(?:but |and |par |lekin |magar |pero |mas )?(?:right now|for now|as of now|as of today|currently|at the moment|atm|so far|till now|until now|at present|presently|abhi tak|abhi|(?<=^(?:par|lekin|magar|pero|mas) )yet)\b/;
// ("my mentor counts it as 2 years but honestly it was 1"): the applicant's own word set against what someone else said
// ("mere PD kehte hain surgery karo, lekin psych karna hai"): a wish set against it with "but" and no other subject is the applicant's
const OWN_WORD = /^(?:but |and )?(?:honestly|actually|truthfully|in reality|really|realistically|tbh|to be honest|in fact|the truth is|truth is)\b|^(?:but|lekin|magar|pero|mas|though) (?!(?:he|she|they|he's|she's|they're|his|her|their|my|our)\b)(?:[a-z]+ ){0,3}(?:want|wants|wanna|prefer|going|applying|apply|choose|chose|picked|doing)\b/;
// ("the dean at my school thinks peds suits me", "my department head back in Lagos says I should"): a clause whose subject
// is someone else's (any noun phrase but a document or the applicant's own feeling) before a verb of saying is their word
const SAID_BY_ANYONE = /^(?:(?:and|but|so|also|plus|though|tho|lol|ok) )?(?:my|our|the|a|an|his|her|their)(?: (?!i\b|i'm\b|im\b|me\b|myself\b|i've\b)[a-z']+){1,5} (?:says|said|thinks|thought|told me|tells me|insists|insisted|suggests|suggested|recommends|recommended|believes|reckons|swears|swore|keeps telling me|kept telling me|counts it as|calls it|advises|advised)\b/;
const NOT_A_SPEAKER = /^(?:(?:and|but|so|also|plus|though|tho|lol|ok) )?(?:my|our|the|a|an|his|her|their) (?:[a-z']+ )?(?:e ?mail|mail|report|score report|transcript|score|scores|result|results|usmle|nbme|ecfmg|eras|nrmp|portal|website|site|letter|lor|paperwork|form|document|certificate|record|records|app|application|calendar|status|gut|heart|plan|cv|file|profile|account|notice|confirmation|schedule|sheet|diploma|degree|predictor|practice|self assessment|uwsa|free 120|data|stats|numbers|chart|graph|charting outcomes|guide|guidelines|rules|policy|contract|visa|passport|ds 2019|approval|offer|invite|notification|text|message|screen|dashboard|stamp|card|mspe|dean's letter)\b/;
// ("mine 219 my roommate 251", "238, my wife: 251"): a person named, then straight a number, is their figure, told with no
// verb (not a letter they wrote: "my attending 2 letters" are the applicant's letters)
const THEIR_FIGURE = new RegExp(`^(?:and |but |while |whereas |vs )?(?:my|our|his|her) (?:[a-z']+ )?(?:${PEOPLE})(?:'s)?:? (?:only |just |like |around |about )?\\d`);
const LETTER_TALK = /\b(letters?|lors?|recs?|loes?)\b/;
// a verb with "that/it/this" and another verb after it asks about what was said ("does that help", "is it enough")
const ASKED_BACK = /^(?:is|are|was|does|do|did|can|will|would|should|could) (?:that|it|this|these|those) [a-z]/;
// a clause that announces a question or puts the answer off ("before i answer that", "quick q first", "hold on")
const QUESTION_LEAD = /\b(?:before (?:i answer|answering|that)|quick (?:q|qs|question)|one (?:q|question)|a (?:quick )?question|q first|question first|hold on|hang on|wait)\b/;
// ("psych and if not FM", "neuro, if that fails IM"): a fallback named in a few words after "if not" is told, not supposed
// (not "if not, i'll reapply", nor a number: "if not 240 then 235")
const FALLBACK_NAMED = /^(?:and |or |but )?(?:if not|if no|if that (?:fails|doesn'?t work(?: out)?|does not work(?: out)?)|if it (?:fails|doesn'?t work(?: out)?|does not work(?: out)?))(?: then)?,? (?!(?:i|i'll|ill|i'd|we|we'll|me|my|then)\b)[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$/;
const PEOPLE_FIRST = new Set(PEOPLE.split('|').map((p) => p.split(' ')[0]!));
// "my dad's a green card holder", "my wife's visa is H4": a clause opening on someone else's, with no word of the applicant after
// ("wife's CK was 255": the same with no "my" before the person)
const OTHER_OPENING = new RegExp(`^((my|his|her|their|our)( [a-z']+){0,2} )?(${PEOPLE})'s\\b`);
// "H1B would be ideal since my fiance is on H1B": a reason about someone else is a clause of its own
const BECAUSE_OF_OTHER = new RegExp(`\\s+(?:since|because|bc|cuz|coz|cause)\\s+(?=(?:my|his|her|their|our) (?:[a-z']+ )?(?:${PEOPLE})\\b)`, 'g');
const REASON_CUE = /\b(?:since|because|bc|cuz|coz|cause) (?:my|his|her|their|our)\b/;
// "my wife (IM)": words in brackets right after a person are about that person
// (not a letter's writer: "one from my PI (research)" says what the letter is; nor a status: "a permanent resident (green card)")
const PERSON_BRACKET = new RegExp(`(?<!\\b(?:from|by) (?:my |the |a |an |our )?(?:[a-z]+ )?)(?<!\\b(?:permanent|legal|lawful) )\\b(${PEOPLE}) \\(([^()]*)\\)`, 'g');
// Discourse words: a clause made only of them is a marker ("no wait", "oops sorry", "my bad").
const MARKER_WORDS = new Set(['no', 'nah', 'nope', 'oops', 'sorry', 'wait', 'actually', 'hmm', 'hm', 'ok', 'okay', 'well', 'oh', 'correction', 'my', 'bad', 'scratch', 'that',
  'forget', 'what', 'i', 'said', 'meant', 'mean', 'hold', 'on', 'ugh', 'lol', 'btw', 'so', 'also', 'and', 'um', 'uh', 'err', 'typo', 'mistake', 'made', 'a', 'update', 'small',
  'let', 'me', 'correct', 'fix', 'change', 'edit', 'whoops', 'yikes', 'hey', 'hi', 'hello', 'thanks', 'thank', 'you', 'nvm', 'never', 'mind', 'ah', 'ahh', 'omg', 'dang', 'shoot',
  'jk', 'lmao', 'haha', 'sry', 'srry', 'pls', 'please', 'plz', 'ya', 'yeah', 'wrong', 'mistyped', 'misclicked', 'autocorrect', 'ignore', 'previous', 'last', 'message', 'one',
  'more', 'thing', 'sec', 'second', 'hmmm', 'anyway', 'anyways', 'just', 'realized', 'realised', 'noticed', 'the', 'above', 'earlier', 'before', 'it', 'is', 'was', 'to', 'add', 'cancel']);
const FIRST_PERSON = new Set(['i', "i'm", 'im', 'my', 'me', 'mine', "i've", 'ive', "i'd", 'myself', "i'll", 'am']);
// Words that bring the applicant back as the subject ("me" does not: "my dad wants me to do surgery" is still the dad's).
// a lowercase "im" speaks of the applicant only before what "I'm" is followed by ("im going psych"); "(IM first obv)" is the specialty
const IM_AS_I = /^(a|an|the|not|from|in|on|at|still|also|just|currently|so|very|really|pretty|done|finished|gonna|fine|ok|okay|good|open|sure|more|into|set|decided|committed|certain|keen|determined|definitely|totally|only|interested|[a-z]+ing)$/;
// ("idk", "imo", "ig": chat words with the applicant's "I" in them)
const SPEAKS_OF_SELF = new Set(['i', "i'm", 'im', 'my', "i've", 'ive', "i'd", 'myself', "i'll", 'am', 'mine', "mine's", 'mines', 'idk', 'idc', 'imo', 'imho', 'ig', 'ik', 'dunno', 'lemme']);
const ADD_WORDS = /\b(as well|too|also|in addition|additionally|add|adding|plus|forgot|forgot to mention|missed|another)\b|^(and|oh and|plus|also)\b/;
// A sentence that puts right what was said ("also my bad, I meant neurology not psych") replaces, it does not add.
// ("change my specialty to FM", "switch it to peds", "make it FM instead": a value changed is put in the old one's place)
const PUTS_RIGHT = /\b(i meant|meant to say|meant|instead of|instead|rather than|take back|taking back|shouldn't have|should not have|shouldnt have|(?:change|changed|changing|switch|switched|switching|update|updated|updating|set|edit|correct) (?:(?:my|the|it|that|this|specialty|visa|region|regions|choice|answer|primary|main) ){0,3}to)\b/;
// "they're still verifying my diploma", "they sent my scores": an office working on the applicant's own papers
const INSTITUTION_ON_MINE = /^(they|they're|theyre|they've)\b(?=.*\b(my|me|mine)\b)(?!.*\b(husband|wife|partner|fiance|fiancee|friend|friends|brother|sister|cousin|parents)\b)/;
// "they were hands-on externships", "those are research letters": a pronoun for the things just told, not for people
const THINGS_PRONOUN = /^(they|they're|theyre|those|these)( were| are| was|'re)?( all| both| actually| really| just| only| mostly)* (hands ?on|handson|observerships?|externships?|electives?|rotations?|clerkships?|sub ?is?|letters?|lors?|papers?|pubs?|publications?|posters?|abstracts?|case reports?|research|clinical|virtual|online|in person|us|non us)\b/;

// Asking without a question mark or a question word first ("is psych competitive for IMGs now", "does speaking spanish help";
// not "doesn't matter, anywhere", an answer).
// A request made of the bot ("can u write me a LOR", "pls draft me a PS", "help me fake a letter") asks too: nothing in it is told.
const ASKING = /^(is|are|does|do|should|would|could|isn't|aren't|doesn't(?! matter\b)|can (?:u|you|ya)|will (?:u|you)|(?:pls |please )?(?:write|draft|make|create|generate|give) me|help me (?:write|draft|make|fake|forge)|any(?! [a-z]+ (?:is|are|works?|would work|will do|is fine|is ok)\b)|anyone|anybody|can someone|can anyone|pls explain|please explain|wondering|i wonder|i was wondering|curious|quick question|question)\b.{6,}|\b(is it (even )?worth|is that (enough|good|ok|okay|bad|competitive)|is it (enough|good|ok|okay|bad|possible|competitive)|what are my chances|do i need|should i|can i still|difference between|diff between|dont get|don't get|don't understand|dont understand|confused about|how (much|many|long|do|does|can|should|to)|(when|where|which|why) (do|does|should|can|could|will|would|is|are) (i|we|you|they|programs?|it|my|the)|what('s| is| are) (the|a|my)|any (tips|advice|idea)|chances of|how's|hows|my (?:q|qs|question|questions|doubt|query) (?:is|was|are)|(?:want|wanted|need|needed|would like|'d like) to know|(?<!\bon )whether)\b/;

// "should get my score back friday", "will hear back on my CK next week": a modal opening a statement whose "I" was dropped
// ("should get around 230", "will prob land 225ish": an estimate of one's own score, its number told)
const DROPPED_I = /^(should|will|might|may|could|would)\s+(?!i\b|you\b|we\b|it\b|my\b|a\b|an\b|the\b|this\b|that\b|there\b|programs?\b|img|imgs\b|they\b|he\b|she\b)[a-z]+\b.*\b(my|me|mine)\b|^(should|will|might|may|could|would)\s+(?:probably |prob |likely |realistically )?(?:get|land|score|hit|end up with)\b(?: (?:around|about|like|roughly|maybe|at least|somewhere around|near))* [12]\d\d\b/;

// A clause that only supposes ("if I only do a prelim year", "even if", "assuming", "in case"): nothing in it is a fact.
// ("depends where I get interviews", "depending on how CK goes"): what follows a "depends" is only a condition
const HYPOTHETICAL = /^(if|even if|only if|assuming|suppose|supposing|in case|unless|what if|hypothetically|say i|lets say|let's say|imagine|wish|i wish|hopefully|(?:it |it all |all )?depends(?: on)? (?:where|how|what|which|whether|if|when)|depending on (?:where|how|what|which|whether|if|when))\b/;
// What did not happen ("otherwise 240+ for sure", "warna 240 pakka aata", "would've scored 250 if I hadn't been sick"): a figure
// of a counterfactual is no fact
const COUNTERFACTUAL = /^(?:otherwise|or else|else)\b(?=[^;]*\b\d{2,}\b)|\b(?:would|could|might)(?: have|'ve| ve| of)(?: easily| definitely| surely| probably)? (?:been|got|gotten|scored|hit|had|made|passed)\b/;
// Said of the future or expected ("will have", "gonna get", "my PI says we'll have"): counts, months and papers are not had yet.
const PLANNED = /\b(will|'ll|ll|going to|gonna|plan to|planning to|planning on|hope to|hoping to|expect to|expecting to|should|might|may|would|want to|wanna|aim to|aiming to|trying to|try to|about to|intend to|supposed to)\s+(have|get|do|finish|publish|start|be|complete|submit|take|add|be getting|be doing|come out|out)\b|\b(next|upcoming|coming|this coming) (month|year|week|summer|spring|fall|winter|cycle)\b|\b(booked|scheduled|lined up|starting|will start|upcoming)\b|\b(?:doing|having|joining|attending|going for) (?:an? |my |the |another )?(?:[a-z0-9-]+ ){0,3}?(?:in|this|from|starting) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|summer|spring|fall|autumn|winter)\b|\b(start|starts|begin|begins|commence|commences)\b(?=[^;]*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|next|tomorrow|soon|spring|summer|fall|autumn|winter)\b)/;
// A general statement, not about the applicant ("everyone tells IMGs...", "IMGs usually need...", "most programs want...").
const GENERIC = /^(everyone|everybody|people|they|most people|most imgs|imgs|img|many|most|some people|someone|reddit|programs|most programs|the internet|my seniors|seniors)\b(?! (i|my)\b)/;

// Doubt about what was just said ("or was it the other way round", "can't remember").
/** Doubt about what was just said: the sentence's facts are not sure. */
// (an outcome not yet seen, "results are out but haven't opened the transcript", or guessed with a rising "?", "I think
// I passed?", is no outcome either)
export const DOUBT = /\b(or was it|other way round|other way around|can'?t remember|cannot remember|don'?t remember|not sure which|or the other way|(?:haven'?t|havent|have not|didn'?t|didnt|did not|not|yet to)(?: yet)? (?:opened|checked|seen|looked at|open|check|see|look at) (?:it|the (?:transcript|email|report|result|results|score)|my (?:transcript|email|report|result|results|score))|(?:haven'?t|havent|have not|not) (?:yet )?(?:opened|checked|seen|looked)(?: it)?(?: yet)?\s*(?:$|[.;,!])|i (?:think|guess|believe) (?:i )?(?:passed|failed|cleared)(?: [a-z0-9]+){0,3}\s*\?)/;

/** Cuts a message into sentences and clauses; a trailing "?" marks every clause of its sentence as asking. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let index = -1;
  const doubt = DOUBT.test(text);
  // the long people patterns run only where their cheap cue is present
  // (a comma inside the brackets does not end the person's clause: "my husband (the researcher, 20+ pubs)")
  let told = text.includes('(') ? text.replace(PERSON_BRACKET, (_m, who: string, said: string) => `${who} who is ${said.replace(/\s*,\s*/g, ' ')}`) : text;
  if (REASON_CUE.test(told)) told = told.replace(BECAUSE_OF_OTHER, ', ');
  // "english, tagalog - is cebuano even useful anywhere in california": a judging question after a dash starts anew
  if (told.includes(' -') || told.includes(';')) told = told.replace(DASH_QUESTION, '\n');
  for (const sentence of told.split(SENTENCE)) {
    const s = sentence.trim();
    if (!s) continue;
    index += 1;
    const asks = /\?\s*$/.test(s);
    const adds = ADD_WORDS.test(s) && !PUTS_RIGHT.test(s);
    const parts = joinedSubjects(s.replace(/[?!.]+$/, '').split(CLAUSE).map((p) => p.trim()).filter((p) => p && /[a-z0-9]/.test(p)), s);
    let someoneElse = false;
    let asked = false;
    parts.forEach((p, i) => {
      let t = p.replace(/[?!]+/g, ' ').trim();
      // "my mentor says my 2019 step 1 score (221) hurts me": what someone says of the applicant's own file is the applicant's
      const reported = t.includes(' my ') ? REPORTED.exec(t) : null;
      // (only a number of the applicant's is taken from it: an opinion about what they should want stays the other person's)
      // (and the judgement said of it is theirs too: "says my 238 is fine for FM" tells the 238, not a wish for FM)
      if (reported && OTHER_PERSON.test(reported[1]!) && /\d/.test(t.slice(reported[0].length))) t = t.slice(reported[0].length).replace(JUDGED, '');
      // ("btw when do i open my ERAS account", "— is cebuano even useful anywhere"): a discourse word or a dash before a
      // question does not hide it; only a question word with its verb counts after one ("btw when i was in LA" tells)
      const opened = OPENED_QUESTION.exec(t);
      const dashLed = /^[\u2014\u2013-]/.test(t);
      if (dashLed) t = t.replace(/^[\u2014\u2013-]+\s*/, '');
      const tokens = tokenise(t);
      const wordy = tokens.length >= 3;
      // ("prob IM, maybe neuro as a backup?": a hedged statement with a rising "?" tells, it does not ask; so does a hedged
      // last item after a told one, its "?" doubt, not a question)
      const tentative = (asks && /^(maybe|prob|probably|possibly|perhaps)\b/.test(t) && !/\b(should|would|could|can|will|is|are|do|does|did|i|me|you|worth|better|good|enough|ok|okay)\b/.test(t)) || (asks && i > 0 && i === parts.length - 1 && !asked && /^(?:and |or )?(?:maybe|probably|prob|perhaps|possibly|likely)\b/.test(t) && !QUESTION_START.test(t.replace(/^(?:and |or )?[a-z]+ /, '')));
      const question = !tentative && tokens.length >= 2 && (QUESTION_WORD_START.test(t) || (AUX_SUBJECT.test(t) && (i === 0 || asks)) || (asks && i === parts.length - 1 && wordy) || (asks && QUESTION_START.test(t)));
      // a short tail after a question in the same sentence is part of it ("the diff between j1 and h1b waiver stuff")
      // ("he's in IM and is a US citizen": a verb opening a later clause of a sentence that does not ask continues it)
      // (but not a question put before the answer: "wait before i answer that, does step 3 matter", nor one about what was
      // just said: "not taken, does that matter")
      const continues = i > 0 && !asks && !dashLed && /^(is|are|was|were|does|do|has|have|can|will|would|should|could)\b/.test(t) && !ASKED_BACK.test(t) && !QUESTION_LEAD.test(parts[i - 1]!);
      // ("San Diego, where my sister lives", "the lab, which my PI runs": a clause about what was just named, after a comma
      // in a sentence that does not ask, tells; "where should I apply" still asks)
      const relative = i > 0 && !asks && RELATIVE_CLAUSE.test(t);
      const asking = !relative && (question || opened !== null || (ASKING.test(t) && !continues && !(DROPPED_I.test(t) && !asks)) || (asked && tokens.length <= 4 && !tokens.some((w) => FIRST_PERSON.has(w))) || doubt);
      asked = asking;
      // the lead-in that put the answer off tells nothing itself ("wait before i answer that, | does step 3 matter")
      const lead = out.at(-1);
      if (asking && i > 0 && lead && lead.sentence === index && QUESTION_LEAD.test(lead.text) && !/\d/.test(lead.text)) lead.marker = true;
      // the subject carries on through the sentence until the applicant speaks of themselves again
      if (STATUS_THROUGH.test(t)) someoneElse = false;
      else if (((OTHER_PERSON.test(t) || SUBJECT_FAR.test(t) || OTHERS_SAY.test(t) || SAID_BY_OTHER.test(t) || (SAID_BY_ANYONE.test(t) && !NOT_A_SPEAKER.test(t)) || WISHED_BY_OTHER.test(t)) && !THINGS_PRONOUN.test(t) && !INSTITUTION_ON_MINE.test(t)) || FOR_OTHERS.test(t) || (PEOPLE_FIRST.has(tokens[0] ?? '') && BARE_PERSON.test(t)) || (t.includes("'s") && OTHER_OPENING.test(t) && !tokens.slice(1).some((w) => FIRST_PERSON.has(w))) || (THEIR_FIGURE.test(t) && !LETTER_TALK.test(s)) || (PRONOUN_LED.test(t) && !tokens.some((w) => FIRST_PERSON.has(w)))) someoneElse = true;
      // ("my PI says we'll have 3 pubs out by summer; right now it's just 1 poster": the present told after a prediction is the applicant's)
      else if (WE_WISH.test(t) || WE_AT_HOME.test(t) || OWN_WORD.test(t) || (NOW_OPENER.test(t) && !/\b(he|she|they|he's|she's|they're|his|her|their)\b/.test(t)) || tokens[0] === 'me' || /\b(?:for|took|taking|takes) (?:me|myself)\b/.test(t) || tokens.some((w, k) => SPEAKS_OF_SELF.has(w) && (w !== 'im' || IM_AS_I.test(tokens[k + 1] ?? '')))) someoneElse = false;
      const whose = someoneElse ? 'other' : GENERIC.test(t) && !tokens.some((w) => FIRST_PERSON.has(w)) && !THINGS_PRONOUN.test(t) ? 'generic' : 'me';
      const when = (HYPOTHETICAL.test(t) && !FALLBACK_NAMED.test(t)) || COUNTERFACTUAL.test(t) ? 'hypothetical' : PLANNED.test(t) ? 'planned' : 'done';
      const aside = i > 0 && (s.includes(`(${p}`) || s.includes(`( ${p}`));
      // the fallback stays with what it falls back from ("psych | and if not FM" reads as "psych if not FM")
      const from = out.at(-1);
      if (when === 'done' && HYPOTHETICAL.test(t) && from && from.sentence === index && !from.question && !from.otherPerson && !asking && !someoneElse) {
        from.text = `${from.text} ${t}`;
        from.tokens = [...from.tokens, ...tokens];
        return;
      }
      out.push({ text: t, tokens, question: asking, otherPerson: someoneElse, marker: tokens.length > 0 && tokens.every((w) => MARKER_WORDS.has(w)), adds, sentence: index, whose, when, ...(aside ? { aside } : {}) });
    });
    carryMine(out, index);
    carryPlanned(out, index);
    partOfTheirs(out, index);
    carryCountedNoun(out, index);
  }
  carryAskedNoun(out);
  toldOfOthers(out);
  hearsayApart(out);
  notYetHeld(out, tokenise);
  return out;
}

// "my lab put out 11 pubs, I'm only on 2 of them": a count the applicant has only part of ("N of them") is someone else's total
const PART_OF_THEM = /\b\d+ (?:of (?:them|those|these|it)|out of (?:them|those|these))\b|^(?:i'm|im|i am|i was|i'm only|me) (?:only |just )?(?:an? )?(?:(?:first|second|co|last|middle) )?(?:author )?on (?:\d+|one|two|three)$/;
const SOMEONE_OPENS = new RegExp(`^(?:my|our|the) (?:[a-z']+ )?(?:${PEOPLE})\\b`);
function partOfTheirs(out: Clause[], sentence: number): void {
  for (let i = 1; i < out.length; i += 1) {
    const c = out[i]!;
    const before = out[i - 1]!;
    if (c.sentence !== sentence || before.sentence !== sentence || c.otherPerson || before.otherPerson || !PART_OF_THEM.test(c.text)) continue;
    if (SOMEONE_OPENS.test(before.text) && /\d/.test(before.text)) { before.otherPerson = true; before.whose = 'other'; }
  }
}

// "when do programs send invites? i have 0 so far": a bare count right after a clause that named what is counted counts it
const BARE_COUNT = /^(?:i have|i've got|ive got|i got|got|have|only|just) (\d+|no|zero|none)(?: so far| yet| till now| until now| now)?$/;
function carryAskedNoun(out: Clause[]): void {
  for (let i = 1; i < out.length; i += 1) {
    const c = out[i]!;
    // ("we'll have 3 papers out next year, right now tho... 0": a count alone after "right now" counts the same thing)
    const alone = /^(?:\d+|no|zero|none)$/.test(c.text) && i >= 2 && NOW_OPENER.test(out[i - 1]!.text) && out[i - 1]!.tokens.length <= 4;
    if (!BARE_COUNT.test(c.text) && !alone) continue;
    const noun = /\b(interviews?|invites?|pubs?|publications?|papers?|posters?|letters?|lors?)\b/.exec(out[i - (alone ? 2 : 1)]!.text)?.[1];
    if (!noun) continue;
    c.tokens = [...c.tokens.slice(0, 3).filter((w) => !/^(so|yet|till|until|now|far)$/.test(w)), noun];
    c.text = c.tokens.join(' ');
  }
}

// "my friend got 10 interviews, I have just 1": the applicant's bare count after someone else's counts the same thing
const COUNTED_NOUN = /\b\d+ (?:[a-z]+ )?(interviews?|invites?|pubs?|publications?|papers?|posters?|letters?|lors?|months?)\b/;
const ATTEMPT_NOUN = /\b(attempts?|tries|try|go)\b/;
const ANY_COUNTED_NOUN = /\b(interviews?|invites?|pubs?|publications?|papers?|posters?|letters?|lors?)\b/;
const kindOf = (noun: string) => noun.replace(/s$/, '').replace(/^(pub|publication|paper)$/, 'paper').replace(/^(lor|letter)$/, 'letter').replace(/^(invite|interview)$/, 'interview');
function carryCountedNoun(out: Clause[], sentence: number): void {
  for (let i = out.length - 1; i > 0; i -= 1) {
    const c = out[i]!;
    // (the nearest clause of someone else's in the sentence that names what is counted: "has 12 months of USCE and still didn't match")
    // ("my roommate has 10 papers. me: 3 + 2 posters": a sentence opening on "me" answers the one before)
    const opener = out.find((x) => x.sentence === sentence);
    const answers = opener !== undefined && /^(me|mine|as for me|and me|me though|myself)\b/.test(opener.text);
    const others = out.slice(0, i).reverse().filter((x) => (x.sentence === sentence || (answers && x.sentence === sentence - 1)) && x.otherPerson);
    const before = others.find((x) => COUNTED_NOUN.test(x.text) || ANY_COUNTED_NOUN.test(x.text) || ATTEMPT_NOUN.test(x.text)) ?? others[0];
    if (c.sentence !== sentence || c.otherPerson || !before) continue;
    // ("my attending wrote letters for 3 of my friends, I got 1": what they counted, even with the count elsewhere)
    const noun = COUNTED_NOUN.exec(before.text)?.[1] ?? ANY_COUNTED_NOUN.exec(before.text)?.[1] ?? (ATTEMPT_NOUN.test(before.text) ? 'attempts' : undefined);
    // "my lab published 10 papers, I'm on 3 of them": the applicant's part of someone else's count is a count of the same thing
    const ofThem = /\b(\d+) of (?:them|those|these)\b/.exec(c.text);
    const ofNoun = ofThem ? COUNTED_NOUN.exec(before.text)?.[1] ?? ANY_COUNTED_NOUN.exec(before.text)?.[1] : undefined;
    if (ofThem && ofNoun) { c.text = c.text.replace(ofThem[0], `${ofThem[1]} ${ofNoun}`); c.tokens = tokenise(c.text); continue; }
    // "my co-resident has 15 pubs, I have 2 + 1 posters": a bare count before a count of another kind counts the other person's thing
    // (the noun of the second count may already stand after the first as well: "2 posters + 1 posters")
    const beside = noun ? /\b(\d+)(?: ([a-z]+))? (\+|and|&) (\d+ ([a-z]+))\b/.exec(c.text) : null;
    if (beside && noun && (beside[2] === undefined || beside[2] === beside[5]) && kindOf(beside[5]!) !== kindOf(noun) && ANY_COUNTED_NOUN.test(beside[5]!)) { c.text = c.text.replace(beside[0], `${beside[1]} ${noun} ${beside[3]} ${beside[4]}`); c.tokens = tokenise(c.text); continue; }
    const nums = c.tokens.filter((w) => /^\d+$/.test(w));
    const last = c.tokens.at(-1) ?? '';
    if (!noun || nums.length !== 1 || !/^\d+$/.test(last) || Number(last) > 100) continue;
    c.tokens = [...c.tokens, noun];
    c.text = c.tokens.join(' ');
  }
}

// "my friend's ECFMG took 4 months, mine came through in August", "dad got us all green cards, I've had mine for years":
// "mine" after someone else's clause is the applicant's own of the thing named there
const THING_NAMED = /\b(ecfmg(?: certification)?|green cards?|gcs?|visas?|h4|h1b|j1|j2|f1|ead|passports?|citizenships?|step ?[123]|ck|scores?|letters?|lors?|pubs?|papers?|publications?|posters?|interviews?|invites?)\b/;
function carryMine(out: Clause[], sentence: number): void {
  for (let i = 1; i < out.length; i += 1) {
    const c = out[i]!;
    if (c.sentence !== sentence || c.otherPerson || !/\bmine(?:'s|s)?\b/.test(c.text)) continue;
    const theirs = out.slice(0, i).reverse().find((x) => x.sentence === sentence && x.otherPerson && THING_NAMED.test(x.text));
    const noun = theirs ? THING_NAMED.exec(theirs.text)![1]!.replace(/^(green card|gc|visa|passport|citizenship|letter|lor|pub|paper|publication|poster|interview|invite|score)s$/, '$1').replace(/^green card$/, 'greencard').replace(/^(h4|h1b|j1|j2|f1|ead)$/, 'status') : undefined;
    if (!noun) continue;
    c.text = c.text.replace(/\bmine(?:'s|s)\b/, `my ${noun} is`).replace(/\bmine\b/, `my ${noun}`);
    c.tokens = tokenise(c.text);
  }
}

// "i have 2 electives (8 wks) booked for next spring": the counts told just before a booking are planned too
const STARTS_ALONE = /^(?:and |it |which |that )?(?:starts|starting|begins|beginning|commences|kicks off)(?: on| in| from)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|next|this|tomorrow|soon|the \d)/;
const DAY_OF_MONTH = /\b(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december) \d{1,2}(?:st|nd|rd|th)?\b|\b(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b/g;
const DONE_WORDS = /\b(did|done|completed|finished|had|already|ago|last|past|so far|till now|until now)\b/;
function carryPlanned(out: Clause[], sentence: number): void {
  for (let i = out.length - 1; i > 0; i -= 1) {
    // a booking with a count of its own ("starting another month in January") is a new fact, not the one before
    // (a day of a month is no count: "starts feb 1", "from the 3rd of march")
    if (out[i]!.sentence !== sentence || out[i]!.when !== 'planned' || /\d|\b(another|more|additional|extra|one|a)\b/.test(out[i]!.text.replace(DAY_OF_MONTH, ' '))) continue;
    // ("UCI sub-i got approved thru VSLO, starts feb 1"): a start told with no subject dates the thing named just before it
    const starts = STARTS_ALONE.test(out[i]!.text);
    for (let j = i - 1; j >= 0; j -= 1) {
      const c = out[j]!;
      if (c.sentence !== sentence || c.when !== 'done' || (!/\d/.test(c.text) && !(starts && j === i - 1)) || DONE_WORDS.test(c.text)) break;
      c.when = 'planned';
    }
  }
}
