// The words that pin a figure down when they come right after it ("2 exactly", "228 to be exact", "3 if I count
// properly"): one list, read by the rough-beside-exact rewrite (counts) and the exam reader (scores).

/** Words after a figure that say it is the exact one: a regex alternation in a non-capturing group. */
export const EXACT_AFTER = '(?:exactly|precisely|to be exact|to be precise|on the dot|if (?:i|we) count(?: exactly| properly)?|if you want it exact)';
