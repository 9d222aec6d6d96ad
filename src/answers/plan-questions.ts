// Recognises questions about the asker's own plan (which programs sponsor my visa here, how many to apply
// to, what it costs me, why a program is a reach, what Step 3 would change, where I stand, my list).
import type { Region } from '../domain/profile.js';
import { askerText, cueTopic } from './own-plan-cues.js';

/** What a question about the asker's own plan is about. */
export type PlanTopic = 'sponsors' | 'midseason' | 'applications' | 'cost' | 'tier' | 'step3' | 'standing' | 'list' | 'ready' | 'steps';

const FIRST_PERSON = /\b(i|me|my|mine|i'?m|im|myself)\b/i;
/** Words pointing at the programs the asker was just shown ("all of these", "this list"): the plan's own list. */
const PLAN_POINTER = /\b((all|each|every one|both) of (these|them|those)|(these|those) (programs|ones|places|hospitals)|(this|that|the whole|the entire|the full) list)\b/i;
/** A how-to question ("how do I split my list?", "what makes a program a safety for me?") asks for the guides' method. */
const HOW_TO = /\b(how (do|to|should|can|would|does) (i|we|you|one)?|how to|what makes|what is the difference|what'?s the difference)\b/i;
const VISA_WORD = String.raw`(?:sponsor\w*|h-?1-?b?s?|j-?1s?|visas?)`;
const PROGRAMS = String.raw`(?:programs?|progs?|hospitals?|residenc(?:y|ies|ys|yes)|places|institutions?|ones)`;
const SPECIALTY = String.raw`(?:internal medicine|im|family medicine|fm|psych|psychiatry|peds|pediatrics|neuro|neurology|em|emergency medicine|ob-?gyn|surgery|general surgery|transitional year|ty|anesthesia|anesthesiology|radiology|pathology|derm|dermatology)`;

/** "What's my plan for this cycle?", "my CK came back 238, what now?": the whole file, part by part, with no
 *  general passage before it (the guides' "next cycle" advice would presume a failed one). */
const WHOLE_PLAN: readonly RegExp[] = [
  /\b(what'?s|what is|whats|give me|show me|tell me) (the |my )?(game ?plan|plan|strategy|next steps?)\b(?! (for|in|of|on) (the |my |a )?(personal statement|interview|rank list|letters?|step|ck|exam|usce))/i,
  /\b(my |the )?(game ?plan|plan|strategy) (for me|for )?(this|the|next|coming|upcoming)? ?(cycle|year|season|match|round)\b/i,
  /\b(game ?plan|strategy|next steps?) for me\b/i,
  /\b(what (are|should be) my next steps?|what should my next steps? be|my next steps? (now|should be))\b/i,
  /\b([12]\d\d|score|result|results|passed|failed)\b[^?]{0,40}\b(what (now|next)|what'?s next|what (should|do) i do (now|next)|now what|where do i go from here|(my )?next steps?)\b/i,
];

/** Whether a question asks for the asker's whole plan rather than one judgement. */
export function asksWholePlan(question: string): boolean {
  return WHOLE_PLAN.some((re) => re.test(question));
}

/** "How should my list look?", "what should my program list look like?": the asker's own list, not a method. */
const LIST_SHAPE = /\b(how|what) (should|would|will|does|do) my (program |application |tier |final )?list (look|be)\b/i;

/** What a visa brings after training ("do I need a waiver after J-1?", "the 2-year home rule"): the guides' answer on the
 *  visa, not the list of programs that sponsor it. */
const VISA_AFTER = /\b(waiver|waive[ds]?|212 ?\(?e\)?|home[- ]country|home[- ]rule|two[- ]year (rule|requirement)|2[- ]y(ea)?r (rule|requirement|home)|conrad( 30)?|(go|going|return|returning|be sent|stay) (back )?home\b[^?]{0,20}\b(2|two) y(ea)?rs|(2|two) y(ea)?rs (at|back) home)\b/i;

/** True when the question asks what a visa brings after training (a waiver, the two-year home rule), not who sponsors it. */
export function asksVisaAfter(question: string): boolean {
  return VISA_AFTER.test(question);
}

/** Patterns per topic, tried in this order; the first topic with a match wins. */
const TOPICS: readonly [PlanTopic, RegExp[], RegExp?][] = [
  ['sponsors', [
    new RegExp(String.raw`\b(which|what|list|any|name|show|are there)\b[^?]{0,60}\b${PROGRAMS}\b[^?]{0,60}\b${VISA_WORD}`, 'i'),
    new RegExp(String.raw`\b${PROGRAMS}\b[^?]{0,30}\b(that|which|who|to)\b[^?]{0,10}\b(sponsor|offer|take|accept|give|support)\w*\b[^?]{0,30}\b${VISA_WORD}`, 'i'),
    new RegExp(String.raw`\b(does|do|will|is)\b[^?]{2,60}\b(sponsor\w*|offer\w*)\b[^?]{0,20}\b(h-?1-?b?|j-?1|visas?)\b`, 'i'),
    new RegExp(String.raw`\bwho (sponsors|offers)\b[^?]{0,20}\b(h-?1-?b?|j-?1|visas?)\b`, 'i'),
    // "how many programs sponsor H-1B in LA?" is counted from the program table, not explained
    new RegExp(String.raw`\bhow many\b[^?]{0,30}\b${PROGRAMS}\b[^?]{0,40}\b(sponsor|offer|take|accept|support)\w*\b[^?]{0,30}\b${VISA_WORD}`, 'i'),
    new RegExp(String.raw`\bhow many\b[^?]{0,20}\b(h-?1-?b?|j-?1)\b[^?]{0,10}\b(sponsor\w*|${PROGRAMS})\b`, 'i'),
    new RegExp(String.raw`\b${PROGRAMS}\b[^?]{0,40}\b(take|takes|accept|accepts|work with|handle)\b[^?]{0,30}\bmy (visa|j-?1|h-?1-?b?)\b`, 'i'),
    new RegExp(String.raw`\b(which|what|any)\b[^?]{0,60}\b${PROGRAMS}\b[^?]{0,40}\b(take|accept|sponsor)\w*\b[^?]{0,10}\b(someone like me|people like me|me)\b`, 'i'),
    // "does Long Beach Memorial take J-1?", "which of these take H1B: ...?": a named place's stated visa policy
    /\b(?:(?:does|do|will|would|can|could)\s+(?!(?:i|you|we|it|they|programs?|hospitals?|most|all|any|every|some|community|university|academic|imgs?)\b)|(?:which|what)\s+(?:of (?:these|them|those|the two)|one|ones)\b)[^?]{1,50}(?<!\bto\s)\b(?:take|takes|accept|accepts|sponsor|sponsors)\s+(?:a |an |the )?(?:j-?1|h-?1-?b?)s?\b/i,
    // "do I even need a visa?", "does the visa part apply to me?": answered from the stored visa status
    // ("what papers do I need for a J-1?" asks what the visa requires: that is the guides' answer, not the asker's status)
    /(?<!\b(?:what|which|how many|how much)\b[^?.!]{0,30})\b(do|would|will) i (even |still |also |really )?need\b(?!\s+(step|usmle|ck|to (take|pass|sit))|\s+(for|to get|to apply)\b)[^?]{0,20}\b(a |an |any )?(visa|j-?1|h-?1-?b?|sponsorship)\b/i,
    /\b(visa|sponsorship)\b[^?]{0,30}\b(apply|applies|matter|matters|relevant) (to|for) me\b/i,
  ], VISA_AFTER],
  ['midseason', [
    /\b(apply|applying|send|sending|add|adding)\b[^?]{0,20}\b(more|additional|extra|further)\b[^?]{0,15}\b(programs?|applications?|places|apps)\b/i,
    /\b(more|additional|extra) (programs|applications)\b[^?]{0,40}\b(now|still|this late|mid-?season|at this point|interviews?)\b/i,
    /\b(only|just|few|no) (\d{1,2} )?(interviews?|invites?|invitations?)\b[^?]{0,40}\b(apply|applying|add|send)\b/i,
    /\b(apply|applying|add|send)\b[^?]{0,40}\b(only|just) \d{1,2} (interviews?|invites?|invitations?)\b/i,
    /\b\d{1,2} (interviews?|invites?|invitations?)\b[^?]{0,60}\b(more|additional|extra) (programs|applications)\b/i,
    /\b(more|additional|extra) programs\b[^?]{0,20}\b(apply|applying|add|send)\b/i,
    // "2 interviews so far, is that bad?", "so far only one invite": where the season stands, whatever is asked about it
    /\b(\d{1,2}|no|only|just|few|zero)\s+(interview|invite|invitation|ii)s?\b[^?]{0,30}\b(so far|yet|till now|until now|to date|as of (now|today)|right now|this (cycle|season))\b/i,
    /\b(so far|till now|until now|to date)\b[^?]{0,25}\b(\d{1,2}|no|only|just|zero)\s+(interview|invite|invitation|ii)s?\b/i,
  ]],
  ['cost', [
    /\b\d{1,3}\s*(im|fm|ims|psych|peds|internal medicine|family medicine|psychiatry|pediatrics|neuro|neurology|prelims?|ty)\b\s*(\+|and|plus|,)\s*\d{1,3}\s*(im|fm|psych|peds|internal medicine|family medicine|psychiatry|pediatrics|neuro|neurology|prelims?|ty)\b/i,
    /\b(how much|what)\b[^?]{0,40}\b(cost|spend|pay|fees?|budget|bill|total)\b[^?]{0,40}\b(me|my|i)\b/i,
    /\bmy (eras |application |match )?(bill|total|costs?|budget|fees?)\b/i,
    /\b(how much|what)\b[^?]{0,30}\b(will|would|does|do)\b[^?]{0,10}\b(my|i)\b[^?]{0,40}\b(cost|spend|pay)\b/i,
    /\bmy (application|eras|match) (budget|costs?|fees?)\b/i,
    // "how much will it cost to apply to all of these?": the programs just shown are the plan's list, priced
    new RegExp(String.raw`\b(how much|what)\b[^?]{0,40}\b(cost|spend|pay|fees?|total)\b[^?]{0,40}${PLAN_POINTER.source}`, 'i'),
    new RegExp(String.raw`${PLAN_POINTER.source}[^?]{0,40}\b(how much|cost|costs|fees?|price)\b`, 'i'),
  ], /\b(step ?[123]|usmle|ecfmg|exam|observership|usce|rotation|visa|licen[cs]e)\b/i],
  ['applications', [
    /\bhow many (programs|applications|places|residenc\w*|ones|schools|hospitals|p\w{0,2}g\w{0,3}ms?|progs?|apps)\b/i,
    /\b(apply|applying) to how many\b/i,
    /\bhow many (\w+ ){1,3}(programs|applications|apps)\b[^?]{0,30}\b(i|me|my)\b/i,
    /\bhow many (should|do|must|would) (i|we)\b[^?]{0,20}\b(apply|send)/i,
    /\b\d{2,3} (programs|applications)\b[^?]{0,40}\b(enough|too many|too few|right|ok|okay|fine|sufficient)\b/i,
    /\b(enough|too many|too few)\b[^?]{0,20}\b\d{2,3} ((\w+|\w+ \w+) )?(programs|applications|apps)\b/i,
    // "is 100 IM programs enough?": a count with the specialty between number and noun
    /\b\d{2,3} \w+( \w+)? (programs|applications|apps)\b[^?]{0,40}\b(enough|too many|too few|right|ok|okay|fine|sufficient)\b/i,
    // "list size??", "how big should my list be": the count of applications by another name (a rank list is vetoed above)
    /\b(list size|size of (my|the) list|how (big|long|large) (should|would|must|will) (my|the) (application |program |eras )?list be)\b/i,
    // "is 60 enough?", "and 40, too few?": a bare count of 10-149 judged, with nothing else named, is the list's size
    // (a score is 180 or more; a count of months or interviews names its unit)
    /^\W*(?:(?:and|so|ok|okay|but)\W+)?(?:(?:is|are|would|will|what about|how about)\s+)?(?:[1-9]\d|1[0-4]\d)[\s,?.!-]*(?:enough|too (?:few|many|much|little)|sufficient|ok(?:ay)?|fine|plenty|good|alright)\W*$/i,
  ]],
  ['tier', [
    /\bwhy\b[^?]{0,80}\b(reach|target|safety|safeties|reaches)\b/i,
    /\b(is|are|would)\b[^?]{2,60}\b(realistic|a stretch|out of (my )?reach|within (my )?reach|achievable|a long shot|a good fit|a safe bet|a dream)\b[^?]{0,30}\b(for me|in my case|with my|or am i)\b/i,
    /\b(do|would|could) i (have|stand) a (real |good |fair )?(chance|shot) (at|with) (?!matching\b)[a-z]/i,
    /\b(is|are)\b[^?]{3,80}\b(a|an)? ?(reach|target|safety)\b[^?]{0,20}\b(for me|in my|on my)\b/i,
    // "is white memorial a target?": a bare question whether something is a tier is about the asker's own list
    /^\s*(is|are|would|will)\s+[^?]{3,60}\s(a|an)\s+(reach|target|safety|safe bet)\s*(\?+|for me\??|then\??)?\s*$/i,
    /\bwhy (is|are)\b[^?]{3,80}\b(excluded|closed|not on my list|missing from my list|off my list)\b/i,
    // "Harbor-UCLA versus a community program - which is the reach?": two programs weighed against each other
    /\b(versus|vs\.?|or)\b[^?]{2,80}\bwhich (one |of (the|these|them) (two )?)?(is|would be)\b[^?]{0,12}\b(the |a )?(reach|target|safety)\b/i,
  ]],
  ['step3', [
    /\b(step ?3|step three)\b[^?]{0,80}\b(for me|my (plan|list|situation|chances|case|profile|application|odds)|given my|in my case|fix anything|worth it for me)\b/i,
    /\b(for me|my (plan|list|situation|chances|case|profile|application|odds)|given my|in my case)\b[^?]{0,60}\b(step ?3|step three)\b/i,
    /\b(step ?3|step three|step iii)\b[^?]{0,80}\b(change|difference|help|improve|affect|impact|matter|do for)\b[^?]{0,40}\b(me|my|plan|list|chances|odds)\b/i,
    /\b(what|how)\b[^?]{0,30}\b(would|will|does|can)\b[^?]{0,30}\b(step ?3|step three)\b[^?]{0,30}\b(change|do|help|affect|mean)\b/i,
    /\b(should|do) i\b[^?]{0,20}\b(take|sit|do|need)\b[^?]{0,10}\b(step ?3|step three)\b[^?]{0,60}\b(my|me|for my|given|with my|plan|list)\b/i,
    /\bif i (pass|take|do|got|get)\b[^?]{0,10}\b(step ?3|step three)\b/i,
    /\b(do|will|would|should) i (really |even |still |also )?(need|have to|require|take|sit|do|bother with)\b[^?]{0,15}\b(step ?3|step three|step iii)\b/i,
    /\b(is|was) (step ?3|step three) (needed|required|necessary|a must|mandatory) for me\b/i,
    // "am I set exam-wise for the H-1B, or do I still need something?": the asker's own exams against the visa rule
    /\b(am i|i'?m|im)\b[^?]{0,15}\b(set|ok|okay|covered|good|done|fine)\b[^?]{0,25}\b(exam-?wise|on (the |my )?exams|with (the |my )?exams|for (the )?exams|exams)\b/i,
    /\b(do|would|will) i (still |also )?need (anything|something|any (other|more) exams?|another exam)\b[^?]{0,20}\b(else )?[^?]{0,40}\b(sponsor\w*|h-?1-?b?|visa)\b/i,
    /\b(anything|something|any exams?|which exams?) (else )?(i )?(must|have to|need to|should) (pass|take|sit|clear)\b[^?]{0,40}\b(h-?1-?b?|visa|sponsor\w*)\b/i,
    /\b(h-?1-?b?|visa|sponsor\w*)\b[^?]{0,40}\b(anything|something|any exams?|which exams?) (else )?(i )?(must|have to|need to|should) (pass|take|sit|clear)\b/i,
  ]],
  // "what should I do first?", "where do I start?", "my next steps?": the plan's first steps for this file
  ['steps', [
    /\bwhat (should|do|must|can|shall) i (do|work on|focus on|start with|tackle) (first|now|next|right now|today)\b/i,
    // ("what should I do this month?", "what do I work on over the holidays?", "any advice for December?"): now, named by its
    // time, when nothing else is asked after it ("tips for this week on my ERAS photo" asks about the photo)
    /\bwhat (should|do|must|can|shall) i (do|work on|focus on|tackle) (this (week|weekend|month)|these (days|weeks)|in the meantime|meanwhile|in (dec|jan|feb)[a-z]*|over the (holidays|break)|until (the )?match( day)?)(?=\s*(?:then|lol|pls|please)?\s*[?!.]*\s*$)/i,
    /\b(any )?(advice|tips|to-?dos?) for (me )?(this (week|month)|the (coming|next) (few )?(weeks?|month)|(dec|jan|feb)[a-z]*|the holidays)(?=\s*(?:then|lol|pls|please)?\s*[?!.]*\s*$)/i,
    /\bwhere (do|should|can|shall) i (even )?(start|begin)\b/i,
    /\b(what are |what'?s )?my (next|first) (steps?|moves?)\b/i,
    /\bwhat('?s| is) next for me\b/i,
    /\b(next|first) steps? for me\b/i,
  ]],
  ['ready', [
    /\b(am i|are we|i am|i'?m|im)\b[^?]{0,20}\b(ready|good|set|okay|ok) to (apply|submit)\b/i,
    /\b(should|do|would) i\b[^?]{0,20}\b(apply|submit)\b[^?]{0,30}\b(this (cycle|year|season|round)|now)\b[^?]{0,30}\b(or|vs|versus)\b[^?]{0,20}\b(wait|delay|hold off|next (year|cycle))\b/i,
    /\b(should|do|would) i\b[^?]{0,20}\b(wait|delay|hold off|skip)\b[^?]{0,30}\b(a year|this (cycle|year|season)|applying|my application|until next)\b/i,
    /\b(should|do|would) i\b[^?]{0,20}\b(sit|sitting)\b[^?]{0,20}\b(cycle|year|season|match|round)\b[^?]{0,5}\bout\b/i,
    /\bwhat (would you tell me|should i) (to )?(fix|improve|work on|change) first\b/i,
    /\bwhat (should|do|would|can) i (do )?(change|do differently|fix|improve)\b[^?]{0,30}\b(this time|next (time|cycle|year|round|try)|second time|again|around)\b/i,
    /\b(first|main|biggest|most important|top) (thing|things|priority|priorities|step)\b[^?]{0,20}\b(i should|should i|to|i need to|i must) (work on|fix|improve|focus on|do)\b/i,
    // "can I still apply to LA IM this cycle?": whether applying this season is open to the asker at all
    /\b(can|could) i (still |even |really |actually )?(apply|submit|match)\b[^?]{0,40}\b(this|the current|this coming) (cycle|year|season|round|match)\b/i,
    ...WHOLE_PLAN,
  ]],
  ['standing', [
    // "why is my standing borderline?", "why am I so weak on paper?": the reasons behind the asker's own standing
    /\bwhy (?:(?:is|are) my (?:standing|profile|file|application|chances|odds|numbers|rating|ranking|strength|scores?|ck|step ?2(?: ?ck)?)|am i)\b[^?]{0,20}\b(borderline|weak|weaker|strong|stronger|low|lower|poor|bad|average|mediocre|uncompetitive|competitive|not (good|strong|competitive)( enough)?)\b/i,
    // "why is neuro better or worse for me?", "why would FM be easier for me than IM?": the asker's standing in each
    new RegExp(String.raw`\bwhy\b[^?]{0,20}\b${SPECIALTY}\b[^?]{0,30}\b(better|worse|harder|easier|tougher|riskier|safer|more realistic|less realistic|a better (bet|fit|choice|option)|a worse (bet|fit|choice|option))\b[^?]{0,30}\b(for me|in my case|with my|given my|for someone like me|than ${SPECIALTY})`, 'i'),
    /\bis my (ck|step ?2( ?ck)?|scores?|numbers?|usmle)\b[^?]{0,30}\b(good|high|strong|enough|competitive|ok|okay|decent|low|bad)\b/i,
    new RegExp(String.raw`\b(is|are|would)\b[^?]{0,30}\b${SPECIALTY}\b[^?]{0,40}\b(realistic|achievable|possible|doable|within reach|out of reach|a long shot|a stretch|viable|feasible|an? (real|realistic|viable|good|safe) (option|choice|possibility|bet))\b`, 'i'),
    /\bwith my (ck|step ?2( ?ck)?|scores?|numbers?|profile|file|stats)\b[^?]{0,40}\b(realistic|possible|achievable|doable|chance|shot)\b/i,
    /\b(where|how) do i stand\b/i,
    // "so am I safe?", "am I safe for peds?", "would I be ok with my numbers?": a verdict on one's own chances
    /\b(am i|would i be|will i be)\s+((really|actually|even|still)\s+)?(safe|ok|okay|fine|good|set)\b(?!\s+(to|if|when|on|about|in the)\b)[^?]{0,30}(\?|$)/i,
    // "am I crazy?", "am I kidding myself?": a judgement of one's own chances, however it is put
    /\b(am i|i'?m|im) (just |being |even )?(crazy|delusional|dreaming|unrealistic|naive|mad|insane|kidding myself|fooling myself|wasting my (time|money))\b/i,
    // "should I apply FM instead of IM with my numbers?": where the asker stands in each
    new RegExp(String.raw`\b(should|would|do|could) i\b[^?]{0,20}\b(apply|go|switch|pick|choose|do|aim)\b[^?]{0,15}\b${SPECIALTY}\b[^?]{0,20}\b(instead of|or|over|vs|versus|rather than)\b[^?]{0,10}\b${SPECIALTY}\b`, 'i'),
    /\bis my \d{3}\b[^?]{0,30}\b(good|high|strong|enough|competitive|ok|okay|decent|low|bad)\b/i,
    /\b(does|do|would|will|could)\b[^?]{0,40}\bmake me\b[^?]{0,15}\b(competitive|stronger|a (strong|good|better) (candidate|applicant))\b/i,
    /\b(my|what are my|what'?s my) (chances|odds|prospects|competitiveness)\b/i,
    /\b(am i|how) (competitive|strong|weak|realistic)\b/i,
    /\bhow (competitive|strong|weak|good|bad) (am i|is my (profile|application|file|cv))\b/i,
    /\b(do|would) i (have|stand) a (real |good |fair |realistic )?chance\b/i,
    /\b(can|will|could) i ((still|realistically|actually|even|ever|really) ){0,2}match\b/i,
    /\bis my (profile|application|file|cv|score)\b[^?]{0,30}\b(good|bad|strong|weak|competitive|enough|ok|okay)\b/i,
    /\bhow do i compare\b/i,
    /\bhow (does|do|would) my (ck|step ?2( ?ck)?|scores?|numbers?|profile|file|application)\b[^?]{0,30}\b(stack up|measure up|look|compare)\b/i,
    /\bhow (does|do|would) my (ck|step ?2( ?ck)?|score|scores|numbers?)\b[^?]{0,30}\bcompare\b/i,
    /\bcompare my (ck|step ?2( ?ck)?|score|scores)\b/i,
    // "am I in the low bucket?", "would I count as a low scorer?": where the asker's own file falls in a range
    /\b(am i|do i (count|fall|belong|land|sit)|would i (be|count|fall)|i'?m|is my (file|profile|application|score|ck|step ?2( ?ck)?))\b[^?]{0,25}\b(low|lower|lowest|bottom|weak|weaker|high|higher|top|average|middle|mid)[- ]?(score|scoring)?\b[^?]{0,6}\b(bucket|range|group|tier|category|band|end|half|quartile|percentile|scorers?|zone|bracket|pile|side)\b/i,
  ]],
  ['list', [
    /\b(which|what) programs should i (apply|target|aim|rank)\b/i,
    /\bmy (reach|target|safety) (programs|list|schools)\b/i,
    /\bwhere should i (apply|send)\b/i,
    /\b(show|give|what is|what'?s) my (program )?list\b/i,
    /\b(which|what) (programs|hospitals) (are|would be) (good|realistic|right|safe) for me\b/i,
    /\b(which|what) (programs|hospitals) (should|would|could) be my (reach|reaches|targets?|safety|safeties)\b/i,
    /\b(make|build|create|generate|do|draft)\b[^?]{0,20}\bmy\b[^?]{0,10}\b(tier list|tiers|program list|list)\b/i,
    /\bmy tier list\b/i,
    new RegExp(String.raw`\b(which|what)\b[^?]{0,40}\b${PROGRAMS}\b[^?]{0,15}\bshould i (be )?(apply\w*|target\w*|aim\w*|rank\w*|go\w*|consider\w*|look\w* at|focus\w* on)\b`, 'i'),
    /\b(which|what) of my (programs|hospitals|places|applications)\b/i,
    new RegExp(String.raw`\b(list|show|give|name|which|what)\b[^?]{0,30}\b${PROGRAMS}\b[^?]{0,10}\bi (should|could|can|ought to) (apply|target|aim|rank|go)`, 'i'),
    new RegExp(String.raw`\b(which|what)\b[^?]{0,30}\b${PROGRAMS}\b[^?]{0,20}\b(are|would be|will be|could be|is)\b[^?]{0,15}\b(good|realistic|right|safe|best|suitable|a fit|a good fit)\b[^?]{0,10}\bfor me\b`, 'i'),
    new RegExp(String.raw`\b${PROGRAMS}\s+(for|that suit|that fit|that match|suited to|matching|right for)\s+(me|my (profile|file|numbers|scores|stats|situation))\b`, 'i'),
    new RegExp(String.raw`\b(sort|put|split|divide|organi[sz]e|group|classify|rank)\b[^?]{0,20}\bmy\b[^?]{0,10}\b${PROGRAMS}\b[^?]{0,20}\b(tiers?|reach|target|safety)`, 'i'),
    LIST_SHAPE,
    // "which IM programs should I put on my list?", "what places do I add to my apps?": choosing the list itself
    // (the rank order list is ordered after interviews: the guides answer that)
    new RegExp(String.raw`\b(which|what)\b[^?]{0,40}\b${PROGRAMS}\b[^?]{0,15}\b(should|do|would|could|can) i (put|add|include|keep|have)\b[^?]{0,25}\b(list|apps|applications|eras)\b(?<!\brank (order )?list)`, 'i'),
  ]],
];

const RANKING = /\b(rank|ranking|rol|rank order list)\b/i;
const APPLYING = /\b(apply|applying|applications?|send|sending)\b/i;

/** True when a count question is about the rank order list, not the applications ("how many programs should I rank
 *  with 6 interviews"): the guides answer it, the plan's application count does not. */
export function asksRanking(text: string): boolean {
  return RANKING.test(text) && !APPLYING.test(text);
}

/** A fee named with a visa or its petition ("the H-1B fee", "the $100k", "visa fees"): the visa's cost, not ERAS's. */
const VISA_FEE = /\b(?:h-?1-?b|j-?1|petition|visas?|uscis|sevis)\b[^?.!]{0,40}\b(?:fees?|costs?)\b|\b(?:fees?|costs?)\b[^?.!]{0,40}\b(?:h-?1-?b|j-?1|petition|visas?|uscis|sevis)\b|\$?\b100\s?k\b|\b100,000\b/i;
const visaFeeOnly = (text: string) => VISA_FEE.test(text) && !/\b(?:eras|applications?|apps)\b/i.test(text);

/** The plan topic of a question, if it asks about the asker's own plan (or a plan fact the table answers). */
export function planTopic(question: string): PlanTopic | undefined {
  const text = question.replace(/[\u2018\u2019]/g, "'");
  for (const [topic, patterns, veto] of TOPICS) {
    if (veto?.test(text) && !/\b(apply|applying|applications?|eras|programs)\b(?! (?:to|for) (?:me|us|my)\b)/i.test(text)) continue;
    if (topic === 'cost' && visaFeeOnly(text)) continue;
    // "how many programs should I rank with 6 interviews": the rank list, which the guides answer, not the application count
    if (topic === 'applications' && asksRanking(text)) continue;
    if (patterns.some((re) => re.test(text))) {
      // "how many programs..." and "should I take Step 3" are about the asker only when asked in the first person
      // (a cost pointing at the list just shown, "all of these", is the asker's own plan)
      if ((topic === 'applications' || topic === 'cost' || topic === 'standing' || topic === 'ready' || topic === 'steps') && !FIRST_PERSON.test(askerText(text)) && !impliedSelf(text) && !(topic === 'cost' && PLAN_POINTER.test(text))) return undefined;
      if ((topic === 'list' || topic === 'ready') && HOW_TO.test(text) && !LIST_SHAPE.test(text)) return undefined;
      return topic;
    }
  }
  // no pattern matched: the asker plus a cue family (chances, a count, a need ...) still names a plan topic
  // a bare few-word question of chances ("good enough for LA or no?") asked in a chat about one's own file is the
  // asker's; one naming a score ("is 230 competitive?") or asking a price ("what does ERAS cost?") is general
  const implied = impliedSelf(text, 7) && !/\b\d{3}\b/.test(text) ? cueTopic(`my ${text}`) : undefined;
  const cue = cueTopic(text);
  if (cue === 'applications' && asksRanking(text)) return undefined;
  if (cue === 'sponsors' && VISA_AFTER.test(text)) return undefined;
  // "does the $100k H-1B fee apply to me?": a visa's fee is the guides' answer, not the asker's application bill
  if (cue === 'cost' && visaFeeOnly(text)) return undefined;
  // (a bare list asked in a few words, "list for inland empire pls", is the asker's own list too)
  return cue ?? (implied === 'standing' || implied === 'list' ? implied : undefined);
}

/** Stats typed as shorthand: "ck 226", "yog 20", "step 1 pass", "j1": two or more make a message the asker's own file. */
const OWN_STATS = /\b(?:ck|step ?2(?: ?ck)?|s2|step ?1|s1)\s*[:=-]?\s*(?:\d{3}|pass(?:ed)?|fail(?:ed)?)\b|\byog\s*[:=-]?\s*(?:19|20)?\d\d\b|\b(?:j-?1|h-?1-?b)\b/gi;

/** "how many programs for psych", "how many apps in IM and what cost": a count asked for a named specialty. */
const COUNT_FOR_SPECIALTY = new RegExp(String.raw`\bhow many\b[^?]{0,25}\b(?:for|in|of|to)\s+${SPECIALTY}\b|\bhow many ${SPECIALTY} (?:programs|applications|apps|progs)\b`, 'i');

/** Openers, hedges and thanks around a short chat question. */
const FILLERS = /\b(ok(ay)?|so|alright|right|hi|hey|hello|well|um+|uh+|hmm+|roughly|approx(imately)?|about|realistically|honestly|basically|then|just|pls|please|thanks|lol)\b[,.!]?/gi;
/** A count with its cost in one breath ("how many programs and how much money", "how many apps and total cost"). */
const COUNT_AND_COST = /\bhow many (\w+) (?:and|\+|&) (?:how much(?: money| \$| it costs?| would it cost)?|what (?:would|will|does) it cost|(?:the )?(?:total )?cost)\b/gi;
/** Whether a message carries the asker's own stats typed as shorthand ("ck 236 s1 pass yog21 j1"), two or more. */
export function typedStats(text: string): boolean {
  const typed = text.match(OWN_STATS) ?? [];
  return typed.length >= 2 && typed.some((x) => /\d{2}/.test(x) && !/^[jh]/i.test(x));
}

/** A bare few-word question ("how many programs?", "total cost?") asked in a chat about one's own file is about the asker. */
function impliedSelf(text: string, maxWords = 5): boolean {
  // "ck 226 yog 20 j1 fm socal how many progs": the asker's own stats typed as shorthand, with no one else named
  const stats = typedStats(text);
  // "how many programs for psych and how much": a count for one of the asker's specialties, in a few words
  const forSpecialty = text.trim().split(/\s+/).length <= 10 && COUNT_FOR_SPECIALTY.test(text) && !/\b(are there|exist|in total|sponsor\w*|nationwide|in the (us|country))\b/i.test(text);
  // a chat's openers and hedges ("ok so", "roughly", "then") and a count joined to its cost ("how many programs and
  // how much money") are not more of a question: the words that ask are counted
  const asking = text.replace(FILLERS, ' ').replace(COUNT_AND_COST, 'how many $1').trim().split(/\s+/).filter(Boolean).length;
  return (stats || forSpecialty || asking <= maxWords) && !/\b(people|imgs?|applicants?|students|they|their|most|average|typical|usually|others?|everyone|someone|one|there|exist)\b/i.test(text);
}

const REGION_NAME = String.raw`(?:la county|los angeles|la|l\.a\.|orange county|oc|irvine|anaheim|san diego|inland empire|riverside|san bernardino|ie|socal|so cal|southern california)`;
/** A region named after a word that rules it out, with the names listed after it ("not riverside, san bernardino etc",
 *  "not moving to OC", "no me voy a OC"). */
const REGION_RULED_OUT = new RegExp(String.raw`\b(?:(?:i'?m |i am )?not (?:going|moving|willing to (?:go|move)) to|won'?t (?:go|move) to|no me (?:voy|mudo|muevo) a|no (?:voy|ir[eé]) a|n[aã]o vou (?:para|pra|a)|not|no|except|excluding|exclude|other than|without|minus|skip|skipping|never|nothing (?:in|from)|anything but|outside(?: of)?)\s+(?:the\s+|in\s+|from\s+)?${REGION_NAME}\b(?:\s*(?:,|\/|or|and|nor)\s*${REGION_NAME}\b)*`, 'gi');

/** Regions named in a question (LA, SoCal, Orange County, ...), or undefined when none is named. */
export function regionsNamed(question: string): Region[] | undefined {
  // a region named to rule it out ("just LA, not riverside", "SoCal except OC") is taken out of those asked for
  const t = question.toLowerCase();
  const ruledOut = new Set(regionsIn([...t.matchAll(REGION_RULED_OUT)].map((m) => m[0]).join(' ')) ?? []);
  const asked = regionsIn(t.replace(REGION_RULED_OUT, ' '))?.filter((r) => !ruledOut.has(r));
  return asked?.length ? asked : undefined;
}

/** The regions a text names, ruled out or not. */
function regionsIn(t: string): Region[] | undefined {
  const socal: Region[] = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
  if (/\b(socal|so cal|southern california)\b/.test(t)) return socal;
  const found: Region[] = [];
  if (/\b(la|l\.a\.|los angeles|la county)\b/.test(t)) found.push('la_county');
  if (/\b(orange county|oc|irvine|anaheim)\b/.test(t)) found.push('orange_county');
  if (/\bsan diego\b/.test(t)) found.push('san_diego');
  if (/\b(inland empire|riverside|san bernardino|ie)\b/.test(t)) found.push('inland_empire');
  if (found.length) return found;
  if (/\b(california|cali|ca)\b/.test(t)) return [...socal, 'rest_of_california'];
  return undefined;
}

/** A US state outside California named in a question ("programs in Texas that sponsor H-1B?"): our table holds
 *  California only, so a list for it would be a list of somewhere else. */
const OTHER_STATE = /\b(alabama|alaska|arizona|arkansas|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington state|west virginia|wisconsin|wyoming|puerto rico)\b/i;

/** The other US state a question names, if it names one and no California region. */
export function otherStateNamed(question: string): string | undefined {
  const m = OTHER_STATE.exec(question);
  return m && !regionsNamed(question) ? m[0].replace(/\b\w/g, (c) => c.toUpperCase()) : undefined;
}

/** The visa a question names: H-1B, J-1, or undefined. */
export function visaNamed(question: string): 'h1b' | 'j1' | undefined {
  if (/\bh-? ?1-? ?b?\b/i.test(question)) return 'h1b';
  if (/\bj-? ?1\b/i.test(question)) return 'j1';
  return undefined;
}
