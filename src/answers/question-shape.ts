// Reads the shape of a message: which parts are questions (one per thing asked), which are context,
// and what kind of answer each part wants (a yes/no, an amount, a count, a duration, a how-to).

/** What a question asks for; decides the one-line direct answer and what a passage must state. */
export type AskType = 'amount' | 'count' | 'duration' | 'yesno' | 'howto' | 'other';

/** One thing asked, with the kind of answer it wants. */
export interface SubQuestion { text: string; type: AskType; /** One side of a comparison ("J-1" of "J-1 vs H-1B"): answered on its own words. */ side?: boolean;
  /** The later half of a sentence split at "or" ("... or is CK enough?"): it may lean on the first half's topic. */ joined?: boolean;
  /** A verdict on the story told before it, with that story as its text: the story's words no guide uses are narrative. */ story?: boolean }

/** A message split into what it asks and the personal context around it. */
export interface QuestionShape { questions: SubQuestion[]; context: string[] }

const QUESTION_WORD = String.raw`(?:how|what|whats|when|where|which|who|why|should|can|could|do|does|did|is|are|am|will|would|must|has|have)`;
const QUESTION_START = new RegExp(String.raw`^\s*(?:(?:and|so|but|also|ok|okay|hi|hey|hello|pls|please|guys)[, ]+)*(?:${QUESTION_WORD}\b|is it\b|any (?:tips|advice|idea)|tips?\b|advice\b|confused about|wondering|not sure|help me|explain|tell me|need to know|i want to know|looking for)`, 'i');
/** A second question joined to the first: "..., and when should I apply?" */
const JOINED = new RegExp(String.raw`(?:[,;]\s*|\s+)(?:and|also|plus|or)\s+(?=${QUESTION_WORD}\b)`, 'i');
const MAX_QUESTIONS = 3;

const AMOUNT = /\bhow much\b|\bcosts?\b|\bfees?\b|\bprice\b|\bexpensive\b|\$|\bdollars?\b|\bbudget\b|\bafford\b|\bpay\b/i;
const DURATION = /\btoo late\b|\btoo early\b|\bstill time\b|\bhow long\b|\bhow many (?:months|years|weeks|days)\b|\bhow soon\b|\bhow early\b|\bwhen (?:should|do|can|is|does|must)\b|\bdeadline\b|\btimeline\b|\b(?:what|which) (?:day|date|month|week)\b|\bby when\b|^\s*(?:(?:and|so|but|ok|okay)[, ]+)?when\b(?! i\b| we\b| you\b)|\b(?:opening|start|starting|closing) dates?\b/i;
const COUNT = /\bhow many\b|\bwhat (?:score|number|percentage|percent|rate)\b|\bminimum\b|\bcut-?offs?\b|\bmatch rate\b|\baverage\b|\bmedian\b|\bwhat (?:is|s) (?:a )?(?:good|low|safe|target)\b/i;
const YESNO = /^\s*(?:(?:and|so|but|also|ok|okay)[, ]+)*(?:is|are|am|can|could|should|do|does|did|will|would|must|has|have|was|were|is it)\b/i;
const HOWTO = /\bhow (?:do|can|should|to|would)\b|\bany (?:tips|advice)\b|\btips?\b|\bways? to\b|\bbest way\b|\bwhat should i\b/i;

/** "How long should my rank list be?", "how long is a good personal statement": the size of a thing, said in a count
 *  (programs, sentences, minutes), not a time to wait; "how long does it take" stays a duration. */
