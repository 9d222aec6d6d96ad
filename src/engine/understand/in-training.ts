// A PGY-1 year held now (a preliminary or transitional year, an intern year) told beside an application: the applicant
// is in US training and applying this cycle, not someone reapplying after not matching.

const YEAR_HELD = '(?:pgy ?1|pgy one|prelim\\w*|preliminary|ty|transitional|intern|internship)';
// "currently a pgy1", "while in prelim", "doing a prelim year now", "pgy 1 prelim at the moment", "I'm a pgy1"
const NOW_BEFORE = new RegExp(`\\b(?:currently|right now|at the moment|presently|while|i'm|im|i am)(?: (?:a|an|my|in|doing|on|the|still|now|working))* ${YEAR_HELD}\\b`);
const NOW_AFTER = new RegExp(`\\b${YEAR_HELD}(?: (?:medicine|surgery|im|year|position|spot))*(?: year)? (?:now|currently|right now|at the moment|presently)\\b`);
// ("applying again this cycle while in prelim": "while" splits the clause, leaving "in prelim" on its own)
const CLAUSE_IN = new RegExp(`(?:^|; )(?:still )?(?:in|doing) (?:a |an |my |the )?${YEAR_HELD}\\b(?! programs?| positions?| spots?| applications?)`);
const FINISHED = /\b(finished|completed|done with|did|after) (a |my |the )?(pgy ?1|prelim\w*|preliminary|ty|transitional|intern)\b/;

/** True when the text tells of a PGY-1 year held now (and not one already finished). */
export function inPgy1Now(text: string): boolean {
  return (NOW_BEFORE.test(text) || NOW_AFTER.test(text) || CLAUSE_IN.test(text)) && !FINISHED.test(text);
}
