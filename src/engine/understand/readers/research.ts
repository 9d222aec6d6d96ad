// Reader for research: publications and posters or abstracts, counted apart, and full-time research years; a denial
// counts only where it governs research itself ("no research electives" says nothing of papers).
import type { Research } from '../../../domain/profile.js';
import { has, numbersIn } from '../scan.js';
import { clarify, joined, none, refuse, value, yesNo, type Reader } from '../reading.js';

function labelFirst(text: string): readonly string[] | null {
  const m = /\b(?:research (?:years?|yrs?)|(?:years?|yrs?) (?:in|of|doing) research)\s*(?::|;|=|is|was|are|were)?\s*(\d+(?:\.\d+)?)\b(?! ?(?:pubs?|papers?|posters?|publications?|abstracts?|months?|mos?))/.exec(text);
  return m ? [m[0], m[1]!, 'years'] : null;
}

const MORE_OF_IT = /^[^\d]{0,50}?(?:\+ ?|\bplus |\band |\bthen |; |, )?(\d+(?:\.\d+)?) (?:more|additional|extra)\b(?: (years?|yrs?|yr|months?|mos?))?(?![^;]*\b(?:planned|next|will|starting|upcoming|hope|hoping|planning|soon)\b)/;

const NO_RESEARCH_YEAR = /\b(?:no|zero|0|none|never (?:did|done|had|took|spent|do)(?: an?| any)?|not (?:an?|any|one)|without (?:an?|any))\s+(?:(?:full time|fulltime|dedicated|gap|formal|separate|whole)\s+)*(?:research (?:years?|yrs?)|(?:years?|yrs?) (?:(?:of|in|doing) )?research)\b/;

/** Full-time research time in years ("3 yrs as a research fellow", "2 research years", "18 months of research"). */
function researchYears(text: string): number | undefined {
  // "no full time research year", "never did a research year", "0 research years": none
  if (NO_RESEARCH_YEAR.test(text)) return 0;
  const m = /\b(\d+(?:\.\d+)?) (?:full time |dedicated |gap |extra )?(years?|yrs?|yr|months?|mos?) (?:full time )?(?:of |as (?:an? )?|doing |in (?:an? |the )?|at (?:an? |the )?|off doing |off for )?(?:full time |dedicated |basic |clinical |us )?(research|postdoc|post doc)\b/.exec(text)
    ?? /\b(\d+(?:\.\d+)?) (?:full time |dedicated )?research (years?|yrs?|yr|months?)\b/.exec(text)
    // "a research fellow at UCSF for 2 yrs", "PhD in immunology (5 years)", "postdoc, 3 years"
    ?? /\b(?:research (?:fellow|fellowship|scholar|associate|assistant|coordinator)|postdoc|post doc|phd)\b[^\d]{0,30}?\b(?:for |of )?(\d+(?:\.\d+)?) (years?|yrs?|yr|months?)\b(?! ago)/.exec(text)
    // "research 2 yrs", "research: 18 months": the word, then its length
    ?? /\bresearch(?: ?[:;=-])? (\d+(?:\.\d+)?) (years?|yrs?|yr|months?|mos?)\b(?! ago)/.exec(text)
    // "research years: 2", "years in research ; 3": the label first, then the count
    ?? labelFirst(text);
  // "a research year at MGH", "a year of research": one year
  // ("a full year as a research fellow", "one whole year as a postdoc": one year in the role)
  if (!m) return /(^|[;,] ?|\b(a|one|did|spent|took|after|during|my|full time|dedicated) )research (year|yr)\b|\b(a|one|1) (full |whole |entire )?year (of|doing) (full time )?research\b|\b(a|one|1) (full |whole |entire )?year (as(?: an?)?|in an?|doing an?|on an?) (research (fellow|fellowship|scholar|associate|assistant)|postdoc|post doc)\b/.test(text) ? 1 : undefined;
  // ("3 yrs of research in Kyiv + 1 more in Pittsburgh": a further stretch of the same kind is added, in the same unit unless named)
  const more = MORE_OF_IT.exec(text.slice(text.indexOf(m[0] ?? '') + (m[0] ?? '').length));
  const n = Number(m[1]) + (more && (!more[2] || /^mo/.test(more[2]) === /^mo/.test(m[2]!)) ? Number(more[1]) : 0);
  const years = /^mo/.test(m[2]!) ? n / 12 : n;
  return years > 0 && years <= 20 ? Math.round(years * 10) / 10 : undefined;
}