const LENGTH_OF_THING = /\bhow long\s+(?:should|must|can|could|would|is|are|will|do(?:es)? (?:it|they) need to)\s+(?:(?!take|takes|it\b|wait|last)[\w'’-]+\s+){1,6}?be\b|\bhow long (?:is|are) (?:a|an|the|my|your) (?:good |typical |normal |ideal )?(?:rank(?:[- ]order)? list|list|statement|personal statement|ps|essay|letter|cv)\b/i;

/** "How much" that asks a degree, not money: "how much of my statement", "how much does a fail matter". */
const HOW_MUCH_DEGREE = /\bhow much (?:of|time|weight|detail|space|emphasis|should i (?:say|write|talk|mention|explain|share)|(?:does|do|will|would|can|could)\b(?:(?!\b(?:cost|costs|pay|charge|fee|fees|spend)\b).)*\b(?:matter|count|help|hurt|weigh|affect|improve|change)\w*)/i;

/** "How much more IMG-heavy", "how much harder": a comparison asked by degree, not a sum, unless money is named. */
const HOW_MUCH_MORE = /\bhow much (?:more|less|better|worse|likely|[a-z]{2,}(?:er|ier))\b/i;
const MONEY = /\b(?:cost|costs|pay|paid|charge|charges|fee|fees|spend|expensive|cheaper|price|dollars?|money)\b|\$/i;

/** The kind of answer one question wants; amounts and durations before counts, yes/no before how-to. */
export function askType(question: string): AskType {
  // "should I aim for J-1 with this fee?" or "is the fee real?" asks yes or no about a fee, not its amount
  const yesNoAboutFee = (YESNO.test(question) || /\b(?:should|can|could|would|will|do|does|is|are)\s+(?:i|we|it|the|this|that)\b/i.test(question)) && !/\bhow much\b|\bcosts?\b|\bwhat\b/i.test(question);
  const byDegree = HOW_MUCH_DEGREE.test(question) || (HOW_MUCH_MORE.test(question) && !MONEY.test(question));
  if (AMOUNT.test(question) && /\bhow much\b|\bcosts?\b|\bfees?\b|\bprice\b|\$/i.test(question) && !byDegree && !yesNoAboutFee) return 'amount';
  if (LENGTH_OF_THING.test(question)) return 'count';
  if (DURATION.test(question)) return 'duration';
  if (COUNT.test(question)) return 'count';
  if (YESNO.test(question)) return 'yesno';
  if (HOWTO.test(question)) return 'howto';
  return 'other';
}

function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[?!.])\s+(?=\S)|\s*\n\s*/)
    .map((s) => s.trim())
    .filter((s) => /[a-z0-9]/i.test(s));
}

/** A request stated as a need anywhere in the sentence ("the one number I really need is ...", "I'd love to know ...",
 *  "I'm trying to figure out ..."): an ask though it has no question mark and opens with context. */
const STATED_ASK = /\b(?:(?:number|figure|figures|thing|info|information|answer|data|stats?|details?|part)\s+i\s+(?:really\s+|just\s+|mainly\s+|actually\s+)?(?:need|want|am looking for|'m looking for|am after|'m after)\b|i(?:'d| would)\s+(?:really\s+)?(?:love|like|appreciate)\s+(?:to know|to find out|to understand|knowing)\b|i(?:'m| am)\s+(?:trying to (?:figure out|find out|understand|work out)|curious (?:about|whether|if|how|what|which))\b|\bi\s+(?:really\s+|just\s+)?(?:need|want|wanna)\s+to\s+(?:know|find out|understand|figure out)\b)/i;

/** True when a sentence reads as a question (a question mark, a question word, a cue like "any tips", or a need stated). */
export function isQuestionSentence(sentence: string): boolean {
  return sentence.trim().endsWith('?') || QUESTION_START.test(sentence) || STATED_ASK.test(sentence.replace(/[\u2018\u2019]/g, "'"));
}

const SIDE = String.raw`([\w+/-]+(?:\s+[\w+/-]+){0,2}?)`;
const STOP = String.raw`(?=\s+(?:for|in|as|when|if|during|at|with|which|what|whats|is|are|should|do|difference)\b|\s*[,?.!]|$)`;
const BETWEEN = new RegExp(String.raw`\bdiff?e?rr?ences? between\s+${SIDE}\s+(?:and|vs\.?|versus|or)\s+${SIDE}${STOP}(.*)$`, 'i');
const VERSUS = new RegExp(String.raw`${SIDE}\s+(?:vs\.?|versus|or|compared (?:to|with))\s+${SIDE}${STOP}(.*)$`, 'i');
const NOT_A_SIDE = /^(?:is|are|should|can|do|does|which|what|and|or|either|better|worse|more|less|not|no|yes|i|me|my|it)$/i;

/** For "J-1 vs H-1B for residency" or "difference between X and Y", one question per side ("J-1 for residency"). */
export function comparisonSides(question: string): string[] {
  const m = BETWEEN.exec(question) ?? (/\b(?:vs\.?|versus|compared (?:to|with))\b/i.test(question) ? VERSUS.exec(question) : null);
  if (!m) return [];
  const [, a = '', b = '', tail = ''] = m;
  const sides = [a.trim(), b.trim()].map((x) => x.split(/\s+/).filter((w) => !NOT_A_SIDE.test(w)).join(' '));
  if (sides.some((x) => x.length < 2)) return [];
  // "... which is better?" adds nothing to either side; "... for residency" does
  const rest = /^\s*(?:which|what|whats|is|are|difference)\b/i.test(tail) ? '' : tail.replace(/[?!.]+$/, '').trim();
  return sides.map((x) => (rest ? `${x} ${rest}` : x));
}