const FILLER_AFTER = /(?: (?:lol|lmao|haha\w*|hehe|tbh|honestly|sadly|unfortunately|rn|atm|smh))+$/;
const UNPUBLISHED = /\b(submitted|in submission|under submission|under review|in review|in progress|ongoing|working on|drafting|writing|pending|not published|unpublished|in preparation|in prep)\b/;

// papers only promised or due ("my PI promised 2 papers", "2 pubs expected by march", "1 coming out soon"): not out yet
const NOT_OUT_YET = /\b(expected|promised|coming out|upcoming|soon|by (?:summer|spring|fall|autumn|winter|next|the end|end of|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b(?! \d{4}))\b/;
const PROMISED_BEFORE = /\b(promised|promises|promise|expect|expecting|supposed to|will get|will have|should get|hoping for|hope for|waiting on|awaiting)\b(?: [a-z']+){0,2}$/;
// an authorship told of some of the papers: "first author on 1", "first-authored 2", "1 as first author"
const AUTHOR_BEFORE = /\b(?:author|authored|authorship)(?: (?:on|of|in|for))?$/;
const AUTHOR_AFTER = /^\S+ (?:as |with )?(?:the )?(?:first|1st|second|2nd|co|senior|last|corresponding|lead|main) ?(?:author|authored)\b/;

const SIZE_DENIED = /\bnothing (big|major|much|serious|significant|special|impressive|fancy|crazy|notable|great|huge|substantial|solid|worth mentioning|to write home about|too much)\b|\bnot (much|a lot|many|that much)\b/;

const RESEARCH_NOUN = /^(research|pubs?|publications?|papers?|posters?|abstracts?|articles?)$/;
const DENIAL = /^(no|none|zero|nothing|nil|0|never|without|any)$/;
// what "research" may name when it only describes something else ("research electives", "a research coordinator")
const RESEARCH_DESCRIBES = /^(electives?|rotations?|coordinator|coordinators|assistant|assistants|associate|fellow|fellowship|job|jobs|position|post|letters?|lors?|recs?|mentor|pi|lab|visa|o1|j1|electives?|blocks?|months?|year|years|yrs?|time|month|gap|program|track|interest|interests|focused|heavy|based|week|weeks)$/;

/** True when a denial in the tokens governs research output itself ("no research", "no pubs", "research: none"). */
function researchDenied(t: readonly string[]): boolean {
  return t.some((w, i) => {
    if (!RESEARCH_NOUN.test(w) || RESEARCH_DESCRIBES.test(t[i + 1] ?? '')) return false;
    const before = t.slice(Math.max(0, i - 3), i);
    return before.some((x) => DENIAL.test(x)) && !before.includes('any') || before.slice(-2).some((x) => /^(no|zero|0|nil|none|without)$/.test(x)) || /^(none|nothing|zero|nil|0)$/.test(t[i + 1] ?? '') || /^(none|nothing|zero|nil)$/.test(t[i + 2] ?? '');
  });
}

/** Research: publications and posters/abstracts, counted separately ("none" is zero of each); a part not named keeps the stored count. */
export const readResearch: Reader<Research> = (clauses, ctx) => {
  let publications = 0;
  let posters = 0;
  let pubsSaid = false;
  let postersSaid = false;
  // "2 pubs + 3 more under review", "and 1 more in submission": a count followed by unpublished words is not counted;
  // "2 of them submitted" says some of the count are not out yet, which is asked about
  let unpublishedApart = false;
  let unpublishedOfThem = false;
  const notOut = new Set<string>();
  // "only posters - 3 of them", "posters: 4": a bare count right after the kind it counts
  let lastNamed: 'poster' | 'publication' | undefined;
  const counted = new Set<string>();
  let pubsByAuthorship = false;
  for (const c of clauses) {
    const nums = numbersIn(c.tokens);
    nums.forEach((n, k) => {
      if (n.negated || n.calendarYear) return;
      // (a laugh or a shrug after a count adds nothing: "posters: a dozen lol")
      const segment = c.tokens.slice(n.at, nums[k + 1]?.at ?? c.tokens.length).join(' ').replace(FILLER_AFTER, '');
      const lead = c.tokens.slice(Math.max(0, n.at - 4), n.at).join(' ');
      // (a due date read up to the next count, its year with it: "2 pubs by march 2024" were out by then)
      const due = c.tokens.slice(n.at, nums.slice(k + 1).find((x) => !x.calendarYear)?.at ?? c.tokens.length).join(' ');
      if (UNPUBLISHED.test(segment) || NOT_OUT_YET.test(due) || PROMISED_BEFORE.test(lead)) { notOut.add(`${c.text}|${n.at}`); if (/\bof (them|those|which|these)\b/.test(segment)) unpublishedOfThem = true; else unpublishedApart = true; return; }
      const named = c.tokens.slice(0, n.at).reverse().find((w) => /^(posters?|pubs?|publications?|papers?|published)$/.test(w));
      const kindBefore = named ? (named.startsWith('poster') ? 'poster' as const : 'publication' as const) : lastNamed;
      // "3 pubs and 2 posters, but 1 poster is just an abstract": a count of a kind already told, said to be something, describes it
      if ((n.unit === 'poster' || n.unit === 'publication') && /^\S+ (?:[a-z]+ )?\S+ (?:is|are|was|were)\b/.test(segment) && (n.unit === 'poster' ? postersSaid : pubsSaid)) return;
      // "3 pubs (first author on 1)", "2 papers, 1 as first author": the papers of one authorship are some of those told
      // (not beside papers counted by authorship themselves: "4 first-author pubs + 2 co-author" are 6)
      if (pubsSaid && !pubsByAuthorship && (AUTHOR_BEFORE.test(lead) || AUTHOR_AFTER.test(segment))) { counted.add(`${c.text}|${n.at}`); return; }
      // "5 papers, two of them first author": a part of a count already told is no more papers
      if (n.unit === 'none' && /^\S+ of (them|those|these|which)\b/.test(segment) && (kindBefore === 'poster' ? postersSaid : pubsSaid)) { counted.add(`${c.text}|${n.at}`); return; }
      // ("2 pubs and 3 posters, so 5 total": a bare total after counts of both kinds is neither's)
      const unit = n.unit === 'none' && kindBefore && /^\S+( of (them|those|these))?\b/.test(segment) && (/^\S+ of (them|those|these)\b/.test(segment) || segment.split(' ').length === 1 || (/^\S+ (?:in )?(?:total|overall|altogether|in all)$/.test(segment) && !(kindBefore === 'poster' ? pubsSaid : postersSaid))) ? kindBefore : n.unit;
      if (unit !== n.unit) counted.add(`${c.text}|${n.at}`);
      if (unit === 'publication') { publications += n.value; pubsSaid = true; if (/\bauthor/.test(segment)) pubsByAuthorship = true; }
      else if (unit === 'poster') { posters += n.value; postersSaid = true; }
    });
    const last = [...c.tokens].reverse().find((w) => /^(posters?|pubs?|publications?|papers?|published)$/.test(w));
    lastNamed = last ? (last.startsWith('poster') ? 'poster' : 'publication') : undefined;
    // "and I'm second author on a paper under review": another paper, not yet out, told apart from the counts
    // ("pubs: 0 (one under review)", "papers still in prep": papers not out yet, with no count of them among the published)
    if (!nums.length && UNPUBLISHED.test(c.text) && (/\b(a|an|another|one|one more|1 more)\b/.test(c.text) || /\b(papers|pubs|manuscripts|articles|publications)\b/.test(c.text))) unpublishedApart = true;
  }
  // "plus my own poster at SGIM", "and a case report": one paper or poster named without a count is one
  for (const c of clauses) {
    if (numbersIn(c.tokens).some((n) => !n.calendarYear) || UNPUBLISHED.test(c.text) || /\b(another|more|additional|extra|\d+)\b/.test(c.text)) continue;
    // ("poster at ACP in Boston", "case report in Cureus": a kind named bare at the clause's start, with where it was, is one)
    const one = /(?<!\b(?:not|no|never|without) )\b(?:a|an|one|single|my own|my|another|1)\s+(?:(?:first author|own|small|single|accepted|published|national|international|regional)\s+)?(poster|abstract|paper|publication|pub|case report|case series|article|editorial|review)\b(?!s)/.exec(c.text)
      ?? /^(?:(?:and|plus|also|then) )?(?:(?:first author|accepted|published|national|international|regional) )?(poster|abstract|paper|publication|case report|case series|article|editorial|review)\b(?!s)(?= (?:at|in|on|from|with|about|for|presented|published)\b)/.exec(c.text);
    if (!one || /\b(not|no|never|without|zero|nothing|none)\b/.test(c.text.slice(0, one.index))) continue;
    if (/^(poster|abstract)$/.test(one[1]!)) { posters += 1; postersSaid = true; } else { publications += 1; pubsSaid = true; }
  }
  // "1 poster, nothing published", "no pubs yet": publications said to be none so far
  // (not beside research played down: "a little research, nothing published yet" is asked about)
  if (!pubsSaid && !clauses.some((c) => /\b(some|little|bit|few|couple|bunch)\b/.test(c.text)) && clauses.some((c) => /\bnothing (published|out|in print|accepted)\b|\b(zero|no|0) (pubs?|publications?|papers?)( yet| so far| till now)?$/.test(c.text))) pubsSaid = true;
  // "I have 3 and 2 posters": a bare count beside a poster count is the publications
  // "no pubs yet but 2 posters": publications said to be none
  if (!pubsSaid && clauses.some((c) => /\b(no|zero|0|not any) (pubs?|publications?|papers?)\b/.test(c.text))) pubsSaid = true;
  if (postersSaid && !pubsSaid) {
    // (a count of something else is no bare count: "one research year at Stanford, 2 posters")
    const bare = clauses.flatMap((c) => numbersIn(c.tokens).filter((n) => n.unit === 'none' && !n.negated && !n.calendarYear && !/^(research|full|dedicated|years?|yrs?|months?|gap)$/.test(c.tokens[n.at + 1] ?? '') && !notOut.has(`${c.text}|${n.at}`) && !counted.has(`${c.text}|${n.at}`)));
    if (bare.length === 1) { publications = bare[0]!.value; pubsSaid = true; }
  }
  // a bare count to the question of two counts ("5"): publications, posters, or both together is asked
  const lone = ctx.pending && clauses.length === 1 ? /^(\d{1,3})$/.exec(clauses[0]!.text.replace(FILLER_AFTER, '').trim()) : null;
  if (lone && Number(lone[1]) === 0) return value({ publications: 0, posters: 0 });
  if (lone) return refuse(lone[1] === '1' ? 'Is that 1 publication, or 1 poster or abstract? Tell me each, for example "1 publication, 0 posters".' : `Is that ${lone[1]} publications, or publications and posters together? Tell me each, for example "${lone[1]} publications, 0 posters".`);
  // "0 and 0", "3, 1" to the research question: publications, then posters, in the order asked
  const pair = ctx.pending && !pubsSaid && !postersSaid ? /^(\d{1,3}) ?(?:and|&|,|;|\/) ?(\d{1,3})$/.exec(joined(clauses).join(' ')) : null;
  if (pair) { publications = Number(pair[1]); posters = Number(pair[2]); pubsSaid = true; postersSaid = true; }
  if (publications > 500 || posters > 500) return refuse('Type a count of publications and posters, each up to 500.');
  const text = joined(clauses).join(' ');
  if (notOut.size > 0 && !pubsSaid && !postersSaid) return clarify('research_status');
  if ((pubsSaid || postersSaid) && (unpublishedOfThem || (!unpublishedApart && UNPUBLISHED.test(text)))) return clarify('research_status');
  const years = researchYears(text);
  // years alone are kept only beside counts already known: a profile never gets "0 papers" nobody said
  if (pubsSaid || postersSaid || (years !== undefined && ctx.stored)) {
    const stored = ctx.stored;
    const out: Research = { publications: pubsSaid || !stored ? publications : stored.publications, posters: postersSaid || !stored ? posters : stored.posters };
    if (years !== undefined) out.years = years;
    else if (stored?.years !== undefined) out.years = stored.years;
    return value(out);
  }
  // "no research really, apart from a single case report": the one paper excepted
  if (/\b(apart from|except|other than|besides|but|only|just)\b[^;]{0,15}\b(a|one|single|1)( single)? (publication|paper|pub|case report|article)\b/.test(text)) return value({ publications: 1, posters: 0 });
  // "some research, nothing big", "not much": a denial of size is no zero, and is asked about
  if (SIZE_DENIED.test(text)) return clarify('research_status');
  // (the phrases SIZE_DENIED does not ask about on their own: "some work, nothing published yet", "did some, nothing to brag about")
  const played = text.replace(/\bnothing (published yet|to brag about)\b/g, 'little');
  // (the words of some work are looked for around the phrase, not in the word put in its place)
  if (played !== text && /\b(some|little|bit|few|couple|bunch|did|done|doing|have)\b/.test(text.replace(/\bnothing (published yet|to brag about)\b/g, ' '))) return clarify('research_status');
  // (asked another question, a denial counts only where it governs research itself: "no research electives" and
  // "a research coordinator, no patient care" say nothing of papers)
  const denied = ctx.pending ? /\b(no|none|zero|nothing|nope|nah|nil|not any|don't have any|dont have any|haven't done any|0 research)\b/.test(text) : researchDenied(joined(clauses));
  if (denied || (ctx.pending && yesNo(clauses) === false)) return value({ publications: 0, posters: 0 });
  if (/\b(one|a|single) (publication|paper|pub|case report|article)\b/.test(text)) return value({ publications: 1, posters: 0 });
  if (/\b(some|few|several|couple|bunch)\b/.test(text)) return clarify('research_status');
  return none();
};