/** A short question that only points back ("what should I do about it?", "how do I fix that?"): it asks about the
 *  topic before it, so it is read with that topic's words, never on its own. */
const POINTS_BACK = /\b(?:about|with|for|fix|handle|address|explain|tackle|overcome|improve|approach|avoid|solve|change|do|mean|affect)\s+(?:it|that|this|those|them)\b|^\s*(?:(?:and|so|but)\s+)?(?:what|how)\s+about\s+(?:it|that|this)\b/i;
/** Words that name no topic of their own: "before july 1 or after?", "or later?", "and by when?". */
const LEANING_WORD = /^(?:and|or|so|but|also|then|before|after|later|earlier|sooner|now|still|yet|when|by|until|at|on|in|the|a|is|it|that|this|what|about|how|which|one|first|last|next|start|starting|begin|beginning|end|time|date|day|month|year|week|january|february|march|april|may|june|july|august|september|october|november|december|\d+(?:st|nd|rd|th)?)$/i;
function pointsBack(piece: string): boolean {
  const words = piece.toLowerCase().replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter(Boolean);
  const leansOnly = words.length > 0 && words.length <= 6 && words.every((w) => LEANING_WORD.test(w));
  return leansOnly || (POINTS_BACK.test(piece) && piece.split(/\s+/).length <= 9);
}

/** The other half of an either-or that only gives up on the first: "or should I give up", "or is it hopeless". */
const GIVING_UP = /^(?:should i |do i |is it |am i |would it be )?(?:just |better to |time to )?(?:give up|quit|stop trying|move on|forget (?:about )?(?:it|the us|usmle|residency)|hopeless|pointless|too late|a lost cause|no chance|done)\b[^?]{0,30}\??$/i;

/** A piece that adds one more thing to ask: "and the fee for ERAS?", "also the visa part", "plus exams". */
const ADDED_ASK = /^\s*(?:and|also|plus|or)\b(?!\s+(?:i|we|my|then|so|thanks|thank|thx|pls|please|sorry)\b)/i;

/** Splits a message into up to three questions and the context sentences around them. */
export function questionShape(message: string): QuestionShape {
  const parts = sentences(message);
  // "match rate? and the ERAS fee" or "also visa timing": a short piece joined on after a question asks too
  const asked = parts.filter((s, i) => isQuestionSentence(s) || (i > 0 && isQuestionSentence(parts[i - 1]!) && ADDED_ASK.test(s) && s.split(/\s+/).length <= 10));
  const context = parts.filter((s) => !asked.includes(s));
  const raw = asked.length ? asked : parts.length ? [parts.join(' ')] : [];
  const questions: SubQuestion[] = [];
  for (const sentence of raw) {
    const pieces = sentence.split(JOINED).map((p) => p.trim()).filter(Boolean);
    // "how and when" or "cost and deadline" are one question; split only when both halves say enough
    // "is there any path left, or should I give up?" asks one thing: the second half is only the first one's "no"
    const splittable = pieces.length > 1 && pieces.every((p) => p.split(/\s+/).length >= 3)
      && !pieces.slice(1).some((p) => GIVING_UP.test(p) && sentence.toLowerCase().includes(`or ${p.toLowerCase()}`));
    for (const [k, piece] of (splittable ? pieces : [sentence]).entries()) {
      // "..., and what should I do about it?" carries the topic before it (the previous question, else the context)
      const before = questions[questions.length - 1]?.text ?? parts[parts.indexOf(sentence) - 1];
      const text = pointsBack(piece) && before ? `${piece} ${before}` : piece;
      // an alternative ("..., or is CK enough?") continues the first half's topic; "and how many letters?" starts a new one
      const alternative = k > 0 && sentence.toLowerCase().includes(`or ${piece.toLowerCase()}`);
      questions.push({ text, type: askType(piece), ...(alternative ? { joined: true } : {}) });
    }
  }
  // a single comparison gets one more question per side, so each side's own passage is shown
  if (questions.length === 1 && questions[0]) {
    const type = questions[0].type;
    for (const side of comparisonSides(questions[0].text)) questions.push({ text: side, type, side: true });
  }
  return { questions: questions.slice(0, MAX_QUESTIONS), context: asked.length ? context : [] };
}
